import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// A candidate's papers over HTTP: uploaded by the organisation or the centre's staff, reviewed
/// by staff. Files are read only by those roles, and an organisation only for its own candidates.
enum DocumentRoutes: APIRoutes {
    static let kind = JSONSchema.choice(DocumentKind.self)

    static let checklist = APIOperation(.get, "/v1/candidates/:id/documents",
                                        "A candidate's file: each paper's state, and whether it is complete (6.2)",
                                        roles: .officeAndOrganisations, response: .named("DocumentChecklist"))
    static let upload = APIOperation(.put, "/v1/candidates/:id/documents/:kind",
                                     "Upload a paper (the body is the file; its type is read from its content)",
                                     roles: .officeAndOrganisations, response: .named("Document"), upload: FileType.allCases.map(\.rawValue),
                                     refusals: [.conflict], pathSchemas: ["kind": kind])
    static let download = APIOperation(.get, "/v1/candidates/:id/documents/:kind", "Download a paper", roles: .officeAndOrganisations,
                                       response: nil, download: FileType.allCases.map(\.rawValue), pathSchemas: ["kind": kind])
    static let review = APIOperation(.post, "/v1/candidates/:id/documents/:kind/review", "Verify a paper, or reject it with the reason",
                                     roles: .office, form: ReviewForm.self, response: .named("Document"), refusals: [.conflict],
                                     pathSchemas: ["kind": kind])

    static let operations = [checklist, upload, download, review]

    /// `documents.max-bytes` (DOCUMENTS_MAX_BYTES): a scan at 300 dpi is a few megabytes.
    static func sizeLimit(_ settings: ServiceSettings) -> Int {
        settings.reader.string(forKey: "documents.max-bytes").flatMap { Int($0) } ?? 10 * 1_048_576
    }

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let limit = sizeLimit(environment.settings)

        router.on(checklist) { _, context -> DocumentChecklist in
            let id = try context.parameter("id")
            let caller = try context.caller
            return try await database.read { db in try DocumentChecklist.of(try Candidate.find(id, for: caller, in: db), in: db) }
        }

        // The body is the file itself; its type is read from its first bytes.
        router.on(upload) { request, context -> Document in
            let (id, kind, caller) = (try context.parameter("id"), try documentKind(context), try context.caller)
            let content: ByteBuffer
            do { content = try await request.body.collect(upTo: limit) } catch { throw DocumentText.tooLarge(limit: limit) }
            guard content.readableBytes > 0 else { throw DocumentText.empty }
            guard let type = FileType(content: content.readableBytesView) else { throw DocumentText.unsupportedType }
            return try await database.write { db in
                try Documents.upload(Data(buffer: content), as: type, kind: kind, for: id, by: caller, outbox: environment.outbox, in: db)
            }
        }

        router.on(download) { _, context -> Response in
            let (id, kind, caller) = (try context.parameter("id"), try documentKind(context), try context.caller)
            let (document, content) = try await database.read { db -> (Document, Data) in
                _ = try Candidate.find(id, for: caller, in: db)
                guard let document = try Document.find(candidate: id, kind: kind, in: db),
                      let content = try Document.content(candidate: id, kind: kind, in: db) else { throw NotFound(StoreText.noDocument) }
                return (document, content)
            }
            return Response(status: .ok, headers: [.contentType: document.fileType.rawValue, .eTag: "\"\(document.sha256)\""],
                            body: .init(byteBuffer: ByteBuffer(data: content)))
        }

        router.on(review) { request, context -> Document in
            let (id, kind, caller) = (try context.parameter("id"), try documentKind(context), try context.caller)
            let verdict = try await request.form(ReviewForm.self, context: context)
            return try await database.write { db in
                try Documents.review(kind, of: id, as: verdict.status, reason: verdict.reason, by: caller, outbox: environment.outbox, in: db)
            }
        }
    }

    static func documentKind(_ context: AppRequestContext) throws -> DocumentKind {
        guard let kind = DocumentKind(rawValue: try context.parameter("kind")) else { throw DocumentText.unknownKind }
        return kind
    }

    static let schemas: [String: JSONSchema] = [
        "Document": .object([
            "id": .identifier, "candidateId": .identifier, "kind": kind, "fileType": .choice(FileType.self),
            "byteCount": .integer(minimum: (1, exclusive: false)), "sha256": .string, "status": .choice(Document.Status.self),
            "reason": .string, "uploadedBy": .string, "uploadedAt": .instant, "reviewedBy": .string, "reviewedAt": .instant,
        ], required: ["id", "candidateId", "kind", "fileType", "byteCount", "sha256", "status", "uploadedBy", "uploadedAt"]),
        "DocumentChecklist": .object([
            "candidateId": .identifier, "complete": .boolean,
            "items": .array(items: .object(["kind": kind, "required": .boolean, "document": .named("Document")],
                                           required: ["kind", "required"])),
        ], required: ["candidateId", "items", "complete"]),
    ]
}

extension Document: ResponseEncodable {}
