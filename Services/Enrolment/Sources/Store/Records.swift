import Foundation
import GRDB
import Hummingbird

/// A group of listeners studying one programme together (regulation 4.2).
public struct StudyGroup: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var code: String
    public var programmeCode: String
    public var createdAt: Date

    public static let databaseTableName = "group"
}

/// A teacher admitted to a course.
public struct Listener: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var applicationId: String
    public var fullName: String
    public var programmeCode: String
    public var employerEmail: String
    public var groupId: String
    public var admittedAt: Date

    public static let databaseTableName = "listener"
}
