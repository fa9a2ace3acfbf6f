import Foundation

/// Runs blocking work (rabbitmq-c's calls, waiting on a socket) on a thread of its own. Here
/// Swift's concurrency pool has one thread per core, two, and the service running in this
/// process needs them: blocking one would slow the very thing being measured.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
