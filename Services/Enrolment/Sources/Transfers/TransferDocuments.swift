import EventContracts
import Printing
import ServiceKit

/// The transfer (7.4.3) and reinstatement (7.4.4) orders as the rector signs them.
enum TransferDocuments {
    static func transfer(_ order: Order, provider: Provider) -> PrintedDocument {
        let content = order.content
        let names = content.listeners.map(\.fullName).joined(separator: ", ")
        let from = content.fromGroupCode ?? "—"
        let dates = (content.startsOn.dotted, content.endsOn.dotted)
        let reason = content.reason ?? "—"
        return PrintedDocument(title: OrderDocument.title(order), blocks: OrderDocument.header(order, provider: provider) + [
            .heading("Тыңдаушыны басқа ағынға ауыстыру туралы"),
            .paragraph("Ереженің 7.4.3-тармағына сәйкес, дәлелді себеппен (\(reason)) БҰЙЫРАМЫН:"),
            .paragraph("1. «\(content.programmeTitleKk)» білім беру бағдарламасының тыңдаушысы \(names) \(from) тобынан "
                       + "\(content.groupCode) тобына (\(dates.0) – \(dates.1)) ауыстырылсын."),
            .space(10),
            .heading("О переводе слушателя в другой поток"),
            .paragraph("В соответствии с п. 7.4.3 Положения, по уважительной причине (\(reason)), ПРИКАЗЫВАЮ:"),
            .paragraph("1. Перевести слушателя \(names) по образовательной программе «\(content.programmeTitleRu)» из группы \(from) "
                       + "в группу \(content.groupCode) (с \(dates.0) по \(dates.1))."),
        ] + OrderDocument.signature(provider))
    }

    static func reinstatement(_ order: Order, provider: Provider) -> PrintedDocument {
        let content = order.content
        let names = content.listeners.map(\.fullName).joined(separator: ", ")
        let modules = content.completedModules ?? []
        let dates = (content.startsOn.dotted, content.endsOn.dotted)
        var kazakh: [PrintedDocument.Block] = [
            .paragraph("1. «\(content.programmeTitleKk)» білім беру бағдарламасы бойынша оқуы үзілген тыңдаушы \(names) "
                       + "\(content.groupCode) тобына (\(dates.0) – \(dates.1)) қайта қабылдансын."),
        ]
        var russian: [PrintedDocument.Block] = [
            .paragraph("1. Восстановить слушателя \(names), прервавшего обучение по образовательной программе "
                       + "«\(content.programmeTitleRu)», в группу \(content.groupCode) (с \(dates.0) по \(dates.1))."),
        ]
        if !modules.isEmpty {
            kazakh.append(.paragraph("2. Меңгерілген модульдер қайта оқылмайды: \(modules.joined(separator: "; "))."))
            russian.append(.paragraph("2. Зачесть освоенные модули: \(modules.joined(separator: "; "))."))
        }
        return PrintedDocument(title: OrderDocument.title(order), blocks: OrderDocument.header(order, provider: provider) + [
            .heading("Тыңдаушыны оқуға қайта қабылдау туралы"),
            .paragraph("Ереженің 7.4.4-тармағына сәйкес, растайтын құжаттар негізінде БҰЙЫРАМЫН:"),
        ] + kazakh + [
            .space(10),
            .heading("О восстановлении слушателя"),
            .paragraph("В соответствии с п. 7.4.4 Положения, на основании подтверждающих документов, ПРИКАЗЫВАЮ:"),
        ] + russian + OrderDocument.signature(provider))
    }
}
