import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit

/// A candidate leaves (regulation 6: an application may be withdrawn): one teacher, or every
/// teacher still on the way when an organisation withdraws its request. Each departure is
/// announced, so that enrolment frees a place it held.
enum Withdrawals {
    static func withdraw(_ id: String, by identity: Identity, outbox: Outbox, in db: Database) throws -> CandidateView {
        var candidate = try Candidate.find(id, for: identity, in: db)
        guard candidate.status.isOpen else { throw CandidateRules.Refusal.cannotWithdraw(candidate.status) }
        try withdraw(&candidate, reason: "withdrawn by \(identity.role.rawValue)", outbox: outbox, in: db)
        return try CandidateView(candidate, in: db)
    }

    static func withdraw(_ candidate: inout Candidate, reason: String, outbox: Outbox, in db: Database, now: Date = Date()) throws {
        candidate.status = .withdrawn
        candidate.updatedAt = now
        try candidate.update(db)
        try outbox.append(CandidateWithdrawn(candidateId: candidate.id, requestId: candidate.requestId, reason: reason, withdrawnAt: now),
                          cause: .request(), in: db)
    }
}
