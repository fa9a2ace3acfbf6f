import EventContracts
import Foundation
import Hummingbird

/// The request context of every Qadam service: Hummingbird's core plus who is asking.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `AuthMiddleware` when the request carries a valid bearer token.
    public var identity: Identity?
    /// The provider's clock (`Today`), set by the service's router.
    public var clock: Today
    /// The provider's day: what forms measure "in the past" and "in the future" against. Read
    /// from the clock when asked, not for every request: working out a day in a time zone
    /// was a measurable part of a request that never needs it (the benchmark's profile).
    public var today: CalendarDate { clock.date }
    /// The address the connection came from: the client's, or a proxy's in front of the service
    /// (`RateLimiter` can read the client's from the proxy's header instead). None in tests.
    public let peerAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
        identity = nil
        clock = AppRequestContext.utc
    }

    private static let utc = Today(timeZone: TimeZone(identifier: "UTC")!)

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
