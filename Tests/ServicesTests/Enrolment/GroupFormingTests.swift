import EventContracts
@testable import EnrolmentService
import Foundation
import GRDB
import Testing

@Suite("Forming groups by programme and language, up to capacity, with a waiting list (4.2)")
struct GroupFormingTests {
    typealias Candidate = GroupForming.Candidate
    typealias OpenGroup = GroupForming.OpenGroup

    @Test("candidates fill the first group of their programme and language in order, then the next; the rest wait")
    func fillInOrder() {
        let candidates = (1...5).map { Candidate(id: "c\($0)", programmeCode: "P", language: .kk) }
        let groups = [OpenGroup(id: "early", programmeCode: "P", language: .kk, freePlaces: 2),
                      OpenGroup(id: "late", programmeCode: "P", language: .kk, freePlaces: 2)]
        let placements = GroupForming.placements(of: candidates, in: groups)
        #expect(placements.map(\.candidateId) == ["c1", "c2", "c3", "c4"])
        #expect(placements.map(\.groupId) == ["early", "early", "late", "late"])
    }

    @Test("a group of another programme or language takes no one, and one who cannot be placed does not hold up those behind")
    func programmeAndLanguageMatch() {
        let candidates = [Candidate(id: "ru", programmeCode: "P", language: .ru),
                          Candidate(id: "other", programmeCode: "Q", language: .kk),
                          Candidate(id: "kk", programmeCode: "P", language: .kk)]
        let groups = [OpenGroup(id: "p-kk", programmeCode: "P", language: .kk, freePlaces: 5)]
        #expect(GroupForming.placements(of: candidates, in: groups) == [.init(candidateId: "kk", groupId: "p-kk")])
    }

    @Test("a full group, or one over capacity, takes no one")
    func fullGroups() {
        let candidates = [Candidate(id: "c1", programmeCode: "P", language: .kk)]
        #expect(GroupForming.placements(of: candidates, in: [OpenGroup(id: "g", programmeCode: "P", language: .kk, freePlaces: 0)]).isEmpty)
        #expect(GroupForming.placements(of: candidates, in: [OpenGroup(id: "g", programmeCode: "P", language: .kk, freePlaces: -1)]).isEmpty)
    }

    @Test("accepted candidates wait without a group; a planned group takes them in order up to its capacity")
    func plannedGroupTakesTheLine() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        for (id, name) in [("00000000-0000-7000-8000-000000000001", "Әлия"), ("00000000-0000-7000-8000-000000000002", "Бақыт"), ("00000000-0000-7000-8000-000000000003", "Гүлнар")] { try await harness.accept(id, name) }
        try await harness.accept("00000000-0000-7000-8000-000000000004", "Дина", language: .ru)
        #expect(try await harness.placements().groups.isEmpty)
        #expect(try await harness.placements().waiting == ["Әлия", "Бақыт", "Гүлнар", "Дина"])

        let group = try await harness.planGroup("PD-2026-014-KK-1", capacity: 2)
        let placed = try await harness.placements()
        #expect(placed.groups == [group.id: ["Әлия", "Бақыт"]])
        #expect(placed.waiting == ["Гүлнар", "Дина"])
        let admitted = try await harness.outbox().filter { $0.type == "qadam.enrolment.listener.admitted.v1" }
            .map { try $0.payload(as: ListenerAdmitted.self).fullName }
        #expect(admitted == ["Әлия", "Бақыт"])

        // The waiting list, for staff, in order.
        let line = try await harness.send(.get, "/v1/waiting-list?programmeCode=PD-2026-014", token: try await harness.token(.operator))
        #expect(try line.json([WaitingCandidate].self).map(\.candidateId) == ["00000000-0000-7000-8000-000000000003", "00000000-0000-7000-8000-000000000004"])
        #expect(try await harness.send(.get, "/v1/waiting-list", token: try await harness.token(.organisation)).status == .forbidden)

