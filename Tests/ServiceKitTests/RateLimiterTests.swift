@testable import ServiceKit
import Testing

/// The bucket of each client of the public routes, on a clock the test moves by hand.
@Suite("Rate limits per client")
struct RateLimiterTests {
    @Test("a burst is admitted, the next call told when to come back, and the bucket refills at its rate")
    func burstThenRefill() {
        let limiter = RateLimiter(policy: .init(burst: 3, perMinute: 6))
        let start = ContinuousClock.now
        for _ in 1...3 { #expect(limiter.take("10.0.0.1", now: start) == nil) }
        #expect(limiter.take("10.0.0.1", now: start) == 10, "one call every ten seconds")
        #expect(limiter.take("10.0.0.2", now: start) == nil, "another client has a bucket of its own")
        #expect(limiter.take("10.0.0.1", now: start + .seconds(4)) == 6)
        #expect(limiter.take("10.0.0.1", now: start + .seconds(10)) == nil)
        #expect(limiter.take("10.0.0.1", now: start + .seconds(10)) == 10)
        // A long pause refills the bucket to its burst, never beyond.
        for _ in 1...3 { #expect(limiter.take("10.0.0.1", now: start + .seconds(3600)) == nil) }
        #expect(limiter.take("10.0.0.1", now: start + .seconds(3600)) != nil)
    }
}
