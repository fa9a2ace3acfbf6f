import EventContracts
import Foundation
import GRDB
import Messaging
import Storage

/// Opens a one-year plan for each certificate issued (8.2), once.
enum PlanOpening {
    static func open(for issued: CertificateIssued, cause: Cause, outbox: Outbox, in db: Database) throws {
        guard try FollowUpPlan.filter(Column("certificateId") == issued.certificateId).fetchCount(db) == 0 else { return }
        let plan = FollowUpPlan(id: RecordID.new(), listenerId: issued.listenerId, certificateId: issued.certificateId,
                                programmeCode: issued.programmeCode, startsOn: issued.issuedOn,
                                endsOn: FollowUpPeriod.end(startingOn: issued.issuedOn), status: .open, fullName: issued.fullName)
        try plan.insert(db)
        try PlanCertificate(certificateId: issued.certificateId, planId: plan.id, registrationNumber: issued.registrationNumber,
                            issuedOn: issued.issuedOn, status: .valid).insert(db)
        try outbox.append(
            FollowUpPlanOpened(planId: plan.id, listenerId: plan.listenerId, certificateId: plan.certificateId,
                               programmeCode: plan.programmeCode, startsOn: plan.startsOn, endsOn: plan.endsOn),
            cause: cause, in: db)
    }
}
