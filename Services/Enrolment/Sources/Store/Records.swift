import Foundation
import GRDB
import Hummingbird

/// A group of listeners studying one programme together (regulation 4.2).
public struct StudyGroup: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var code: String
    public var programmeCode: String
    public var createdAt: Date
    /// The stream of the annual schedule it belongs to; none for a group that enrolment
    /// opened by itself for an accepted candidate before groups were planned (such groups
    /// take no one new).
    public var streamId: String?
    /// `kk`, `ru` or `en`
    public var language: String?
    /// `in-person`, `distance` or `blended`
    public var form: String?
    /// How many listeners it takes (4.2).
    public var capacity: Int?
    /// `yyyy-MM-dd`, once the course has ended.
    public var completedOn: String? = nil

    public static let databaseTableName = "group"
}

/// A teacher admitted to a course.
public struct Listener: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var applicationId: String
    public var fullName: String
    public var programmeCode: String
    public var employerEmail: String
    public var groupId: String
    public var admittedAt: Date
    /// The group's language of instruction the listener asked for: `kk` or `ru`.
    public var language: String
    /// `budget`, `employer` or `own` (regulation 1.9): a budget listener's admission rests on
    /// the education authority's letter (6.8) and owes nothing.
    public var funding: String
    public var employerNameKk: String?
    public var employerNameRu: String?
    /// Where a printed copy of a notice to the employer goes.
    public var employerPostalAddress: String?
    public var status: Status
    /// The order that expelled the listener (7.5).
    public var dismissalOrderId: String?

    public static let databaseTableName = "listener"

    /// `studying` holds a place in the group; `dismissed` was expelled by order (7.5);
    /// `withdrawn` left at intake; `interrupted` broke off the course for a valid reason
    /// (7.4.4) and may resume it in another group.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case studying, dismissed, withdrawn, interrupted
    }
}
