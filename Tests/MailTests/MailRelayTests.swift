import Foundation
import GRDB
import Logging
import Mail
import Storage
import TestSupport
import Testing

/// The mail queue and its relay, against a real SMTP server (aiosmtpd): a letter queued in a
/// transaction is sent once, retried while the relay is away, and marked failed for good when
/// the relay refuses the mailbox.
@Suite("The mail relay")
struct MailRelayTests {
    static func queue() throws -> (TemporaryDirectory, DatabasePool) {
        let directory = try TemporaryDirectory()
        var migrator = DatabaseMigrator()
        MailMigrations.register(in: &migrator)
        return (directory, try ServiceDatabase.open(path: directory.path("mail.sqlite"), migrator: migrator))
    }

    static func letter(to recipient: String) -> MailMessage {
        MailMessage(messageId: Mail.newMessageId(domain: "qadam.test"), from: "pd@qadam.test", to: recipient,
                    subject: "Хабарлама / Уведомление", text: "Құрметті әріптестер!\nУважаемые коллеги!",
                    attachments: [.init(filename: "notice.pdf", mediaType: "application/pdf", content: Data("%PDF-1.7".utf8))])
    }

    static func relay(_ url: String, _ database: DatabasePool) -> MailRelay {
        MailRelay(database: database, relay: SMTPRelay(url: url), logger: Logger(label: "mail"))
    }

    static func letters(_ database: DatabasePool) async throws -> [Mail] {
        try await database.read { db in try Mail.order(Column("createdAt")).fetchAll(db) }
    }

    @Test("a queued letter is sent once, byte for byte as queued, and recorded sent")
    func sentOnce() async throws {
        let smtp = try await SMTPServer()
        defer { Task { await smtp.stop() } }
        let (directory, database) = try Self.queue()
        defer { withExtendedLifetime(directory) {} }
        let queued = try await database.write { db in try Mail.queue(Self.letter(to: "school@edu.kz"), reference: "test:1", in: db) }

        #expect(await Self.relay(smtp.url, database).sendQueued())
        #expect(await Self.relay(smtp.url, database).sendQueued())
        let received = try await smtp.messages()
        #expect(received.map(\.to) == ["school@edu.kz"])
        #expect(received.first?.messageId == "<\(queued.messageId)>")
        #expect(received.first?.subject == "Хабарлама / Уведомление")
        #expect(received.first?.attachments.first?.content == Data("%PDF-1.7".utf8))
        let sent = try #require(try await Self.letters(database).first)
        #expect(sent.state == .sent)
        #expect(sent.attempts == 1)
        #expect(sent.sentAt != nil)
    }

    @Test("while the relay is away a letter waits with its error, and once sent keeps none")
    func retriedUntilSent() async throws {
        let (directory, database) = try Self.queue()
        defer { withExtendedLifetime(directory) {} }
        try await database.write { db in _ = try Mail.queue(Self.letter(to: "school@edu.kz"), reference: "test:2", in: db) }
        let away = "smtp://127.0.0.1:\(try freePort())"
        #expect(await Self.relay(away, database).sendQueued() == false)
        #expect(await Self.relay(away, database).sendQueued() == false)
        let waiting = try #require(try await Self.letters(database).first)
        #expect(waiting.state == .queued)
        #expect(waiting.attempts == 2)
        #expect(waiting.lastError?.contains("connect") == true)

        let smtp = try await SMTPServer()
        defer { Task { await smtp.stop() } }
        #expect(await Self.relay(smtp.url, database).sendQueued())
        let sent = try #require(try await Self.letters(database).first)
        #expect(sent.state == .sent)
        #expect(sent.attempts == 3)
        #expect(sent.lastError == nil)
        #expect(try await smtp.messages().count == 1)
    }

    @Test("a mailbox the relay refuses (550) fails for good and holds back no other letter; requeued as mended, it goes")
    func refusedForGood() async throws {
        let smtp = try await SMTPServer(refused: ["gone@edu.kz"])
        defer { Task { await smtp.stop() } }
        let (directory, database) = try Self.queue()
        defer { withExtendedLifetime(directory) {} }
        let refused = try await database.write { db in try Mail.queue(Self.letter(to: "gone@edu.kz"), reference: "test:3", in: db) }
        try await database.write { db in _ = try Mail.queue(Self.letter(to: "school@edu.kz"), reference: "test:4", in: db) }

        #expect(await Self.relay(smtp.url, database).sendQueued(), "nothing is left to try again")
        let states = try await Self.letters(database).map(\.state)
        #expect(states == [.failed, .sent])
        #expect(try await Self.letters(database).first?.lastError?.contains("550") == true)
        #expect(try await smtp.messages().map(\.to) == ["school@edu.kz"])

        let mended = Self.letter(to: "office@edu.kz")
        #expect(try await database.write { db in try Mail.requeue(refused.id, as: mended, in: db) })
        #expect(try await database.write { db in try Mail.requeue(refused.id, as: mended, in: db) } == false, "only a failed letter")
        #expect(await Self.relay(smtp.url, database).sendQueued())
        #expect(Set(try await smtp.messages().map(\.to)) == ["school@edu.kz", "office@edu.kz"])
        let resent = try #require(try await Self.letters(database).first)
        #expect(resent.recipient == "office@edu.kz")
        #expect(resent.state == .sent)
        #expect(resent.lastError == nil)
    }
}
