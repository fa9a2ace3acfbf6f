import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
@testable import IntakeService
import ServiceKit
import Testing

/// What intake's tests start from: the forms organisations and staff send, and a harness that
/// knows the programmes enrolment approved.
enum IntakeFixtures {
    /// The provider's day in intake's tests.
    static let today: CalendarDate = "2026-11-29"

    /// Intake with the programmes the tests name in its catalogue, as enrolment's approvals
    /// leave them.
    static func harness() async throws -> ServiceHarness<IntakeService> {
        let harness = try await ServiceHarness(IntakeService.self, today: today.description)
        try await harness.catalogue("PD-2026-014", "PD-2026-015", "PD-2026-031", "PD-2026-032", "PD-2026-099", "PD-7")
        return harness
    }

    /// A teacher born 14 March 1985 (IIN 850314410007: the 7th digit 4 means a woman born in the 1900s).
    static var good: QuestionnaireForm {
        QuestionnaireForm(
            fullName: "Сейітова Айгүл Маратқызы", iin: "850314410007", birthDate: "1985-03-14", sex: "female",
            position: "Informatics teacher",
            education: .init(level: "higher", institution: "Abai Kazakh National Pedagogical University", speciality: "Informatics",
                             graduationYear: 2007),
            qualificationCategory: "expert", categoryValidUntil: "2029-05-31",
            workplace: .init(organisation: "School-lyceum No. 12", region: "astana"),
            totalExperienceYears: 19, teachingExperienceYears: 17, languageOfInstruction: "kk",
            homeAddress: "Astana, Kabanbay Batyr 10, apt 5", phone: "8 (701) 123-45-67", email: "Aigul@Mail.kz",
            additionalInformation: nil)
    }

    static func application(programmeCode: String? = " PD-2026-014", funding: String? = "own", employerEmail: String? = "School17@Edu.Uralsk.KZ ",
                     questionnaire: QuestionnaireForm? = IntakeFixtures.good) -> ApplicationForm {
        ApplicationForm(programmeCode: programmeCode, funding: funding, employerEmail: employerEmail, questionnaire: questionnaire)
    }

    /// A school registered in March 2004 (BIN 040340001234 completed with its check digit).
    static let bin = IINVectors.valid("04034000123")
    static var school: [String: any Sendable] {
        [
            "kind": "school", "nameKk": "№17 жалпы білім беретін мектеп", "nameRu": "Общеобразовательная школа №17",
            "region": "west-kazakhstan", "bin": bin, "postalAddress": "Уральск, ул. Жангир хана 5",
            "email": "School17@edu.uralsk.kz",
        ]
    }

    static let teachers: [[String: any Sendable]] = [
        ["fullName": "Сейітова Айгүл", "iin": IINVectors.firstPass, "position": "Informatics teacher"],
        ["fullName": "Ким Ирина", "iin": IINVectors.secondPass, "email": "i.kim@school17.kz"],
        ["fullName": "Нұрланов Ерлан", "iin": "850314410007"],
    ]
    static let request: [String: any Sendable] = [
        "programmeCode": "PD-2026-014", "language": "kk", "funding": "employer",
        "preferredFrom": "2099-02-01", "preferredTo": "2099-02-14", "teachers": teachers,
    ]

    /// A harness with one registered school, and that school's token.
    static func school() async throws -> (ServiceHarness<IntakeService>, organisationId: String, token: String) {
        let harness = try await harness()
        let staff = try await harness.token(.operator)
        let id = try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/organisations", method: .post, headers: .bearer(staff),
                                                   body: .json(school))
            return try created.json(Organisation.self).id
        }
        return (harness, id, try await harness.token(.organisation, subject: "school-17", organisation: id))
    }

    static let pdf = Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]

    /// A school with one request of `funding`, and its first candidate's id.
    static func candidate(funding: String = "employer")
        async throws -> (ServiceHarness<IntakeService>, candidateId: String, school: String, staff: String) {
        let (harness, _, school) = try await school()
        var form = request
        form["funding"] = funding
        let body = ByteBuffer.json(form)
        let id = try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(school), body: body)
            return try created.json(RequestView.self).candidates[0].id
        }
        return (harness, id, school, try await harness.token(.operator, subject: "operator-1"))
    }

    /// Uploads and verifies every paper a candidate of `funding` needs.
    static func completeFile(of id: String, funding: Funding = .employer,
                             in harness: ServiceHarness<IntakeService>, uploader: String, reviewer: String) async throws {
        try await harness.application().test(.router) { client in
            for kind in DocumentKind.required(funding: funding) {
                let (headers, body) = file(pdf, token: uploader)
                let uploaded = try await client.execute(uri: "/v1/candidates/\(id)/documents/\(kind.rawValue)", method: .put,
                                                        headers: headers, body: body)
                #expect(uploaded.status == .ok)
                let verified = try await client.execute(uri: "/v1/candidates/\(id)/documents/\(kind.rawValue)/review", method: .post,
                                                        headers: .bearer(reviewer), body: .json(["decision": "verified"]))
                #expect(verified.status == .ok)
            }
        }
    }

    static func file(_ bytes: [UInt8], token: String) -> (HTTPFields, ByteBuffer) {
        ([.authorization: "Bearer \(token)", .contentType: "application/octet-stream"], ByteBuffer(bytes: bytes))
    }

}

extension ServiceHarness where S == IntakeService {
    /// Delivers enrolment's approval of each programme, as the sample's with another code.
    func catalogue(_ codes: String...) async throws {
        for code in codes {
            var programme = try Samples.payload(ProgrammeApproved.self)
            programme.code = code
            #expect(try await deliver(try eventBody(programme)))
        }
    }
}
