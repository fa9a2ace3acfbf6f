import Foundation
import ServiceKit
import TestSupport
import Testing

/// One listener carried through all five services over the real broker, each step checked
/// through the API of the service that owns it.
@Suite(.serialized) struct ListenerJourneyTests {
    @Test func aTeacherOnASchoolsRequestTravelsToAFollowUpPlan() async throws {
        let smtp = try await SMTPServer(port: try freePort())
        defer { Task { await smtp.stop() } }
        try await RunningSystem.with(environment: ["certification": ["SMTP_URL": smtp.url]]) { system in
            try await travel(system, smtp: smtp)
        }
    }

    private func travel(_ system: RunningSystem, smtp: SMTPServer) async throws {
        let operatorToken = try await system.token(.operator)
        let (candidateId, listenerId, schoolToken) = try await system.admitATeacher()

        // intake hears of the admission, and the school sees it.
        try await system.expectStatus("admitted", of: candidateId, schoolToken)

        // assessment: the listener arrives, with the plan of the approved programme, and an
        // operator grades its module and its final assessment. Undated, a grade takes the centre's
        // day: the listener was admitted today, and a grade is dated neither before nor ahead.
        _ = try await eventually("assessment to know the listener and the plan") { () -> Bool? in
            let (listener, _) = try await system.call("assessment", "GET", "/v1/listeners/\(listenerId)", token: operatorToken)
            let (plan, _) = try await system.call("assessment", "GET", "/v1/plans/PD-ICT-72", token: operatorToken)
            return listener == 200 && plan == 200 ? true : nil
        }
        for (part, points) in [("1", 87), ("final", 91)] {
            let (graded, _) = try await system.call("assessment", "PUT", "/v1/listeners/\(listenerId)/grades/\(part)",
                                                    token: operatorToken, json: ["points": points])
            #expect(graded == 200)
        }

        // enrolment: the rector's order admits the group, and the course's end decides the result.
        let rector = try await system.token(.rector)
        let (_, enrolled) = try await system.call("enrolment", "GET", "/v1/listeners/\(listenerId)", token: rector)
        let groupId = try #require(enrolled["groupId"] as? String)
        let (ordered, _) = try await system.call("enrolment", "POST", "/v1/groups/\(groupId)/admission-order", token: rector,
                                                 json: ["orderDate": "2026-09-01", "leaders": ["Ахметова Гульнара Сериковна"]])
        #expect(ordered == 201)
        let (completed, _) = try await system.call("enrolment", "POST", "/v1/groups/\(groupId)/completion", token: rector,
                                                   json: ["completedOn": "2026-09-18"])
        #expect(completed == 200)
        let decided = try await eventually("assessment to decide the result") { () -> [String: Any]? in
            let (_, body) = try await system.call("assessment", "GET", "/v1/listeners/\(listenerId)", token: operatorToken)
            return body["finalResult"] as? String == "passed" ? body : nil
        }
        let assessedOn = try #require(decided["assessedOn"] as? String)

        // certification: a registration number, checkable publicly by the QR code's code without
        // personal data; the number alone finds nothing.
        let certificate = try await eventually("certification to issue the certificate") { () -> [String: Any]? in
            let (_, body) = try await system.call("certification", "GET", "/v1/certificates?listenerId=\(listenerId)", token: operatorToken)
            return (body["items"] as? [[String: Any]])?.first
        }
        let number = try #require(certificate["registrationNumber"] as? String)
        #expect(certificate["issuedOn"] as? String == assessedOn)
        let code = try #require(certificate["verificationCode"] as? String)
        let (publicStatus, publicView) = try await system.call("certification", "GET", "/v1/public/certificates/\(code)")
        #expect(publicStatus == 200)
        #expect(publicView["registrationNumber"] as? String == number)
        let (byNumber, _) = try await system.call("certification", "GET", "/v1/public/certificates/\(number)")
        #expect(byNumber == 404)
        #expect(publicView["fullName"] as? String == "Айгүл Сейітова")
        #expect(!publicView.keys.contains("iin") && !publicView.keys.contains("listenerId"))

        // The certificate as printed: her name with the verb in her gender (her IIN says she is a
        // woman), the hours in their case, and a QR code that a phone reads as the public check,
        // whose page a browser opens.
        let certificateId = try #require(certificate["id"] as? String)
        let pdf = try await system.fetch("certification", "/v1/certificates/\(certificateId)/pdf", token: operatorToken)
        #expect(pdf.contentType == "application/pdf")
        let text = try await PDFText.extract(pdf.body).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Айгүл Сейітова прошла курс повышения квалификации на тему «Цифровые инструменты в образовании» в объеме 72 академических часов"))
        #expect(text.contains("«Білім берудегі цифрлық құралдар» тақырыбы бойынша 72 академиялық сағат көлемінде"))
        let checkURL = "\(system.address("certification"))/v1/public/certificates/\(code)"
        #expect(try await PDFQRCodes.onFirstPage(pdf.body) == [checkURL])
        let page = try await system.fetch("certification", "/v1/public/certificates/\(code)",
                                          headers: ["Accept": "text/html", "Accept-Language": "ru-KZ,ru;q=0.9"])
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(String(decoding: page.body, as: UTF8.self).contains("Сертификат действителен"))

        // Her certificate reaches her mailbox once, the very file the registry issued, with her
        // own link, which fetches it again.
        let letter = try await eventually("the certificate to reach her mailbox") { () -> SMTPServer.Message? in
            try await smtp.messages().first { $0.to == "a.seitova@mail.kz" }
        }
        #expect(letter.attachments.map(\.filename) == ["\(number).pdf"])
        #expect(letter.attachments.first?.content == pdf.body)
        let link = try #require(letter.text.split(separator: "\n").first { $0.contains("/v1/holder/certificates/") })
        let holderPath = try #require(URL(string: String(link).trimmingCharacters(in: .whitespaces))?.path)
        #expect(try await system.fetch("certification", holderPath + "/pdf").body == pdf.body)
        #expect(try await system.fetch("certification", holderPath + "/credential").contentType == "application/vc+jwt")

        // follow-up: a plan that ends one calendar year after the certificate's date.
        let plan = try await eventually("follow-up to open the plan") { () -> [String: Any]? in
            let (_, body) = try await system.call("follow-up", "GET", "/v1/plans?listenerId=\(listenerId)", token: operatorToken)
            return (body["items"] as? [[String: Any]])?.first
        }
        #expect(plan["startsOn"] as? String == assessedOn)
        let year = try #require(Int(assessedOn.prefix(4)))
        #expect((plan["endsOn"] as? String)?.hasPrefix("\(year + 1)-") == true)

        // intake heard of the pass and of the certificate: the school sees its teacher certified.
        try await system.expectStatus("certified", of: candidateId, schoolToken)

        // A consultation in her plan (8.4.1) makes it active; her certificate, revoked as issued in
        // error, closes it that day.
        let planId = try #require(plan["id"] as? String)
        let (consulted, _) = try await system.call("follow-up", "POST", "/v1/plans/\(planId)/consultations", token: operatorToken, json: [
            "heldOn": assessedOn, "topic": "Сабақты жоспарлау / Планирование урока", "help": "methodological", "area": "teaching",
            "mode": "online", "outcome": "Жоспар қайта құрылды / План перестроен",
        ])
        #expect(consulted == 201)
        let (revoked, _) = try await system.call("certification", "POST", "/v1/certificates/\(certificateId)/revocation",
                                                 token: operatorToken, json: ["reason": "issued-in-error"])
        #expect(revoked == 200)
        let closed = try await eventually("follow-up to close the plan of the revoked certificate") { () -> [String: Any]? in
            let (_, body) = try await system.call("follow-up", "GET", "/v1/plans/\(planId)", token: operatorToken)
            let plan = body["plan"] as? [String: Any]
            return plan?["status"] as? String == "closed" ? plan : nil
        }
        #expect(closed["closeReason"] as? String == "certificate-revoked")

        // intake: her PD record, by IIN, for her school: the course, its certificate revoked,
        // the plan closed; so she has no PD to her name and is due again.
        let record = try await eventually("intake's PD record to show the revocation and the closed plan") { () -> [String: Any]? in
            let (_, body) = try await system.call("intake", "POST", "/v1/pd-records/lookup", token: schoolToken,
                                                  json: ["iin": "850314410007"])
            let course = (body["courses"] as? [[String: Any]])?.first
            let certificate = (course?["certificates"] as? [[String: Any]])?.first
            let followUp = (course?["followUp"] as? [[String: Any]])?.first
            return certificate?["status"] as? String == "revoked" && followUp?["closeReason"] as? String == "certificate-revoked"
                ? body : nil
        }
        #expect(record["state"] as? String == "never-certified")

        // follow-up: the programme's review evidence counts her pass.
        let totals = try await eventually("follow-up's evidence to count her pass") { () -> [String: Any]? in
            let (_, body) = try await system.call("follow-up", "GET", "/v1/programmes/PD-ICT-72/evidence", token: operatorToken)
            let totals = body["totals"] as? [String: Any]
            return totals?["passed"] as? Int == 1 ? totals : nil
        }
        #expect(totals["admitted"] as? Int == 1)
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
            #expect((document["openapi"] as? String)?.hasPrefix("3.1.") == true)
        }
    }
}