        // A newcomer joins the end of the line, behind Гүлнар.
        try await harness.accept("00000000-0000-7000-8000-000000000005", "Ерлан")
        #expect(try await harness.placements().waiting == ["Гүлнар", "Дина", "Ерлан"])
    }

    @Test("a place freed by expulsion or withdrawal goes to the first in line; a withdrawn candidate leaves the line")
    func freedPlacesArePromoted() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let group = try await harness.planGroup("PD-2026-014-KK-1", capacity: 2)
        for (id, name) in [("00000000-0000-7000-8000-000000000001", "Әлия"), ("00000000-0000-7000-8000-000000000002", "Бақыт"), ("00000000-0000-7000-8000-000000000003", "Гүлнар"), ("00000000-0000-7000-8000-000000000004", "Дина"), ("00000000-0000-7000-8000-000000000005", "Ерлан")] {
            try await harness.accept(id, name)
        }
        #expect(try await harness.placements().waiting == ["Гүлнар", "Дина", "Ерлан"])

        // Дина withdraws while waiting: she leaves the line.
        try await harness.withdraw("00000000-0000-7000-8000-000000000004")
        #expect(try await harness.placements().waiting == ["Гүлнар", "Ерлан"])

        // Әлия withdraws from the group: Гүлнар takes her place.
        try await harness.withdraw("00000000-0000-7000-8000-000000000001")
        #expect(try await harness.placements().groups[group.id] == ["Бақыт", "Гүлнар"])
        #expect(try await harness.placements().waiting == ["Ерлан"])

        // Бақыт is expelled: Ерлан takes her place, announced like any admission.
        let rector = try await harness.token(.rector)
        let order = try await harness.send(.post, "/v1/groups/\(group.id)/admission-order", EnrolmentFixtures.admissionOrder, token: rector)
        // The order names who studies in the group, not Әлия, who withdrew.
        #expect(try order.json(Order.self).content.listeners.map(\.fullName) == ["Бақыт", "Гүлнар"])
        let bakyt = try await harness.database.read { db in try Listener.filter(Column("candidateId") == "00000000-0000-7000-8000-000000000002").fetchOne(db)!.id }
        #expect(try await harness.send(.post, "/v1/listeners/\(bakyt)/expulsion", EnrolmentFixtures.expulsion, token: rector).status == .created)
        #expect(try await harness.placements().groups[group.id] == ["Гүлнар", "Ерлан"])
        #expect(try await harness.placements().waiting.isEmpty)
        let last = try #require(try await harness.outbox().last { $0.routingKey == "enrolment.listener.admitted" })
            .payload(as: ListenerAdmitted.self)
        #expect(last.fullName == "Ерлан")
        #expect(last.groupId == group.id)
    }

    @Test("the earliest stream's group fills first; a completed group takes no one")
    func earliestStreamFirst() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let late = try await harness.planGroup("KK-NOV", capacity: 1, stream: ("2026-S4", "2026-11-02", "2026-11-13"))
        let early = try await harness.planGroup("KK-SEP", capacity: 1)
        try await harness.accept("00000000-0000-7000-8000-000000000001", "Әлия")
        try await harness.accept("00000000-0000-7000-8000-000000000002", "Бақыт")
        #expect(try await harness.placements().groups == [early.id: ["Әлия"], late.id: ["Бақыт"]])

        // September's course ends; a place there frees, but the ended group takes no one.
        let rector = try await harness.token(.rector)
        #expect(try await harness.send(.post, "/v1/groups/\(early.id)/admission-order", EnrolmentFixtures.admissionOrder, token: rector).status
                == .created)
        #expect(try await harness.send(.post, "/v1/groups/\(early.id)/completion", ["completedOn": "2026-09-18"], token: rector).status
                == .ok)
        try await harness.withdraw("00000000-0000-7000-8000-000000000001")
        try await harness.accept("00000000-0000-7000-8000-000000000003", "Гүлнар")
        #expect(try await harness.placements().waiting == ["Гүлнар"])

        // A retired programme's group takes no one either: no order could admit them.
        #expect(try await harness.send(.post, "/v1/programmes/PD-2026-014/retirement", token: rector).status == .ok)
        try await harness.withdraw("00000000-0000-7000-8000-000000000002")
        #expect(try await harness.placements().waiting == ["Гүлнар"])
    }

    @Test("a group whose stream is over by today takes no one, though its end was not recorded")
    func endedStreamsTakeNoOne() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self, today: "2026-09-19")
        let september = try await harness.planGroup("KK-SEP", capacity: 5)
        let november = try await harness.planGroup("KK-NOV", capacity: 5, stream: ("2026-S4", "2026-11-02", "2026-11-13"))
        try await harness.accept("00000000-0000-7000-8000-000000000001", "Әлия")
        #expect(try await harness.placements().groups == [november.id: ["Әлия"]])
        #expect(try await harness.placements().groups[september.id] == nil)
    }

    @Test("a withdrawn candidate stays out, though the acceptance arrives again or late, from either version of intake")
    func withdrawalIsRemembered() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        try await harness.planGroup("PD-2026-014-KK-1")
        try await harness.withdraw("00000000-0000-7000-8000-000000000001")
        try await harness.accept("00000000-0000-7000-8000-000000000001", "Әлия")
        #expect(try await harness.placements().groups.isEmpty)
        #expect(try await harness.placements().waiting.isEmpty)

        // One acceptance sent as version 2 and again as version 1 (new event ids) places once.
        try await harness.accept("00000000-0000-7000-8000-000000000002", "Бақыт")
        #expect(try await harness.deliver(try eventBody(CandidateAcceptedV1(
            candidateId: "00000000-0000-7000-8000-000000000002", fullName: "Бақыт", programmeCode: "PD-2026-014", employerEmail: "school@edu.kz", acceptedAt: Date()))))
        #expect(try await harness.count("listener") == 1)
    }
}
