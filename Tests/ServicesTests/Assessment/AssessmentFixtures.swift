@testable import AssessmentService
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

/// What assessment's tests start from: the sample's programme approved (two modules of 36
/// hours), its group given the sample's trainer (the stream runs 1 September to 16 October
/// 2026), and the sample's listener admitted to it.
enum AssessmentFixtures {
    /// The centre's day in assessment's tests: after the course's end.
    static let today = "2026-10-20"
    static let programmeCode = "PD-2026-014"
    static let groupId = "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0002"
    static let trainerId = "019b3f00-0000-7a55-9a57-1b0a6a0c0032"
    /// The last day of the course's last week, and the first: the final assessment's days.
    static let finalDay = "2026-10-16"
    static let secondListener = "9a0e5c4b-7d2f-4c41-8f1e-2c3d4e5f0003"

    static func programme(kind: ProgrammeKind = .short, hours: [Int] = [36, 36], leaderId: String? = nil) -> ProgrammeApproved {
        ProgrammeApproved(programmeId: "019b3f00-0000-7a55-9a57-1b0a6a0c0012", code: programmeCode,
                          titleKk: "Жаратылыстану пәндерін оқытудағы зерттеу тәсілі",
                          titleRu: "Исследовательский подход в преподавании естественных наук",
                          leader: "Ахметова Гульнара Сериковна", leaderId: leaderId, hours: hours.reduce(0, +), kind: kind, form: .blended,
                          modules: hours.enumerated().map { .init(name: "Модуль \($0.offset + 1)", hours: $0.element,
                                                                  assessmentForms: $0.offset == 0 ? ["тест"] : ["project defence"]) },
                          decision: "Протокол № 3", approvedOn: "2026-08-19")
    }

    /// An assessment service that knows the plan, the group and its trainer, and the sample's listener.
    static func withListener(kind: ProgrammeKind = .short, hours: [Int] = [36, 36], today: String = today) async throws
        -> (ServiceHarness<AssessmentService>, String) {
        let harness = try await ServiceHarness(AssessmentService.self, today: today)
        #expect(try await harness.deliver(try eventBody(programme(kind: kind, hours: hours))))
        #expect(try await harness.deliverSample(TrainerAssigned.self))
        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        return (harness, try Samples.payload(ListenerAdmitted.self).listenerId)
    }

    /// Admits another listener to the group (or another).
    static func admit(_ listenerId: String, _ fullName: String, to groupId: String = groupId,
                      in harness: ServiceHarness<AssessmentService>) async throws {
        var admitted = try Samples.payload(ListenerAdmitted.self)
        admitted.listenerId = listenerId
        admitted.fullName = fullName
        admitted.groupId = groupId
        #expect(try await harness.deliver(try eventBody(admitted)))
    }

    /// A trainer assigned to another group of the programme, in a stream of its own dates.
    static func plan(group groupId: String, code: String, startsOn: CalendarDate, endsOn: CalendarDate, trainer: String,
                     in harness: ServiceHarness<AssessmentService>) async throws {
        let assigned = TrainerAssigned(trainerId: trainer, fullName: "Тренер \(code)", groupId: groupId, groupCode: code,
                                       programmeCode: programmeCode, stream: StreamDates(streamId: "s-\(code)", startsOn: startsOn, endsOn: endsOn),
                                       assignedOn: "2026-08-25")
        #expect(try await harness.deliver(try eventBody(assigned)))
    }

    /// Enters a grade as a client sends it.
    @discardableResult
    static func grade(_ harness: ServiceHarness<AssessmentService>, _ listener: String, _ part: String, _ form: [String: any Sendable],
                      token: String, language: String? = nil) async throws -> TestResponse {
        try await harness.send(.put, "/v1/listeners/\(listener)/grades/\(part)", form, token: token, language: language)
    }

    /// Grades both modules and the final assessment, with the points given.
    static func gradeAll(_ harness: ServiceHarness<AssessmentService>, _ listener: String, points: [Int], finalOn: String = finalDay,
                         extra: [String: any Sendable] = [:], token: String) async throws {
        for (index, value) in points.dropLast().enumerated() {
            let response = try await grade(harness, listener, "\(index + 1)", ["points": value, "assessedOn": "2026-09-20"], token: token)
            #expect(response.status == .ok)
        }
        var final: [String: any Sendable] = ["points": points.last!, "assessedOn": finalOn]
        final.merge(extra) { _, new in new }
        #expect(try await grade(harness, listener, "final", final, token: token).status == .ok)
    }

    /// Enrolment's word that the group's course is over, for the listeners named.
    static func complete(_ groupId: String = groupId, code: String = "PD-2026-014-01", listeners: [String],
                         on day: CalendarDate = "2026-10-16", in harness: ServiceHarness<AssessmentService>) async throws -> Bool {
        let completed = GroupCompleted(groupId: groupId, groupCode: code, programmeCode: programmeCode, completedOn: day,
                                       listeners: listeners.map { .init(listenerId: $0, candidateId: "c-\($0)", fullName: "Тыңдаушы") })
        return try await harness.deliver(try eventBody(completed))
    }

    static func events(_ harness: ServiceHarness<AssessmentService>) async throws -> [String] {
        try await harness.outbox().map(\.type)
    }
}
