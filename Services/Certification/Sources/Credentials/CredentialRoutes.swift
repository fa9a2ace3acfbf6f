import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The verifiable credentials over HTTP: each certificate's (to its holder and the staff), and
/// what any verifier needs to check one with no account here: the keys, the revocation list,
/// the issuer.
enum CredentialRoutes: APIRoutes {
    static let jwks = APIOperation(.get, "/.well-known/jwks.json", "The public keys the credentials are signed with (public)",
                                   roles: .anyone, response: .named("JSONWebKeySet"))
    static let key = APIOperation(.get, "/v1/public/keys/:thumbprint", "One public key, by its RFC 7638 thumbprint: a JWT's kid (public)",
                                  roles: .anyone, response: .named("JSONWebKey"),
                                  pathSchemas: ["thumbprint": .string(pattern: "^[A-Za-z0-9_-]{43}$")])
    static let statusList = APIOperation(
        .get, "/v1/public/status-lists/revocation",
        "The credentials' revocation list: a Bitstring Status List credential as a signed VC-JWT (public)",
        roles: .anyone, response: nil, download: [jwtMediaType])
    static let issuer = APIOperation(.get, "/issuer", "The credentials' issuer: the provider's profile (public)", roles: .anyone,
                                     response: .named("IssuerProfile"))
    static let credentialId = APIOperation(
        .get, "/v1/public/credentials/:code", "A credential's id: leads (303) to the certificate's public check (public)",
        roles: .anyone, status: 303, response: nil, pathSchemas: ["code": .string(pattern: VerificationCode.pattern)])
    static let holderCredential = APIOperation(
        .get, "/v1/holder/certificates/:code/credential",
        "The holder's Open Badges 3.0 credential (VC-JWT), by the code sent to them alone (public)", roles: .anyone, response: nil,
        download: [jwtMediaType], refusals: [.rateLimited], pathSchemas: ["code": .string(pattern: VerificationCode.pattern)])
    static let staffCredential = APIOperation(
        .get, "/v1/certificates/:id/credential", "The certificate's Open Badges 3.0 credential (VC-JWT), as signed at issue",
        roles: .courseStaff, response: nil, download: [jwtMediaType])

    static let operations = [jwks, key, statusList, issuer, credentialId, holderCredential, staffCredential]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let settings = try CertificationSettings.of(environment)
        let limiter = environment.parts.shared(RateLimiter.self) { RateLimiter(environment.settings) }

        router.on(jwks) { _, _ -> JSONWebKeySet in settings.keys.jwks(issuer: settings.issuer) }

        router.on(key) { _, context -> JSONWebKey in
            guard let key = settings.keys.key(thumbprint: try context.parameter("thumbprint")) else { throw noKey }
            return key.jwk(issuer: settings.issuer)
        }

        router.on(statusList) { _, _ -> Response in
            let list = try await database.read { db in try CertificateCredentials.statusList(in: db) }
            let signed = try CredentialJWT.sign(try StatusListCredential(list: list, issuer: settings.issuer, now: Date()),
                                                with: settings.keys.signing, issuer: settings.issuer)
            return jwt(signed, filename: "revocation.jwt")
        }

        router.on(issuer) { _, _ -> IssuerProfile in settings.issuer.profile }

        router.on(credentialId) { _, context -> Response in
            let code = try context.parameter("code")
            _ = try await database.read { db in try Certificate.existing(code: code, in: db) }
            return Response(status: .seeOther, headers: [.location: settings.verificationURL(code: code)])
        }

        router.on(holderCredential) { request, context -> Response in
            try limiter.admit(request, context: context)
            let code = try context.parameter("code")
            let certificate = try await database.read { db in try Certificate.existing(holderCode: code, in: db) }
            return try await credential(of: certificate, settings: settings, database: database)
        }

        router.on(staffCredential) { _, context -> Response in
            let id = try context.parameter("id")
            let certificate = try await database.read { db in try Certificate.existing(id, in: db) }
            return try await credential(of: certificate, settings: settings, database: database)
        }
    }

    /// The certificate's credential as a file to save; 404 for one with none.
    static func credential(of certificate: Certificate, settings: CertificationSettings, database: any DatabaseWriter) async throws
        -> Response {
        guard let credential = try await CertificateCredentials.stored(certificate, settings: settings, database: database) else {
            throw noCredential
        }
        return jwt(credential, filename: CertificateFiles.filename(certificate, extension: "jwt"))
    }

    static func jwt(_ token: String, filename: String) -> Response {
        .file(Data(token.utf8), mediaType: jwtMediaType, filename: filename, inline: false)
    }

    /// VC-JOSE-COSE's media type for a credential secured as a JWT. (Not `application/jwt`:
    /// tools take that one for JSON, which a compact JWT is not.) The JWT's own `typ` stays
    /// `JWT`, as Open Badges 3.0 asks.
    static let jwtMediaType = "application/vc+jwt"

    static let noKey = NotFound(Localized(kk: "Мұндай кілт жоқ", ru: "Нет такого ключа", en: "No such key"))
    /// A certificate issued on a pass of version 1 had no grades: it has no credential.
    static let noCredential = NotFound(Localized(kk: "Бұл сертификаттың цифрлық куәлігі жоқ", ru: "У этого сертификата нет цифрового удостоверения",
                                                 en: "This certificate has no credential"))

    static let schemas: [String: JSONSchema] = [
        "JSONWebKey": .object([
            "kty": .string, "crv": .string, "x": .string, "y": .string, "kid": .string, "alg": .string, "use": .string,
        ], required: ["kty", "crv", "x", "y", "kid", "alg", "use"]),
        "JSONWebKeySet": .object(["keys": .array(items: .reference(.component(named: "JSONWebKey")))], required: ["keys"]),
        "IssuerProfile": .object(["id": .string, "type": .array(items: .string), "name": .string], required: ["id", "type", "name"]),
    ]
}

extension JSONWebKey: ResponseEncodable {}
extension JSONWebKeySet: ResponseEncodable {}
extension IssuerProfile: ResponseEncodable {}
