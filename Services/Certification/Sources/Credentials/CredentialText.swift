import ServiceKit

/// The words of a certificate's credential, in Russian and Kazakh as the paper certificate
/// has them. Kept apart from the structure so that the wording can be read (and changed) in
/// one place.
enum CredentialText {
    /// The credential's own name: the kind of document and the programme.
    static func name(titleRu: String) -> String {
        "Сертификат о повышении квалификации: \(titleRu)"
    }

    /// Both titles and the hours: `… Объём: 72 академических часа / Көлемі: 72 академиялық сағат`.
    /// (Kazakh nouns do not change after a number; Russian ones do, hence `RussianPlural`.)
    static func description(titleKk: String, titleRu: String, hours: Int) -> String {
        "\(titleRu) / \(titleKk). Объём: \(RussianPlural.academicHours(hours)) / Көлемі: \(hours) академиялық сағат"
    }

    /// What earned the certificate (regulation 7.1–7.2): every module at or above its pass
    /// mark, and the final assessment passed.
    static let criteria = "Слушатель освоил все модули программы с оценкой не ниже проходной и прошёл итоговое оценивание. / "
        + "Тыңдаушы бағдарламаның барлық модулін өту бағасынан төмен емес бағамен меңгеріп, қорытынды бағалаудан өтті."
}
