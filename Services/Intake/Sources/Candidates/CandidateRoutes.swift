import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// Candidates, however they came: their status and file, their questionnaire, withdrawal.
/// An organisation sees only its own candidates, and a questionnaire only if it keeps it
/// (see QuestionnaireRecord).
enum CandidateRoutes {
    static let readers: [Role] = [.operator, .admin, .organisation]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let candidates = router.group("v1/candidates").add(middleware: RoleGuard(readers))

        candidates.get(":id") { _, context -> CandidateView in
            let id = try context.parameter("id")
            return try await database.read { db in try CandidateView(try Candidate.find(id, for: context.identity!, in: db), in: db) }
        }

        candidates.post(":id/withdraw") { _, context -> CandidateView in
            let id = try context.parameter("id")
            return try await database.write { db in
                var candidate = try Candidate.find(id, for: context.identity!, in: db)
                guard candidate.status.isOpen else { throw CandidateText.cannotWithdraw(candidate.status) }
                try candidate.withdraw(reason: "withdrawn by \(context.identity!.role.rawValue)", outbox: environment.outbox, in: db)
                return try CandidateView(candidate, in: db)
            }
        }

        candidates.get(":id/questionnaire") { _, context -> Questionnaire in
            let id = try context.parameter("id")
            return try await database.read { db in
                let candidate = try Candidate.find(id, for: context.identity!, in: db)
                guard let questionnaire = try QuestionnaireRecord.find(iin: candidate.iin, for: context.identity!, in: db) else {
                    throw Problem.notFound(CandidateText.noQuestionnaire)
                }
                return questionnaire
            }
        }

        candidates.put(":id/questionnaire") { request, context -> Questionnaire in
            let id = try context.parameter("id")
            let questionnaire = try await request.decodeJSON(QuestionnaireForm.self, context: context).validated()
            return try await database.write { db in
                let candidate = try Candidate.find(id, for: context.identity!, in: db)
                guard questionnaire.iin == candidate.iin else {
                    throw Problem.validation([("iin", CandidateText.otherPersonsIIN)])
                }
                try QuestionnaireRecord.save(questionnaire, source: .form, by: context.identity!, in: db)
                return questionnaire
            }
        }
    }
}

extension Questionnaire: ResponseEncodable {}
