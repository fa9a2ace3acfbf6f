import EventContracts
@testable import EnrolmentService
import Foundation
import GRDB
import Testing

/// What enrolment's tests start from: the forms staff post, and the plan enrolment needs before
/// it places anyone (4.2): an approved programme, a stream, and groups of the programme in it.
enum EnrolmentFixtures {
    /// A programme leader's draft: 72 hours in two modules unless told otherwise.
    static func programme(code: String = "PD-2026-07", hours: Int = 72, kind: String = "short",
                          moduleHours: [Int] = [36, 36]) -> [String: any Sendable] {
        [
            "code": code, "titleKk": "Жаратылыстану пәндерін оқытудағы зерттеу тәсілі",
            "titleRu": "Исследовательский подход в преподавании естественных наук",
            "leader": "Ахметова Гульнара Сериковна", "leaderEmail": "G.Akhmetova@centre.kz",
            "outcomes": ["Designs an inquiry-based lesson"],
            "modules": moduleHours.enumerated().map { index, hours in
                ["name": "Module \(index + 1)", "hours": hours, "content": "Content", "assessmentForms": ["test"]] as [String: any Sendable]
            },
            "hours": hours, "kind": kind, "form": "blended", "arrangement": "without-leaving-work",
        ]
    }

    static let approval: [String: any Sendable] = ["decision": "Протокол учёного совета № 3 от 19.08.2026", "approvedOn": "2026-08-19"]

    /// An admission order for a group of stream 2026-S3, resting on an authority's letter.
    static let admissionOrder: [String: any Sendable] = [
        "orderDate": "2026-09-01", "startsOn": "2026-09-07", "endsOn": "2026-09-18",
        "leaders": ["Ахметова Гульнара Сериковна"],
        "authorityLetters": ["Письмо управления образования ЗКО № 02-14/3381 от 20.08.2026"],
    ]

    /// The group of two (`groupOfTwo`) admitted by order; returns the budget listener's id.
    static func admittedGroup() async throws -> (ServiceHarness<EnrolmentService>, listenerId: String) {
        let (harness, groupId) = try await EnrolmentFixtures.groupOfTwo()
        return try await admittedGroup(harness: harness, groupId: groupId)
    }

    /// The group of two admitted by order; returns the budget listener's id.
    static func admittedGroup(harness: ServiceHarness<EnrolmentService>, groupId: String)
        async throws -> (ServiceHarness<EnrolmentService>, listenerId: String) {
        let rector = try await harness.token(.rector)
        let admitted = try await harness.send(.post, "/v1/groups/\(groupId)/admission-order",
                                                           EnrolmentFixtures.admissionOrder, token: rector)
        let order = try admitted.json(Order.self)
        return (harness, order.content.listeners[0].listenerId)
    }

    static let expulsion: [String: any Sendable] = ["reason": "study-plan-not-followed", "orderDate": "2026-09-15"]

    /// Enrolment with an approved programme PD-2026-014 and a planned group of two listeners
    /// in stream 2026-S3 (7 to 18 September 2026), one paid from the budget (the contract
    /// sample) and one by her employer.
    static func groupOfTwo() async throws -> (ServiceHarness<EnrolmentService>, groupId: String) {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let group = try await harness.planGroup("PD-2026-014-KK-1")
        try await harness.deliverSample(CandidateAccepted.self)
        try await harness.accept("00000000-0000-7000-8000-000000000002", "Иванова Мария Петровна")
        return (harness, group.id)
    }
}

extension ServiceHarness where S == EnrolmentService {
    /// Writes and approves `programmeCode` unless it exists, plans the stream unless it exists,
    /// and plans a group in it. Returns the group.
    @discardableResult
    func planGroup(_ code: String, programmeCode: String = "PD-2026-014", language: Language = .kk, capacity: Int = 25,
                   stream: (code: String, startsOn: String, endsOn: String) = ("2026-S3", "2026-09-07", "2026-09-18")) async throws -> StudyGroup {
        let leader = try await token(.programmeLeader)
        if try await database.read({ db in try Programme.find(code: programmeCode, in: db) }) == nil {
            #expect(try await send(.post, "/v1/programmes", EnrolmentFixtures.programme(code: programmeCode), token: leader).status == .created)
            #expect(try await send(.post, "/v1/programmes/\(programmeCode)/approval", EnrolmentFixtures.approval,
                                   token: try await token(.rector)).status == .ok)
        }
        var streamId = try await database.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM stream WHERE code = ?", arguments: [stream.code])
        }
        if streamId == nil {
            let planned = try await send(.post, "/v1/streams", ["code": stream.code, "startsOn": stream.startsOn, "endsOn": stream.endsOn],
                                         token: leader)
            streamId = try planned.json(Stream.self).id
        }
        let planned = try await send(.post, "/v1/groups", [
            "code": code, "streamId": streamId!, "programmeCode": programmeCode, "language": language.rawValue, "form": "blended",
            "capacity": capacity,
        ], token: leader)
        #expect(planned.status == .created)
        return try planned.json(StudyGroup.self)
    }

    /// Delivers intake's acceptance of a candidate like the contract sample's, with another id,
    /// name, programme or language.
    func accept(_ candidateId: String, _ fullName: String, programmeCode: String = "PD-2026-014", language: Language = .kk,
                funding: Funding = .employer) async throws {
        var candidate = try Samples.payload(CandidateAccepted.self)
        candidate.candidateId = candidateId
        candidate.fullName = fullName
        candidate.programmeCode = programmeCode
        candidate.language = language
        candidate.funding = funding
        #expect(try await deliver(try eventBody(candidate)))
    }

    /// Listeners' names by group id, and the waiting list's names in order.
    func placements() async throws -> (groups: [String: [String]], waiting: [String]) {
        try await database.read { db in
            let listeners = try Listener.filter(Column("status") == "studying").order(Column("admittedAt"), Column.rowID).fetchAll(db)
            let groups = Dictionary(grouping: listeners, by: \.groupId).mapValues { $0.map(\.fullName) }
            let waiting = try WaitingCandidate.order(Column("position")).fetchAll(db).map(\.candidate.fullName)
            return (groups, waiting)
        }
    }

    /// Delivers intake's news that the candidate withdrew.
    func withdraw(_ candidateId: String) async throws {
        #expect(try await deliver(try eventBody(CandidateWithdrawn(candidateId: candidateId, requestId: nil, reason: "Заявка отозвана",
                                                                  withdrawnAt: Date()))))
    }
}
