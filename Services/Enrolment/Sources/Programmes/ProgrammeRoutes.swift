import EventContracts
import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit
import Storage

/// Programmes over HTTP: a programme leader writes a draft, the rector (or an administrator)
/// records the decision that approves it, and later retires it.
enum ProgrammeRoutes {
    static let readers: [Role] = [.operator, .admin, .programmeLeader, .rector, .trainer]
    static let authors: [Role] = [.programmeLeader, .operator, .admin]
    static let approvers: [Role] = [.rector, .admin]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let read = router.group("v1/programmes").add(middleware: RoleGuard(readers))
        let write = router.group("v1/programmes").add(middleware: RoleGuard(authors))
        let decide = router.group("v1/programmes").add(middleware: RoleGuard(approvers))

        read.get { request, _ -> [Programme] in
            let status = try request.uri.queryParameters.get("status").map { value in
                guard let status = Programme.Status(rawValue: value) else {
                    throw Problem.validation([("status", .oneOf(Programme.Status.allCases.map(\.rawValue)))])
                }
                return status
            }
            return try await database.read { db in
                var query = Programme.all().order(Column("code"))
                if let status { query = query.filter(Column("status") == status.rawValue) }
                return try query.fetchAll(db)
            }
        }

        read.get(":code") { _, context -> Programme in
            let code = try context.parameter("code")
            return try await database.read { db in try Programme.existing(code: code, in: db) }
        }

        write.post { request, context -> EditedResponse<Programme> in
            let content = try await request.decodeJSON(ProgrammeForm.self, context: context).validated()
            let programme = try await database.write { db -> Programme in
                guard try Programme.find(code: content.code, in: db) == nil else { throw ProgrammeText.codeTaken }
                let programme = Programme(content, authorId: context.identity!.subject, now: Date())
                try programme.insert(db)
                return programme
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/programmes/\(programme.code)"], response: programme)
        }

        write.put(":code") { request, context -> Programme in
            let code = try context.parameter("code")
            let content = try await request.decodeJSON(ProgrammeForm.self, context: context).validated()
            return try await database.write { db in
                var programme = try Programme.existing(code: code, in: db)
                // A programme is its leader's work (4.7): another leader may not rewrite it.
                let identity = context.identity!
                if identity.role == .programmeLeader && identity.subject != programme.authorId { throw Problem.forbidden }
                guard programme.status == .draft else { throw ProgrammeText.onlyDraftsChange }
                if content.code != code, try Programme.find(code: content.code, in: db) != nil { throw ProgrammeText.codeTaken }
                programme.replace(with: content, now: Date())
                try programme.update(db)
                return programme
            }
        }

        decide.post(":code/approval") { request, context -> Programme in
            let code = try context.parameter("code")
            let decision = try await request.decodeJSON(ApprovalForm.self, context: context).validated()
            return try await database.write { db in
                var programme = try Programme.existing(code: code, in: db)
                guard programme.status == .draft else { throw ProgrammeText.onlyDraftsAreApproved }
                programme.status = .approved
                programme.approval = Programme.Approval(decision: decision.decision, approvedOn: decision.approvedOn,
                                                        recordedBy: context.identity!.subject)
                programme.updatedAt = Date()
                try programme.update(db)
                try environment.outbox.append(programme.approvedEvent, cause: .request(), in: db)
                return programme
            }
        }

        decide.post(":code/retirement") { _, context -> Programme in
            let code = try context.parameter("code")
            return try await database.write { db in
                var programme = try Programme.existing(code: code, in: db)
                guard programme.status == .approved else { throw ProgrammeText.onlyApprovedRetire }
                programme.status = .retired
                programme.updatedAt = Date()
                try programme.update(db)
                return programme
            }
        }
    }
}

extension Programme {
    static func existing(code: String, in db: Database) throws -> Programme {
        guard let programme = try find(code: code, in: db) else { throw Problem.notFound(ProgrammeText.notFound) }
        return programme
    }

    /// What the other services learn of an approved programme.
    var approvedEvent: ProgrammeApproved {
        ProgrammeApproved(
            programmeId: id, code: code, titleKk: titleKk, titleRu: titleRu, leader: leader, hours: hours,
            kind: kind.rawValue, form: form.rawValue,
            modules: modules.map { ProgrammeApproved.Module(name: $0.name, hours: $0.hours, assessmentForms: $0.assessmentForms) },
            decision: approval?.decision ?? "", approvedOn: approval?.approvedOn ?? "")
    }
}

/// The decision that approves a programme (4.8).
struct ApprovalForm: Codable, Sendable {
    var decision: String?
    /// `yyyy-MM-dd`
    var approvedOn: String?

    func validated() throws -> (decision: String, approvedOn: String) {
        var check = FieldValidator()
        let decision = check.text(decision, "decision", limit: 500)
        let approvedOn = check.dateText(approvedOn, "approvedOn")
        try check.validate()
        return (decision!, approvedOn!)
    }
}
