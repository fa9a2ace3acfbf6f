import Contracts
import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit
import Storage

enum ApplicationRoutes {
    static let staff: [Role] = [.operator, .admin, .organisation]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let applications = router.group("v1/applications")
            .add(middleware: RoleGuard(staff))

        // Skeleton: an application whose fields are valid is accepted at once. The document
        // checklist (regulation 6.2) that must be complete first arrives with issue 3.
        applications.post { request, context -> EditedResponse<Application> in
            let form = try await request.decodeJSON(ApplicationForm.self, context: context).validated()
            let now = Date()
            let application = Application(
                id: RecordID.new(), fullName: form.fullName, iin: form.iin.digits,
                programmeCode: form.programmeCode, employerEmail: form.employerEmail, status: .accepted,
                listenerId: nil, submittedBy: context.identity!.subject, organisationId: context.identity!.organisationId,
                createdAt: now, updatedAt: now)
            try await environment.database.write { db in
                try application.insert(db)
                try environment.outbox.append(
                    CandidateAccepted(applicationId: application.id, fullName: application.fullName,
                                      programmeCode: application.programmeCode,
                                      employerEmail: application.employerEmail, acceptedAt: now),
                    cause: .request(), in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/applications/\(application.id)"],
                                  response: application)
        }

        applications.get(":id") { _, context -> Application in
            let id = try context.parameter("id")
            // Another organisation's application is answered as absent, not forbidden: its
            // existence is none of the asker's business.
            guard let application = try await environment.database.read({ db in try Application.fetchOne(db, key: id) }),
                  context.identity!.mayActFor(organisation: application.organisationId) else {
                throw Problem.notFound(IntakeText.applicationNotFound)
            }
            return application
        }
    }
}

extension Application: ResponseEncodable {}
