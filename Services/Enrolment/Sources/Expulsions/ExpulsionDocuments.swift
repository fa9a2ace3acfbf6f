import EventContracts
import Printing
import ServiceKit

/// The expulsion order (7.5) as the rector signs it, and the grounds as papers word them.
enum ExpulsionDocuments {
    static func order(_ order: Order, provider: Provider) -> PrintedDocument {
        let content = order.content
        let names = content.listeners.map(\.fullName).joined(separator: ", ")
        return PrintedDocument(title: OrderDocument.title(order), blocks: OrderDocument.header(order, provider: provider) + [
            .heading("Тыңдаушыны оқудан шығару туралы"),
            .paragraph("Ереженің 7.5-тармағына сәйкес, \(groundKk(content.grounds)) себебінен БҰЙЫРАМЫН:"),
            .paragraph("1. «\(content.programmeTitleKk)» білім беру бағдарламасы бойынша \(content.groupCode) тобының тыңдаушысы "
                       + "\(names) оқудан шығарылсын."),
            .paragraph("2. Тыңдаушының жұмыс берушісіне жазбаша хабарлансын."),
            .space(10),
            .heading("Об отчислении слушателя"),
            .paragraph("В соответствии с п. 7.5 Положения, в связи с тем, что \(groundRu(content.grounds)), ПРИКАЗЫВАЮ:"),
            .paragraph("1. Отчислить слушателя группы \(content.groupCode) по образовательной программе "
                       + "«\(content.programmeTitleRu)» \(names)."),
            .paragraph("2. Письменно уведомить работодателя слушателя."),
        ] + OrderDocument.signature(provider))
    }

    /// An order's ground; an expulsion order always names one.
    static func groundKk(_ ground: ExpulsionReason?) -> String {
        switch ground {
        case nil: "—"
        case .unpaid: "шарт бойынша оқу ақысы уақытында төленбеген"
        case .studyPlanNotFollowed: "жеке оқу жоспары орындалмаған"
        case .rulesBroken: "университеттің ішкі тәртіп ережелері бұзылған"
        }
    }

    static func groundRu(_ ground: ExpulsionReason?) -> String {
        switch ground {
        case nil: "—"
        case .unpaid: "не внесена в срок плата за обучение по договору"
        case .studyPlanNotFollowed: "не выполняется индивидуальный учебный план"
        case .rulesBroken: "нарушены правила внутреннего распорядка университета"
        }
    }
}
