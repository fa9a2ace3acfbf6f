import EventContracts
import Foundation
import GRDB

/// Intake's catalogue of the programmes enrolment approved (4.8): a request or an application
/// names one of these, or a topic. A programme enrolment retires leaves it.
enum ProgrammeCatalogue {
    /// An approved programme joins the catalogue; one already retired stays retired (a
    /// retirement may arrive before the approval, both being redelivered).
    static func approved(_ programme: ProgrammeApproved, at time: Date, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO programme (code, titleKk, titleRu, hours, kind, status, updatedAt) VALUES (?, ?, ?, ?, ?, 'approved', ?)
            ON CONFLICT(code) DO UPDATE SET titleKk = excluded.titleKk, titleRu = excluded.titleRu, hours = excluded.hours,
                kind = excluded.kind, updatedAt = excluded.updatedAt
            """, arguments: [programme.code, programme.titleKk, programme.titleRu, programme.hours, programme.kind, time])
    }

    /// A retired programme takes no new request. A programme once retired is never approved again.
    static func retired(_ programme: ProgrammeRetired, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO programme (code, status, updatedAt) VALUES (?, 'retired', ?)
            ON CONFLICT(code) DO UPDATE SET status = 'retired', updatedAt = excluded.updatedAt
            """, arguments: [programme.code, programme.retiredAt])
    }
}
