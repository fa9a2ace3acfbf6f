import Foundation
import NIOCore
import Synchronization

/// The public check's JSON answers by verification code, kept once read. A certificate is
/// checked far more often than it changes, and only this service changes it: what changes a
/// certificate's public view (a revocation, a reissue) forgets it here once committed. A code
/// that finds nothing is never kept, so guessing codes cannot fill this.
final class PublicViews: Sendable {
    /// An answer as sent, and the certificate it is of, for the log.
    struct Kept: Sendable {
        var answer: ByteBuffer
        var certificateId: String
        var registrationNumber: String
    }

    private struct State {
        var answers: [String: Kept] = [:]
        /// Advanced by every change: an answer read before a change committed, and offered
        /// after it, is not kept.
        var generation = 0
    }

    private let state = Mutex(State())
    /// Past this many, all are let go and read again: a bound, not an eviction policy.
    private let capacity: Int

    init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// The answer kept for `code`, and the generation to hand back to `keep` otherwise.
    func answer(for code: String) -> (kept: Kept?, generation: Int) {
        state.withLock { ($0.answers[code], $0.generation) }
    }

    func keep(_ kept: Kept, for code: String, readAt generation: Int) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.answers.count >= capacity { state.answers.removeAll(keepingCapacity: true) }
            state.answers[code] = kept
        }
    }

    /// After a change to these certificates has committed.
    func forget(_ codes: [String]) {
        state.withLock { state in
            state.generation += 1
            for code in codes { state.answers[code] = nil }
        }
    }
}
