import Crypto
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// A candidate's papers: uploaded by the organisation or the centre's staff, reviewed by staff.
/// Files are read only by those roles, and an organisation only for its own candidates.
enum DocumentRoutes {
    static let handlers: [Role] = [.operator, .admin, .organisation]
    static let reviewers: [Role] = [.operator, .admin]

    /// `documents.max-bytes` (DOCUMENTS_MAX_BYTES): a scan at 300 dpi is a few megabytes.
    static func sizeLimit(_ settings: ServiceSettings) -> Int {
        settings.reader.string(forKey: "documents.max-bytes").flatMap { Int($0) } ?? 10 * 1_048_576
    }

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let limit = sizeLimit(environment.settings)
        let files = router.group("v1/candidates/:id/documents").add(middleware: RoleGuard(handlers))
        let review = router.group("v1/candidates/:id/documents").add(middleware: RoleGuard(reviewers))

        files.get { _, context -> DocumentChecklist in
            let id = try context.parameter("id")
            return try await database.read { db in try DocumentChecklist.of(try Candidate.find(id, for: context.identity!, in: db), in: db) }
        }

        // The body is the file itself; its type is read from its first bytes.
        files.put(":kind") { request, context -> Document in
            let (id, kind) = (try context.parameter("id"), try documentKind(context))
            let content: ByteBuffer
            do { content = try await request.body.collect(upTo: limit) } catch { throw DocumentText.tooLarge(limit: limit) }
            guard content.readableBytes > 0 else { throw DocumentText.empty }
            guard let type = FileType(content: content.readableBytesView) else { throw DocumentText.unsupportedType }
            let bytes = Data(buffer: content)
            let document = Document(
                id: RecordID.new(), candidateId: id, kind: kind, fileType: type, byteCount: bytes.count,
                sha256: SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined(), status: .pending, reason: nil,
                uploadedBy: context.identity!.subject, uploadedAt: Date(), reviewedBy: nil, reviewedAt: nil)
            try await database.write { db in
                var candidate = try openFile(id, for: context.identity!, in: db)
                // A new upload replaces the old one and must be reviewed again.
                try Document.filter(Column("candidateId") == id && Column("kind") == kind.rawValue).deleteAll(db)
                try document.insert(db)
                try db.execute(sql: "UPDATE document SET content = ? WHERE id = ?", arguments: [bytes, document.id])
                try Acceptance.reconsider(&candidate, outbox: environment.outbox, in: db)
            }
            return document
        }

        files.get(":kind") { _, context -> Response in
            let (id, kind) = (try context.parameter("id"), try documentKind(context))
            let (document, content) = try await database.read { db -> (Document, Data) in
                _ = try Candidate.find(id, for: context.identity!, in: db)
                let request = Document.filter(Column("candidateId") == id && Column("kind") == kind.rawValue)
                guard let document = try request.fetchOne(db),
                      let content = try Data.fetchOne(db, request.select(Document.content)) else {
                    throw Problem.notFound(DocumentText.documentNotFound)
                }
                return (document, content)
            }
            return Response(status: .ok, headers: [.contentType: document.fileType.rawValue, .eTag: "\"\(document.sha256)\""],
                            body: .init(byteBuffer: ByteBuffer(data: content)))
        }

        review.post(":kind/review") { request, context -> Document in
            let (id, kind) = (try context.parameter("id"), try documentKind(context))
            let verdict = try await request.decodeJSON(ReviewForm.self, context: context).validated()
            return try await database.write { db in
                var candidate = try openFile(id, for: context.identity!, in: db)
                guard var document = try Document.filter(Column("candidateId") == id && Column("kind") == kind.rawValue).fetchOne(db) else {
                    throw Problem.notFound(DocumentText.documentNotFound)
                }
                document.status = verdict.status
                document.reason = verdict.reason
                document.reviewedBy = context.identity!.subject
                document.reviewedAt = Date()
                try document.update(db)
                try Acceptance.reconsider(&candidate, outbox: environment.outbox, in: db)
                return document
            }
        }
    }

    static func documentKind(_ context: AppRequestContext) throws -> DocumentKind {
        guard let kind = DocumentKind(rawValue: try context.parameter("kind")) else { throw DocumentText.unknownKind }
        return kind
    }

    /// The candidate, if its file may still change: once accepted (or withdrawn) what was
    /// verified is what enrolment was told, and stays so.
    static func openFile(_ id: String, for identity: Identity, in db: Database) throws -> Candidate {
        let found = try Candidate.find(id, for: identity, in: db)
        guard found.status.fileIsOpen else { throw DocumentText.fileClosed(found.status) }
        return found
    }
}

/// An operator's verdict on a document: verified, or rejected with the reason.
struct ReviewForm: Codable {
    var decision: String?
    var reason: String?

    func validated() throws -> (status: Document.Status, reason: String?) {
        var check = FieldValidator()
        let decision = check.choice(decision, "decision", Verdict.self)
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if decision == .rejected && (reason ?? "").isEmpty { check.add("reason", DocumentText.reasonRequired) }
        try check.validate()
        return decision == .verified ? (.verified, nil) : (.rejected, reason)
    }

    enum Verdict: String, CaseIterable { case verified, rejected }
}

extension Document: ResponseEncodable {}
