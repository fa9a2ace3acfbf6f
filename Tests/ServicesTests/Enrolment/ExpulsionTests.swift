import EventContracts
@testable import EnrolmentService
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Mail
import ServiceKit
import TestSupport
import Testing

@Suite("Expulsion and the employer's letter, against a real SMTP server")
struct ExpulsionTests {
    @Test("an expelled listener's employer receives one letter in Kazakh and Russian with the PDF; the expulsion is announced")
    func employerIsNotified() async throws {
        let smtp = try await SMTPServer()
        defer { Task { await smtp.stop() } }
        let (harness, listenerId) = try await EnrolmentFixtures.admittedGroup()
        let rector = try await harness.token(.rector)

        let response = try await harness.send(.post, "/v1/listeners/\(listenerId)/expulsion", EnrolmentFixtures.expulsion,
                                                           token: rector)
        #expect(response.status == .created)
        let expulsion = try response.json(Expulsion.self)
        #expect(expulsion.listener.status == .expelled)
        #expect(expulsion.order.kind == .expulsion)
        #expect(expulsion.order.number == "ПК-2026/002")
        #expect(expulsion.letter.state == .queued)
        #expect(expulsion.letter.recipient == "school17@edu.uralsk.kz")

        // Announced under its name, and beside it under the old one, for an intake not yet upgraded.
        let events = try await harness.outbox().suffix(2)
        #expect(events.map(\.routingKey) == ["enrolment.listener.expelled", "enrolment.listener.dismissed"])
        let expelled = try events.first!.payload(as: ListenerExpelled.self)
        #expect(expelled.listenerId == listenerId)
        #expect(expelled.reason == .studyPlanNotFollowed)
        #expect(expelled.orderNumber == "ПК-2026/002")
        #expect(expelled.expelledOn == CalendarDate("2026-09-15"))
        #expect(try events.last!.payload(as: ListenerDismissed.self) == expelled.legacy)

        // The relay sends what the expulsion queued.
        let relay = MailRelay(database: harness.database, relay: SMTPRelay(url: smtp.url), logger: Logger(label: "mail"))
        #expect(await relay.sendQueued())
        let messages = try await smtp.messages()
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message.to == "school17@edu.uralsk.kz")
        #expect(message.messageId == "<\(expulsion.letter.messageId)>")
        #expect(message.subject == "Тыңдаушыны оқудан шығару туралы / Об отчислении слушателя: Сәрсенова Айгүл Маратқызы")
        #expect(message.text.contains("Құрметті әріптестер!"))
        #expect(message.text.contains("Уважаемые коллеги!"))
        let attachment = try #require(message.attachments.first)
        #expect(attachment.mediaType == "application/pdf")
        let letter = try await PDFText.extract(attachment.content).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(letter.contains("Тыңдаушының оқудан шығарылғаны туралы хабарлама"))
        #expect(letter.contains("Уведомление об отчислении слушателя"))
        #expect(letter.contains("не выполняется индивидуальный учебный план"))
        #expect(letter.contains("№ ПК-2026/002"))

