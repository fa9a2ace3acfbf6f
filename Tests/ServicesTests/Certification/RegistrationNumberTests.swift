import CertificationService
import EventContracts
import Foundation
import GRDB
import ServiceKit
import TestSupport
import Testing

@Suite("Registration numbers")
struct RegistrationNumberTests {
    @Test("by default a registration number is prefix, year and a six-digit sequence", arguments: [
        (1, "QDM-2026-000001"), (42, "QDM-2026-000042"), (999_999, "QDM-2026-999999"),
    ])
    func format(sequence: Int, expected: String) throws {
        let format = try RegistrationNumberFormat(RegistrationNumberFormat.standard, prefix: "QDM")
        #expect(format.number(year: 2026, sequence: sequence) == expected)
    }

    @Test("a sequence beyond its width is written in full, never cut")
    func longSequenceIsNotTruncated() throws {
        let format = try RegistrationNumberFormat(RegistrationNumberFormat.standard, prefix: "QDM")
        #expect(format.number(year: 2026, sequence: 1_234_567) == "QDM-2026-1234567")
    }

    @Test("a provider's own format: its text, the year and the sequence at the width it asks", arguments: [
        ("{prefix}-{year}-{sequence:5}", "PREFIX-2026-00042"), ("№ {sequence}/{year}", "№ 42/2026"),
        ("{year}{prefix}{sequence:3}", "2026PREFIX042"),
    ])
    func providersFormat(pattern: String, expected: String) throws {
        #expect(try RegistrationNumberFormat(pattern, prefix: "PREFIX").number(year: 2026, sequence: 42) == expected)
    }

    @Test("a format without the year or the sequence, or with one twice, or unreadable, is refused with why", arguments: [
        "{prefix}-{sequence}", "{prefix}-{year}", "{year}-{sequence}-{sequence}", "{year}-{sequence:0}", "{year}-{seq}",
        "{year}-{sequence", "{year}-{sequence:x}",
    ])
    func badFormatsAreRefused(pattern: String) {
        #expect(throws: SettingsError.self) { try RegistrationNumberFormat(pattern, prefix: "QDM") }
    }

    @Test("a service whose number format cannot number certificates does not start")
    func badFormatStopsTheService() async throws {
        let directory = try TemporaryDirectory()
        let settings = ServiceSettings(service: "certification", defaultPort: 8084, environment: [
            "DATABASE_PATH": directory.path("certification.sqlite"), "CERTIFICATE_NUMBER_FORMAT": "{prefix}-{sequence}",
        ])
        await #expect(throws: SettingsError.self) { _ = try await buildApplication(CertificationService.self, settings: settings) }
    }

    @Test("the format comes from configuration (CERTIFICATE_NUMBER_FORMAT)")
    func formatFromConfiguration() async throws {
        let harness = try await ServiceHarness(CertificationService.self, settings: [
            "CERTIFICATE_PREFIX": "WKU", "CERTIFICATE_NUMBER_FORMAT": "{prefix}/{year}/{sequence:4}",
        ])
        try await harness.deliver(try eventBody(try CertificationFixtures.passed("a", on: "2026-10-15")))
        #expect(try await CertificationFixtures.numbers(harness) == ["a": "WKU/2026/0001"])
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
