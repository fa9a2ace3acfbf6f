import Foundation
import ServiceKit

/// What follow-up reads from its configuration, checked once when the service starts: a
/// number that is not one stops it there, rather than remind nobody, or everybody daily.
struct FollowUpSettings: Sendable {
    /// `FOLLOWUP_QUIET_DAYS`: days with nothing done in a plan, from its last activity (or its
    /// opening), after which it is flagged and its leader reminded once.
    var quietDays: Int
    /// `FOLLOWUP_CHECK_MINUTES`: how often the quiet plans are looked for. Their flags are by
    /// the day, so checking more often than daily finds each one the day it falls quiet.
    var checkEvery: Duration
    /// `MONITORING_NOTICE_DAYS`: how long before a programme's review falls due it is announced
    /// (`followup.monitoring.due`) and its leader mailed (8.4.4).
    var noticeDays: Int

    static let defaultQuietDays = 60

    /// The settings of the running service, read once however many of its parts ask.
    static func of(_ environment: ServiceEnvironment) throws -> FollowUpSettings {
        try environment.parts.value(FollowUpSettings.self) { try FollowUpSettings(environment.settings) }
    }

    init(_ settings: ServiceSettings) throws {
        let reader = settings.reader
        quietDays = try Self.whole(reader.string(forKey: "followup.quiet.days"), "FOLLOWUP_QUIET_DAYS", default: Self.defaultQuietDays,
                                   in: 1...366)
        checkEvery = .seconds(60 * (try Self.whole(reader.string(forKey: "followup.check.minutes"), "FOLLOWUP_CHECK_MINUTES",
                                                   default: 60, in: 1...1440)))
        noticeDays = try Self.whole(reader.string(forKey: "monitoring.notice.days"), "MONITORING_NOTICE_DAYS", default: 90,
                                    in: 1...730)
    }

    private static func whole(_ text: String?, _ variable: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text else { return value }
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            throw SettingsError(key: variable, problem: "«\(text)» is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
