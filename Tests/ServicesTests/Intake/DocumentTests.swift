import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import IntakeService
import ServiceKit
import Testing

@Suite("File types by content")
struct FileTypeTests {
    @Test func eachAcceptedTypeIsRecognised() {
        #expect(FileType(content: IntakeFixtures.pdf) == .pdf)
        #expect(FileType(content: IntakeFixtures.jpeg) == .jpeg)
        #expect(FileType(content: IntakeFixtures.png) == .png)
    }

    @Test(arguments: [
        Array("PK\u{3}\u{4}word/document.xml".utf8), // a .docx, whatever its name says
        Array("<html><body>scan.pdf</body></html>".utf8),
        Array("%PD".utf8), [0xFF, 0xD8], [],
    ])
    func anythingElseIsRefused(_ content: [UInt8]) {
        #expect(FileType(content: content) == nil)
    }
}

@Suite("A candidate's documents")
struct DocumentRoutesTests {
    @Test("a file is stored with its type and SHA-256, and read back as it was")
    func uploadAndDownload() async throws {
        let (harness, id, school, _) = try await IntakeFixtures.candidate()
        let (headers, body) = IntakeFixtures.file(IntakeFixtures.pdf, token: school)
        try await harness.application().test(.router) { client in
            let uploaded = try await client.execute(uri: "/v1/candidates/\(id)/documents/id-copy", method: .put, headers: headers, body: body)
            #expect(uploaded.status == .ok)
            let document = try uploaded.json(Document.self)
            #expect(document.fileType == .pdf)
            #expect(document.byteCount == IntakeFixtures.pdf.count)
            // `printf '%%PDF-1.7\n%%âãÏÓ\n1 0 obj' | sha256sum`
            #expect(document.sha256 == "75890b619699908ec9feaa75e4633a523449365a2e7e26b602e888b15508fcd8")
            #expect(document.status == .pending)

            let downloaded = try await client.execute(uri: "/v1/candidates/\(id)/documents/id-copy", method: .get, headers: .bearer(school))
            #expect(downloaded.headers[.contentType] == "application/pdf")
            #expect(Array(downloaded.body.readableBytesView) == IntakeFixtures.pdf)
        }
    }

    @Test("a file that lies about its type, an empty one and an oversized one are refused")
    func badFilesAreRefused() async throws {
        let (harness, id, school, _) = try await IntakeFixtures.candidate()
        let html = IntakeFixtures.file(Array("<html>scan</html>".utf8), token: school)
        let empty = IntakeFixtures.file([], token: school)
        let tooBig = IntakeFixtures.file(IntakeFixtures.png + [UInt8](repeating: 0, count: 10 * 1_048_576), token: school)
        try await harness.application().test(.router) { client in
            let uri = "/v1/candidates/\(id)/documents/diploma-copy"
            var headers = html.0
            headers[.contentType] = "application/pdf" // the sender's claim; the content says otherwise
            #expect(try await client.execute(uri: uri, method: .put, headers: headers, body: html.1).status == .unsupportedMediaType)
            #expect(try await client.execute(uri: uri, method: .put, headers: empty.0, body: empty.1).status == .unprocessableContent)
            #expect(try await client.execute(uri: uri, method: .put, headers: tooBig.0, body: tooBig.1).status == .contentTooLarge)
            let unknownKind = try await client.execute(uri: "/v1/candidates/\(id)/documents/selfie", method: .put,
                                                       headers: html.0, body: ByteBuffer(bytes: IntakeFixtures.png))
            #expect(unknownKind.status == .notFound)
        }
        #expect(try await harness.count("document") == 0)
    }

