import Contracts
import Foundation
import GRDB
import Messaging

/// Intake follows its candidates through the other services' events, to show their status.
enum IntakeHandlers {
    static func make() -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(ListenerAdmitted.self) { admitted, _, db in
            try db.execute(
                sql: "UPDATE application SET status = ?, listenerId = ?, updatedAt = ? WHERE id = ?",
                arguments: [Application.Status.admitted.rawValue, admitted.listenerId, Date(), admitted.applicationId])
        }
        return handlers
    }
}
