import EventContracts
import Foundation
import GRDB

/// A programme as enrolment announced it: who leads it, and so who leads the plans of the
/// teachers it certified (8.2).
struct FollowedProgramme: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var code: String
    var programmeId: String
    var titleKk: String
    var titleRu: String
    /// The programme leader's name.
    var leader: String
    /// Their token's subject: a programme leader sees the plans of their own programmes only.
    var leaderId: String?
    /// Where their reminders of quiet plans go; nil when enrolment was given none.
    var leaderEmail: String?
    var hours: Int
    var approvedOn: CalendarDate
    var retiredAt: Date?

    static let databaseTableName = "programme"
}
