import Foundation
import GRDB
import Hummingbird

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

/// A candidate's file: each required paper with its state, and whether all are verified.
public struct DocumentChecklist: Codable, Sendable, Equatable, ResponseEncodable {
    public struct Item: Codable, Sendable, Equatable {
        public var kind: DocumentKind
        public var required: Bool
        public var document: Document?
    }

    public var candidateId: String
    public var items: [Item]
    public var complete: Bool

    /// A candidate's checklist as it stands in the database.
    static func of(_ candidate: Candidate, in db: Database) throws -> DocumentChecklist {
        let documents = try Document.filter(Column("candidateId") == candidate.id).fetchAll(db)
        return DocumentChecklist(candidateId: candidate.id, funding: candidate.funding, documents: documents)
    }

    public init(candidateId: String, funding: OrganisationRequest.Funding, documents: [Document]) {
        let required = DocumentKind.required(funding: funding)
        self.candidateId = candidateId
        items = DocumentKind.allCases.map { kind in
            Item(kind: kind, required: required.contains(kind), document: documents.first { $0.kind == kind })
        }
        complete = items.allSatisfy { !$0.required || $0.document?.status == .verified }
    }
}
