import EventContracts
import Foundation
import Printing
import ServiceKit
import Storage

/// The certificate's pages for a pass, as issuing lays them out, with no database: for
/// `qadam-bench certificates`, which times the renderer alone against the whole issuing path.
/// Nothing in the service calls it; the types it reaches are otherwise internal.
public struct CertificateRendering: Sendable {
    private let settings: CertificationSettings

    /// Reads the settings as the service does (the provider, the numbers' format, the public
    /// address the QR code holds, the signing key beside `DATABASE_PATH`).
    public init(_ settings: ServiceSettings) throws {
        self.settings = try CertificationSettings(settings)
    }

    /// The two pages `Issuing` would print for `passed` under `number`, with `code` in the QR
    /// code: a holder intake never named, as for a pass with no candidate known.
    public func document(_ passed: ListenerPassed, number: String, code: String) -> PrintedDocument {
        let certificate = Issuing.certificate(for: Issuing.Pass(passed), number: number, sex: nil, settings: settings,
                                              verificationCode: code, holderCode: code)
        return CertificatePages.document(certificate, provider: settings.provider,
                                         verificationURL: settings.verificationURL(code: code))
    }

    /// `document` drawn as issuing draws it, in the certificate's own style.
    public func render(_ document: PrintedDocument) throws -> Data {
        try CertificatePages.render(document)
    }
}
