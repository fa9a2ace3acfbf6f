import EventContracts
import Foundation
import GRDB
import HummingbirdTesting
@testable import IntakeService
import Messaging
import ServiceKit
import Testing

/// Intake's day is 29 November 2026. School No. 17 sent three teachers:
/// - Айгүл, certified on 20 November 2023: her three years are over;
/// - Ирина, certified on 15 October 2025: not due until 2028;
/// - Ерлан, expelled from his course: never certified;
/// - Асель, whose only candidacy the school withdrew: not its teacher, as far as the centre knows.
@Suite("A teacher's PD record by IIN, and an organisation's teachers due for PD again")
struct PDRecordTests {
    struct Teacher {
        var number: Int
        var iin: String
        var name: String
        var candidateId: String { "00000000-0000-7000-8000-0000000c000\(number)" }
        var listenerId: String { "00000000-0000-7000-8000-0000000d000\(number)" }
        var certificateId: String { "00000000-0000-7000-8000-0000000e000\(number)" }
        var planId: String { "00000000-0000-7000-8000-0000000f000\(number)" }
    }

    static let aigul = Teacher(number: 1, iin: IINVectors.firstPass, name: "Сейітова Айгүл")
    static let irina = Teacher(number: 2, iin: IINVectors.secondPass, name: "Ким Ирина")
    static let erlan = Teacher(number: 3, iin: "850314410007", name: "Нұрланов Ерлан")
    static let asel = Teacher(number: 4, iin: "880315410008", name: "Әбдірова Асель")

    /// The teacher's candidacy, sent by `organisation` on `day`.
    static func candidate(_ teacher: Teacher, of organisation: String?, status: Candidate.Status = .accepted,
                          on day: String = "2023-09-01", id: String? = nil, in harness: ServiceHarness<IntakeService>) async throws {
        let time = CalendarDate(day)!.startInUTC
        let candidate = Candidate(
            id: id ?? teacher.candidateId, requestId: nil, organisationId: organisation, fullName: teacher.name, iin: teacher.iin,
            position: nil, email: nil, programmeCode: "PD-2026-014", language: .kk, funding: .employer, employerEmail: nil,
            status: status, listenerId: nil, submittedBy: "operator", createdAt: time, updatedAt: time)
        try await harness.database.write { db in try candidate.insert(db) }
    }

    /// The teacher admitted, passed with 91 and certified on `day`, as the services announce it.
    static func certified(_ teacher: Teacher, on day: String, in harness: ServiceHarness<IntakeService>) async throws {
        var admitted = try Samples.payload(ListenerAdmitted.self)
        (admitted.listenerId, admitted.candidateId) = (teacher.listenerId, teacher.candidateId)
        try await harness.deliver(try eventBody(admitted))
        var passed = try Samples.payload(ListenerPassed.self)
        (passed.listenerId, passed.candidateId, passed.score, passed.assessedOn) = (teacher.listenerId, teacher.candidateId, 91, CalendarDate(day)!)
        try await harness.deliver(try eventBody(passed))
        try await harness.deliver(try eventBody(CertificateIssued(
            certificateId: teacher.certificateId, registrationNumber: "QDM-\(day.prefix(4))-00000\(teacher.number)",
            listenerId: teacher.listenerId, fullName: teacher.name, programmeCode: "PD-2026-014", issuedOn: CalendarDate(day)!)))
    }

    /// School No. 17 with its three teachers; its id and token.
    static func school() async throws -> (ServiceHarness<IntakeService>, organisationId: String, token: String) {
        let (harness, school, token) = try await IntakeFixtures.school()
        for teacher in [aigul, irina] { try await candidate(teacher, of: school, in: harness) }
        try await candidate(erlan, of: school, status: .expelled, in: harness)
        try await candidate(asel, of: school, status: .withdrawn, in: harness)
        try await certified(aigul, on: "2023-11-20", in: harness)
        try await certified(irina, on: "2025-10-15", in: harness)
        return (harness, school, token)
    }

    static func lookup(_ teacher: Teacher, token: String, in harness: ServiceHarness<IntakeService>) async throws -> TestResponse {
        try await harness.send(.post, "/v1/pd-records/lookup", ["iin": teacher.iin], token: token)
    }

