import Foundation
import GRDB
import Logging
import ServiceKit
import ServiceLifecycle

/// Looks for quiet plans when the service starts and every `every` after, until it stops. A
/// failed round is logged and tried again at the next.
struct QuietPlanCheck: Service {
    let database: any DatabaseWriter
    let today: Today
    let quietDays: Int
    let every: Duration
    let mail: MailSettings
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let flagged = try await database.write { [today, quietDays, mail] db in
                    try QuietPlans.flag(on: today.date, quietDays: quietDays, mail: mail, in: db)
                }
                if !flagged.isEmpty { logger.info("quiet plans flagged", metadata: ["plans": "\(flagged.map(\.id))"]) }
            } catch {
                logger.error("quiet plans not checked", metadata: ["error": "\(error)"])
            }
            guard (try? await cancelWhenGracefulShutdown { try await Task.sleep(for: every) }) != nil else { return }
        }
    }
}
