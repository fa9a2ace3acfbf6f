import Foundation
import GRDB
import Logging
import Messaging
import ServiceKit
import ServiceLifecycle

/// What follow-up looks for by the day, when the service starts and every
/// `FOLLOWUP_CHECK_MINUTES` after: plans fallen quiet, and programmes whose review falls due.
/// Each finds a thing once (a flag, a notice), so checking often sends nothing twice. A failed
/// round is logged and tried again at the next.
struct FollowUpChecks: Service {
    let database: any DatabaseWriter
    let outbox: Outbox
    let today: Today
    let settings: FollowUpSettings
    let mail: MailSettings
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await checkOnce()
            guard (try? await cancelWhenGracefulShutdown { try await Task.sleep(for: settings.checkEvery) }) != nil else { return }
        }
    }

    func checkOnce() async {
        let (day, settings, mail, outbox) = (today.date, settings, mail, outbox)
        do {
            let flagged = try await database.write { db in
                try QuietPlans.flag(on: day, quietDays: settings.quietDays, mail: mail, in: db)
            }
            if !flagged.isEmpty { logger.info("quiet plans flagged", metadata: ["plans": "\(flagged.map(\.id))"]) }
        } catch {
            logger.error("quiet plans not checked", metadata: ["error": "\(error)"])
        }
        do {
            let due = try await database.write { db in
                try Monitoring.announceDue(today: day, noticeDays: settings.noticeDays, mail: mail, outbox: outbox, in: db)
            }
            if !due.isEmpty { logger.info("programme reviews due", metadata: ["programmes": "\(due.map(\.programmeCode))"]) }
        } catch {
            logger.error("programme reviews not checked", metadata: ["error": "\(error)"])
        }
    }
}
