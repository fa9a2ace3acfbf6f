import Foundation
import ServiceKit

/// What certification reads from its configuration, checked once when the service starts: a
/// format nobody can number by, or a rector's term that cannot be read, stops it there rather
/// than print a wrong certificate.
struct CertificationSettings: Sendable {
    var provider: Provider
    var numbers: RegistrationNumberFormat
    /// Where the public reaches the check (`PUBLIC_BASE_URL`), as printed in the QR code: the
    /// address in front of the service (a proxy's), not the one it listens on.
    var publicBaseURL: String
    /// The credentials' issuer and keys: the signing key from `CREDENTIAL_SIGNING_KEY` (a PEM
    /// file, made on first start beside the database unless named), and the retired keys from
    /// `CREDENTIAL_RETIRED_KEYS` (PEM files, comma-separated), whose credentials still verify.
    var issuer: CredentialIssuer
    var keys: CredentialKeys

    /// The settings of the running service, read (and its signing key loaded) once, however
    /// many of its features ask.
    static func of(_ environment: ServiceEnvironment) throws -> CertificationSettings {
        try environment.parts.value(CertificationSettings.self) { try CertificationSettings(environment.settings) }
    }

    init(_ settings: ServiceSettings) throws {
        let reader = settings.reader
        provider = try Provider(settings)
        numbers = try RegistrationNumberFormat(
            reader.string(forKey: "certificate.number.format", default: RegistrationNumberFormat.standard),
            prefix: reader.string(forKey: "certificate.prefix", default: "QDM"))
        let base = reader.string(forKey: "public.base.url", default: "http://127.0.0.1:\(settings.port)")
        guard let url = URL(string: base), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw SettingsError(key: "PUBLIC_BASE_URL", problem: "«\(base)» is not an http(s) address")
        }
        publicBaseURL = base.hasSuffix("/") ? String(base.dropLast()) : base
        issuer = CredentialIssuer(baseURL: publicBaseURL, name: provider.nameRu)
        let folder = URL(fileURLWithPath: settings.databasePath).deletingLastPathComponent().path
        let keyPath = reader.string(forKey: "credential.signing.key", default: folder + "/certification-signing-key.pem")
        let retired = reader.string(forKey: "credential.retired.keys", default: "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        do {
            keys = CredentialKeys(signing: try SigningKey.loadOrCreate(at: keyPath),
                                  retired: try retired.map { try SigningKey.load(from: $0).verificationKey })
        } catch {
            throw SettingsError(key: "CREDENTIAL_SIGNING_KEY", problem: "the credentials' keys cannot be read or made: \(error)")
        }
    }

    /// What a certificate's QR code holds: its public check.
    func verificationURL(code: String) -> String {
        "\(publicBaseURL)/v1/public/certificates/\(code)"
    }

    /// The holder's own page of their certificate, sent to them alone.
    func holderURL(code: String) -> String {
        "\(publicBaseURL)/v1/holder/certificates/\(code)"
    }
}
