import ServiceKit

/// What the reading of a group's grade file says of its cells.
enum GradeSheetText {
    static let badPart = Localized(kk: "Модуль нөмірі (1, 2 …) немесе final", ru: "Номер модуля (1, 2 …) или final",
                                   en: "A module's number (1, 2 …) or final")
    static let badGrade = Localized(kk: "0–100 балл, немесе pass / fail (сыналды / сыналмады)",
                                    ru: "Баллы 0–100 или pass / fail (зачтено / не зачтено)",
                                    en: "Points 0–100, or pass / fail")

    static func notInGroup(_ code: String) -> Localized {
        Localized(kk: "Тыңдаушы \(code) тобында емес", ru: "Слушатель не в группе \(code)", en: "The listener is not in group \(code)")
    }
}
