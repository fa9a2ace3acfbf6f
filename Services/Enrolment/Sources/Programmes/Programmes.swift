import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit
import Storage

extension Programme {
    /// What a programme says, apart from its identity and life: what its leader writes.
    struct Content: Equatable {
        var code, titleKk, titleRu, leader: String
        var leaderEmail: String?
        var outcomes: [String]
        var modules: [Module]
        var hours: Int
        var kind: Kind
        var form: Form
        var arrangement: Arrangement
    }

    init(_ content: Content, id: String = RecordID.new(), authorId: String, now: Date) {
        self.init(id: id, code: content.code, titleKk: content.titleKk, titleRu: content.titleRu, leader: content.leader,
                  leaderEmail: content.leaderEmail, authorId: authorId, outcomes: content.outcomes, modules: content.modules, hours: content.hours,
                  kind: content.kind, form: content.form, arrangement: content.arrangement, status: .draft,
                  approval: nil, createdAt: now, updatedAt: now)
    }
}

/// A programme's life (4.7, 4.8): written as a draft by its leader, rewritten while a draft,
/// approved by the centre's decision and announced, retired when no longer offered.
enum Programmes {
    static func write(_ content: Programme.Content, by author: Identity, in db: Database) throws -> Programme {
        guard try Programme.find(code: content.code, in: db) == nil else { throw ProgrammeRules.Refusal.codeTaken }
        let programme = Programme(content, authorId: author.subject, now: Date())
        try programme.insert(db)
        return programme
    }

    static func rewrite(_ code: String, with content: Programme.Content, by author: Identity, in db: Database) throws -> Programme {
        var programme = try Programme.existing(code: code, in: db)
        try Refusals.check(ProgrammeRules.rewriting(programme, by: author))
        if content.code != code, try Programme.find(code: content.code, in: db) != nil { throw ProgrammeRules.Refusal.codeTaken }
        let now = Date()
        programme = Programme(content, id: programme.id, authorId: programme.authorId, now: programme.createdAt)
        programme.updatedAt = now
        try programme.update(db)
        return programme
    }

    /// Approves a draft by `decision` and announces `enrolment.programme.approved`.
    static func approve(_ code: String, decision: String, on date: CalendarDate, by approver: Identity, outbox: Outbox,
                        in db: Database) throws -> Programme {
        var programme = try Programme.existing(code: code, in: db)
        try Refusals.check(ProgrammeRules.approving(programme))
        programme.status = .approved
        programme.approval = Programme.Approval(decision: decision, approvedOn: date, recordedBy: approver.subject)
        programme.updatedAt = Date()
        try programme.update(db)
        try outbox.append(ProgrammeApproved(programme, approval: programme.approval!), cause: .request(), in: db)
        return programme
    }

    /// Retires an approved programme and announces `enrolment.programme.retired`: no new group
    /// studies it, and intake takes no new request for it.
    static func retire(_ code: String, outbox: Outbox, in db: Database) throws -> Programme {
        var programme = try Programme.existing(code: code, in: db)
        try Refusals.check(ProgrammeRules.retiring(programme))
        programme.status = .retired
        programme.updatedAt = Date()
        try programme.update(db)
        try outbox.append(ProgrammeRetired(programmeId: programme.id, code: programme.code, retiredAt: programme.updatedAt),
                          cause: .request(), in: db)
        return programme
    }
}

extension ProgrammeApproved {
    /// What the other services learn of an approved programme.
    init(_ programme: Programme, approval: Programme.Approval) {
        self.init(programmeId: programme.id, code: programme.code, titleKk: programme.titleKk, titleRu: programme.titleRu,
                  leader: programme.leader, leaderId: programme.authorId, leaderEmail: programme.leaderEmail, hours: programme.hours, kind: programme.kind, form: programme.form,
                  modules: programme.modules.map { Module(name: $0.name, hours: $0.hours, assessmentForms: $0.assessmentForms) },
                  decision: approval.decision, approvedOn: approval.approvedOn)
    }
}
