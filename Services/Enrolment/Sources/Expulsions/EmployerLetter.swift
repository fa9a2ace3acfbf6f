import EventContracts
import Foundation
import Hummingbird
import Mail
import Printing
import ServiceKit

/// The written notice to the employer of an expelled listener (7.5): a letter in Kazakh and
/// Russian, as a PDF to print and sign, sent by email to the organisation's official address.
enum EmployerLetter {
    static func document(listener: Listener, employer: Employer, order: Order, provider: Provider) -> PrintedDocument {
        let date = order.orderDate.dotted
        let addressee = [employer.nameKk, employer.nameRu].compactMap { $0 }.joined(separator: "\n")
        let address = [addressee, employer.postalAddress ?? "", employer.email].filter { !$0.isEmpty }
        return PrintedDocument(title: "Хабарлама / Уведомление: \(listener.fullName)", blocks: [
            .note("\(provider.nameKk)\n\(provider.nameRu)", alignment: .center),
            .space(10),
            .note(address.joined(separator: "\n"), alignment: .right),
            .space(10),
            .heading("Тыңдаушының оқудан шығарылғаны туралы хабарлама"),
            .paragraph("\(provider.nameKk) сізге «\(order.content.programmeTitleKk)» білім беру бағдарламасы бойынша "
                       + "біліктілікті арттыру курсының тыңдаушысы \(listener.fullName) \(date) жылғы № \(order.number) бұйрықпен "
                       + "оқудан шығарылғанын хабарлайды. Себебі: \(ExpulsionDocuments.groundKk(order.content.grounds)) (Ереженің 7.5-т.)."),
            .space(8),
            .heading("Уведомление об отчислении слушателя"),
            .paragraph("\(provider.nameRu) уведомляет, что слушатель курсов повышения квалификации по образовательной "
                       + "программе «\(order.content.programmeTitleRu)» \(listener.fullName) отчислен(а) приказом № \(order.number) "
                       + "от \(date). Причина: \(ExpulsionDocuments.groundRu(order.content.grounds)) (п. 7.5 Положения)."),
        ] + OrderDocument.signature(provider))
    }

    static func subject(_ listener: Listener) -> String {
        "Тыңдаушыны оқудан шығару туралы / Об отчислении слушателя: \(listener.fullName)"
    }

    static func message(listener: Listener, employer: Employer, order: Order, provider: Provider, mail: MailSettings,
                        pdf: Data) -> MailMessage {
        MailMessage(
            messageId: Mail.newMessageId(domain: mail.domain), from: mail.from, to: employer.email,
            subject: subject(listener),
            text: """
                Құрметті әріптестер!
                \(provider.nameKk) тыңдаушы \(listener.fullName) № \(order.number) бұйрықпен оқудан шығарылғанын хабарлайды. \
                Хабарлама хаты қоса беріліп отыр.

                Уважаемые коллеги!
                \(provider.nameRu) уведомляет об отчислении слушателя \(listener.fullName) приказом № \(order.number). \
                Письмо-уведомление приложено.
                """,
            attachments: [.init(filename: "notice-\(order.year)-\(order.sequence).pdf", mediaType: "application/pdf", content: pdf)])
    }

    /// What a letter is about, for staff to find it: `expulsion:<listener id>`.
    static func reference(_ listenerId: String) -> String { "expulsion:\(listenerId)" }

    static func listenerId(of reference: String) -> String? {
        reference.hasPrefix("expulsion:") ? String(reference.dropFirst("expulsion:".count)) : nil
    }
}

/// A letter and its delivery state, without its content.
struct Letter: Codable, Sendable, Equatable, ResponseEncodable {
    var id: String
    var messageId: String
    var recipient: String
    var subject: String
    var state: Mail.State
    var attempts: Int
    var lastError: String?
    var createdAt: Date
    var sentAt: Date?
}

extension Letter {
    init(_ mail: Mail) {
        self.init(id: mail.id, messageId: mail.messageId, recipient: mail.recipient, subject: mail.subject, state: mail.state,
                  attempts: mail.attempts, lastError: mail.lastError, createdAt: mail.createdAt, sentAt: mail.sentAt)
    }
}
