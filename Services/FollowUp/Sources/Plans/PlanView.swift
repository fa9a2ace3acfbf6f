import EventContracts
import GRDB
import Hummingbird

/// One plan and all that is in it: the certificates it follows, its consultations and
/// publications, the events its teacher took part in, and the counts.
struct PlanView: Codable, Sendable, ResponseEncodable {
    var plan: FollowUpPlan
    var certificates: [Certificate]
    var consultations: [Consultation]
    var publications: [Publication]
    var events: [CommunityEvent]
    var activity: PlanActivity

    struct Certificate: Codable, Sendable {
        var certificateId: String
        var registrationNumber: String?
        var issuedOn: CalendarDate
        var status: PlanCertificate.Status
    }

    static func of(_ plan: FollowUpPlan, in db: Database) throws -> PlanView {
        let certificates = try PlanCertificate.filter(Column("planId") == plan.id).order(Column("issuedOn")).fetchAll(db)
        return PlanView(
            plan: plan,
            certificates: certificates.map { Certificate(certificateId: $0.certificateId, registrationNumber: $0.registrationNumber,
                                                         issuedOn: $0.issuedOn, status: $0.status) },
            consultations: try Consultation.filter(Column("planId") == plan.id).order(Column("heldOn")).fetchAll(db),
            publications: try Publication.filter(Column("planId") == plan.id).order(Column("updatedOn")).fetchAll(db),
            events: try CommunityEvent.fetchAll(db, sql: """
                SELECT communityEvent.* FROM communityEvent JOIN participation ON participation.eventId = communityEvent.id
                WHERE participation.planId = ? ORDER BY communityEvent.heldOn
                """, arguments: [plan.id]),
            activity: try Activities.counts(in: plan.id, in: db))
    }
}
