import EventContracts
import Printing
import ServiceKit

/// An order as the rector signs it: Kazakh first, then Russian, then the list of listeners
/// with bilingual headings, then the signature line.
enum OrderDocument {
    static func admission(_ order: Order, provider: Provider) -> PrintedDocument {
        let content = order.content
        let dates = (dotted(content.startsOn), dotted(content.endsOn))
        let leaders = content.leaders.joined(separator: ", ")
        var kazakh = [
            "1. Төмендегі тізім бойынша тыңдаушылар \(content.groupCode) тобына қабылдансын.",
            "2. Курсқа жауапты бағдарлама жетекшілері: \(leaders).",
        ]
        var russian = [
            "1. Зачислить слушателей в группу \(content.groupCode) согласно списку.",
            "2. Ответственные руководители программы: \(leaders).",
        ]
        if !content.authorityLetters.isEmpty {
            let letters = content.authorityLetters.joined(separator: "; ")
            kazakh.append("Негіздеме: \(letters).")
            russian.append("Основание: \(letters).")
        }
        return PrintedDocument(title: "Бұйрық / Приказ № \(order.number)", blocks: header(order, provider: provider) + [
            .heading("Біліктілікті арттыру курсына тыңдаушыларды қабылдау туралы"),
            .paragraph("«\(content.programmeTitleKk)» білім беру бағдарламасы (\(content.hours) академиялық сағат) бойынша "
                       + "біліктілікті арттыру курсын \(dates.0) бастап \(dates.1) дейін өткізу мақсатында БҰЙЫРАМЫН:"),
        ] + kazakh.map { .paragraph($0) } + [
            .space(10),
            .heading("О зачислении слушателей на курсы повышения квалификации"),
            .paragraph("В целях проведения курсов повышения квалификации по образовательной программе "
                       + "«\(content.programmeTitleRu)» (\(RussianPlural.hours(content.hours))) с \(dates.0) по \(dates.1) ПРИКАЗЫВАЮ:"),
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

    static func expulsion(_ order: Order, provider: Provider) -> PrintedDocument {
        let content = order.content
        let reason = ListenerDismissed.Reason(rawValue: content.reason ?? "") ?? .rulesBroken
        let names = content.listeners.map(\.fullName).joined(separator: ", ")
        return PrintedDocument(title: "Бұйрық / Приказ № \(order.number)", blocks: header(order, provider: provider) + [
            .heading("Тыңдаушыны оқудан шығару туралы"),
            .paragraph("Ереженің 7.5-тармағына сәйкес, \(ExpulsionText.reasonKk(reason)) себебінен БҰЙЫРАМЫН:"),
            .paragraph("1. «\(content.programmeTitleKk)» білім беру бағдарламасы бойынша \(content.groupCode) тобының тыңдаушысы "
                       + "\(names) оқудан шығарылсын."),
            .paragraph("2. Тыңдаушының жұмыс берушісіне жазбаша хабарлансын."),
            .space(10),
            .heading("Об отчислении слушателя"),
            .paragraph("В соответствии с п. 7.5 Положения, в связи с тем, что \(ExpulsionText.reasonRu(reason)), ПРИКАЗЫВАЮ:"),
            .paragraph("1. Отчислить слушателя группы \(content.groupCode) по образовательной программе "
                       + "«\(content.programmeTitleRu)» \(names)."),
            .paragraph("2. Письменно уведомить работодателя слушателя."),
        ] + signature(provider))
    }

    static func header(_ order: Order, provider: Provider) -> [PrintedDocument.Block] {
        [
            .note("\(provider.nameKk)\n\(provider.nameRu)", alignment: .center),
            .space(8),
            .heading("БҰЙРЫҚ / ПРИКАЗ"),
            .note("№ \(order.number)    \(dotted(order.orderDate))    \(provider.cityKk) / \(provider.cityRu)", alignment: .center),
            .space(8),
        ]
    }

    static func signature(_ provider: Provider) -> [PrintedDocument.Block] {
        [.space(24), .paragraph("Ректор / Ректор ____________________ \(provider.rector)", alignment: .left)]
    }

    static func fundingLabel(_ funding: String) -> String {
        switch funding {
        case "budget": "бюджет / бюджет"
        case "employer": "жұмыс беруші / работодатель"
        case "own": "өз қаражаты / собственные средства"
        default: funding
        }
    }

    /// `2026-09-01` as Kazakh and Russian papers write it: `01.09.2026`.
    static func dotted(_ date: String) -> String {
        let parts = date.split(separator: "-")
        guard parts.count == 3 else { return date }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }
}
