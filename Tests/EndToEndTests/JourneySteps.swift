import EventContracts
import Foundation
import ServiceKit
import TestSupport
import Testing

/// Steps that several end-to-end journeys share.
extension RunningSystem {
    /// Enrolment plans a Kazakh group of PD-ICT-72; a school registers and sends a teacher of
    /// it on its request; her papers are verified, intake accepts her, and enrolment places her
    /// in the group. Returns her candidate id at intake, her listener id at enrolment, and the
    /// school's token.
    func admitATeacher() async throws -> (candidateId: String, listenerId: String, schoolToken: String) {
        let operatorToken = try await token(.operator)
        let groupId = try await planAGroup()

        // intake: a school registers, sends a teacher on a request, and her papers are verified.
        let (registered, school) = try await call("intake", "POST", "/v1/organisations", token: operatorToken, json: [
            "kind": "school", "nameKk": "№12 мектеп-лицей", "nameRu": "Школа-лицей №12", "region": "astana",
            "bin": "040340001233", "postalAddress": "010000, Астана, Кабанбай батыра 10", "email": "school-12@edu.kz",
        ])
        #expect(registered == 201)
        let schoolToken = try await token(.organisation, organisation: try #require(school["id"] as? String))
        // Intake takes requests only for programmes it has heard enrolment approve.
        _ = try await eventually("intake to offer the programme") { () -> Bool? in
            let (_, body) = try await call("intake", "GET", "/v1/programmes", token: schoolToken)
            return (body["items"] as? [[String: Any]])?.contains { $0["code"] as? String == "PD-ICT-72" } == true ? true : nil
        }
        let (sent, request) = try await call("intake", "POST", "/v1/requests", token: schoolToken, json: [
            "programmeCode": "PD-ICT-72", "language": "kk", "funding": "employer",
            "teachers": [["fullName": "Айгүл Сейітова", "iin": "850314410007", "email": "a.seitova@mail.kz"]],
        ])
        #expect(sent == 201)
        let candidateId = try #require((request["candidates"] as? [[String: Any]])?.first?["id"] as? String)
        let scan = Data("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)
        for kind in ["id-copy", "diploma-copy", "questionnaire", "application-or-request"] {
            let (uploaded, _) = try await call("intake", "PUT", "/v1/candidates/\(candidateId)/documents/\(kind)",
                                                      token: schoolToken, file: scan)
            #expect(uploaded == 200)
            let (reviewed, _) = try await call("intake", "POST", "/v1/candidates/\(candidateId)/documents/\(kind)/review",
                                                      token: operatorToken, json: ["decision": "verified"])
            #expect(reviewed == 200)
        }
        // Accepted, or already admitted: enrolment may have answered before this read.
        let (_, accepted) = try await call("intake", "GET", "/v1/candidates/\(candidateId)", token: schoolToken)
        let status = (accepted["candidate"] as? [String: Any])?["status"] as? String
        #expect(status == "accepted" || status == "admitted")

        // enrolment: the listener is admitted to a group of the programme.
        let listener = try await eventually("enrolment to admit the listener") { () -> [String: Any]? in
            let (_, body) = try await call("enrolment", "GET", "/v1/listeners?candidateId=\(candidateId)", token: operatorToken)
            return (body["items"] as? [[String: Any]])?.first
        }
        let listenerId = try #require(listener["id"] as? String)
        #expect(listener["fullName"] as? String == "Айгүл Сейітова")
        #expect(listener["employerEmail"] as? String == "school-12@edu.kz")
        #expect(listener["groupId"] as? String == groupId)

        return (candidateId, listenerId, schoolToken)
    }

    /// The programme PD-ICT-72 written and approved, a stream running now (the services run on
    /// the real clock: a stream already over takes no one, and grades are given within the
    /// course, the final one in its last days), and a Kazakh group of it in the stream. Returns
    /// the group's id.
    private func planAGroup() async throws -> String {
        let leader = try await token(.programmeLeader)
        let (written, _) = try await call("enrolment", "POST", "/v1/programmes", token: leader, json: [
            "code": "PD-ICT-72", "titleKk": "Білім берудегі цифрлық құралдар", "titleRu": "Цифровые инструменты в образовании",
            "leader": "Ахметова Гульнара Сериковна", "outcomes": ["Uses digital tools in lessons"],
            "modules": [["name": "Tools", "hours": 72, "content": "Digital tools", "assessmentForms": ["project defence"]]],
            "hours": 72, "kind": "short", "form": "blended", "arrangement": "without-leaving-work",
        ])
        #expect(written == 201)
        let (approved, _) = try await call("enrolment", "POST", "/v1/programmes/PD-ICT-72/approval", token: try await token(.rector),
                                           json: ["decision": "Протокол № 3", "approvedOn": "2026-08-19"])
        #expect(approved == 200)
        let (streamPlanned, stream) = try await call("enrolment", "POST", "/v1/streams", token: leader,
                                                     json: ["code": "S3", "startsOn": Self.currentStream.startsOn.description,
                                                            "endsOn": Self.currentStream.endsOn.description])
        #expect(streamPlanned == 201)
        let (groupPlanned, group) = try await call("enrolment", "POST", "/v1/groups", token: leader, json: [
            "code": "PD-ICT-72-KK-1", "streamId": try #require(stream["id"] as? String), "programmeCode": "PD-ICT-72",
            "language": "kk", "form": "blended", "capacity": 20,
        ])
        #expect(groupPlanned == 201)
        return try #require(group["id"] as? String)
    }

    /// From ten days ago to tomorrow at the centre, within this calendar year (a stream lies in one).
    static var currentStream: (startsOn: CalendarDate, endsOn: CalendarDate) {
        let today = Today(timeZone: Today.defaultTimeZone).date
        let first = CalendarDate(year: today.year, month: 1, day: 1)!, last = CalendarDate(year: today.year, month: 12, day: 31)!
        return (max(first, today.adding(days: -10)), min(last, today.adding(days: 1)))
    }

    func expectStatus(_ status: String, of candidateId: String, _ token: String) async throws {
        _ = try await eventually("intake to show the candidate \(status)") { () -> Bool? in
            let (_, body) = try await call("intake", "GET", "/v1/candidates/\(candidateId)", token: token)
            return (body["candidate"] as? [String: Any])?["status"] as? String == status ? true : nil
        }
    }
}
