import EventContracts
import GRDB
import Messaging

/// What certification's changes to a certificate do to the plan that follows it.
enum PlanCertificates {
    /// A reissue keeps the plan, its dates included: the teacher took the course once, on the
    /// first certificate's date, and is followed for a year from it. The plan follows the new
    /// certificate, under the name it gives.
    static func reissued(_ reissued: CertificateReissued, in db: Database) throws {
        guard try PlanCertificate.fetchOne(db, key: reissued.certificateId) == nil else { return }
        var old = try followed(reissued.replacesCertificateId, in: db)
        old.status = .superseded
        try old.update(db)
        try PlanCertificate(certificateId: reissued.certificateId, planId: old.planId, registrationNumber: reissued.registrationNumber,
                            issuedOn: reissued.issuedOn, status: .valid).insert(db)
        try db.execute(sql: "UPDATE plan SET fullName = ? WHERE id = ?", arguments: [reissued.fullName, old.planId])
    }

    /// A revoked certificate closes its plan on the day of the revocation: there is no course
    /// left to follow. A plan already closed stays as it was closed.
    static func revoked(_ revoked: CertificateRevoked, cause: Cause, outbox: Outbox, in db: Database) throws {
        var certificate = try followed(revoked.certificateId, in: db)
        guard certificate.status != .revoked else { return }
        certificate.status = .revoked
        try certificate.update(db)
        guard let plan = try FollowUpPlan.fetchOne(db, key: certificate.planId), plan.status != .closed else { return }
        try PlanClosing.close(plan, following: certificate.certificateId, reason: .certificateRevoked, on: revoked.revokedOn,
                              cause: cause, outbox: outbox, in: db)
    }

    /// The certificate as a plan follows it. One follow-up has not heard of is not yet known:
    /// its issue (or reissue) is on its way, so the event is tried again, and parked if it never
    /// comes, rather than a revocation lost.
    private static func followed(_ certificateId: String, in db: Database) throws -> PlanCertificate {
        guard let certificate = try PlanCertificate.fetchOne(db, key: certificateId) else {
            throw NotYetKnown("the plan of certificate \(certificateId)")
        }
        return certificate
    }
}
