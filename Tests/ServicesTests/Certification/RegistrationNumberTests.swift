import CertificationService
import EventContracts
import Foundation
import GRDB
import Testing

@Suite("Registration numbers")
struct RegistrationNumberTests {
    @Test("a registration number is prefix, year and a six-digit sequence", arguments: [
        (1, "QDM-2026-000001"), (42, "QDM-2026-000042"), (999_999, "QDM-2026-999999"),
    ])
    func format(sequence: Int, expected: String) {
        #expect(RegistrationNumber(prefix: "QDM", year: 2026, sequence: sequence).description == expected)
    }

    @Test("a sequence beyond six digits is written in full, never cut")
    func longSequenceIsNotTruncated() {
        #expect(RegistrationNumber(prefix: "QDM", year: 2026, sequence: 1_234_567).description == "QDM-2026-1234567")
    }

    @Test("certificates are numbered in order of issue, from 1 in each year of issue")
    func sequencePerYear() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        for (listener, date) in [("a", "2026-06-01"), ("b", "2026-06-02"), ("c", "2027-01-10"), ("d", "2026-12-31"), ("e", "2027-01-11")] as [(String, CalendarDate)] {
            try await harness.deliver(try eventBody(try CertificationFixtures.passed(listener, on: date)))
        }

        #expect(try await CertificationFixtures.numbers(harness) == [
            "a": "QDM-2026-000001", "b": "QDM-2026-000002", "d": "QDM-2026-000003",
            "c": "QDM-2027-000001", "e": "QDM-2027-000002",
        ])
    }

    @Test("the prefix comes from configuration (CERTIFICATE_PREFIX)")
    func prefixFromConfiguration() async throws {
        let harness = try await ServiceHarness(CertificationService.self, settings: ["CERTIFICATE_PREFIX": "WKU"])
        try await harness.deliver(try eventBody(try CertificationFixtures.passed("a", on: "2026-10-15")))
        #expect(try await CertificationFixtures.numbers(harness) == ["a": "WKU-2026-000001"])
    }

    @Test("a listener who passes twice keeps one certificate, and no number is used up")
    func noNumberSpentOnADuplicate() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        try await harness.deliver(try eventBody(try CertificationFixtures.passed("a", on: "2026-10-15")))
        // Another event about the same listener (a new id, so the inbox does not stop it).
        try await harness.deliver(try eventBody(try CertificationFixtures.passed("a", on: "2026-10-16")))
        try await harness.deliver(try eventBody(try CertificationFixtures.passed("b", on: "2026-10-16")))

        #expect(try await CertificationFixtures.numbers(harness) == ["a": "QDM-2026-000001", "b": "QDM-2026-000002"])
    }

    @Test("many certificates get unique, increasing numbers")
    func numbersAreUniqueAndIncreasing() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        let listeners = (1...40).map { "listener-\($0)" }
        for listener in listeners {
            try await harness.deliver(try eventBody(try CertificationFixtures.passed(listener, on: "2026-10-15")))
        }
        let numbers = try await CertificationFixtures.numbers(harness)
        let inIssueOrder = listeners.compactMap { numbers[$0] }
        #expect(inIssueOrder.count == 40)
        #expect(Set(inIssueOrder).count == 40)
        #expect(inIssueOrder == inIssueOrder.sorted())
        #expect(inIssueOrder.last == "QDM-2026-000040")
    }
}
