import EventContracts
import GRDB
import Messaging

/// A teacher's PD record, fed by the other services' events. Each names the listener, which
/// intake knows as a candidate once enrolment's admission has come; until then the event
/// waits (`NotYetKnown`). No IIN travels: it stays here, with the candidate.
enum PDEntries {
    static func completed(_ passed: ListenerPassed, in db: Database) throws {
        let candidate = try CandidateProgress.admitted(as: passed.listenerId, in: db)
        try CourseResult(candidateId: candidate.id, score: passed.score, totalHours: passed.totalHours,
                         assessedOn: passed.assessedOn).save(db)
    }

    /// A pass from an assessment not yet upgraded, which names no hours.
    static func completed(_ passed: ListenerPassedV1, in db: Database) throws {
        let candidate = try CandidateProgress.admitted(as: passed.listenerId, in: db)
        let known = try CourseResult.fetchOne(db, key: candidate.id)
        try CourseResult(candidateId: candidate.id, score: passed.score, totalHours: known?.totalHours,
                         assessedOn: passed.assessedOn).save(db)
    }

    static func certified(_ issued: CertificateIssued, in db: Database) throws {
        let candidate = try CandidateProgress.admitted(as: issued.listenerId, in: db)
        guard try !PDCertificate.exists(db, key: issued.certificateId) else { return }
        try PDCertificate(certificateId: issued.certificateId, candidateId: candidate.id, registrationNumber: issued.registrationNumber,
                          programmeCode: issued.programmeCode, issuedOn: issued.issuedOn, courseDate: issued.issuedOn, status: .valid,
                          replacesCertificateId: nil, revokedOn: nil).insert(db)
    }

    /// A reissue replaces a certificate; the course's date stays the first certificate's.
    static func reissued(_ reissued: CertificateReissued, in db: Database) throws {
        var replaced = try certificate(reissued.replacesCertificateId, in: db)
        guard try !PDCertificate.exists(db, key: reissued.certificateId) else { return }
        replaced.status = .superseded
        try replaced.update(db)
        try PDCertificate(certificateId: reissued.certificateId, candidateId: replaced.candidateId,
                          registrationNumber: reissued.registrationNumber, programmeCode: replaced.programmeCode,
                          issuedOn: reissued.issuedOn, courseDate: replaced.courseDate, status: .valid,
                          replacesCertificateId: replaced.certificateId, revokedOn: nil).insert(db)
    }

    static func revoked(_ revoked: CertificateRevoked, in db: Database) throws {
        var certificate = try certificate(revoked.certificateId, in: db)
        (certificate.status, certificate.revokedOn) = (.revoked, revoked.revokedOn)
        try certificate.update(db)
    }

    static func planOpened(_ opened: FollowUpPlanOpened, in db: Database) throws {
        let candidate = try CandidateProgress.admitted(as: opened.listenerId, in: db)
        guard try !PDFollowUp.exists(db, key: opened.planId) else { return }
        try PDFollowUp(planId: opened.planId, candidateId: candidate.id, certificateId: opened.certificateId, startsOn: opened.startsOn,
                       endsOn: opened.endsOn).insert(db)
    }

    static func planClosed(_ closed: FollowUpPlanClosed, in db: Database) throws {
        guard var plan = try PDFollowUp.fetchOne(db, key: closed.planId) else { throw NotYetKnown("follow-up plan \(closed.planId)") }
        (plan.closedOn, plan.closeReason) = (closed.closedOn, closed.reason)
        plan.activity = PDFollowUp.Activity(consultations: closed.consultations, publications: closed.publications,
                                            published: closed.published, participations: closed.participations)
        try plan.update(db)
    }

    /// Certification announces a certificate's issue before its reissue or revocation.
    private static func certificate(_ id: String, in db: Database) throws -> PDCertificate {
        guard let certificate = try PDCertificate.fetchOne(db, key: id) else { throw NotYetKnown("certificate \(id)") }
        return certificate
    }
}
