import EventContracts
import GRDB
import Hummingbird

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
        DocumentChecklist(candidateId: candidate.id, funding: candidate.funding, documents: try Document.of(candidate: candidate.id, in: db))
    }

    /// Regulation 6.2: each paper a file must hold, with the one uploaded, and whether every
    /// required one is verified.
    public init(candidateId: String, funding: Funding, documents: [Document]) {
        let required = DocumentKind.required(funding: funding)
        self.candidateId = candidateId
        items = DocumentKind.allCases.map { kind in
            Item(kind: kind, required: required.contains(kind), document: documents.first { $0.kind == kind })
        }
        complete = items.allSatisfy { !$0.required || $0.document?.status == .verified }
    }
}
