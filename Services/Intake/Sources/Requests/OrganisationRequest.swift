import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// A list of teachers an organisation sends to the centre (regulation 4.1, 6.8), for a
/// programme or, when it has none in mind, a topic in its own words.
public struct OrganisationRequest: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    /// Who pays (1.9). A budget place rests on the sending organisation's order (6.2.5).
    public enum Funding: String, Codable, Sendable, CaseIterable { case budget, employer, own }
    public enum Status: String, Codable, Sendable, CaseIterable { case open, withdrawn }

    public var id: String
    public var organisationId: String
    public var programmeCode: String?
    public var topic: String?
    public var language: Language
    public var funding: Funding
    /// `yyyy-MM-dd`
    public var preferredFrom: String?
    public var preferredTo: String?
    public var status: Status
    public var submittedBy: String
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "organisationRequest"
}

/// A request with its candidates, as the API shows it.
public struct RequestView: Codable, Sendable, Equatable, ResponseEncodable {
    public var request: OrganisationRequest
    public var candidates: [Candidate]
}
