import EventContracts
import Printing
import ServiceKit

/// An order as the rector signs it: Kazakh first, then Russian, then the list of listeners
/// with bilingual headings, then the signature line. Each kind's wording is its feature's.
enum OrderDocument {
    static func of(_ order: Order, provider: Provider) -> PrintedDocument {
        switch order.kind {
        case .admission: admission(order, provider: provider)
        case .expulsion: ExpulsionDocuments.order(order, provider: provider)
        case .transfer: TransferDocuments.transfer(order, provider: provider)
        case .reinstatement: TransferDocuments.reinstatement(order, provider: provider)
        }
    }

    static func admission(_ order: Order, provider: Provider) -> PrintedDocument {
        let content = order.content
        let dates = (content.startsOn.dotted, content.endsOn.dotted)
        let leaders = content.leaders.joined(separator: ", ")
        var kazakh = [
            "1. Төмендегі тізім бойынша тыңдаушылар \(content.groupCode) тобына қабылдансын.",
            Sentence.ended("2. Курсқа жауапты бағдарлама жетекшілері: \(leaders)"),
        ]
        var russian = [
            "1. Зачислить слушателей в группу \(content.groupCode) согласно списку.",
            Sentence.ended("2. Ответственные руководители программы: \(leaders)"),
        ]
        if !content.authorityLetters.isEmpty {
            let letters = content.authorityLetters.joined(separator: "; ")
            kazakh.append(Sentence.ended("Негіздеме: \(letters)"))
            russian.append(Sentence.ended("Основание: \(letters)"))
        }
        return PrintedDocument(title: title(order), blocks: header(order, provider: provider) + [
            .heading("Біліктілікті арттыру курсына тыңдаушыларды қабылдау туралы"),
            .paragraph("«\(content.programmeTitleKk)» білім беру бағдарламасы (\(content.hours) академиялық сағат) бойынша "
                       + "біліктілікті арттыру курсын \(dates.0) бастап \(dates.1) дейін өткізу мақсатында БҰЙЫРАМЫН:"),
        ] + kazakh.map { .paragraph($0) } + [
            .space(10),
            .heading("О зачислении слушателей на курсы повышения квалификации"),
            .paragraph("В целях проведения курсов повышения квалификации по образовательной программе "
                       + "«\(content.programmeTitleRu)» (\(RussianPlural.academicHours(content.hours))) с \(dates.0) по \(dates.1) ПРИКАЗЫВАЮ:"),
        ] + russian.map { .paragraph($0) } + [
            .space(6),
            .table(.init(
                header: ["№", "Тыңдаушы / Слушатель", "Ұйым / Организация", "Қаржыландыру / Финансирование"],
                rows: content.listeners.enumerated().map { index, entry in
                    ["\(index + 1)", entry.fullName, entry.organisation ?? "—", fundingLabel(entry.funding)]
                },
                widths: [0.6, 4, 4.4, 2.6])),
        ] + signature(provider))
    }

    static func title(_ order: Order) -> String { "Бұйрық / Приказ № \(order.number)" }

    static func header(_ order: Order, provider: Provider) -> [PrintedDocument.Block] {
        [
            .note("\(provider.nameKk)\n\(provider.nameRu)", alignment: .center),
            .space(8),
            .heading("БҰЙРЫҚ / ПРИКАЗ"),
            .note("№ \(order.number)    \(order.orderDate.dotted)    \(provider.cityKk) / \(provider.cityRu)", alignment: .center),
            .space(8),
        ]
    }

    static func signature(_ provider: Provider) -> [PrintedDocument.Block] {
        [.space(24), .paragraph("Ректор / Ректор ____________________ \(provider.rector)", alignment: .left)]
    }

    static func fundingLabel(_ funding: Funding) -> String {
        switch funding {
        case .budget: "бюджет / бюджет"
        case .employer: "жұмыс беруші / работодатель"
        case .own: "өз қаражаты / собственные средства"
        }
    }
}
