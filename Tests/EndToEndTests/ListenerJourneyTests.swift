import Foundation
import ServiceKit
import TestSupport
import Testing

/// One listener carried through all five services over the real broker, each step checked
/// through the API of the service that owns it.
@Suite(.serialized) struct ListenerJourneyTests {
    @Test func aTeacherOnASchoolsRequestTravelsToAFollowUpPlan() async throws {
        try await RunningSystem.with { system in try await travel(system) }
    }

    private func travel(_ system: RunningSystem) async throws {
        let operatorToken = try await system.token(.operator)

        // intake: a school registers, sends a teacher on a request, and her papers are verified.
        let (registered, school) = try await system.call("intake", "POST", "/v1/organisations", token: operatorToken, json: [
            "kind": "school", "nameKk": "№12 мектеп-лицей", "nameRu": "Школа-лицей №12", "region": "astana",
            "bin": "040340001233", "postalAddress": "010000, Астана, Кабанбай батыра 10", "email": "school-12@edu.kz",
        ])
        #expect(registered == 201)
        let schoolToken = try await system.token(.organisation, organisation: try #require(school["id"] as? String))
        let (sent, request) = try await system.call("intake", "POST", "/v1/requests", token: schoolToken, json: [
            "programmeCode": "PD-ICT-72", "language": "kk", "funding": "employer",
            "teachers": [["fullName": "Айгүл Сейітова", "iin": "850314410007"]],
        ])
        #expect(sent == 201)
        let candidateId = try #require((request["candidates"] as? [[String: Any]])?.first?["id"] as? String)
        let scan = Data("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)
        for kind in ["id-copy", "diploma-copy", "questionnaire", "application-or-request"] {
            let (uploaded, _) = try await system.call("intake", "PUT", "/v1/candidates/\(candidateId)/documents/\(kind)",
                                                      token: schoolToken, file: scan)
            #expect(uploaded == 200)
            let (reviewed, _) = try await system.call("intake", "POST", "/v1/candidates/\(candidateId)/documents/\(kind)/review",
                                                      token: operatorToken, json: ["decision": "verified"])
            #expect(reviewed == 200)
        }
        // Accepted, or already admitted: enrolment may have answered before this read.
        let (_, accepted) = try await system.call("intake", "GET", "/v1/candidates/\(candidateId)", token: schoolToken)
        let status = (accepted["candidate"] as? [String: Any])?["status"] as? String
        #expect(status == "accepted" || status == "admitted")

        // enrolment: the listener is admitted to a group of the programme.
        let listener = try await eventually("enrolment to admit the listener") { () -> [String: Any]? in
            let (_, body) = try await system.call("enrolment", "GET", "/v1/listeners?applicationId=\(candidateId)", token: operatorToken)
            return (body["items"] as? [[String: Any]])?.first
        }
        let listenerId = try #require(listener["id"] as? String)
        #expect(listener["fullName"] as? String == "Айгүл Сейітова")
        #expect(listener["employerEmail"] as? String == "school-12@edu.kz")
        let groupId = try #require(listener["groupId"] as? String)
        let (groupStatus, group) = try await system.call("enrolment", "GET", "/v1/groups/\(groupId)", token: operatorToken)
        #expect(groupStatus == 200)
        #expect(group["programmeCode"] as? String == "PD-ICT-72")

        // intake hears of the admission, and the school sees it.
        try await expectStatus("admitted", of: candidateId, system, schoolToken)

        // assessment: the listener arrives, and an operator records a pass.
        _ = try await eventually("assessment to know the listener") { () -> Bool? in
            let (status, _) = try await system.call("assessment", "GET", "/v1/listeners/\(listenerId)", token: operatorToken)
            return status == 200 ? true : nil
        }
        let (assessed, _) = try await system.call("assessment", "POST", "/v1/listeners/\(listenerId)/final-assessment",
                                                   token: operatorToken, json: ["result": "passed", "score": 87, "assessedOn": "2028-02-29"])
        #expect(assessed == 200)

        // certification: a registration number, checkable publicly without personal data.
        let certificate = try await eventually("certification to issue the certificate") { () -> [String: Any]? in
            let (_, body) = try await system.call("certification", "GET", "/v1/certificates?listenerId=\(listenerId)", token: operatorToken)
            return (body["items"] as? [[String: Any]])?.first
        }
        let number = try #require(certificate["registrationNumber"] as? String)
        #expect(certificate["issuedOn"] as? String == "2028-02-29")
        let (publicStatus, publicView) = try await system.call("certification", "GET", "/v1/public/certificates/\(number)")
        #expect(publicStatus == 200)
        #expect(publicView["fullName"] as? String == "Айгүл Сейітова")
        #expect(!publicView.keys.contains("iin") && !publicView.keys.contains("listenerId"))

        // follow-up: a plan that ends one calendar year after the certificate's date.
        let plan = try await eventually("follow-up to open the plan") { () -> [String: Any]? in
            let (_, body) = try await system.call("follow-up", "GET", "/v1/plans?listenerId=\(listenerId)", token: operatorToken)
            return (body["items"] as? [[String: Any]])?.first
        }
        #expect(plan["startsOn"] as? String == "2028-02-29")
        #expect(plan["endsOn"] as? String == "2029-02-28")

        // intake heard of the pass and of the certificate: the school sees its teacher certified.
        try await expectStatus("certified", of: candidateId, system, schoolToken)
    }

    private func expectStatus(_ status: String, of candidateId: String, _ system: RunningSystem, _ token: String) async throws {
        _ = try await eventually("intake to show the candidate \(status)") { () -> Bool? in
            let (_, body) = try await system.call("intake", "GET", "/v1/candidates/\(candidateId)", token: token)
            return (body["candidate"] as? [String: Any])?["status"] as? String == status ? true : nil
        }
    }

    @Test func requestsWithoutATokenOrWithTheWrongRoleAreRefusedWithProblemDetailsButTheAPIDocumentIsOpen() async throws {
        try await RunningSystem.with { system in try await refuse(system) }
    }

    private func refuse(_ system: RunningSystem) async throws {
        let (unauthenticated, problem) = try await system.call("enrolment", "GET", "/v1/listeners")
        #expect(unauthenticated == 401)
        #expect(problem["status"] as? Int == 401)
        #expect(problem["title"] is String)

        let trainerToken = try await system.token(.trainer)
        let (forbidden, refusal) = try await system.call("certification", "GET", "/v1/certificates", token: trainerToken,
                                                          headers: ["Accept-Language": "kk"])
        #expect(forbidden == 403)
        #expect(refusal["status"] as? Int == 403)

        let (forged, _) = try await system.call("follow-up", "GET", "/v1/plans", token: trainerToken + "x")
        #expect(forged == 401)

        // What is open without a token: each service's API document.
        for service in RunningSystem.services {
            let (status, document) = try await system.call(service, "GET", "/openapi.json")
            #expect(status == 200)
            #expect(document["openapi"] as? String == "3.1.0")
        }
    }
}
