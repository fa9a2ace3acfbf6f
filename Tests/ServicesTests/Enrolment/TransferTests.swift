import EventContracts
@testable import EnrolmentService
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import ServiceKit
import TestSupport
import Testing

@Suite("Transfers (7.4.3) and interruptions (7.4.4)")
struct TransferTests {
    typealias Group = MoveRules.Group

    static let september = Group(id: "sep", programmeCode: "P", streamId: "2026-S3", year: 2026, completed: false, freePlaces: 0)
    static let november = Group(id: "nov", programmeCode: "P", streamId: "2026-S4", year: 2026, completed: false, freePlaces: 3)
    static let february = Group(id: "feb", programmeCode: "P", streamId: "2027-S1", year: 2027, completed: false, freePlaces: 3)
    static let october = CalendarDate("2026-10-01")
    static let march = CalendarDate("2027-03-01")

    @Test("a transfer goes to another stream of the same programme, within the year, where a place is free")
    func transferRules() {
        #expect(MoveRules.transferRefusals(from: Self.september, to: Self.november, year: 2026).isEmpty)
        #expect(MoveRules.transferRefusals(from: Self.september, to: Self.september, year: 2026).contains(.sameStream))
        var other = Self.november
        other.programmeCode = "Q"
        #expect(MoveRules.transferRefusals(from: Self.september, to: other, year: 2026) == [.otherProgramme])
        var full = Self.november
        full.freePlaces = 0
        full.completed = true
        #expect(MoveRules.transferRefusals(from: Self.september, to: full, year: 2026) == [.completed, .full])
    }

    @Test("a transfer outside the current calendar year is refused, whichever side of New Year the order falls")
    func transferOutsideTheYear() {
        #expect(MoveRules.transferRefusals(from: Self.september, to: Self.february, year: 2026) == [.outsideYear(2026)])
        #expect(MoveRules.transferRefusals(from: Self.september, to: Self.february, year: 2027) == [.outsideYear(2027)])
    }

