import EventContracts
import Foundation
import GRDB
import Hummingbird

/// A listener as assessment's API shows them: their copy of enrolment's record, and the result
/// of their latest decided attempt, read from it rather than kept twice.
struct ListenerView: Codable, Sendable, Equatable, ResponseEncodable {
    var id: String
    var candidateId: String?
    var fullName: String
    var programmeCode: String
    var groupId: String
    var admittedAt: Date
    var finalResult: FinalResult?
    var finalScore: Int?
    var assessedOn: CalendarDate?
    var assessedBy: String?
    var expelledOn: CalendarDate?
    var interruptedOn: CalendarDate?

    static func of(_ listenerId: String, in db: Database) throws -> ListenerView {
        let listener = try AssessedListener.existing(listenerId, in: db)
        let decided = try Attempt.lastDecided(of: listenerId, in: db)
        return ListenerView(id: listener.id, candidateId: listener.candidateId, fullName: listener.fullName,
                            programmeCode: listener.programmeCode, groupId: listener.groupId, admittedAt: listener.admittedAt,
                            finalResult: decided?.result, finalScore: decided?.score, assessedOn: decided?.decidedOn,
                            assessedBy: decided?.decidedBy, expelledOn: listener.expelledOn, interruptedOn: listener.interruptedOn)
    }
}
