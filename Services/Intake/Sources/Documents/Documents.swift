import Crypto
import Foundation
import GRDB
import Messaging
import ServiceKit
import Storage

/// A candidate's papers (6.2): uploaded by the organisation or the centre's staff, reviewed by
/// staff; each change may complete the file and accept the candidate.
enum Documents {
    /// Keeps `content` as the candidate's paper of `kind`, replacing one before, to be reviewed again.
    static func upload(_ content: Data, as type: FileType, kind: DocumentKind, for candidateId: String, by identity: Identity,
                       outbox: Outbox, in db: Database) throws -> Document {
        var candidate = try openFile(candidateId, for: identity, in: db)
        let document = Document(
            id: RecordID.new(), candidateId: candidate.id, kind: kind, fileType: type, byteCount: content.count,
            sha256: Hexadecimal.string(SHA256.hash(data: content)), status: .pending, reason: nil,
            uploadedBy: identity.subject, uploadedAt: Date(), reviewedBy: nil, reviewedAt: nil)
        try Document.filter(Column("candidateId") == candidate.id && Column("kind") == kind.rawValue).deleteAll(db)
        try document.insert(db)
        try db.execute(sql: "UPDATE document SET content = ? WHERE id = ?", arguments: [content, document.id])
        try Acceptance.reconsider(&candidate, outbox: outbox, in: db)
        return document
    }

    static func review(_ kind: DocumentKind, of candidateId: String, as status: Document.Status, reason: String?, by identity: Identity,
                       outbox: Outbox, in db: Database) throws -> Document {
        var candidate = try openFile(candidateId, for: identity, in: db)
        guard var document = try Document.find(candidate: candidate.id, kind: kind, in: db) else { throw NotFound(StoreText.noDocument) }
        document.status = status
        document.reason = reason
        document.reviewedBy = identity.subject
        document.reviewedAt = Date()
        try document.update(db)
        try Acceptance.reconsider(&candidate, outbox: outbox, in: db)
        return document
    }

    /// The candidate, if its file may still change: once accepted (or withdrawn) what was
    /// verified stays as it was.
    private static func openFile(_ id: String, for identity: Identity, in db: Database) throws -> Candidate {
        let found = try Candidate.find(id, for: identity, in: db)
        guard found.status.fileIsOpen else { throw CandidateRules.Refusal.fileClosed(found.status) }
        return found
    }
}
