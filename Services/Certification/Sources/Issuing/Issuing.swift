import EventContracts
import Foundation
import GRDB
import Messaging
import Storage

/// Issues a certificate to each listener who passed, with the next registration number of the
/// year, and enters it into the registry (7.3, 7.6).
enum Issuing {
    /// A pass as certification reads it, from either version of `assessment.listener.passed`.
    struct Pass: Sendable, Equatable {
        var listenerId: String
        var fullName: String
        var programmeCode: String
        var assessedOn: CalendarDate
        var appendix: Certificate.Appendix?

        init(_ passed: ListenerPassed) {
            listenerId = passed.listenerId
            fullName = passed.fullName
            programmeCode = passed.programmeCode
            assessedOn = passed.assessedOn
            appendix = Certificate.Appendix(titleKk: passed.titleKk, titleRu: passed.titleRu, totalHours: passed.totalHours,
                                            modules: passed.modules, finalAssessment: passed.finalAssessment)
        }

        init(_ passed: ListenerPassedV1) {
            listenerId = passed.listenerId
            fullName = passed.fullName
            programmeCode = passed.programmeCode
            assessedOn = passed.assessedOn
        }
    }

    static func issue(for passed: Pass, prefix: String, cause: Cause, outbox: Outbox, in db: Database) throws {
        guard try Certificate.filter(Column("listenerId") == passed.listenerId).fetchCount(db) == 0 else { return }
        // The certificate is dated the day of the final assessment, and numbered in its year. (An
        // event without a real date does not decode: it is parked, not numbered in a guessed year.)
        let year = passed.assessedOn.year
        let number = RegistrationNumber(prefix: prefix, year: year, sequence: try nextSequence(year: year, in: db))
        let certificate = Certificate(id: RecordID.new(), registrationNumber: number.description,
                                      listenerId: passed.listenerId, fullName: passed.fullName,
                                      programmeCode: passed.programmeCode, issuedOn: passed.assessedOn, status: .valid,
                                      verificationCode: VerificationCode.new(), appendix: passed.appendix)
        try certificate.insert(db)
        try outbox.append(
            CertificateIssued(certificateId: certificate.id, registrationNumber: certificate.registrationNumber,
                              listenerId: certificate.listenerId, fullName: certificate.fullName,
                              programmeCode: certificate.programmeCode, issuedOn: certificate.issuedOn),
            cause: cause, in: db)
    }

    /// Advances the year's counter inside the caller's transaction: numbers are never reused
    /// and never skipped by a rollback.
    static func nextSequence(year: Int, in db: Database) throws -> Int {
        try db.execute(sql: """
            INSERT INTO registrationCounter (year, last) VALUES (?, 1)
            ON CONFLICT(year) DO UPDATE SET last = last + 1
            """, arguments: [year])
        return try Int.fetchOne(db, sql: "SELECT last FROM registrationCounter WHERE year = ?", arguments: [year])!
    }
}
