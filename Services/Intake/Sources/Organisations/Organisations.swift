import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit
import Storage

/// The register of organisations (4.1), one per BIN. A correction is announced, so that the
/// next notice about a teacher goes where the organisation now wants it.
enum Organisations {
    static func register(_ form: OrganisationForm.Valid, in db: Database) throws -> Organisation {
        if let existing = try Organisation.find(bin: form.bin.digits, in: db) { throw OrganisationRules.Refusal.binTaken(existing.id) }
        let now = Date()
        let organisation = Organisation(id: RecordID.new(), kind: form.kind, nameKk: form.nameKk, nameRu: form.nameRu, region: form.region,
                                        bin: form.bin.digits, postalAddress: form.postalAddress, email: form.email,
                                        createdAt: now, updatedAt: now)
        try organisation.insert(db)
        return organisation
    }

    /// Corrects the entry and announces `intake.organisation.updated`.
    static func correct(_ id: String, with form: OrganisationForm.Valid, outbox: Outbox, in db: Database) throws -> Organisation {
        guard var organisation = try Organisation.fetchOne(db, key: id) else { throw NotFound(StoreText.noOrganisation) }
        if let other = try Organisation.find(bin: form.bin.digits, in: db), other.id != id {
            throw OrganisationRules.Refusal.binTaken(other.id)
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
        try outbox.append(OrganisationUpdated(organisationId: organisation.id, nameKk: organisation.nameKk, nameRu: organisation.nameRu,
                                              email: organisation.email, postalAddress: organisation.postalAddress,
                                              updatedAt: organisation.updatedAt),
                          cause: .request(), in: db)
        return organisation
    }
}
