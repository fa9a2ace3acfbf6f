import EventContracts
import Foundation

/// What day it is for the provider's rules (a stream that has ended, the current year): the
/// calendar date where the centre is, from `PROVIDER_TIME_ZONE` (Asia/Almaty by default), not
/// the server's. A test fixes it, so that rules about today do not depend on when tests run.
public struct Today: Sendable {
    private let read: @Sendable () -> CalendarDate
    /// Where the centre is, to tell on which of its days an instant fell.
    public let timeZone: TimeZone

    /// The day `now` falls on in `timeZone`; `now` is the wall clock unless a test gives another.
    public init(timeZone: TimeZone, now: @escaping @Sendable () -> Date = { Date() }) {
        read = { CalendarDate(now(), in: timeZone) }
        self.timeZone = timeZone
    }

    /// Where the centre is unless `PROVIDER_TIME_ZONE` says otherwise.
    public static let defaultTimeZone = TimeZone(identifier: "Asia/Almaty")!

    /// Always `date`, in the centre's usual time zone.
    public init(fixed date: CalendarDate, timeZone: TimeZone = Today.defaultTimeZone) {
        read = { date }
        self.timeZone = timeZone
    }

    public init(_ settings: ServiceSettings, now: @escaping @Sendable () -> Date = { Date() }) {
        let name = settings.reader.string(forKey: "provider.time.zone", default: Self.defaultTimeZone.identifier)
        self.init(timeZone: TimeZone(identifier: name) ?? Self.defaultTimeZone, now: now)
    }

    public var date: CalendarDate { read() }

    /// The centre's day on which `instant` fell: a listener admitted at 23:30 UTC was admitted
    /// on the next day in Almaty.
    public func day(of instant: Date) -> CalendarDate { CalendarDate(instant, in: timeZone) }
}
