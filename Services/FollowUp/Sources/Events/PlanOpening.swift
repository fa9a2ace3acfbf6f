import EventContracts
import Foundation
import GRDB
import Messaging
import Storage

/// Opens a one-year plan for each certificate issued.
enum PlanOpening {
    static func handlers(outbox: Outbox) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(CertificateIssued.self) { issued, event, db in
            guard try FollowUpPlan.filter(Column("certificateId") == issued.certificateId).fetchCount(db) == 0 else { return }
            let endsOn = FollowUpPeriod.end(startingOn: issued.issuedOn)
            let plan = FollowUpPlan(id: RecordID.new(), listenerId: issued.listenerId,
                                    certificateId: issued.certificateId, programmeCode: issued.programmeCode,
                                    startsOn: issued.issuedOn, endsOn: endsOn, status: .open)
            try plan.insert(db)
            try outbox.append(
                FollowUpPlanOpened(planId: plan.id, listenerId: plan.listenerId, certificateId: plan.certificateId,
                                   programmeCode: plan.programmeCode, startsOn: plan.startsOn, endsOn: plan.endsOn),
                cause: event.cause, in: db)
        }
        return handlers
    }
}
