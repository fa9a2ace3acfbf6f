import EventContracts
@testable import EnrolmentService
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import TestSupport
import Testing

@Suite("Rector's orders over HTTP")
struct OrderRoutesTests {
    @Test("a group of an approved programme is admitted by a numbered order; its PDF reads in Kazakh and Russian")
    func admissionOrder() async throws {
        let (harness, groupId) = try await EnrolmentFixtures.groupOfTwo()
        let rector = try await harness.token(.rector)
        let issued = try await harness.send(.post, "/v1/groups/\(groupId)/admission-order", EnrolmentFixtures.admissionOrder, token: rector)
        #expect(issued.status == .created)
        let order = try issued.json(Order.self)
        #expect(order.number == "ПК-2026/001")
        #expect(order.kind == .admission)
        #expect(order.content.listeners.map(\.fullName) == ["Сәрсенова Айгүл Маратқызы", "Иванова Мария Петровна"])
        #expect(order.content.hours == 72)

        // Everyone in the group is now in an order: another finds no one to admit.
        let again = try await harness.send(.post, "/v1/groups/\(groupId)/admission-order", EnrolmentFixtures.admissionOrder, token: rector)
        #expect(again.status == .conflict)

        let pdf = try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/orders/\(order.id)/pdf", method: .get, headers: .bearer(rector))
        }
        #expect(pdf.status == .ok)
        #expect(pdf.headers[.contentType] == "application/pdf")
        let text = try await PDFText.extract(Data(pdf.body.readableBytesView))
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("БҰЙРЫҚ / ПРИКАЗ"))
        #expect(flat.contains("№ ПК-2026/001"))
        #expect(flat.contains("Біліктілікті арттыру курсына тыңдаушыларды қабылдау туралы"))
        #expect(flat.contains("БҰЙЫРАМЫН"))
        #expect(flat.contains("О зачислении слушателей на курсы повышения квалификации"))
        #expect(flat.contains("(72 академических часа)"))
        #expect(flat.contains("ПРИКАЗЫВАЮ"))
        #expect(flat.contains("с 07.09.2026 по 18.09.2026"))
        #expect(flat.contains("Сәрсенова Айгүл Маратқызы"))
        #expect(flat.contains("Иванова Мария Петровна"))
        #expect(flat.contains("Основание: Письмо управления образования ЗКО"))
    }

    @Test("a group with budget listeners is not admitted without the authorities' letters; bad dates are named")
    func budgetNeedsLetters() async throws {
        let (harness, groupId) = try await EnrolmentFixtures.groupOfTwo()
        let admin = try await harness.token(.admin)
        var form = EnrolmentFixtures.admissionOrder
        form["authorityLetters"] = [String]()
        form["startsOn"] = "2026-09-10"
        form["endsOn"] = "2026-09-08"
        let refused = try await harness.send(.post, "/v1/groups/\(groupId)/admission-order", form, token: admin)
        #expect(refused.status == .unprocessableContent)
        #expect(try refused.problem().errors?.map(\.field) == ["authorityLetters"])
        // With the letters, the dates are judged.
        form["authorityLetters"] = EnrolmentFixtures.admissionOrder["authorityLetters"]
        let backwards = try await harness.send(.post, "/v1/groups/\(groupId)/admission-order", form, token: admin)
        #expect(try backwards.problem().errors?.map(\.field) == ["endsOn"])
        // The course lies within its stream.
        form["endsOn"] = "2026-09-25"
        let outside = try await harness.send(.post, "/v1/groups/\(groupId)/admission-order", form, token: admin)
        #expect(try outside.problem().errors?.map(\.message) == ["Дата вне сроков потока: 07.09.2026 – 18.09.2026"])
        #expect(try await harness.count("order") == 0)
    }

    @Test("without dates of its own, the order takes the stream's; a retired programme's group is admitted by no order")
    func streamDates() async throws {
        let (harness, groupId) = try await EnrolmentFixtures.groupOfTwo()
        let rector = try await harness.token(.rector)
        var form = EnrolmentFixtures.admissionOrder
        form["startsOn"] = nil
        form["endsOn"] = nil
        #expect(try await harness.send(.post, "/v1/programmes/PD-2026-014/retirement", token: rector).status == .ok)
        #expect(try await harness.send(.post, "/v1/groups/\(groupId)/admission-order", form, token: rector).status == .conflict)
        try await harness.database.write { db in
            try db.execute(sql: "UPDATE programme SET status = 'approved' WHERE code = 'PD-2026-014'")
        }
        let issued = try await harness.send(.post, "/v1/groups/\(groupId)/admission-order", form, token: rector)
        let order = try issued.json(Order.self)
        #expect(order.content.startsOn == CalendarDate("2026-09-07"))
        #expect(order.content.endsOn == CalendarDate("2026-09-18"))
    }

    @Test("orders are numbered through their year, and a leader's initials end the sentence once")
    func numberingAndFullStops() async throws {
        let (harness, groupId) = try await EnrolmentFixtures.groupOfTwo()
        let rector = try await harness.token(.rector)
        var form = EnrolmentFixtures.admissionOrder
        form["leaders"] = ["Сапарова Г. К."]
        let order = try await harness.send(.post, "/v1/groups/\(groupId)/admission-order", form, token: rector).json(Order.self)
        #expect(order.number == "ПК-2026/001")
        let pdf = try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/orders/\(order.id)/pdf", method: .get, headers: .bearer(rector))
        }
        let text = try await PDFText.extract(Data(pdf.body.readableBytesView))
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("руководители программы: Сапарова Г. К."))
        #expect(!flat.contains("К.."), "a double full stop after the initials: \(flat)")
        #expect(Sentence.ended("Сапарова Г. К.") == "Сапарова Г. К.")
        #expect(Sentence.ended("Сапарова Гульмира") == "Сапарова Гульмира.")
    }
}
