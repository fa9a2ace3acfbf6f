import EventContracts
@testable import EnrolmentService
import Foundation
import Hummingbird
import ServiceKit
import Testing

@Suite("A group's course ends")
struct CompletionTests {
    @Test("the end of the course announces who finished it: the listeners admitted by order, not the expelled")
    func completion() async throws {
        let (harness, groupId) = try await EnrolmentFixtures.groupOfTwo()
        let rector = try await harness.token(.rector)
        // Nobody is admitted by order yet: there is no course to end.
        #expect(try await harness.send(.post, "/v1/groups/\(groupId)/completion", ["completedOn": "2026-09-18"], token: rector).status
                == .conflict)

        let (_, expelledId) = try await EnrolmentFixtures.admittedGroup(harness: harness, groupId: groupId)
        #expect(try await harness.send(.post, "/v1/listeners/\(expelledId)/expulsion", EnrolmentFixtures.expulsion, token: rector).status
                == .created)

        let bad = try await harness.send(.post, "/v1/groups/\(groupId)/completion", ["completedOn": "18.09.2026"], token: rector)
        #expect(try bad.problem().errors?.map(\.field) == ["completedOn"])
        let ended = try await harness.send(.post, "/v1/groups/\(groupId)/completion", ["completedOn": "2026-09-18"], token: rector)
        #expect(ended.status == .ok)
        let event = try #require(try await harness.outbox().last).payload(as: GroupCompleted.self)
        #expect(event.groupId == groupId)
        #expect(event.completedOn == CalendarDate("2026-09-18"))
        #expect(event.listeners.map(\.fullName) == ["Иванова Мария Петровна"])
        #expect(event.listeners.map(\.candidateId) == ["00000000-0000-7000-8000-000000000002"])

        #expect(try await harness.send(.post, "/v1/groups/\(groupId)/completion", ["completedOn": "2026-09-19"], token: rector).status
                == .conflict)
        #expect(try await harness.send(.post, "/v1/groups/\(groupId)/completion", ["completedOn": "2026-09-19"],
                                       token: try await harness.token(.programmeLeader)).status == .forbidden)
    }
}
