import EventContracts
import Foundation
import GRDB
import Mail
import Messaging
import ServiceKit
import Storage

/// Issues a certificate to each listener who passed, with the next registration number of the
/// year, its PDF and its entry in the registry (7.3, 7.6), and sends it to the holder.
enum Issuing {
    /// A pass as certification reads it, from either version of `assessment.listener.passed`.
    struct Pass: Sendable, Equatable {
        var listenerId: String
        var candidateId: String?
        var groupId: String?
        var fullName: String
        var programmeCode: String
        var assessedOn: CalendarDate
        var appendix: Certificate.Appendix?

        init(_ passed: ListenerPassed) {
            listenerId = passed.listenerId
            candidateId = passed.candidateId
            groupId = passed.groupId
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

    /// Everything in the caller's transaction: the number, the row, the file, the letter and the
    /// event stand or fall together, so a crash or a font missing (the render throws, the event
    /// is parked with why) leaves no number used and nothing half issued.
    static func issue(for passed: Pass, settings: CertificationSettings, mail: MailSettings, cause: Cause, outbox: Outbox,
                      in db: Database) throws {
        // One certificate per pass, however often the pass is announced; a reissue is not a pass.
        guard try Certificate.original(listenerId: passed.listenerId, in: db) == nil else { return }
        let holder = try passed.candidateId.flatMap { try Holder.fetchOne(db, key: $0) }
        // The certificate is dated the day of the final assessment, and numbered in its year. (An
        // event without a real date does not decode: it is parked, not numbered in a guessed year.)
        let year = passed.assessedOn.year
        let number = settings.numbers.number(year: year, sequence: try nextSequence(year: year, in: db))
        let certificate = Self.certificate(for: passed, number: number, sex: holder?.sex, settings: settings)
        try enter(certificate, settings: settings, mail: mail, to: holder?.email, in: db)
        try outbox.append(
            CertificateIssued(certificateId: certificate.id, registrationNumber: certificate.registrationNumber,
                              listenerId: certificate.listenerId, fullName: certificate.fullName,
                              programmeCode: certificate.programmeCode, issuedOn: certificate.issuedOn),
            cause: cause, in: db)
    }

    /// The certificate a pass gets under `number`, dated the day of its final assessment, with
    /// the rector of that day and codes of its own (given, for the benchmark's pages).
    static func certificate(for passed: Pass, number: String, sex: Sex?, settings: CertificationSettings,
                            verificationCode: String = VerificationCode.new(), holderCode: String = VerificationCode.new()) -> Certificate {
        Certificate(
            id: RecordID.new(), registrationNumber: number, listenerId: passed.listenerId, candidateId: passed.candidateId,
            groupId: passed.groupId, fullName: passed.fullName, sex: sex, programmeCode: passed.programmeCode,
            issuedOn: passed.assessedOn, rector: settings.provider.rector(on: passed.assessedOn), status: .valid,
            verificationCode: verificationCode, holderCode: holderCode, appendix: passed.appendix)
    }

    /// Enters a new certificate (issued, or reissued) into the registry with its file and its
    /// signed credential, and queues it for its holder where their address is known.
    @discardableResult
    static func enter(_ certificate: Certificate, settings: CertificationSettings, mail: MailSettings, to email: String?,
                      in db: Database) throws -> Certificate {
        var certificate = certificate
        if certificate.appendix != nil { certificate.statusListIndex = try CertificateCredentials.newIndex(in: db) }
        try certificate.insert(db)
        var file = try CertificateFiles.render(certificate, settings: settings)
        if let signed = try CertificateCredentials.sign(certificate, holderEmail: email, settings: settings) {
            (file.credential, file.credentialSalt) = (signed.credential, signed.salt)
        }
        try file.insert(db)
        if let email, !email.isEmpty {
            try Mail.queue(HolderLetter.message(certificate, pdf: file.pdf, to: email, settings: settings, mail: mail),
                           reference: HolderLetter.reference(certificate.id), in: db)
        }
        return certificate
    }

    /// Advances the year's counter inside the caller's transaction: numbers are never reused
    /// and never skipped by a rollback.
    static func nextSequence(year: Int, in db: Database) throws -> Int {
        try db.cachedStatement(sql: """
            INSERT INTO registrationCounter (year, last) VALUES (?, 1)
            ON CONFLICT(year) DO UPDATE SET last = last + 1
            """).execute(arguments: [year])
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT last FROM registrationCounter WHERE year = ?"), arguments: [year])!
    }
}
