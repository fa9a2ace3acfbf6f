import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// A body that sends teachers to the centre (regulation 4.1): an education department, a school,
/// a college, a preschool organisation. Its official email is where notices about its teachers
/// go, the expulsion letter among them (7.5).
public struct Organisation: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case regionalEducationDepartment = "regional-education-department"
        case districtEducationDepartment = "district-education-department"
        case school, college, preschool, other
    }

    public var id: String
    public var kind: Kind
    /// The full name in Kazakh and in Russian, as on its seal.
    public var nameKk: String
    public var nameRu: String
    public var region: Region
    public var bin: String
    public var postalAddress: String
    public var email: String
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "organisation"
}

extension Organisation {
    /// The organisation, if `identity` may see it: another's is answered as absent.
    static func find(_ id: String, for identity: Identity, in db: Database) throws -> Organisation {
        guard identity.mayActFor(organisation: id), let organisation = try Organisation.fetchOne(db, key: id) else {
            throw NotFound(StoreText.noOrganisation)
        }
        return organisation
    }

    static func find(bin: String, in db: Database) throws -> Organisation? {
        try Organisation.filter(Column("bin") == bin).fetchOne(db)
    }
}

extension Organisation {
    /// The register by Russian name.
    static func list(in db: Database) throws -> [Organisation] {
        try Organisation.order(Column("nameRu")).fetchListing(db)
    }
}
