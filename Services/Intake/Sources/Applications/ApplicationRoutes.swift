import Hummingbird
import OpenAPIKit
import ServiceKit

/// Individual applications (Appendix 1) over HTTP. Each becomes a candidate with its
/// questionnaire; the papers follow at `/v1/candidates/{id}/documents`.
enum ApplicationRoutes: APIRoutes {
    static let submit = APIOperation(
        .post, "/v1/applications",
        "Submit an individual application (Appendix 1) with the questionnaire (Appendix 2); it becomes a candidate",
        roles: .officeAndOrganisations, form: ApplicationForm.self, status: 201, response: .named("CandidateView"),
        refusals: [.conflict, .invalid])

    static let operations = [submit]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(submit) { request, context -> EditedResponse<CandidateView> in
            let form = try await request.form(ApplicationForm.self, context: context)
            let caller = try context.caller
            // An organisation speaks for itself; staff may name the organisation that sends the teacher.
            let organisationId = caller.role == .organisation ? caller.organisationId : form.organisationId
            let view = try await environment.database.write { db in
                try Applications.submit(form, from: organisationId, by: caller, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/candidates/\(view.candidate.id)"], response: view)
        }
    }
}
