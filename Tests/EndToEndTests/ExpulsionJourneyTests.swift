import Foundation
import ServiceKit
import TestSupport
import Testing

/// Expulsion across the running system: the employer's letter reaches a real SMTP server
/// once, though enrolment is killed while the letter waits, and intake shows the teacher
/// expelled.
@Suite(.serialized) struct ExpulsionJourneyTests {
    @Test func anExpelledTeachersEmployerGetsOneLetterThoughEnrolmentIsKilledMidWay() async throws {
        // The relay's address is fixed before the relay exists: until it starts, letters wait.
        let smtpPort = try freePort()
        try await RunningSystem.with(environment: ["enrolment": ["SMTP_URL": "smtp://127.0.0.1:\(smtpPort)"]]) { system in
            try await expel(system, smtpPort: smtpPort)
        }
    }

    private func expel(_ system: RunningSystem, smtpPort: Int) async throws {
        let (candidateId, listenerId, schoolToken) = try await system.admitATeacher()
        let rector = try await system.token(.rector)

        // The group is admitted by order.
        let (_, listener) = try await system.call("enrolment", "GET", "/v1/listeners/\(listenerId)", token: rector)
        let groupId = try #require(listener["groupId"] as? String)
        let (ordered, _) = try await system.call("enrolment", "POST", "/v1/groups/\(groupId)/admission-order", token: rector, json: [
            "orderDate": "2026-09-01", "leaders": ["Ахметова Гульнара Сериковна"],
        ])
        #expect(ordered == 201)

        // Expelled: the letter is queued, but no relay listens yet.
        let (expelled, expulsion) = try await system.call("enrolment", "POST", "/v1/listeners/\(listenerId)/expulsion", token: rector,
                                                           json: ["reason": "study-plan-not-followed", "orderDate": "2026-09-15"])
        #expect(expelled == 201)
        let messageId = try #require((expulsion["letter"] as? [String: Any])?["messageId"] as? String)
        try await system.expectStatus("expelled", of: candidateId, schoolToken)

        // Killed while the letter waits; the relay comes up; enrolment restarts and sends it. (The
        // relay comes up before the restart, as the story goes: up after it, the restarted
        // enrolment could meet it down and back off past the wait below.)
        await system.kill("enrolment")
        let smtp = try await SMTPServer(port: smtpPort)
        try await system.restart("enrolment")
        defer { Task { await smtp.stop() } }
        _ = try await eventually("the letter to be recorded as sent") { () -> Bool? in
            let (_, letters) = try await system.call("enrolment", "GET", "/v1/letters?listenerId=\(listenerId)", token: rector)
            return (letters["items"] as? [[String: Any]])?.first?["state"] as? String == "sent" ? true : nil
        }
        let messages = try await smtp.messages()
        #expect(messages.count == 1)
        #expect(messages.first?.messageId == "<\(messageId)>")
        #expect(messages.first?.to == "school-12@edu.kz")
        #expect(messages.first?.attachments.first?.mediaType == "application/pdf")

        // Killed again after sending: the restarted relay finds nothing to send.
        try await system.killAndRestart("enrolment")
        let (_, letters) = try await system.call("enrolment", "GET", "/v1/letters?listenerId=\(listenerId)", token: rector)
        #expect((letters["items"] as? [[String: Any]])?.count == 1)
        #expect(try await smtp.messages().count == 1)
    }
}
