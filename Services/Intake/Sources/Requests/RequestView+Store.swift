import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit
import Storage

extension RequestView {
    /// Stores a request and a candidate for each teacher on it, in one transaction.
    static func create(_ form: OrganisationRequestForm.Valid, for organisationId: String, by identity: Identity,
                       in db: Database) throws -> RequestView {
        let subject = identity.subject
        let now = Date()
        let request = OrganisationRequest(
            id: RecordID.new(), organisationId: organisationId, programmeCode: form.programmeCode,
            topic: form.topic, language: form.language, funding: form.funding, preferredFrom: form.preferredFrom,
            preferredTo: form.preferredTo, status: .open, submittedBy: subject, createdAt: now, updatedAt: now)
        try request.insert(db)
        var duplicates = FieldValidator()
        for (index, teacher) in form.teachers.enumerated() {
            if let existing = try Duplicates.openCandidate(iin: teacher.iin.digits, programmeCode: form.programmeCode, in: db) {
                duplicates.add("\(form.teacherPaths[index]).iin", Duplicates.message(existing: existing, for: identity))
            }
        }
        try duplicates.validate()
        let candidates = try form.teachers.map { teacher in
            let candidate = Candidate(
                id: RecordID.new(), requestId: request.id, organisationId: organisationId,
                fullName: teacher.fullName, iin: teacher.iin.digits, position: teacher.position, email: teacher.email,
                programmeCode: form.programmeCode, language: form.language, funding: form.funding, employerEmail: nil,
                status: .received, listenerId: nil, submittedBy: subject, createdAt: now, updatedAt: now)
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
    /// A choice of programme for a request that named only a topic (or a change of it) goes
    /// to every candidate whose file is still open, and may complete their acceptance.
    mutating func choose(programme code: String, by identity: Identity, outbox: Outbox, in db: Database) throws {
        // Enrolment was told the programme of those already accepted; it is not changed under them.
        if request.programmeCode != code, candidates.contains(where: { (1...4).contains($0.status.stage) }) {
            throw RequestText.programmeSettled
        }
        var duplicates = FieldValidator()
        for (index, candidate) in candidates.enumerated() where candidate.status.fileIsOpen {
            if let existing = try Duplicates.openCandidate(iin: candidate.iin, programmeCode: code, in: db), existing.id != candidate.id {
                duplicates.add("candidates[\(index)].iin", Duplicates.message(existing: existing, for: identity))
            }
        }
        try duplicates.validate()
        let now = Date()
        request.programmeCode = code
        request.updatedAt = now
        try request.update(db)
        for index in candidates.indices where candidates[index].status.fileIsOpen {
            candidates[index].programmeCode = code
            candidates[index].updatedAt = now
            try candidates[index].update(db)
            try Acceptance.reconsider(&candidates[index], outbox: outbox, in: db, now: now)
        }
    }

    mutating func withdraw(outbox: Outbox, in db: Database) throws {
        let now = Date()
        request.status = .withdrawn
        request.updatedAt = now
        try request.update(db)
        for index in candidates.indices where candidates[index].status.isOpen {
            try candidates[index].withdraw(reason: "the organisation withdrew its request", outbox: outbox, in: db, now: now)
        }
    }
}
