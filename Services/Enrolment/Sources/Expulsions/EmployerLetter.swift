import EventContracts
import Printing
import Foundation
import Mail
import ServiceKit

/// The written notice to the employer of an expelled listener (7.5): a letter in Kazakh and
/// Russian, as a PDF to print and sign, sent by email to the organisation's official address.
enum EmployerLetter {
    static func document(listener: Listener, order: Order, provider: Provider) -> PrintedDocument {
        let reason = ListenerDismissed.Reason(rawValue: order.content.reason ?? "") ?? .rulesBroken
        let date = OrderDocument.dotted(order.orderDate)
        let addressee = [listener.employerNameKk, listener.employerNameRu].compactMap { $0 }.joined(separator: "\n")
        let address = [addressee, listener.employerPostalAddress, listener.employerEmail].compactMap { $0 }.filter { !$0.isEmpty }
        return PrintedDocument(title: "Хабарлама / Уведомление: \(listener.fullName)", blocks: [
            .note("\(provider.nameKk)\n\(provider.nameRu)", alignment: .center),
            .space(10),
            .note(address.joined(separator: "\n"), alignment: .right),
            .space(10),
            .heading("Тыңдаушының оқудан шығарылғаны туралы хабарлама"),
            .paragraph("\(provider.nameKk) сізге «\(order.content.programmeTitleKk)» білім беру бағдарламасы бойынша "
                       + "біліктілікті арттыру курсының тыңдаушысы \(listener.fullName) \(date) жылғы № \(order.number) бұйрықпен "
                       + "оқудан шығарылғанын хабарлайды. Себебі: \(ExpulsionText.reasonKk(reason)) (Ереженің 7.5-т.)."),
            .space(8),
            .heading("Уведомление об отчислении слушателя"),
            .paragraph("\(provider.nameRu) уведомляет, что слушатель курсов повышения квалификации по образовательной "
                       + "программе «\(order.content.programmeTitleRu)» \(listener.fullName) отчислен(а) приказом № \(order.number) "
                       + "от \(date). Причина: \(ExpulsionText.reasonRu(reason)) (п. 7.5 Положения)."),
        ] + OrderDocument.signature(provider))
    }

    static func subject(_ listener: Listener) -> String {
        "Тыңдаушыны оқудан шығару туралы / Об отчислении слушателя: \(listener.fullName)"
    }

    static func message(listener: Listener, order: Order, provider: Provider, mail: MailSettings, pdf: Data) -> MailMessage {
        MailMessage(
            messageId: Mail.newMessageId(domain: mail.domain), from: mail.from, to: listener.employerEmail,
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
}
