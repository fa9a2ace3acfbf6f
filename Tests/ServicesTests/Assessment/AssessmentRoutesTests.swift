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

    @Test("a result is dated from the listener's admission to today at the centre, never before nor ahead (7.1)",
          arguments: [("2026-09-01", false), ("2026-09-02", true), ("2026-10-20", true), ("2026-10-21", false)])
    func resultIsDatedWithinTheCourse(assessedOn: String, accepted: Bool) async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let form = #"{"result":"passed","score":87,"assessedOn":"\#(assessedOn)"}"#
        let response = try await AssessmentFixtures.record(harness, listener: listener, form,
                                                           headers: .bearer(try await harness.token(.operator), language: "en"))
        #expect(response.status == (accepted ? .ok : .unprocessableContent))
        if !accepted {
            let errors = try response.problem().errors
            #expect(errors?.map(\.field) == ["assessedOn"])
            #expect(errors?.first?.clause == "7.1")
        }
        #expect(try await harness.count("outbox") == (accepted ? 1 : 0))
    }

    @Test("undated, a result takes the centre's day, not the server's")
    func undatedResultTakesTheCentresDay() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let response = try await AssessmentFixtures.record(harness, listener: listener, #"{"result":"failed","score":40}"#,
                                                           headers: .bearer(try await harness.token(.operator)))
        #expect(try response.json(AssessedListener.self).assessedOn == CalendarDate(AssessmentFixtures.today))
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
