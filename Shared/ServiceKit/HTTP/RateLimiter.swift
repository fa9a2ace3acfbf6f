import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// How often one client may call the public routes: a bucket of `burst` calls per client,
/// refilled at `perMinute`. Someone scanning a certificate is never near it; a script walking
/// the registry is stopped at once, and told when to come back (429 with Retry-After).
public final class RateLimiter: Sendable {
    public struct Policy: Sendable, Equatable {
        public var burst: Int
        public var perMinute: Int

        public init(burst: Int, perMinute: Int) {
            self.burst = burst
            self.perMinute = perMinute
        }
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    public let policy: Policy
    /// The request header a proxy in front of the service puts the client's address in
    /// (`X-Forwarded-For`); nil when clients connect directly. Only a proxy the operator runs
    /// may be trusted with it, so it is never read unless configured.
    private let clientHeader: HTTPField.Name?
    private let buckets = Mutex<[String: Bucket]>([:])
    /// Above this many clients, the ones whose buckets have filled up again are forgotten.
    private let remembered = 10_000

    public init(policy: Policy, clientHeader: String? = nil) {
        self.policy = policy
        self.clientHeader = clientHeader.flatMap { HTTPField.Name($0) }
    }

    /// `PUBLIC_RATE_BURST` (30), `PUBLIC_RATE_PER_MINUTE` (60) and `PUBLIC_CLIENT_HEADER` (none).
    public convenience init(_ settings: ServiceSettings) {
        let reader = settings.reader
        let burst = reader.string(forKey: "public.rate.burst").flatMap(Int.init) ?? 30
        let perMinute = reader.string(forKey: "public.rate.per.minute").flatMap(Int.init) ?? 60
        self.init(policy: Policy(burst: max(1, burst), perMinute: max(1, perMinute)),
                  clientHeader: reader.string(forKey: "public.client.header"))
    }

    /// Who is asking, as far as the limiter can tell: the last address the configured proxy
    /// header names (the one the proxy itself saw), or the connection's.
    public func client(of request: Request, context: AppRequestContext) -> String {
        if let clientHeader, let forwarded = request.headers[clientHeader],
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return context.peerAddress ?? "unknown"
    }

    /// Takes one call from the client's bucket, or throws 429 with how long to wait.
    public func admit(_ request: Request, context: AppRequestContext, now: ContinuousClock.Instant = .now) throws {
        if let wait = take(client(of: request, context: context), now: now) { throw Self.tooMany(retryAfter: wait) }
    }

    /// Nil when the call is admitted; otherwise the seconds until the bucket holds one again.
    func take(_ client: String, now: ContinuousClock.Instant) -> Int? {
        let rate = Double(policy.perMinute) / 60
        return buckets.withLock { buckets in
            var bucket = buckets[client] ?? Bucket(tokens: Double(policy.burst), updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(Double(policy.burst), bucket.tokens + seconds * rate)
            bucket.updated = now
            defer {
                buckets[client] = bucket
                if buckets.count > remembered { forgetFull(&buckets, now: now, rate: rate) }
            }
            guard bucket.tokens >= 1 else { return Int(((1 - bucket.tokens) / rate).rounded(.up)) }
            bucket.tokens -= 1
            return nil
        }
    }

    private func forgetFull(_ buckets: inout [String: Bucket], now: ContinuousClock.Instant, rate: Double) {
        let full = Double(policy.burst)
        buckets = buckets.filter { _, bucket in
            let elapsed = now - bucket.updated
            return bucket.tokens + Double(elapsed.components.seconds) * rate < full
        }
    }

    static func tooMany(retryAfter seconds: Int) -> Problem {
        var problem = Problem(
            status: .tooManyRequests, type: Problem.typeBase + "too-many-requests",
            title: Localized(kk: "Сұраулар тым көп", ru: "Слишком много запросов", en: "Too many requests"),
            detail: Localized(kk: "\(seconds) секундтан кейін қайталаңыз", ru: "Повторите через \(seconds) с",
                              en: "Try again in \(seconds) s"))
        problem.headers[.retryAfter] = String(seconds)
        return problem
    }
}
