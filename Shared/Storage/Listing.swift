import GRDB

/// What one list answers at most. A list is for finding a record (narrowed by its filters), not
/// for exporting a register; past this many, the newest or first in its order are listed.
public enum Listing {
    public static let limit = 500
}

extension QueryInterfaceRequest where RowDecoder: FetchableRecord {
    /// The records of a list, at most `Listing.limit` of them.
    public func fetchListing(_ db: Database) throws -> [RowDecoder] {
        try limit(Listing.limit).fetchAll(db)
    }
}
