import EventContracts
import GRDB
import Messaging
import ServiceKit

/// Recording a listener's final assessment (7.1–7.2); a pass is announced, for the certificate.
enum FinalAssessments {
    static func record(_ result: FinalAssessmentForm.Valid, for listenerId: String, by assessor: Identity, outbox: Outbox,
                       in db: Database) throws -> AssessedListener {
        var listener = try AssessedListener.existing(listenerId, in: db)
        try Refusals.check(FinalAssessmentRules.refusals(listener))
        listener.finalResult = result.result
        listener.finalScore = result.score
        listener.assessedOn = result.assessedOn
        listener.assessedBy = assessor.subject
        try listener.update(db)
        if result.result == .passed {
            try outbox.append(
                ListenerPassed(listenerId: listener.id, fullName: listener.fullName, programmeCode: listener.programmeCode,
                               score: result.score, assessedOn: result.assessedOn),
                cause: .request(), in: db)
        }
        return listener
    }
}
