import EventContracts
import Foundation
import GRDB
import Hummingbird

/// A programme's effectiveness review (8.4.4): what its leader concluded, and what is to be
/// done. The next is due three years after it.
public struct ProgrammeReview: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var programmeCode: String
    public var reviewedOn: CalendarDate
    public var conclusions: String
    public var actions: [String]
    public var recordedBy: String
    public var recordedAt: Date
    /// The evidence as it stood when the review was recorded, kept as the review weighed it;
    /// nil for a review recorded before the evidence was kept.
    var evidence: ProgrammeEvidence?

    public static let databaseTableName = "review"
}

/// That a review's coming due was announced: once for each programme and due day.
struct MonitoringNotice: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var programmeCode: String
    var dueOn: CalendarDate
    var announcedOn: CalendarDate

    static let databaseTableName = "monitoringNotice"
}
