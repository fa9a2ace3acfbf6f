import EventContracts
import GRDB
import Hummingbird

/// A publication the centre supports a teacher in (8.4.2), from the idea to the reference of
/// the published work.
public struct Publication: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    /// In order: a publication only moves forward, except a submission refused, which goes back
    /// to being an idea to rework.
    public enum Status: String, Codable, Sendable, CaseIterable { case idea, submitted, published }

    public var id: String
    public var planId: String
    public var title: String
    /// The journal, collection or conference it is for.
    public var venue: String?
    public var coAuthors: [String]
    public var status: Status
    /// Where it was published (the bibliographic reference, a DOI or an address): required once published.
    public var reference: String?
    public var updatedOn: CalendarDate
    public var updatedBy: String

    public static let databaseTableName = "publication"
}
