import Foundation
import Hummingbird
import HummingbirdTesting
@testable import IntakeService
import ServiceKit
import Testing

@Suite("Questionnaires imported from NOBD")
struct NOBDImportTests {
    static let heading = "iin,fullName,birthDate,sex,position,educationLevel,institution,speciality,graduationYear,"
        + "qualificationCategory,categoryValidUntil,workplace,region,totalExperienceYears,teachingExperienceYears,"
        + "languageOfInstruction,homeAddress,phone,email"
    /// The teacher of IntakeFixtures.good, as NOBD exports her.
    static let aigul = "850314410007,Сейітова Айгүл Маратқызы,1985-03-14,female,Informatics teacher,higher,"
        + "Abai Kazakh National Pedagogical University,Informatics,2007,expert,2029-05-31,School-lyceum No. 12,astana,19,17,kk,"
        + "\"Astana, Kabanbay Batyr 10, apt 5\",8 (701) 123-45-67,aigul@mail.kz"
    static let erlan = "900101300007,Нұрланов Ерлан,1990-01-01,male,Physics teacher,higher,ENU,Physics,2012,moderator,2028-01-31,"
        + "School No. 3,astana,12,12,ru,\"Astana, Respublika 1\",+77015550000,erlan@mail.kz"
    /// Line 4: a wrong check digit. Line 5: a graduation year that is not a number.
    static let broken = [
        "850314410008,Кто-то,1985-03-14,female,Teacher,higher,X,Y,2007,none,,School,astana,5,5,ru,Addr,+77010000000,x@y.kz",
        "770101400004,Әсел,1977-01-01,female,Teacher,higher,X,Y,two thousand,none,,School,astana,5,5,ru,Addr,+77010000000,a@y.kz",
    ]

    static func post(_ csv: String, dryRun: Bool, to harness: ServiceHarness<IntakeService>,
                     role: Role = .operator) async throws -> TestResponse {
        let token = try await harness.token(role, subject: "nobd-clerk")
        var csvHeaders = HTTPFields.bearer(token, language: "en")
        csvHeaders[.contentType] = "text/csv"
        let headers = csvHeaders
        return try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/questionnaires/import\(dryRun ? "?dryRun=true" : "")", method: .post,
                                     headers: headers, body: ByteBuffer(string: csv))
        }
    }

    static var file: String { ([heading, aigul, erlan] + broken).joined(separator: "\n") + "\n" }

    @Test("a dry run reports each bad row by line and reason and stores nothing")
    func dryRunReportsAndStoresNothing() async throws {
        let harness = try await IntakeFixtures.harness()
        let report = try await Self.post(Self.file, dryRun: true, to: harness).json(NOBDImport.Report.self)
        #expect(report.dryRun)
        #expect((report.rows, report.created, report.rejected) == (4, 2, 2))
        #expect(report.problems.map(\.field) == ["lines[4].iin", "lines[5].graduationYear"])
        #expect(report.problems.first?.message == "The IIN's check digit is wrong")
        #expect(try await harness.count("questionnaire") == 0)
    }

    @Test("a real run stores every good row at once; running it again changes nothing")
    func realRunAppliesGoodRowsOnce() async throws {
        let harness = try await IntakeFixtures.harness()
        let first = try await Self.post(Self.file, dryRun: false, to: harness).json(NOBDImport.Report.self)
        #expect((first.created, first.updated, first.unchanged, first.rejected) == (2, 0, 0, 2))
        let stored = try await harness.database.read { db in try QuestionnaireRecord.find(iin: "850314410007", in: db) }
        #expect(stored == (try IntakeFixtures.good.validated(today: IntakeFixtures.today)))
        let source = try await harness.database.read { db in try QuestionnaireRecord.fetchOne(db, key: "900101300007")?.source }
        #expect(source == .nobd)

        let again = try await Self.post(Self.file, dryRun: false, to: harness).json(NOBDImport.Report.self)
        #expect((again.created, again.updated, again.unchanged, again.rejected) == (0, 0, 2, 2))
    }

    @Test("an export of a few columns updates just those; a new IIN needs every required field")
    func partialRowsUpdate() async throws {
        let harness = try await IntakeFixtures.harness()
        _ = try await Self.post([Self.heading, Self.aigul].joined(separator: "\n"), dryRun: false, to: harness)
        let update = "ИИН,Должность,Общий стаж,Педагогический стаж\n850314410007,Deputy head,20,18\n900101300007,Teacher,12,12\n"
        let report = try await Self.post(update, dryRun: false, to: harness).json(NOBDImport.Report.self)
        #expect((report.updated, report.rejected) == (1, 1))
        #expect(report.problems.map(\.field).allSatisfy { $0.hasPrefix("lines[3].") })
        #expect(report.problems.map(\.field).contains("lines[3].fullName"))
        #expect(report.problems.map(\.field).contains("lines[3].educationLevel"), "named by the file's column")
        #expect(report.problems.map(\.field).contains("lines[3].region"))
        let stored = try await harness.database.read { db in try QuestionnaireRecord.find(iin: "850314410007", in: db) }
        #expect(stored?.position == "Deputy head")
        #expect(stored?.totalExperienceYears == 20)
        #expect(stored?.homeAddress == "Astana, Kabanbay Batyr 10, apt 5")
    }

    @Test("the same IIN twice in a file: the second row is refused, naming the first")
    func repeatedIINIsRefused() async throws {
        let harness = try await IntakeFixtures.harness()
        let report = try await Self.post([Self.heading, Self.aigul, Self.aigul].joined(separator: "\n"), dryRun: true, to: harness)
            .json(NOBDImport.Report.self)
        #expect(report.problems.map(\.field) == ["lines[3].iin"])
        #expect(report.problems.first?.message == "This IIN is already on line 2 of the file")
    }

    @Test("only the centre's staff import; a file without an iin column is refused whole")
    func accessAndShape() async throws {
        let harness = try await IntakeFixtures.harness()
        #expect(try await Self.post(Self.file, dryRun: true, to: harness, role: .organisation).status == .forbidden)
        let noIIN = try await Self.post("fullName\nА\n", dryRun: true, to: harness)
        #expect(noIIN.status == .unprocessableContent)
        #expect(try noIIN.problem().errors?.map(\.field) == ["columns"])
    }
}
