import AssessmentService
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("Assessment over HTTP")
struct AssessmentRoutesTests {
    @Test("a pass is recorded with its assessor and announced for certification")
    func passIsRecordedAndAnnounced() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let token = try await harness.token(.trainer, subject: "trainer-7")

        let response = try await AssessmentFixtures.record(harness, listener: listener, #"{"result":"passed","score":87,"assessedOn":"2026-10-15"}"#,
                                             headers: .bearer(token))

        #expect(response.status == .ok)
        let recorded = try response.json(AssessedListener.self)
        #expect(recorded.finalResult == .passed)
        #expect(recorded.finalScore == 87)
        #expect(recorded.assessedBy == "trainer-7")
        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.assessment.listener.passed.v1"])
        let passed = try #require(events.first).payload(as: ListenerPassed.self)
        #expect(passed.listenerId == listener)
        #expect(passed.score == 87)
        #expect(passed.assessedOn == "2026-10-15")
    }

    @Test("a fail is recorded but announces nothing")
    func failIsNotAnnounced() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let response = try await AssessmentFixtures.record(harness, listener: listener, #"{"result":"failed","score":31,"assessedOn":"2026-10-15"}"#,
                                             headers: .bearer(try await harness.token(.operator)))
        #expect(response.status == .ok)
        #expect(try response.json(AssessedListener.self).finalResult == .failed)
        #expect(try await harness.count("outbox") == 0)
    }

    @Test("a second final assessment is refused with 409 and announces nothing more")
    func secondAssessmentIsAConflict() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let token = try await harness.token(.operator)
        let form = #"{"result":"passed","score":87,"assessedOn":"2026-10-15"}"#
        _ = try await AssessmentFixtures.record(harness, listener: listener, form, headers: .bearer(token))
        let again = try await AssessmentFixtures.record(harness, listener: listener, form, headers: .bearer(token))
        #expect(again.status == .conflict)
        #expect(try again.problem().type == "https://qadam.kz/problems/already-assessed")
        #expect(try await harness.count("outbox") == 1)
    }

    @Test("an expelled listener is given no result, passing or failing (7.5), and nothing is announced")
    func expelledListenerIsNotAssessed() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        #expect(try await harness.deliverSample(ListenerExpelled.self))
        let token = try await harness.token(.operator)
        for form in [#"{"result":"passed","score":87,"assessedOn":"2026-10-20"}"#, #"{"result":"failed","score":20,"assessedOn":"2026-10-20"}"#] {
            let response = try await AssessmentFixtures.record(harness, listener: listener, form, headers: .bearer(token, language: "ru"))
            #expect(response.status == .conflict)
            let problem = try response.problem()
            #expect(problem.type == "https://qadam.kz/problems/listener-expelled")
            #expect(problem.clause == "7.5")
            #expect(problem.detail == "Отчислен с 15.10.2026 (п. 7.5): оценки не ставятся")
        }
        #expect(try await harness.count("outbox") == 0)
        let kept = try await harness.request(.get, "/v1/listeners/\(listener)", headers: .bearer(token)).json(AssessedListener.self)
        #expect(kept.finalResult == nil)
        #expect(kept.expelledOn == "2026-10-15")
    }

    @Test("an invalid result lists every bad field in one 422")
    func invalidResultListsEveryField() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let response = try await AssessmentFixtures.record(harness, listener: listener, #"{"result":"maybe","score":101,"assessedOn":"2026-02-30"}"#,
                                             headers: .bearer(try await harness.token(.operator), language: "en"))
        #expect(response.status == .unprocessableContent)
        #expect(try response.problem().errors?.map(\.field) == ["result", "score", "assessedOn"])
        #expect(try await harness.count("outbox") == 0)
    }

    @Test("an unknown listener answers 404")
    func unknownListenerIsNotFound() async throws {
        let (harness, _) = try await AssessmentFixtures.withListener()
        let response = try await AssessmentFixtures.record(harness, listener: "nobody", #"{"result":"passed","score":87}"#,
                                             headers: .bearer(try await harness.token(.operator)))
        #expect(response.status == .notFound)
    }

    @Test("results are refused without a token (401) and to an organisation (403)")
    func resultsNeedStaff() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let form = #"{"result":"passed","score":87}"#
        let anonymous = try await AssessmentFixtures.record(harness, listener: listener, form, headers: [:])
        #expect(anonymous.status == .unauthorized)
        let organisation = try await AssessmentFixtures.record(harness, listener: listener, form,
                                                 headers: .bearer(try await harness.token(.organisation, organisation: "org-1")))
        #expect(organisation.status == .forbidden)
        #expect(try await harness.count("outbox") == 0)
    }
}
