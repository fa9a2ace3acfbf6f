import EventContracts
import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit
import Storage

/// Organisations' requests (4.1): sent with their teachers, given a programme by the centre
/// when they named only a topic, or withdrawn.
enum Requests {
    /// Stores a request and a candidate for each teacher on it, in one transaction, or nothing.
    static func submit(_ form: OrganisationRequestForm.Valid, for organisationId: String?, by identity: Identity,
                       in db: Database) throws -> RequestView {
        guard let organisationId, try Organisation.exists(db, key: organisationId) else { throw RequestRules.Refusal.unknownOrganisation }
        if let code = form.programmeCode, try !CataloguedProgramme.isOpen(code, in: db) {
            throw RequestRules.Refusal.programmeNotOffered(field: "programmeCode")
        }
        try Refusals.check(try form.teachers.indices.compactMap { index in
            try Duplicates.refusal(iin: form.teachers[index].iin.digits, programmeCode: form.programmeCode,
                                   at: "\(form.teacherPaths[index]).iin", for: identity, in: db)
        })
        let now = Date()
        let request = OrganisationRequest(
            id: RecordID.new(), organisationId: organisationId, programmeCode: form.programmeCode, topic: form.topic,
            language: form.language, funding: form.funding, preferredFrom: form.preferredFrom, preferredTo: form.preferredTo,
            status: .open, submittedBy: identity.subject, createdAt: now, updatedAt: now)
        try request.insert(db)
        let candidates = try form.teachers.map { teacher in
            let candidate = Candidate(
                id: RecordID.new(), requestId: request.id, organisationId: organisationId, fullName: teacher.fullName,
                iin: teacher.iin.digits, position: teacher.position, email: teacher.email, programmeCode: form.programmeCode,
                language: form.language, funding: form.funding, employerEmail: nil, status: .received, listenerId: nil,
                submittedBy: identity.subject, createdAt: now, updatedAt: now)
            try candidate.insert(db)
            return candidate
        }
        return RequestView(request: request, candidates: candidates)
    }

    /// The programme for a request that named only a topic (or a change of it) goes to every
    /// candidate whose file is still open, and may complete their acceptance.
    static func choose(programme code: String, for requestId: String, by identity: Identity, outbox: Outbox,
                       in db: Database) throws -> RequestView {
        var view = try RequestView(requestId, for: identity, in: db)
        try Refusals.check(RequestRules.choosing(code, offered: try CataloguedProgramme.isOpen(code, in: db), for: view.request,
                                                 candidates: view.candidates))
        try Refusals.check(try view.candidates.indices.compactMap { index -> CandidateRules.Refusal? in
            let candidate = view.candidates[index]
            guard candidate.status.fileIsOpen else { return nil }
            return try Duplicates.refusal(iin: candidate.iin, programmeCode: code, at: "candidates[\(index)].iin", for: identity,
                                          except: candidate.id, in: db)
        })
        let now = Date()
        view.request.programmeCode = code
        view.request.updatedAt = now
        try view.request.update(db)
        for index in view.candidates.indices where view.candidates[index].status.fileIsOpen {
            view.candidates[index].programmeCode = code
            view.candidates[index].updatedAt = now
            try view.candidates[index].update(db)
            try Acceptance.reconsider(&view.candidates[index], outbox: outbox, in: db, now: now)
        }
        return view
    }

    /// An organisation changes its mind: every candidate still on the way leaves; those who
    /// finished their course, or left it, keep their status.
    static func withdraw(_ requestId: String, by identity: Identity, outbox: Outbox, in db: Database) throws -> RequestView {
        var view = try RequestView(requestId, for: identity, in: db)
        try Refusals.check(RequestRules.withdrawing(view.request))
        let now = Date()
        view.request.status = .withdrawn
        view.request.updatedAt = now
        try view.request.update(db)
        for index in view.candidates.indices where view.candidates[index].status.isOpen {
            try Withdrawals.withdraw(&view.candidates[index], reason: "the organisation withdrew its request", outbox: outbox, in: db,
                                     now: now)
        }
        return view
    }
}

/// A request with its candidates, as the API shows it.
public struct RequestView: Codable, Sendable, Equatable, ResponseEncodable {
    public var request: OrganisationRequest
    public var candidates: [Candidate]

    init(request: OrganisationRequest, candidates: [Candidate]) {
        self.request = request
        self.candidates = candidates
    }

    /// A request with its candidates, if `identity` may see it.
    init(_ id: String, for identity: Identity, in db: Database) throws {
        request = try OrganisationRequest.find(id, for: identity, in: db)
        candidates = try Candidate.on(request: id, in: db)
    }
}
