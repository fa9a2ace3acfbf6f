import Foundation
import GRDB
import Logging
import ServiceLifecycle

/// Sends the mail queue through the SMTP relay, oldest first, and records each letter sent
/// once the relay has accepted it. A failure is recorded and retried with backoff until the
/// relay accepts; a refusal for good (5xx) is recorded as failed and not retried.
///
/// SMTP has no exactly-once: a crash after the relay accepted a letter and before that was
/// recorded sends it again. The copy carries the same Message-ID, so a reader's mail client
/// can thread or fold the two, but most mail systems deliver both. One letter too many is the
/// price of never losing one (the employer must be told, 7.5).
public struct MailRelay: Service {
    private let database: any DatabaseWriter
    private let relay: SMTPRelay
    private let logger: Logger
    private let poll: Duration

    public init(database: any DatabaseWriter, relay: SMTPRelay, logger: Logger, poll: Duration = .seconds(1)) {
        self.database = database
        self.relay = relay
        self.logger = logger
        self.poll = poll
    }

    public func run() async {
        var failures = 0
        while !Self.stopping {
            let sent = await sendQueued()
            failures = sent ? 0 : failures + 1
            // After a failure, wait longer each time, up to a minute; otherwise poll.
            let wait: Duration = failures == 0 ? poll : .seconds(min(60, 1 << min(failures, 6)))
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
        }
    }

    /// Sends every queued letter; false if any is to be tried again. A letter the relay
    /// refuses does not hold back the letters after it: each is tried in every round.
    @discardableResult
    public func sendQueued() async -> Bool {
        do {
            let queued = try await database.read { db in
                try Mail.filter(Column("state") == Mail.State.queued.rawValue).order(Column("createdAt")).fetchAll(db)
            }
            var allSent = true
            for mail in queued {
                guard !Self.stopping else { return allSent }
                do {
                    try await send(mail)
                    try await database.write { db in
                        try db.execute(sql: "UPDATE mail SET state = 'sent', sentAt = ?, attempts = attempts + 1, lastError = NULL WHERE id = ?",
                                       arguments: [Date(), mail.id])
                    }
                    logger.info("letter sent", metadata: ["message-id": "\(mail.messageId)", "reference": "\(mail.reference)"])
                } catch let failure as SMTPRelay.Failure where failure.isPermanent {
                    try await database.write { db in
                        try db.execute(sql: "UPDATE mail SET state = 'failed', attempts = attempts + 1, lastError = ? WHERE id = ?",
                                       arguments: ["\(failure)", mail.id])
                    }
                    logger.error("letter refused for good", metadata: ["message-id": "\(mail.messageId)", "error": "\(failure)"])
                } catch {
                    try await database.write { db in
                        try db.execute(sql: "UPDATE mail SET attempts = attempts + 1, lastError = ? WHERE id = ?",
                                       arguments: ["\(error)", mail.id])
                    }
                    logger.warning("letter not sent; will retry", metadata: ["message-id": "\(mail.messageId)", "error": "\(error)"])
                    allSent = false
                }
            }
            return allSent
        } catch {
            logger.error("mail queue unreadable", metadata: ["error": "\(error)"])
            return false
        }
    }

    private static var stopping: Bool { Task.isCancelled || Task.isShuttingDownGracefully }

    /// libcurl blocks: the send runs on a thread of its own, not on the concurrency pool.
    private func send(_ mail: Mail) async throws {
        let relay = relay
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread {
                continuation.resume(with: Result { try relay.send(mail.content, from: mail.sender, to: [mail.recipient]) })
            }.start()
        }
    }
}
