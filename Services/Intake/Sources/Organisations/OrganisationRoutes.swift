import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// The register of organisations. The centre's operators keep it; an organisation's own token
/// reads its own entry and no other.
enum OrganisationRoutes {
    static let keepers: [Role] = [.operator, .admin]
    static let readers: [Role] = [.operator, .admin, .organisation]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        // Two groups: a group's middleware applies to every route added after it.
        let kept = router.group("v1/organisations").add(middleware: RoleGuard(keepers))
        let read = router.group("v1/organisations").add(middleware: RoleGuard(readers))

        kept.post { request, context -> EditedResponse<Organisation> in
            let form = try await request.decodeJSON(OrganisationForm.self, context: context).validated()
            let now = Date()
            let organisation = Organisation(
                id: RecordID.new(), kind: form.kind, nameKk: form.nameKk, nameRu: form.nameRu,
                region: form.region, bin: form.bin.digits, postalAddress: form.postalAddress, email: form.email,
                createdAt: now, updatedAt: now)
            try await database.write { db in
                if let existing = try Organisation.filter(Column("bin") == organisation.bin).fetchOne(db) {
                    throw OrganisationText.alreadyRegistered(id: existing.id)
                }
                try organisation.insert(db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/organisations/\(organisation.id)"],
                                  response: organisation)
        }

        kept.get { _, _ -> [Organisation] in
            try await database.read { db in try Organisation.order(Column("nameRu")).fetchAll(db) }
        }

        read.get(":id") { _, context -> Organisation in
            let id = try context.parameter("id")
            guard context.identity!.mayActFor(organisation: id),
                  let organisation = try await database.read({ db in try Organisation.fetchOne(db, key: id) }) else {
                throw Problem.notFound(OrganisationText.notFound)
            }
            return organisation
        }

        // Corrections: a new address or official email takes effect for the next notice.
        kept.put(":id") { request, context -> Organisation in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(OrganisationForm.self, context: context).validated()
            return try await database.write { db in
                guard var organisation = try Organisation.fetchOne(db, key: id) else {
                    throw Problem.notFound(OrganisationText.notFound)
                }
                if let other = try Organisation.filter(Column("bin") == form.bin.digits && Column("id") != id).fetchOne(db) {
                    throw OrganisationText.alreadyRegistered(id: other.id)
                }
                organisation.kind = form.kind
                organisation.nameKk = form.nameKk
                organisation.nameRu = form.nameRu
                organisation.region = form.region
                organisation.bin = form.bin.digits
                organisation.postalAddress = form.postalAddress
                organisation.email = form.email
                organisation.updatedAt = Date()
                try organisation.update(db)
                return organisation
            }
        }
    }
}