    @Test("a teacher certified three years ago is due for PD again; one certified last year is not")
    func dueForPDAgain() async throws {
        let (harness, school, token) = try await Self.school()
        let due = try await harness.send(.get, "/v1/organisations/\(school)/pd-due", token: token).json([TeacherPD].self)
        #expect(due.map(\.fullName) == ["Нұрланов Ерлан", "Сейітова Айгүл"], "not Асель, whose request was withdrawn")
        #expect(due.map(\.state) == [.neverCertified, .due])
        #expect(due.last?.dueOn == "2026-11-20")
        #expect(due.last?.registrationNumber == "QDM-2023-000001")

        let all = try await harness.send(.get, "/v1/organisations/\(school)/pd-due?all=true", token: token).json([TeacherPD].self)
        #expect(all.first { $0.iin == Self.irina.iin }.map { [$0.state.rawValue, $0.dueOn?.description] } == ["current", "2028-10-15"])
        let ahead = try await harness.send(.get, "/v1/organisations/\(school)/pd-due?dueBy=2028-10-15", token: token)
            .json([TeacherPD].self)
        #expect(ahead.count == 3, "by the end of Ирина's three years, all three are due")

        let csv = try await harness.send(.get, "/v1/organisations/\(school)/pd-due?format=csv", token: token)
        #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(csv.text.split(separator: "\r\n").count == 3)
        #expect(csv.text.contains("\"=\"\"\(Self.erlan.iin)\"\"\";"), "an IIN Excel keeps as text, its leading digits and all")
        #expect(!all.contains { $0.iin == Self.asel.iin }, "a withdrawn request makes no teacher the school's")

        let other = try await harness.token(.organisation, subject: "school-5", organisation: "00000000-0000-7000-8000-000000000555")
        #expect(try await harness.send(.get, "/v1/organisations/\(school)/pd-due", token: other).status == .notFound)
    }

    @Test("a teacher's PD record by IIN lists courses, certificates with their numbers and follow-up, fed by the events")
    func recordFedByTheEvents() async throws {
        let (harness, _, token) = try await Self.school()
        let aigul = Self.aigul
        try await harness.deliver(try eventBody(FollowUpPlanOpened(
            planId: aigul.planId, listenerId: aigul.listenerId, certificateId: aigul.certificateId, programmeCode: "PD-2026-014",
            startsOn: "2023-11-20", endsOn: "2024-11-20")))
        try await harness.deliver(try eventBody(FollowUpPlanClosed(
            planId: aigul.planId, listenerId: aigul.listenerId, certificateId: aigul.certificateId, programmeCode: "PD-2026-014",
            reason: .yearEnded, closedOn: "2024-11-22", consultations: 3, publications: 1, published: 1, participations: 2)))

        let record = try await Self.lookup(aigul, token: token, in: harness).json(PDRecord.self)
        #expect(record.fullName == "Сейітова Айгүл")
        #expect(record.state == .due)
        #expect(record.lastCertifiedOn == "2023-11-20")
        let course = try #require(record.courses.first)
        #expect(course.status == .certified)
        #expect(course.result == PDRecord.Result(score: 91, totalHours: try Samples.payload(ListenerPassed.self).totalHours,
                                                 assessedOn: "2023-11-20"))
        #expect(course.certificates.map(\.registrationNumber) == ["QDM-2023-000001"])
        #expect(course.followUp.map(\.closeReason) == [.yearEnded])
        #expect(course.followUp.first?.activity == PDFollowUp.Activity(consultations: 3, publications: 1, published: 1, participations: 2))

        let refused = try await harness.send(.post, "/v1/pd-records/lookup", ["iin": "850314410008"], token: token)
        #expect(refused.status == .unprocessableContent)
        #expect(try refused.problem().errors?.map(\.field) == ["iin"])
    }

    @Test("an organisation reads the PD record of its own teacher only: not another's, nor one another has since sent")
    func ownTeachersOnly() async throws {
        let (harness, school, token) = try await Self.school()
        let other = try await harness.token(.organisation, subject: "school-5", organisation: "00000000-0000-7000-8000-000000000555")
        #expect(try await Self.lookup(Self.irina, token: other, in: harness).status == .notFound)

        // School No. 5 files a request for Ирина: filing it makes her no teacher of its own.
        let request = "00000000-0000-7000-8000-00000000c0a2"
        try await Self.candidate(Self.irina, of: "00000000-0000-7000-8000-000000000555", status: .received, on: "2026-11-01",
                                 id: request, in: harness)
        #expect(try await Self.lookup(Self.irina, token: other, in: harness).status == .notFound)
        #expect(try await Self.lookup(Self.irina, token: token, in: harness).status == .ok)
        // Once the centre accepts it, she is school No. 5's teacher, and no longer No. 17's.
        try await harness.database.write { db in
            try db.execute(sql: "UPDATE candidate SET status = 'accepted' WHERE id = ?", arguments: [request])
        }
        #expect(try await Self.lookup(Self.irina, token: token, in: harness).status == .notFound)
        let record = try await Self.lookup(Self.irina, token: other, in: harness).json(PDRecord.self)
        #expect(record.state == .inCourse)
        #expect(record.courses.map(\.organisationId) == [nil, "00000000-0000-7000-8000-000000000555"],
                "the school that sent her before is not named to the one that sends her now")
        let office = try await Self.lookup(Self.irina, token: try await harness.token(.operator), in: harness).json(PDRecord.self)
        #expect(office.courses.map(\.organisationId) == [school, "00000000-0000-7000-8000-000000000555"])
        let due = try await harness.send(.get, "/v1/organisations/\(school)/pd-due?all=true", token: token).json([TeacherPD].self)
        #expect(!due.contains { $0.iin == Self.irina.iin })
    }

    @Test("a reissued certificate keeps the first one's date for the PD right; a revoked one gives none")
    func reissueAndRevocation() async throws {
        let (harness, _, token) = try await Self.school()
        var reissued = try Samples.payload(CertificateReissued.self)
        (reissued.certificateId, reissued.replacesCertificateId) = ("00000000-0000-7000-8000-00000000e0b2", Self.irina.certificateId)
        (reissued.listenerId, reissued.issuedOn) = (Self.irina.listenerId, "2026-05-04")
        try await harness.deliver(try eventBody(reissued))
        var record = try await Self.lookup(Self.irina, token: token, in: harness).json(PDRecord.self)
        #expect(record.lastCertifiedOn == "2025-10-15")
        #expect(record.dueOn == "2028-10-15")
        #expect(record.courses[0].certificates.map(\.status) == [.superseded, .valid])

        var revoked = try Samples.payload(CertificateRevoked.self)
        (revoked.certificateId, revoked.listenerId) = (reissued.certificateId, Self.irina.listenerId)
        try await harness.deliver(try eventBody(revoked))
        record = try await Self.lookup(Self.irina, token: token, in: harness).json(PDRecord.self)
        #expect(record.lastCertifiedOn == nil)
        #expect(record.state == .neverCertified)
    }

    @Test("a revocation of a certificate intake has not heard of waits, to be retried")
    func revocationBeforeIssue() async throws {
        let (harness, _, _) = try await Self.school()
        var revoked = try Samples.payload(CertificateRevoked.self)
        revoked.certificateId = "00000000-0000-7000-8000-0000000000ff"
        let body = try eventBody(revoked)
        await #expect(throws: NotYetKnown.self) { try await harness.deliver(body) }
    }
}

