import Contracts
import Foundation
import GRDB
import Messaging
import ServiceKit
import Storage

extension RequestView {
    /// Stores a request and a candidate for each teacher on it, in one transaction.
    static func create(_ form: OrganisationRequestForm.Valid, for organisationId: String, by subject: String,
                       in db: Database) throws -> RequestView {
        let now = Date()
        let request = OrganisationRequest(
            id: RecordID.new(), organisationId: organisationId, programmeCode: form.programmeCode,
            topic: form.topic, language: form.language, funding: form.funding, preferredFrom: form.preferredFrom,
            preferredTo: form.preferredTo, status: .open, submittedBy: subject, createdAt: now, updatedAt: now)
        try request.insert(db)
        let candidates = try form.teachers.map { teacher in
            let candidate = Candidate(
                id: RecordID.new(), requestId: request.id, organisationId: organisationId,
                fullName: teacher.fullName, iin: teacher.iin.digits, position: teacher.position, email: teacher.email,
                status: .received, createdAt: now, updatedAt: now)
            try candidate.insert(db)
            return candidate
        }
        return RequestView(request: request, candidates: candidates)
    }

    /// A request with its candidates, if `identity` may see it: another organisation's request
    /// is answered as absent.
    static func fetch(_ id: String, for identity: Identity, in db: Database) throws -> RequestView {
        guard let request = try OrganisationRequest.fetchOne(db, key: id),
              identity.mayActFor(organisation: request.organisationId) else {
            throw Problem.notFound(RequestText.notFound)
        }
        let candidates = try Candidate.filter(Column("requestId") == id).order(Column("createdAt"), Column("rowid")).fetchAll(db)
        return RequestView(request: request, candidates: candidates)
    }

    /// Candidates who finished their course, or left it, keep their status; the rest withdraw.
    mutating func withdraw(outbox: Outbox, in db: Database) throws {
        let now = Date()
        request.status = .withdrawn
        request.updatedAt = now
        try request.update(db)
        let settled: Set<Candidate.Status> = [.completed, .certified, .expelled, .withdrawn]
        for index in candidates.indices where !settled.contains(candidates[index].status) {
            candidates[index].status = .withdrawn
            candidates[index].updatedAt = now
            try candidates[index].update(db)
            try outbox.append(CandidateWithdrawn(candidateId: candidates[index].id, requestId: request.id,
                                                 reason: "the organisation withdrew its request", withdrawnAt: now),
                              cause: .request(), in: db)
        }
    }
}
