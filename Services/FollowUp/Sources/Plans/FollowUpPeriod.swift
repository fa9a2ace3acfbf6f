import EventContracts
import Foundation
import Storage

/// The programme leader follows a certified teacher for one calendar year from the
/// certificate's date (regulation 8.2).
public enum FollowUpPeriod {
    /// The last day of follow-up: the same date a year later; from 29 February, 28 February.
    public static func end(startingOn start: CalendarDate) -> CalendarDate {
        start.adding(years: 1)
    }
}
