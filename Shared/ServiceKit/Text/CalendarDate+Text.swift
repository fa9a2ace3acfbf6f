import EventContracts

extension CalendarDate {
    /// As Kazakh and Russian papers write a date: `01.09.2026`.
    public var dotted: String {
        String(format: "%02d.%02d.%04d", day, month, year)
    }
}
