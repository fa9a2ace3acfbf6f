import EventContracts
import Foundation
import Hummingbird

/// The request context of every Qadam service: Hummingbird's core plus who is asking.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `AuthMiddleware` when the request carries a valid bearer token.
    public var identity: Identity?
    /// The provider's day when the request came (`Today`), set by the service's router: what
    /// forms measure "in the past" and "in the future" against.
    public var today: CalendarDate
    /// The address the connection came from: the client's, or a proxy's in front of the service
    /// (`RateLimiter` can read the client's from the proxy's header instead). None in tests.
    public let peerAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
        identity = nil
        today = CalendarDate(Date(), in: TimeZone(identifier: "UTC")!)
    }

    /// Who is asking. Every route behind a `RoleGuard` has someone; elsewhere, none is a 401.
    public var caller: Identity {
        get throws {
            guard let identity else { throw Problem.unauthorized }
            return identity
        }
    }

    /// JSON with ISO 8601 times, both ways.
    public var requestDecoder: JSONDecoder { JSONCoding.decoder }
    public var responseEncoder: JSONEncoder { JSONCoding.encoder }

    /// The caller's language, from `Accept-Language`, for messages people read.
    public func language(of request: Request) -> Language {
        Language(acceptLanguage: request.headers[.acceptLanguage])
    }
}

enum JSONCoding {
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
