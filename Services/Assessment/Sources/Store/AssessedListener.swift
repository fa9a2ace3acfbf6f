import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// Assessment's own copy of a listener, from enrolment's event, with the final result.
public struct AssessedListener: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var fullName: String
    public var programmeCode: String
    public var groupId: String
    public var admittedAt: Date
    public var finalResult: FinalResult?
    public var finalScore: Int?
    public var assessedOn: CalendarDate?
    public var assessedBy: String?
    /// The day enrolment expelled the listener (7.5): from then on they are neither graded nor pass.
    public var expelledOn: CalendarDate?

    public static let databaseTableName = "listener"
}

public enum FinalResult: String, Codable, Sendable, CaseIterable {
    case passed, failed
}

extension AssessedListener {
    static func existing(_ id: String, in db: Database) throws -> AssessedListener {
        guard let listener = try AssessedListener.fetchOne(db, key: id) else {
            throw NotFound(Localized(kk: "Тыңдаушы табылмады", ru: "Слушатель не найден", en: "No such listener"))
        }
        return listener
    }
}
