import Foundation
import GRDB
import Storage

/// A letter in a service's mail queue, with its delivery state. Queued in the same transaction
/// as the change it reports (an expulsion), so that the one never happens without the other;
/// `MailRelay` sends it.
public struct Mail: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var id: String
    public var messageId: String
    public var sender: String
    public var recipient: String
    public var subject: String
    public var reference: String
    /// The whole rendered message, so that a resend is byte for byte the same letter.
    public var content: Data
    public var state: State
    public var attempts: Int
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?

    public static let databaseTableName = "mail"

    public enum State: String, Codable, Sendable, CaseIterable {
        /// Waiting for the relay to accept it (also after failed attempts).
        case queued
        /// The SMTP relay accepted it.
        case sent
        /// The relay refused it for good (a 5xx reply: no such mailbox, say). Not tried again;
        /// staff see it with the relay's answer, and send the printed copy by post.
        case failed
    }

    /// Puts a failed letter back in the queue as `message`, once staff have mended the address
    /// or the relay: the letter as it now reads, to where it now goes. False if the letter is
    /// not one that failed.
    public static func requeue(_ id: String, as message: MailMessage, in db: Database) throws -> Bool {
        try db.execute(sql: """
            UPDATE mail SET state = 'queued', messageId = ?, recipient = ?, subject = ?, content = ?, lastError = NULL
            WHERE id = ? AND state = 'failed'
            """, arguments: [message.messageId, message.to, message.subject, message.rendered, id])
        return db.changesCount == 1
    }

    /// Queues `message` in the transaction of `db`.
    @discardableResult
    public static func queue(_ message: MailMessage, reference: String, in db: Database) throws -> Mail {
        let mail = Mail(id: RecordID.new(), messageId: message.messageId, sender: message.from, recipient: message.to,
                        subject: message.subject, reference: reference, content: message.rendered, state: .queued,
                        attempts: 0, lastError: nil, createdAt: message.date, sentAt: nil)
        try mail.insert(db)
        return mail
    }

    /// A fresh Message-ID for a letter from `domain`.
    public static func newMessageId(domain: String) -> String {
        "\(RecordID.new())@\(domain)"
    }
}
