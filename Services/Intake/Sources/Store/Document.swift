import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// One paper of a candidate's file as uploaded, and the operator's verdict on it. The content is
/// kept in the service's database, so that a backup holds the files with the records.
public struct Document: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public enum Status: String, Codable, Sendable, CaseIterable { case pending, verified, rejected }

    public var id: String
    public var candidateId: String
    public var kind: DocumentKind
    public var fileType: FileType
    public var byteCount: Int
    /// Hex SHA-256 of the content: what was verified is what is kept.
    public var sha256: String
    public var status: Status
    /// Why it was rejected, for the sender to put right.
    public var reason: String?
    public var uploadedBy: String
    public var uploadedAt: Date
    public var reviewedBy: String?
    public var reviewedAt: Date?

    public static let databaseTableName = "document"
    /// The content lives in the same row but is read only when someone downloads it.
    static let content = Column("content")
    public static var databaseSelection: [any SQLSelectable] { [.allColumns(excluding: ["content"])] }
}

extension Document {
    /// A candidate's papers, each kind at most once.
    static func of(candidate candidateId: String, in db: Database) throws -> [Document] {
        try Document.filter(Column("candidateId") == candidateId).fetchAll(db)
    }

    static func find(candidate candidateId: String, kind: DocumentKind, in db: Database) throws -> Document? {
        try Document.filter(Column("candidateId") == candidateId && Column("kind") == kind.rawValue).fetchOne(db)
    }

    /// The paper's content, read only when someone downloads it.
    static func content(candidate candidateId: String, kind: DocumentKind, in db: Database) throws -> Data? {
        try Data.fetchOne(db, Document.filter(Column("candidateId") == candidateId && Column("kind") == kind.rawValue)
            .select(Document.content))
    }
}
