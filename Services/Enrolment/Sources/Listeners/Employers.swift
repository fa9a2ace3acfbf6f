import EventContracts
import GRDB

/// Enrolment's copies of intake's organisations (`Employer`), the listeners' employers whom an
/// expulsion letter is addressed to (7.5).
enum Employers {
    /// The organisation an acceptance names, if enrolment has no copy of it yet. A copy it has
    /// is newer or as new: intake announces every correction.
    static func remember(_ employer: CandidateAccepted.Employer, in db: Database) throws {
        guard let id = employer.organisationId else { return }
        try Employer(id: id, nameKk: employer.nameKk, nameRu: employer.nameRu, email: employer.email,
                     postalAddress: employer.postalAddress, updatedAt: nil).insert(db, onConflict: .ignore)
    }

    /// Intake's correction, unless a later one is already kept (events may arrive out of order).
    static func update(_ organisation: OrganisationUpdated, in db: Database) throws {
        if let kept = try Employer.fetchOne(db, key: organisation.organisationId), let keptAt = kept.updatedAt,
           keptAt >= organisation.updatedAt { return }
        let employer = Employer(id: organisation.organisationId, nameKk: organisation.nameKk, nameRu: organisation.nameRu,
                                email: organisation.email, postalAddress: organisation.postalAddress, updatedAt: organisation.updatedAt)
        try employer.save(db)
        for var listener in try Listener.filter(Column("employerOrganisationId") == employer.id).fetchAll(db) {
            listener.address(employer)
            try listener.update(db)
        }
    }
}
