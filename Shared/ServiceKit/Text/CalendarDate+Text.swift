import EventContracts

extension CalendarDate {
    /// As Kazakh and Russian papers write a date: `01.09.2026`.
    public var dotted: String {
        String(format: "%02d.%02d.%04d", day, month, year)
    }

    /// As a Kazakh document writes a date in words: `2026 жылғы 20 маусым`.
    public var longKk: String {
        "\(year) жылғы \(day) \(Self.monthsKk[month - 1])"
    }

    /// As a Russian document writes a date in words, the month in the genitive: `«20» июня 2026 года`.
    public var longRu: String {
        "«\(day)» \(Self.monthsRu[month - 1]) \(year) года"
    }

    private static let monthsKk = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
                                   "қазан", "қараша", "желтоқсан"]
    private static let monthsRu = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                                   "октября", "ноября", "декабря"]
}
