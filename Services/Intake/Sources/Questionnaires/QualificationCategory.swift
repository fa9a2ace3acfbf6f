/// A teacher's qualification category under the national attestation rules. Every category
/// but `none` is awarded for a term and must be confirmed again, so it carries a date until
/// which it is valid.
public enum QualificationCategory: String, Codable, Sendable, CaseIterable {
    case none
    case pedagogue
    case moderator
    case expert
    case researcher
    case master

    public var expires: Bool { self != .none }
}
