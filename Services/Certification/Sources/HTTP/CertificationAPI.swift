import ServiceKit

extension CertificationService {
    public static let api: any ServiceAPI = LegacyAPIDocument(
        service: name,
        summary: "Certificates, their registry, and the public check anyone may make.",
        operations: [
            LegacyAPIOperation(.get, "/v1/certificates", "Certificates, optionally one listener's", roles: CertificateRoutes.staff,
                         query: [("listenerId", "Only this listener's certificates")], response: .array(.reference("Certificate"))),
            LegacyAPIOperation(.get, "/v1/public/certificates/:number", "Check a certificate by its registration number (public)",
                         roles: [], response: .reference("PublicCertificate")),
        ],
        schemas: [
            "Certificate": .object([
                ("id", .identifier), ("registrationNumber", .text), ("listenerId", .identifier), ("fullName", .text),
                ("programmeCode", .text), ("issuedOn", .date), ("status", .oneOf(Certificate.Status.self)),
            ], required: ["id", "registrationNumber", "listenerId", "fullName", "programmeCode", "issuedOn", "status"]),
            "PublicCertificate": .object([
                ("registrationNumber", .text), ("fullName", .text), ("programmeCode", .text), ("issuedOn", .date),
                ("status", .oneOf(Certificate.Status.self)),
            ], required: ["registrationNumber", "fullName", "programmeCode", "issuedOn", "status"]),
        ])
}
