import Foundation
import Mail
import ServiceKit

/// The certificate sent to its holder, once, when it is issued: the PDF attached, and the
/// holder's own link to download it and its credential again.
enum HolderLetter {
    static func message(_ certificate: Certificate, pdf: Data, to email: String, settings: CertificationSettings,
                        mail: MailSettings) -> MailMessage {
        let link = settings.holderURL(code: certificate.holderCode)
        let provider = settings.provider
        return MailMessage(
            messageId: Mail.newMessageId(domain: mail.domain), from: mail.from, to: email,
            subject: "Сертификат № \(certificate.registrationNumber) / Сертификат № \(certificate.registrationNumber)",
            text: """
                Құрметті \(certificate.fullName)!
                \(provider.nameKk) біліктілікті арттыру курсын аяқтағаныңыз туралы № \(certificate.registrationNumber) \
                сертификатты жібереді. Сертификат пен оның цифрлық нұсқасын (верификацияланатын куәлік) мына сілтеме \
                арқылы қайта жүктеп алуға болады; оны тек өзіңіз сақтаңыз:
                \(link)

                Уважаемый(ая) \(certificate.fullName)!
                \(provider.nameRu) направляет сертификат № \(certificate.registrationNumber) о прохождении курса \
                повышения квалификации. Сертификат и его цифровую версию (проверяемое удостоверение) можно скачать \
                снова по ссылке; она только для вас:
                \(link)
                """,
            attachments: [.init(filename: CertificateFiles.filename(certificate), mediaType: "application/pdf", content: pdf)])
    }

    /// What a letter is about, for staff to find it: `certificate:<certificate id>`.
    static func reference(_ certificateId: String) -> String { "certificate:\(certificateId)" }
}
