import EventContracts
import Foundation
import GRDB
import Mail
import Messaging
import ServiceKit
import Storage

/// Issuing a certificate again, for a corrected name or a lost original (7.6): a new number of
/// the day's year, a new file and new codes; the old certificate is marked superseded and
/// points to the new one, and nothing is deleted. The course, its hours and grades are the
/// old certificate's.
enum Reissues {
    static func reissue(_ id: String, reason: CertificateReissued.Reason, fullName: String?, on day: CalendarDate,
                        settings: CertificationSettings, mail: MailSettings, outbox: Outbox, in db: Database) throws -> Certificate {
        var old = try Certificate.existing(id, in: db)
        try CertificateRules.checkStands(old)
        let number = settings.numbers.number(year: day.year, sequence: try Issuing.nextSequence(year: day.year, in: db))
        var new = old
        new.id = RecordID.new()
        new.registrationNumber = number
        new.fullName = fullName ?? old.fullName
        new.issuedOn = day
        new.rector = settings.provider.rector(on: day)
        new.verificationCode = VerificationCode.new()
        new.holderCode = VerificationCode.new()
        new.reissueOf = old.id
        new.supersededBy = nil
        let email = try old.candidateId.flatMap { try Holder.fetchOne(db, key: $0) }?.email
        new = try Issuing.enter(new, settings: settings, mail: mail, to: email, in: db)
        old.status = .superseded
        old.supersededBy = new.id
        try old.update(db)
        try outbox.append(
            CertificateReissued(certificateId: new.id, registrationNumber: new.registrationNumber, replacesCertificateId: old.id,
                                replacesRegistrationNumber: old.registrationNumber, listenerId: new.listenerId,
                                fullName: new.fullName, reason: reason, issuedOn: day),
            cause: .request(), in: db)
        return new
    }
}
