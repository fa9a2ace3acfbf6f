@testable import AssessmentService
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("A group's grades as one CSV file")
struct GradeSheetTests {
    static let second = AssessmentFixtures.secondListener

    static func upload(_ harness: ServiceHarness<AssessmentService>, _ csv: String, query: String = "", token: String,
                       language: String = "en") async throws -> TestResponse {
        var headers = HTTPFields.bearer(token, language: language)
        headers[.contentType] = "text/csv"
        return try await harness.request(.post, "/v1/groups/\(AssessmentFixtures.groupId)/grades\(query)", headers: headers,
                                         body: ByteBuffer(string: csv))
    }

    @Test("a file with a bad row stores nothing, and names each bad cell by line and column")
    func badRowsStoreNothing() async throws {
        let (harness, first) = try await AssessmentFixtures.withListener()
        try await AssessmentFixtures.admit(Self.second, "Иванова Мария Петровна", in: harness)
        let csv = """
            \u{FEFF}Слушатель;Модуль;Оценка;Дата
            \(first);1;87;2026-09-20
            \(Self.second);1;отлично;2026-09-20
            \(Self.second);7;60;2026-09-20
            9a0e5c4b-7d2f-4c41-8f1e-2c3d4e5f0999;2;60;2026-09-20
            """
        let response = try await Self.upload(harness, csv, token: try await harness.token(.trainer, subject: AssessmentFixtures.trainerId))
        #expect(response.status == .unprocessableContent)
        #expect(try response.problem().errors?.map(\.field) == ["lines[3].grade", "lines[4].part", "lines[5].listenerId"])
        #expect(try await harness.count("grade") == 0)
    }

    @Test("asked for the good rows only, the file stores them and reports the bad")
    func goodRowsOnly() async throws {
        let (harness, first) = try await AssessmentFixtures.withListener()
        try await AssessmentFixtures.admit(Self.second, "Иванова Мария Петровна", in: harness)
        let csv = """
            listenerId,part,grade,assessedOn
            \(first),1,87,2026-09-20
            \(first),final,91,2026-10-16
            \(Self.second),1,-3,2026-09-20
            """
        let response = try await Self.upload(harness, csv, query: "?goodRowsOnly=true", token: try await harness.token(.operator))
        #expect(response.status == .ok)
        let report = try response.json(GradeSheet.Report.self)
        #expect((report.rows, report.entered, report.rejected) == (3, 2, 1))
        #expect(report.problems.map(\.field) == ["lines[4].grade"])
        #expect(try await harness.count("grade") == 2)
    }

    @Test("a trainer of another group may not upload this one's grades")
    func anotherTrainerIsForbidden() async throws {
        let (harness, first) = try await AssessmentFixtures.withListener()
        let response = try await Self.upload(harness, "listenerId,part,grade\n\(first),1,87\n",
                                             token: try await harness.token(.trainer, subject: "another-trainer"))
        #expect(response.status == .forbidden)
        #expect(try await harness.count("grade") == 0)
    }
}
