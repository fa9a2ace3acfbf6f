import EventContracts
import GRDB

/// A calendar date is stored as its `yyyy-MM-dd` text, which sorts and compares as the dates do.
extension CalendarDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> CalendarDate? {
        String.fromDatabaseValue(value).flatMap { CalendarDate($0) }
    }
}

/// The shared closed sets are stored as their raw values, and compare with them in queries.
extension Language: DatabaseValueConvertible {}
extension Funding: DatabaseValueConvertible {}
extension ExpulsionReason: DatabaseValueConvertible {}
extension ProgrammeKind: DatabaseValueConvertible {}
extension StudyForm: DatabaseValueConvertible {}
