/// The roles of people and systems that use Qadam (DESIGN.md).
public enum Role: String, Codable, Sendable, CaseIterable {
    case `operator`
    case programmeLeader = "programme-leader"
    case trainer
    case rector
    case organisation
    case admin
}

/// Who is asking: a subject (a person's login or a client system), a role, and for an
/// organisation's token the one organisation whose data it may see.
public struct Identity: Sendable, Equatable {
    public var subject: String
    public var role: Role
    public var organisationId: String?

    public init(subject: String, role: Role, organisationId: String? = nil) {
        self.subject = subject
        self.role = role
        self.organisationId = organisationId
    }
}

extension Identity {
    /// Whether this caller may see or change what belongs to `owner`: the centre's staff act for
    /// every organisation, an organisation's token only for itself (never for nobody's data).
    public func mayActFor(organisation owner: String?) -> Bool {
        role != .organisation || (organisationId != nil && owner == organisationId)
    }
}
