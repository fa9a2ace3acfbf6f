import Foundation
import GRDB

/// A questionnaire as kept: one per IIN, the checked content as JSON, and where it came from.
struct QuestionnaireRecord: Codable, FetchableRecord, PersistableRecord {
    enum Source: String, Codable { case form, nobd }

    var iin: String
    var fullName: String
    var content: String
    var source: Source
    var updatedBy: String
    var updatedAt: Date

    static let databaseTableName = "questionnaire"

    /// Stores `questionnaire` for its IIN, replacing what was there. Returns false when the
    /// stored one was the same already, so that repeating an import changes nothing.
    @discardableResult
    static func save(_ questionnaire: Questionnaire, source: Source, by subject: String, in db: Database) throws -> Bool {
        let content = String(decoding: try encoder.encode(questionnaire), as: UTF8.self)
        if let stored = try fetchOne(db, key: questionnaire.iin), stored.content == content { return false }
        try QuestionnaireRecord(iin: questionnaire.iin, fullName: questionnaire.fullName, content: content,
                                source: source, updatedBy: subject, updatedAt: Date()).save(db)
        return true
    }

    static func find(iin: String, in db: Database) throws -> Questionnaire? {
        try fetchOne(db, key: iin).map { try JSONDecoder().decode(Questionnaire.self, from: Data($0.content.utf8)) }
    }

    /// Sorted keys: equal questionnaires are equal text.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