    @Test("the file is complete only when every required paper is verified; budget places need the sending order")
    func checklistFollowsReviews() async throws {
        let (harness, id, school, staff) = try await IntakeFixtures.candidate(funding: "budget")
        try await harness.application().test(.router) { client in
            for kind in ["id-copy", "diploma-copy", "questionnaire", "application-or-request"] {
                let (headers, body) = IntakeFixtures.file(IntakeFixtures.jpeg, token: school)
                _ = try await client.execute(uri: "/v1/candidates/\(id)/documents/\(kind)", method: .put, headers: headers, body: body)
                let verified = try await client.execute(uri: "/v1/candidates/\(id)/documents/\(kind)/review", method: .post,
                                                        headers: .bearer(staff), body: .json(["decision": "verified"]))
                #expect(try verified.json(Document.self).reviewedBy == "operator-1")
            }
            let checklist = try await client.execute(uri: "/v1/candidates/\(id)/documents", method: .get, headers: .bearer(school))
                .json(DocumentChecklist.self)
            #expect(!checklist.complete)
            #expect(checklist.items.filter { $0.required && $0.document?.status != .verified }.map(\.kind) == [.sendingOrder])

            let (headers, body) = IntakeFixtures.file(IntakeFixtures.png, token: school)
            _ = try await client.execute(uri: "/v1/candidates/\(id)/documents/sending-order", method: .put, headers: headers, body: body)
            let noReason = try await client.execute(uri: "/v1/candidates/\(id)/documents/sending-order/review", method: .post,
                                                    headers: .bearer(staff), body: .json(["decision": "rejected"]))
            #expect(try noReason.problem().errors?.map(\.field) == ["reason"])
            let rejected = try await client.execute(uri: "/v1/candidates/\(id)/documents/sending-order/review", method: .post,
                                                    headers: .bearer(staff), body: .json(["decision": "rejected", "reason": "No seal"]))
            #expect(try rejected.json(Document.self).reason == "No seal")
            let incomplete = try await client.execute(uri: "/v1/candidates/\(id)", method: .get, headers: .bearer(school))
            #expect(try incomplete.json(CandidateView.self).candidate.status == .fileIncomplete)
            #expect(try await harness.count("outbox") == 0)

            _ = try await client.execute(uri: "/v1/candidates/\(id)/documents/sending-order/review", method: .post,
                                         headers: .bearer(staff), body: .json(["decision": "verified"]))
            let view = try await client.execute(uri: "/v1/candidates/\(id)", method: .get, headers: .bearer(staff))
                .json(CandidateView.self)
            #expect(view.checklist.complete)
            #expect(view.candidate.status == .accepted)

            // Accepted once, with the funding and the school as employer; the file is closed now.
            let events = try await harness.outbox()
            #expect(events.map(\.type) == ["qadam.intake.candidate.accepted.v2"])
            let accepted = try events[0].payload(as: CandidateAccepted.self)
            #expect(accepted.candidateId == id)
            #expect(accepted.funding == .budget)
            #expect(accepted.language == .kk)
            #expect(accepted.employer.nameRu == "Общеобразовательная школа №17")
            let late = IntakeFixtures.file(IntakeFixtures.pdf, token: school)
            let replaced = try await client.execute(uri: "/v1/candidates/\(id)/documents/id-copy", method: .put, headers: late.0, body: late.1)
            #expect(replaced.status == .conflict)
            let reReviewed = try await client.execute(uri: "/v1/candidates/\(id)/documents/id-copy/review", method: .post,
                                                      headers: .bearer(staff), body: .json(["decision": "rejected", "reason": "late"]))
            #expect(reReviewed.status == .conflict)
            #expect(try await harness.count("outbox") == 1)
        }
    }

    @Test("a request that names only a topic is accepted once the centre chooses its programme")
    func topicWaitsForAProgramme() async throws {
        let (harness, _, school) = try await IntakeFixtures.school()
        var topicOnly = IntakeFixtures.request
        topicOnly["programmeCode"] = nil
        topicOnly["topic"] = "Цифрлық сауаттылық"
        let form = topicOnly
        let staff = try await harness.token(.operator)
        let view = try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(school), body: .json(form)).json(RequestView.self)
        }
        let id = view.candidates[0].id
        try await IntakeFixtures.completeFile(of: id, in: harness, uploader: school, reviewer: staff)
        #expect(try await harness.count("outbox") == 0, "complete, but there is no programme to enrol in yet")

        try await harness.application().test(.router) { client in
            let byTheSchool = try await client.execute(uri: "/v1/requests/\(view.request.id)/programme", method: .put,
                                                       headers: .bearer(school), body: .json(["programmeCode": "PD-2026-031"]))
            #expect(byTheSchool.status == .forbidden)
            let chosen = try await client.execute(uri: "/v1/requests/\(view.request.id)/programme", method: .put,
                                                  headers: .bearer(staff), body: .json(["programmeCode": "PD-2026-031"]))
            let updated = try chosen.json(RequestView.self)
            #expect(updated.request.programmeCode == "PD-2026-031")
            #expect(updated.candidates.first { $0.id == id }?.status == .accepted)
            #expect(updated.candidates.filter { $0.id != id }.allSatisfy { $0.status == .received && $0.programmeCode == "PD-2026-031" })
        }
        let event = try #require(try await harness.outbox().first)
        let accepted = try event.payload(as: CandidateAccepted.self)
        #expect(accepted.programmeCode == "PD-2026-031")

        // Enrolment was told PD-2026-031 for the accepted teacher: the programme stays.
        try await harness.application().test(.router) { client in
            let changed = try await client.execute(uri: "/v1/requests/\(view.request.id)/programme", method: .put,
                                                   headers: .bearer(staff), body: .json(["programmeCode": "PD-2026-032"]))
            #expect(changed.status == .conflict)
        }
    }

    @Test("another organisation cannot see, upload or download a candidate's papers, nor can an organisation review")
    func papersStayWithTheirOrganisation() async throws {
        let (harness, id, school, _) = try await IntakeFixtures.candidate()
        let other = try await harness.token(.organisation, subject: "school-9", organisation: "another")
        let (headers, body) = IntakeFixtures.file(IntakeFixtures.pdf, token: school)
        let (otherHeaders, otherBody) = IntakeFixtures.file(IntakeFixtures.pdf, token: other)
        try await harness.application().test(.router) { client in
            _ = try await client.execute(uri: "/v1/candidates/\(id)/documents/id-copy", method: .put, headers: headers, body: body)
            #expect(try await client.execute(uri: "/v1/candidates/\(id)/documents", method: .get, headers: .bearer(other)).status == .notFound)
            #expect(try await client.execute(uri: "/v1/candidates/\(id)/documents/id-copy", method: .get, headers: .bearer(other)).status
                == .notFound)
            #expect(try await client.execute(uri: "/v1/candidates/\(id)/documents/id-copy", method: .put, headers: otherHeaders,
                                             body: otherBody).status == .notFound)
            #expect(try await client.execute(uri: "/v1/candidates/\(id)/documents/id-copy/review", method: .post, headers: .bearer(school),
                                             body: .json(["decision": "verified"])).status == .forbidden)
        }
    }
}
