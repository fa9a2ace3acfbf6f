import EventContracts

/// The papers a candidate's file holds (regulation 6.2).
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case idCopy = "id-copy"
    /// Technical and vocational, or higher education.
    case diplomaCopy = "diploma-copy"
    /// The personal-data questionnaire (Appendix 2), signed.
    case questionnaire
    /// The individual application (Appendix 1) or the organisation's request.
    case applicationOrRequest = "application-or-request"
    /// The sending organisation's order, signed and sealed: only for budget places (6.2.5).
    case sendingOrder = "sending-order"

    /// What a file must hold before the candidate can be accepted.
    public static func required(funding: Funding) -> [DocumentKind] {
        allCases.filter { $0 != .sendingOrder || funding == .budget }
    }
}
