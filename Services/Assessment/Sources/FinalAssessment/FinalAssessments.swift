import EventContracts
import GRDB
import Messaging
import ServiceKit

/// Recording a listener's final assessment (7.1–7.2); a pass is announced, for the certificate.
enum FinalAssessments {
    /// The result, dated on the centre's calendar (`today`): not before the listener's
    /// admission, not ahead of today.
    static func record(_ result: FinalAssessmentForm.Valid, for listenerId: String, by assessor: Identity, today: Today,
                       outbox: Outbox, in db: Database) throws -> AssessedListener {
        var listener = try AssessedListener.existing(listenerId, in: db)
        try Refusals.check(FinalAssessmentRules.refusals(listener, assessedOn: result.assessedOn,
                                                         admittedOn: today.day(of: listener.admittedAt), today: today.date))
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
