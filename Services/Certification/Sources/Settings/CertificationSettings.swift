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