    @Test("a return after an interruption may be in a later year, but in another group of the same programme with a free place")
    func resumptionRules() {
        #expect(MoveRules.resumptionRefusals(left: "sep", to: Self.february, programmeCode: "P", date: Self.march,
                                             interruptedOn: Self.october).isEmpty)
        #expect(MoveRules.resumptionRefusals(left: "sep", to: Self.february, programmeCode: "Q", date: Self.march,
                                             interruptedOn: Self.october) == [.otherProgramme])
        #expect(MoveRules.resumptionRefusals(left: "sep", to: Self.september, programmeCode: "P", date: Self.march,
                                             interruptedOn: Self.october) == [.full, .sameGroup])
        #expect(MoveRules.resumptionRefusals(left: "sep", to: Self.february, programmeCode: "P", date: Self.october,
                                             interruptedOn: Self.march) == [.beforeInterruption])
    }

    @Test("a listener leaves a group only while studying in it, after the order that placed them, before its course ends")
    func leavingRules() {
        #expect(MoveRules.leavingRefusals(status: .studying, placedByOrder: true, groupCompleted: false).isEmpty)
        #expect(MoveRules.leavingRefusals(status: .expelled, placedByOrder: true, groupCompleted: false) == [.notStudying(.expelled)])
        #expect(MoveRules.leavingRefusals(status: .studying, placedByOrder: false, groupCompleted: false) == [.notPlacedByOrder])
        #expect(MoveRules.leavingRefusals(status: .studying, placedByOrder: true, groupCompleted: true) == [.courseEnded])
        #expect(MoveRules.moduleRefusals(["A", "Z"], programmeModules: ["A", "B"]) == [.notAModule(index: 1)])
    }

    /// September's group (capacity 2) admitted by order with Әлия and Бақыт, and Гүлнар
    /// waiting: no other group is planned yet.
    static func september() async throws -> (ServiceHarness<EnrolmentService>, september: String) {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let september = try await harness.planGroup("KK-SEP", capacity: 2)
        for (id, name) in [("00000000-0000-7000-8000-000000000001", "Әлия"), ("00000000-0000-7000-8000-000000000002", "Бақыт"), ("00000000-0000-7000-8000-000000000003", "Гүлнар")] { try await harness.accept(id, name) }
        #expect(try await harness.send(.post, "/v1/groups/\(september.id)/admission-order", EnrolmentFixtures.admissionOrder,
                                       token: try await harness.token(.rector)).status == .created)
        #expect(try await harness.placements().waiting == ["Гүлнар"])
        return (harness, september.id)
    }

    static func plan(_ harness: ServiceHarness<EnrolmentService>, november capacity: Int) async throws -> String {
        try await harness.planGroup("KK-NOV", capacity: capacity, stream: ("2026-S4", "2026-11-02", "2026-11-13")).id
    }

    static func planFebruary(_ harness: ServiceHarness<EnrolmentService>) async throws -> String {
        try await harness.planGroup("KK-FEB", stream: ("2027-S1", "2027-02-01", "2027-02-12")).id
    }

    static func listener(_ candidateId: String, in harness: ServiceHarness<EnrolmentService>) async throws -> Listener {
        try await harness.database.read { db in try Listener.filter(Column("candidateId") == candidateId).fetchOne(db)! }
    }

    @Test("a listener moves to November's stream by a transfer order, freeing her place; a full group or next year is refused")
    func transfer() async throws {
        let (harness, september) = try await Self.september()
        // November's group takes Гүлнар from the line and has one place left.
        let november = try await Self.plan(harness, november: 2)
        let february = try await Self.planFebruary(harness)
        let rector = try await harness.token(.rector)
        let alia = try await Self.listener("00000000-0000-7000-8000-000000000001", in: harness)
        let reason = "Медицинская справка № 412 от 01.10.2026"

        let nextYear = try await harness.send(.post, "/v1/listeners/\(alia.id)/transfer",
                                              ["groupId": february, "reason": reason, "orderDate": "2026-10-01"], token: rector)
        #expect(nextYear.status == .unprocessableContent)
        #expect(try nextYear.problem().errors?.map(\.message)
                == ["Перевод возможен только в пределах текущего 2026 календарного года (п. 7.4.3)"])
        // Гүлнар, placed in November's group by no order yet, is not transferred out of it.
        let gulnar = try await Self.listener("00000000-0000-7000-8000-000000000003", in: harness)
        #expect(try await harness.send(.post, "/v1/listeners/\(gulnar.id)/transfer", ["groupId": september, "reason": reason,
                                                                                   "orderDate": "2026-10-01"], token: rector).status == .conflict)
        let noReason = try await harness.send(.post, "/v1/listeners/\(alia.id)/transfer", ["groupId": november, "orderDate": "2026-10-01"],
                                              token: rector)
        #expect(try noReason.problem().errors?.map(\.field) == ["reason"])

        let moved = try await harness.send(.post, "/v1/listeners/\(alia.id)/transfer",
                                           ["groupId": november, "reason": reason, "orderDate": "2026-10-01"], token: rector)
        #expect(moved.status == .created)
        let move = try moved.json(Move.self)
        #expect(move.listener.groupId == november)
        #expect(move.order.kind == .transfer)
        #expect(move.order.number == "ПК-2026/002")
        #expect(move.order.content.fromGroupCode == "KK-SEP")
        #expect(move.order.content.startsOn == CalendarDate("2026-11-02"))

        let transferred = try #require(try await harness.outbox().last).payload(as: ListenerTransferred.self)
        #expect(transferred.kind == .transfer)
        #expect(transferred.fromGroupId == september)
        #expect(transferred.toGroupId == november)
        #expect(transferred.orderNumber == "ПК-2026/002")
        // Her place in September's group is free: the next accepted candidate takes it.
        try await harness.accept("00000000-0000-7000-8000-000000000004", "Дина")
        #expect(try await harness.placements().groups[september] == ["Бақыт", "Дина"])
        #expect(Set(try await harness.placements().groups[november] ?? []) == ["Гүлнар", "Әлия"])

        // November's group is full now.
        let bakyt = try await Self.listener("00000000-0000-7000-8000-000000000002", in: harness)
        let full = try await harness.send(.post, "/v1/listeners/\(bakyt.id)/transfer",
                                          ["groupId": november, "reason": reason, "orderDate": "2026-10-02"], token: rector)
        #expect(try full.problem().errors?.map(\.message) == ["В группе нет свободных мест"])

        // The transfer order placed her in November's group, so its admission order names only
        // Гүлнар, and its course ends with both.
        #expect(try await harness.send(.post, "/v1/groups/\(november)/admission-order", EnrolmentFixtures.admissionOrder.merging([
            "startsOn": "2026-11-02", "endsOn": "2026-11-13"]) { $1 }, token: rector).status == .created)
        let ended = try await harness.send(.post, "/v1/groups/\(november)/completion", ["completedOn": "2026-11-13"], token: rector)
        #expect(Set(try ended.json(GroupCompleted.self).listeners.map(\.fullName)) == ["Гүлнар", "Әлия"])

        let pdf = try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/orders/\(move.order.id)/pdf", method: .get, headers: .bearer(rector))
        }
        let text = try await PDFText.extract(Data(pdf.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Тыңдаушыны басқа ағынға ауыстыру туралы"))
        #expect(text.contains("О переводе слушателя в другой поток"))
        #expect(text.contains("из группы KK-SEP в группу KK-NOV"))
        #expect(text.contains(reason))
    }

    @Test("an interrupted listener frees her place and resumes next year in another group, by an order that keeps her completed modules")
    func interruptionAndResumption() async throws {
        let (harness, september) = try await Self.september()
        let rector = try await harness.token(.rector)
        let alia = try await Self.listener("00000000-0000-7000-8000-000000000001", in: harness)

        let refused = try await harness.send(.post, "/v1/listeners/\(alia.id)/interruption", [
            "reason": "Болезнь", "documents": [String](), "interruptedOn": "2026-09-14", "completedModules": ["Module 9"],
        ], token: rector, language: "en")
        #expect(try refused.problem().errors?.map(\.field) == ["documents"])
        let notAModule = try await harness.send(.post, "/v1/listeners/\(alia.id)/interruption", [
            "reason": "Болезнь", "documents": ["Справка"], "interruptedOn": "2026-09-14", "completedModules": ["Module 9"],
        ], token: rector, language: "en")
        #expect(try notAModule.problem().errors?.map(\.field) == ["completedModules[0]"])
        let recorded = try await harness.send(.post, "/v1/listeners/\(alia.id)/interruption", [
            "reason": "Болезнь", "documents": ["Медицинская справка № 412 от 14.09.2026"], "interruptedOn": "2026-09-14",
            "completedModules": ["Module 1"],
        ], token: rector)
        #expect(recorded.status == .created)
        #expect(try await Self.listener("00000000-0000-7000-8000-000000000001", in: harness).status == .interrupted)
        let interrupted = try #require(try await harness.outbox().last { $0.routingKey == "enrolment.listener.interrupted" })
            .payload(as: ListenerInterrupted.self)
        #expect(interrupted.completedModules == ["Module 1"])
        // Her place goes to Гүлнар; an interrupted listener is not transferred.
        #expect(try await harness.placements().groups[september] == ["Бақыт", "Гүлнар"])
        #expect(try await harness.send(.post, "/v1/listeners/\(alia.id)/transfer",
                                       ["groupId": september, "reason": "—", "orderDate": "2026-10-01"], token: rector).status == .conflict)

        // Interrupted, she is not expelled either.
        let expelled = try await harness.send(.post, "/v1/listeners/\(alia.id)/expulsion", EnrolmentFixtures.expulsion, token: rector)
        #expect(try expelled.problem().type.hasSuffix("listener-not-studying"))
        #expect(try expelled.problem().detail == "Обучение прервано")
        let back = try await harness.send(.post, "/v1/listeners/\(alia.id)/resumption", ["groupId": september, "orderDate": "2026-09-10"],
                                          token: rector)
        #expect(try back.problem().errors?.map(\.field) == ["groupId", "groupId", "orderDate"])
        let february = try await Self.planFebruary(harness)
        let other = try await harness.planGroup("OTHER", programmeCode: "PD-2026-099", stream: ("2027-S1", "2027-02-01", "2027-02-12"))
        let wrong = try await harness.send(.post, "/v1/listeners/\(alia.id)/resumption", ["groupId": other.id, "orderDate": "2027-01-20"],
                                           token: rector)
        #expect(try wrong.problem().errors?.map(\.message) == ["Группа учится по другой программе"])

        let resumed = try await harness.send(.post, "/v1/listeners/\(alia.id)/resumption", ["groupId": february, "orderDate": "2027-01-20"],
                                             token: rector)
        #expect(resumed.status == .created)
        let move = try resumed.json(Move.self)
        #expect(move.listener.status == .studying)
        #expect(move.listener.groupId == february)
        #expect(move.order.kind == .reinstatement)
        #expect(move.order.number == "ПК-2027/001")
        #expect(move.order.content.completedModules == ["Module 1"])
        #expect(move.interruption?.resumedOn == CalendarDate("2027-01-20"))
        let event = try #require(try await harness.outbox().last).payload(as: ListenerTransferred.self)
        #expect(event.kind == .resumption)
        #expect(event.listenerId == alia.id)
        #expect(event.completedModules == ["Module 1"])
        #expect(try await harness.send(.post, "/v1/listeners/\(alia.id)/resumption", ["groupId": february, "orderDate": "2027-01-21"],
                                       token: rector).status == .conflict)

        let history = try await harness.send(.get, "/v1/listeners/\(alia.id)/interruptions", token: try await harness.token(.programmeLeader))
        #expect(try history.json([Interruption].self).map(\.resumedGroupId) == [february])

        let pdf = try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/orders/\(move.order.id)/pdf", method: .get, headers: .bearer(rector))
        }
        let text = try await PDFText.extract(Data(pdf.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Тыңдаушыны оқуға қайта қабылдау туралы"))
        #expect(text.contains("О восстановлении слушателя"))
        #expect(text.contains("Зачесть освоенные модули: Module 1."))
    }
}