        // Sent is recorded: another round sends nothing more.
        #expect(await relay.sendQueued())
        #expect(try await smtp.messages().count == 1)
        let letters = try await harness.send(.get, "/v1/letters?listenerId=\(listenerId)", token: rector)
        #expect(try letters.json([Letter].self).map(\.state) == [.sent])
    }

    @Test("while the relay is down the letter waits, recorded with its error, and goes once the relay is back")
    func retriedUntilAccepted() async throws {
        let (harness, listenerId) = try await EnrolmentFixtures.admittedGroup()
        let rector = try await harness.token(.rector)
        #expect(try await harness.send(.post, "/v1/listeners/\(listenerId)/expulsion", EnrolmentFixtures.expulsion,
                                                    token: rector).status == .created)
        let down = MailRelay(database: harness.database, relay: SMTPRelay(url: "smtp://127.0.0.1:\(try freePort())"),
                             logger: Logger(label: "mail"))
        #expect(await down.sendQueued() == false)
        let waiting = try await harness.send(.get, "/v1/letters", token: rector).json([Letter].self)
        #expect(waiting.map(\.state) == [.queued])
        #expect(waiting.first?.attempts == 1)
        #expect(waiting.first?.lastError != nil)

        let smtp = try await SMTPServer()
        defer { Task { await smtp.stop() } }
        #expect(await MailRelay(database: harness.database, relay: SMTPRelay(url: smtp.url), logger: Logger(label: "mail")).sendQueued())
        #expect(try await smtp.messages().count == 1)
    }

    @Test("non-payment is a ground only while the contract leaves something owed")
    func unpaidNeedsADebt() async throws {
        let (harness, groupId) = try await EnrolmentFixtures.groupOfTwo()
        let (_, budget) = try await EnrolmentFixtures.admittedGroup(harness: harness, groupId: groupId)
        let paid = try await harness.database.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM listener WHERE funding = 'employer'")!
        }
        let rector = try await harness.token(.rector)
        let unpaid: [String: any Sendable] = ["reason": "unpaid", "orderDate": "2026-09-15"]
        // A budget listener owes nothing; nor does one without a contract, or one who has paid in full.
        let refused = try await harness.send(.post, "/v1/listeners/\(budget)/expulsion", unpaid, token: rector)
        #expect(try refused.problem().errors?.map(\.message) == ["По договору слушателя нет задолженности: отчислить за неуплату нельзя"])
        #expect(try await harness.send(.post, "/v1/listeners/\(paid)/expulsion", unpaid, token: rector).status == .unprocessableContent)
        #expect(try await harness.send(.put, "/v1/listeners/\(paid)/contract", ["number": "Д-7", "signedOn": "2026-09-01", "priceTiyn": 100_000],
                                       token: try await harness.token(.operator)).status == .created)
        #expect(try await harness.send(.post, "/v1/listeners/\(paid)/expulsion", unpaid, token: rector).status == .created)
        #expect(try await harness.count("mail") == 1)
    }

    @Test("a letter the relay refuses for good is marked failed with its answer, and not tried again")
    func refusedForGood() async throws {
        let smtp = try await SMTPServer(refused: ["school17@edu.uralsk.kz"])
        defer { Task { await smtp.stop() } }
        let (harness, listenerId) = try await EnrolmentFixtures.admittedGroup()
        let rector = try await harness.token(.rector)
        #expect(try await harness.send(.post, "/v1/listeners/\(listenerId)/expulsion", EnrolmentFixtures.expulsion, token: rector).status == .created)

        let relay = MailRelay(database: harness.database, relay: SMTPRelay(url: smtp.url), logger: Logger(label: "mail"))
        #expect(await relay.sendQueued(), "nothing is left to try again")
        let letters = try await harness.send(.get, "/v1/letters?listenerId=\(listenerId)", token: rector).json([Letter].self)
        #expect(letters.map(\.state) == [.failed])
        #expect(letters.first?.lastError?.contains("550") == true)
        #expect(letters.first?.recipient == "school17@edu.uralsk.kz")
        #expect(await relay.sendQueued())
        #expect(try await harness.send(.get, "/v1/letters", token: rector).json([Letter].self).first?.attempts == 1)
        #expect(try await smtp.messages().isEmpty)

        // The school mends its address at intake; staff queue the letter again, and it goes there.
        var corrected = try Samples.payload(OrganisationUpdated.self)
        corrected.updatedAt = Date()
        #expect(try await harness.deliver(try eventBody(corrected)))
        let letterId = try #require(letters.first?.id)
        let retried = try await harness.send(.post, "/v1/letters/\(letterId)/retry", token: rector).json(Letter.self)
        #expect(retried.state == .queued)
        #expect(retried.recipient == "kense@school17.edu.kz")
        #expect(retried.lastError == nil)
        #expect(await relay.sendQueued())
        #expect(try await smtp.messages().map(\.to) == ["kense@school17.edu.kz"])
        let sent = try await harness.send(.get, "/v1/letters", token: rector).json([Letter].self)
        #expect(sent.map(\.state) == [.sent])
        #expect(sent.first?.lastError == nil, "a letter sent keeps no error")
        #expect(try await harness.send(.post, "/v1/letters/\(letterId)/retry", token: rector).status == .conflict)
        #expect(try await harness.send(.post, "/v1/letters/\(letterId)/retry", token: try await harness.token(.programmeLeader)).status
                == .forbidden)
    }

    @Test("a listener is expelled once, and only after an admission order; the reason is one of 7.5's")
    func refusals() async throws {
        let (harness, listenerId) = try await EnrolmentFixtures.admittedGroup()
        let rector = try await harness.token(.rector)
        let bad = try await harness.send(.post, "/v1/listeners/\(listenerId)/expulsion",
                                                      ["reason": "late", "orderDate": "15.09.2026"], token: rector)
        #expect(try bad.problem().errors?.map(\.field) == ["reason", "orderDate"])
        #expect(try await harness.send(.post, "/v1/listeners/\(listenerId)/expulsion", EnrolmentFixtures.expulsion,
                                                    token: rector).status == .created)
        let twice = try await harness.send(.post, "/v1/listeners/\(listenerId)/expulsion", EnrolmentFixtures.expulsion, token: rector)
        #expect(twice.status == .conflict)
        #expect(try twice.problem().clause == "7.5")
        #expect(try await harness.send(.post, "/v1/listeners/\(listenerId)/expulsion", EnrolmentFixtures.expulsion,
                                                    token: try await harness.token(.trainer)).status == .forbidden)
        #expect(try await harness.count("mail") == 1)

        // A listener of a group without an admission order cannot be expelled by order yet.
        let (fresh, _) = try await EnrolmentFixtures.groupOfTwo()
        let someone = try await fresh.database.read { db in try String.fetchOne(db, sql: "SELECT id FROM listener")! }
        #expect(try await fresh.send(.post, "/v1/listeners/\(someone)/expulsion", EnrolmentFixtures.expulsion,
                                                    token: try await fresh.token(.rector)).status == .conflict)
    }

    @Test("the letter goes to the employer's address as intake last corrected it, whatever order the corrections arrive in")
    func correctedAddress() async throws {
        let (harness, listenerId) = try await EnrolmentFixtures.admittedGroup()
        var newer = try Samples.payload(OrganisationUpdated.self)
        newer.updatedAt = Date(timeIntervalSince1970: 1_790_000_000)
        var older = newer
        older.email = "old-office@school17.edu.kz"
        older.updatedAt = newer.updatedAt.addingTimeInterval(-3600)
        #expect(try await harness.deliver(try eventBody(newer)))
        #expect(try await harness.deliver(try eventBody(older)))
        let rector = try await harness.token(.rector)
        let expulsion = try await harness.send(.post, "/v1/listeners/\(listenerId)/expulsion", EnrolmentFixtures.expulsion, token: rector)
            .json(Expulsion.self)
        #expect(expulsion.letter.recipient == "kense@school17.edu.kz")
        let pdf = try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/letters/\(expulsion.letter.id)/pdf", method: .get, headers: .bearer(rector))
        }
        let letter = try await PDFText.extract(Data(pdf.body.readableBytesView))
        #expect(letter.contains("kense@school17.edu.kz"))
        #expect(letter.contains("№ \(expulsion.order.number)"))
    }
}
