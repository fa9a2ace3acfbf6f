import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit
import Storage

/// Individual applications (Appendix 1). Each becomes a candidate with its questionnaire; the
/// papers follow at `/v1/candidates/{id}/documents`.
enum ApplicationRoutes {
    static let submitters: [Role] = [.operator, .admin, .organisation]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let applications = router.group("v1/applications").add(middleware: RoleGuard(submitters))

        applications.post { request, context -> EditedResponse<CandidateView> in
            let body = try await request.decodeJSON(ApplicationForm.self, context: context)
            let identity = context.identity!
            // An organisation speaks for itself; staff may name the organisation that sends the teacher.
            let organisationId = identity.role == .organisation ? identity.organisationId : body.organisationId
            let form = try body.validated(organisationNamed: organisationId != nil)
            let view = try await environment.database.write { db -> CandidateView in
                if let organisationId, try !Organisation.exists(db, key: organisationId) {
                    throw Problem.validation([("organisationId", RequestText.unknownOrganisation)])
                }
                if let existing = try Duplicates.openCandidate(iin: form.questionnaire.iin, programmeCode: form.programmeCode, in: db) {
                    throw Problem.validation([("programmeCode", Duplicates.message(existing: existing, for: identity))])
                }
                let now = Date()
                let candidate = Candidate(
                    id: RecordID.new(), requestId: nil, organisationId: organisationId,
                    fullName: form.questionnaire.fullName, iin: form.questionnaire.iin,
                    position: form.questionnaire.position, email: form.questionnaire.email,
                    programmeCode: form.programmeCode, language: form.questionnaire.languageOfInstruction,
                    funding: form.funding, employerEmail: form.employerEmail, status: .received, listenerId: nil,
                    submittedBy: identity.subject, createdAt: now, updatedAt: now)
                try candidate.insert(db)
                try QuestionnaireRecord.save(form.questionnaire, source: .form, by: identity, in: db)
                return try CandidateView(candidate, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/candidates/\(view.candidate.id)"], response: view)
        }
    }
}
