import EventContracts
import Foundation
import GRDB
import ServiceKit
import Storage

/// A list of teachers an organisation sends to the centre (regulation 4.1, 6.8), for a
/// programme or, when it has none in mind, a topic in its own words.
public struct OrganisationRequest: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public enum Status: String, Codable, Sendable, CaseIterable { case open, withdrawn }

    public var id: String
    public var organisationId: String
    public var programmeCode: String?
    public var topic: String?
    public var language: Language
    /// Who pays (1.9). A budget place rests on the sending organisation's order (6.2.5).
    public var funding: Funding
    public var preferredFrom: CalendarDate?
    public var preferredTo: CalendarDate?
    public var status: Status
    public var submittedBy: String
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "organisationRequest"
}

extension OrganisationRequest {
    /// The request, if `identity` may see it: another organisation's is answered as absent.
    static func find(_ id: String, for identity: Identity, in db: Database) throws -> OrganisationRequest {
        guard let request = try OrganisationRequest.fetchOne(db, key: id), identity.mayActFor(organisation: request.organisationId) else {
            throw NotFound(StoreText.noRequest)
        }
        return request
    }
}

extension OrganisationRequest {
    /// Requests, the latest first: one organisation's, or all.
    static func list(organisationId: String?, in db: Database) throws -> [OrganisationRequest] {
        var query = OrganisationRequest.order(Column("createdAt").desc)
        if let organisationId { query = query.filter(Column("organisationId") == organisationId) }
        return try query.fetchListing(db)
    }
}
