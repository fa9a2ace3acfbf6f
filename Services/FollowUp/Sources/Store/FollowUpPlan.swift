import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// One certified teacher's year of follow-up.
public struct FollowUpPlan: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    /// Open from the certificate; active once something is done in it; closed at the year's
    /// end with the leader's summary, or when its certificate is revoked.
    public enum Status: String, Codable, Sendable, CaseIterable { case open, active, closed }

    public var id: String
    public var listenerId: String
    public var certificateId: String
    public var programmeCode: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var status: Status
    /// The teacher's name as their certificate gives it (a reissue may correct it); nil for a
    /// plan opened before names were kept.
    public var fullName: String?
    public var closedOn: CalendarDate?
    public var closeReason: FollowUpPlanClosed.Reason?
    /// The leader's summary of the year (8.2), written when they close the plan.
    public var summary: String?
    /// The day of the latest consultation, publication step or event the teacher took part in.
    public var lastActivityOn: CalendarDate?
    /// The day the plan was flagged quiet and its leader reminded (`QuietPlans`); nil again
    /// once something is done in it.
    public var quietSince: CalendarDate?

    public static let databaseTableName = "plan"
}

extension FollowUpPlan {
    /// Plans in the order they start: one listener's, or all. For a programme leader, those of
    /// their own programmes and of programmes whose leader follow-up has not heard of yet.
    static func list(listenerId: String?, ledBy leaderId: String?, in db: Database) throws -> [FollowUpPlan] {
        var query = FollowUpPlan.all().order(Column("startsOn"))
        if let listenerId { query = query.filter(Column("listenerId") == listenerId) }
        if let leaderId {
            query = query.filter(sql: """
                programmeCode NOT IN (SELECT code FROM programme WHERE leaderId IS NOT NULL AND leaderId != ?)
                """, arguments: [leaderId])
        }
        return try query.fetchListing(db)
    }
}

extension FollowUpPlan {
    static let notFound = NotFound(Localized(kk: "Қолдау жоспары табылмады", ru: "План сопровождения не найден",
                                             en: "No such follow-up plan"))

    static func existing(_ id: String, in db: Database) throws -> FollowUpPlan {
        guard let plan = try FollowUpPlan.fetchOne(db, key: id) else { throw notFound }
        return plan
    }
}
