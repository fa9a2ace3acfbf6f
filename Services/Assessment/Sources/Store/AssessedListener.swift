import Foundation
import GRDB
import Hummingbird

/// Assessment's own copy of a listener, from enrolment's event, with the final result.
public struct AssessedListener: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var fullName: String
    public var programmeCode: String
    public var groupId: String
    public var admittedAt: Date
    public var finalResult: FinalResult?
    public var finalScore: Int?
    /// `yyyy-MM-dd`
    public var assessedOn: String?
    public var assessedBy: String?

    public static let databaseTableName = "listener"
}

public enum FinalResult: String, Codable, Sendable, CaseIterable {
    case passed, failed
}
