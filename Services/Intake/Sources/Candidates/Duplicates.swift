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

    /// Names the open application when the caller may see it; another organisation's is
    /// only said to exist (the centre's staff can tell whose it is).
    static func message(existing: Candidate, for identity: Identity) -> Localized {
        guard identity.mayActFor(organisation: existing.organisationId) else {
            return Localized(kk: "Бұл педагогтің осы бағдарламаға басқа ұйым арқылы ашық өтініші бар",
                             ru: "У этого педагога уже есть открытое заявление на эту программу от другой организации",
                             en: "This teacher already has an open application for this programme, through another organisation")
        }
        return Localized(kk: "Бұл педагогтің осы бағдарламаға ашық өтініші бар: кандидат \(existing.id)",
                         ru: "У этого педагога уже есть открытое заявление на эту программу: кандидат \(existing.id)",
                         en: "This teacher already has an open application for this programme: candidate \(existing.id)")
    }
}
