@testable import CertificationService
import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import ServiceKit
import TestSupport
import Testing

/// The registry of graduates (7.6) as the staff search, export and print it.
@Suite("The registry")
struct RegistryTests {
    /// Five certificates: two groups, two programmes, three days.
    static func registry() async throws -> ServiceHarness<CertificationService> {
        let harness = try await ServiceHarness(CertificationService.self)
        let rows: [(String, String, String, String, CalendarDate)] = [
            ("a", "Әлиева Гүлнұр Серікқызы", "g1", "PD-2026-014", "2026-10-15"),
            ("b", "Иванов Пётр Сергеевич", "g1", "PD-2026-014", "2026-10-15"),
            ("c", "Омаров Нұрлан", "g2", "PD-2026-014", "2026-11-02"),
            ("d", "Ким Ирина", "g3", "PD-2026-020", "2026-11-20"),
            ("e", "Әлиев Данияр", "g3", "PD-2026-020", "2026-11-20"),
        ]
        for (listener, name, group, programme, day) in rows {
            var passed = try CertificationFixtures.passed(Self.listener(listener), on: day)
            passed.fullName = name
            passed.groupId = Self.group(group)
            passed.programmeCode = programme
            try await harness.deliver(try eventBody(passed))
        }
        return harness
    }

    /// A listener's id: a UUID, as enrolment's are, ending in the letter's code.
    static func listener(_ letter: String) -> String {
        "019ad0c4-0000-7000-8000-0000000000" + String(letter.unicodeScalars.first!.value, radix: 16)
    }

    static func group(_ name: String) -> String {
        ["g1": "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0001", "g2": "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0002",
         "g3": "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0003"][name]!
    }

    static func search(_ harness: ServiceHarness<CertificationService>, _ query: String) async throws -> Registry.Page {
        let response = try await harness.send(.get, "/v1/certificates?\(query)", token: try await harness.token(.operator))
        #expect(response.status == .ok, "\(response.text)")
        return try response.json(Registry.Page.self)
    }

    @Test("search by part of the name in any letter case, Kazakh and Russian letters alike")
    func byName() async throws {
        let harness = try await Self.registry()
        // «әлие», lowercase: Әлиева and Әлиев.
        let page = try await Self.search(harness, "name=%D3%99%D0%BB%D0%B8%D0%B5")
        #expect(Set(page.items.map(\.listenerId)) == [Self.listener("a"), Self.listener("e")])
        #expect(try await Self.search(harness, "name=%D0%9F%D0%81%D0%A2%D0%A0").items.map(\.listenerId) == [Self.listener("b")])  // «ПЁТР»
        #expect(try await Self.search(harness, "name=%25").items.isEmpty, "a % typed is a percent sign, not a wildcard")
    }

    @Test("search by number, programme, group and days of issue, newest first")
    func byTheRest() async throws {
        let harness = try await Self.registry()
        #expect(try await Self.search(harness, "number=QDM-2026-00000").total == 5)
        #expect(try await Self.search(harness, "number=QDM-2026-000003").items.map(\.listenerId) == [Self.listener("c")])
        #expect(try await Self.search(harness, "programmeCode=PD-2026-020").items.map(\.listenerId) == [Self.listener("e"), Self.listener("d")])
        #expect(try await Self.search(harness, "groupId=\(Self.group("g1"))").items.map(\.listenerId) == [Self.listener("b"), Self.listener("a")])
        let days = try await Self.search(harness, "issuedFrom=2026-10-16&issuedTo=2026-11-19")
        #expect(days.items.map(\.listenerId) == [Self.listener("c")])
        let wrong = try await harness.send(.get, "/v1/certificates?issuedFrom=2026-11-20&issuedTo=2026-10-01&pageSize=0",
                                           token: try await harness.token(.operator))
        #expect(try wrong.problem().errors?.map(\.field).sorted() == ["issuedTo", "pageSize"])
    }

    @Test("a page at a time, with the total")
    func paged() async throws {
        let harness = try await Self.registry()
        let first = try await Self.search(harness, "pageSize=2")
        let third = try await Self.search(harness, "pageSize=2&page=3")
        #expect((first.total, first.items.count, first.page) == (5, 2, 1))
        #expect(third.items.count == 1)
        let all = try await Self.search(harness, "pageSize=5").items.map(\.id)
        #expect(first.items.map(\.id) == Array(all.prefix(2)))
    }

    @Test("CSV for Excel: UTF-8 with a BOM, every match, no codes")
    func csv() async throws {
        let harness = try await Self.registry()
        let response = try await harness.send(.get, "/v1/certificates?format=csv&programmeCode=PD-2026-014",
                                              token: try await harness.token(.rector))
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
        let bytes = Array(response.body.readableBytesView)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = response.text.split(separator: "\r\n")
        #expect(lines.count == 4)
        #expect(lines.contains { $0.contains("Әлиева Гүлнұр Серікқызы") && $0.contains(";72;") })
        let codes = try await harness.database.read { db in try Certificate.fetchAll(db).flatMap { [$0.verificationCode, $0.holderCode] } }
        #expect(codes.allSatisfy { !response.text.contains($0) })
    }

    @Test("a group's certificates as a ZIP, one PDF each as issued, that unzip reads")
    func groupZip() async throws {
        let harness = try await Self.registry()
        let response = try await harness.send(.get, "/v1/groups/\(Self.group("g1"))/certificates", token: try await harness.token(.operator))
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/zip")
        let directory = try TemporaryDirectory()
        let archive = directory.path("group.zip")
        try Data(buffer: response.body).write(to: URL(fileURLWithPath: archive))
        let listing = directory.path("listing.txt")
        #expect(try await ChildProcess("/usr/bin/unzip", ["-t", archive], output: listing).exitCode() == 0)
        let tested = try String(contentsOfFile: listing, encoding: .utf8)
        #expect(tested.contains("QDM-2026-000001.pdf") && tested.contains("QDM-2026-000002.pdf"))
        #expect(tested.contains("No errors detected"))
        #expect(try await ChildProcess("/usr/bin/unzip", ["-q", archive, "-d", directory.path("out")]).exitCode() == 0)
        let issued = try await harness.database.read { db in
            try CertificateFile.joining(required: CertificateFile.belongsTo(Certificate.self)).fetchAll(db)
        }
        let first = try Data(contentsOf: URL(fileURLWithPath: directory.path("out/QDM-2026-000001.pdf")))
        #expect(issued.contains { $0.pdf == first })
        #expect(try await harness.send(.get, "/v1/groups/019ad0c4-0000-7000-8000-000000000000/certificates",
                                       token: try await harness.token(.operator)).status == .notFound)
    }
}
