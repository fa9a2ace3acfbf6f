import GRDB
import ServiceKit

/// Regulation 6 knows one application per teacher and programme: the same IIN applying again
/// for a programme while a first application is still on its way is the same candidate, and
/// is pointed to it rather than stored twice.
enum Duplicates {
    static func openCandidate(iin: String, programmeCode: String?, in db: Database) throws -> Candidate? {
        guard let programmeCode else { return nil }
        return try Candidate
            .filter(Column("iin") == iin && Column("programmeCode") == programmeCode)
            .fetchAll(db)
            .first { $0.status.isOpen }
    }

    static func message(existing: Candidate) -> Localized {
        Localized(kk: "Бұл педагогтің осы бағдарламаға ашық өтініші бар: кандидат \(existing.id)",
                  ru: "У этого педагога уже есть открытое заявление на эту программу: кандидат \(existing.id)",
                  en: "This teacher already has an open application for this programme: candidate \(existing.id)")
    }
}