@Suite("The right to PD at least once every three years, as plain values")
struct PDRightTests {
    static func certificate(_ courseDate: CalendarDate, _ status: PDCertificate.Status) -> PDCertificate {
        PDCertificate(certificateId: "c", candidateId: "k", registrationNumber: "QDM", programmeCode: "PD-1", issuedOn: courseDate,
                      courseDate: courseDate, status: status, replacesCertificateId: nil, revokedOn: nil)
    }

    @Test("due on the day three years after the course; a course on 29 February is due on 28 February")
    func dueThreeYearsOn() {
        #expect(PDRight.dueOn(lastCertifiedOn: "2024-02-29") == "2027-02-28")
        #expect(PDRight.state(candidates: [.certified], lastCertifiedOn: "2023-11-20", on: "2026-11-19") == .current)
        #expect(PDRight.state(candidates: [.certified], lastCertifiedOn: "2023-11-20", on: "2026-11-20") == .due)
        #expect(PDRight.state(candidates: [.withdrawn], lastCertifiedOn: nil, on: "2026-11-20") == .neverCertified)
    }

    @Test("a teacher on a course is in course, whatever her last certificate; a revoked certificate counts for nothing")
    func inCourseAndRevoked() {
        #expect(PDRight.state(candidates: [.certified, .admitted], lastCertifiedOn: "2020-01-10", on: "2026-11-20") == .inCourse)
        #expect(PDRight.latest([Self.certificate("2024-05-01", .revoked), Self.certificate("2022-05-01", .valid)])?.courseDate
            == "2022-05-01")
        #expect(PDRight.latest([Self.certificate("2024-05-01", .superseded)]) == nil)
    }
}
