import Foundation
import GRDB
import ServiceKit

/// A questionnaire as kept: one per IIN, the checked content as JSON, where it came from, and
/// the organisation that keeps it.
///
/// It describes a person, not one application, so two organisations may have candidates with
/// the same IIN. An organisation therefore reads and writes only a questionnaire it wrote
/// itself; the centre's staff read and write all. (Otherwise any organisation could list a
/// stranger's IIN and read the address and phone another school entered.)
struct QuestionnaireRecord: Codable, FetchableRecord, PersistableRecord {
    enum Source: String, Codable { case form, nobd }

    var iin: String
    var fullName: String
    var content: String
    var source: Source
    var updatedBy: String
    var updatedAt: Date
    /// The organisation that wrote it and may read it; nil when the centre's staff or NOBD did.
    var organisationId: String?

    static let databaseTableName = "questionnaire"

    /// Stores `questionnaire` for its IIN, replacing what was there, if `identity` may write
    /// it. Returns false when the stored one was the same already, so that repeating an import
    /// changes nothing. The keeper stays who it was, unless there was none yet.
    @discardableResult
    static func save(_ questionnaire: Questionnaire, source: Source, by identity: Identity, in db: Database) throws -> Bool {
        let content = String(decoding: try encoder.encode(questionnaire), as: UTF8.self)
        let stored = try fetchOne(db, key: questionnaire.iin)
        if let stored, !identity.mayActFor(organisation: stored.organisationId) { throw QuestionnaireRules.Refusal.keptElsewhere }
        if let stored, stored.content == content { return false }
        let keeper = stored.map(\.organisationId) ?? (identity.role == .organisation ? identity.organisationId : nil)
        try QuestionnaireRecord(iin: questionnaire.iin, fullName: questionnaire.fullName, content: content, source: source,
                                updatedBy: identity.subject, updatedAt: Date(), organisationId: keeper).save(db)
        return true
    }

    /// The questionnaire of `iin`, whoever keeps it: for the service's own use.
    static func find(iin: String, in db: Database) throws -> Questionnaire? {
        try fetchOne(db, key: iin).map { try $0.questionnaire }
    }

    /// The questionnaire of `iin`, if `identity` may read it.
    static func find(iin: String, for identity: Identity, in db: Database) throws -> Questionnaire? {
        guard let stored = try fetchOne(db, key: iin), identity.mayActFor(organisation: stored.organisationId) else { return nil }
        return try stored.questionnaire
    }

    var questionnaire: Questionnaire {
        get throws { try JSONDecoder().decode(Questionnaire.self, from: Data(content.utf8)) }
    }

    /// Sorted keys: equal questionnaires are equal text.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
