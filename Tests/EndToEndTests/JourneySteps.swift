import Foundation
import ServiceKit
import TestSupport
import Testing

/// Steps that several end-to-end journeys share.
extension RunningSystem {
    /// A school registers and sends a teacher of PD-ICT-72 on its request; her papers are
    /// verified, intake accepts her, and enrolment admits her to a group. Returns her
    /// candidate id at intake, her listener id at enrolment, and the school's token.
    func admitATeacher() async throws -> (candidateId: String, listenerId: String, schoolToken: String) {
        let operatorToken = try await token(.operator)

        // intake: a school registers, sends a teacher on a request, and her papers are verified.
        let (registered, school) = try await call("intake", "POST", "/v1/organisations", token: operatorToken, json: [
            "kind": "school", "nameKk": "№12 мектеп-лицей", "nameRu": "Школа-лицей №12", "region": "astana",
            "bin": "040340001233", "postalAddress": "010000, Астана, Кабанбай батыра 10", "email": "school-12@edu.kz",
        ])
        #expect(registered == 201)
        let schoolToken = try await token(.organisation, organisation: try #require(school["id"] as? String))
        let (sent, request) = try await call("intake", "POST", "/v1/requests", token: schoolToken, json: [
            "programmeCode": "PD-ICT-72", "language": "kk", "funding": "employer",
            "teachers": [["fullName": "Айгүл Сейітова", "iin": "850314410007"]],
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
            let (_, body) = try await call("enrolment", "GET", "/v1/listeners?applicationId=\(candidateId)", token: operatorToken)
            return (body["items"] as? [[String: Any]])?.first
        }
        let listenerId = try #require(listener["id"] as? String)
        #expect(listener["fullName"] as? String == "Айгүл Сейітова")
        #expect(listener["employerEmail"] as? String == "school-12@edu.kz")
        let groupId = try #require(listener["groupId"] as? String)
        let (groupStatus, group) = try await call("enrolment", "GET", "/v1/groups/\(groupId)", token: operatorToken)
        #expect(groupStatus == 200)
        #expect(group["programmeCode"] as? String == "PD-ICT-72")

        return (candidateId, listenerId, schoolToken)
    }

    func expectStatus(_ status: String, of candidateId: String, _ token: String) async throws {
        _ = try await eventually("intake to show the candidate \(status)") { () -> Bool? in
            let (_, body) = try await call("intake", "GET", "/v1/candidates/\(candidateId)", token: token)
            return (body["candidate"] as? [String: Any])?["status"] as? String == status ? true : nil
        }
    }
}
