import Synchronization

/// Work handed from one task or thread to another, taken in batches: whoever takes gets
/// everything that has piled up since the last take, up to a limit.
///
/// Why not an `AsyncStream` of arrays: a stream keeps each hand-over as its own element. The
/// consumer's reader wakes for every few frames, so the inbox committed one transaction per
/// five events on average, and the transactions, not the events, set the pace (3,600 events a
/// second). Coalescing lets a busy stage catch up in large batches, and a quiet one still
/// gets each element as soon as it is handed over.
final class BatchBuffer<Element: Sendable>: Sendable {
    private struct State {
        var pending: [Element] = []
        var waiter: CheckedContinuation<[Element]?, Never>?
        var finished = false
    }

    private let state = Mutex(State())
    private let maxBatch: Int

    init(maxBatch: Int) {
        precondition(maxBatch > 0, "a batch holds at least one element")
        self.maxBatch = maxBatch
    }

    func append(_ elements: [Element]) {
        guard !elements.isEmpty else { return }
        let handOver = state.withLock { state -> (CheckedContinuation<[Element]?, Never>, [Element])? in
            guard !state.finished else { return nil }
            // Taken over whole when nothing is pending, as is usual: copying each element
            // retains everything it holds (seven strings and a body, for a delivery).
            if state.pending.isEmpty {
                state.pending = elements
            } else {
                state.pending.append(contentsOf: elements)
            }
            guard let waiter = state.waiter else { return nil }
            state.waiter = nil
            return (waiter, takeBatch(from: &state))
        }
        if let (waiter, batch) = handOver { waiter.resume(returning: batch) }
    }

    /// Nothing more will come: a waiting or later `next` returns nil, and what was pending is
    /// dropped. (Deliveries dropped so were never acknowledged; the broker delivers them again.)
    func finish() {
        let waiter = state.withLock { state -> CheckedContinuation<[Element]?, Never>? in
            state.finished = true
            state.pending.removeAll()
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: nil)
    }

    /// The next batch, waiting for one if none is pending; nil once finished or when the
    /// waiting task is cancelled (which is how graceful shutdown ends a consumer's loop).
    func next() async -> [Element]? {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<[Element]?, Never>) in
                let ready = state.withLock { state -> [Element]?? in
                    if !state.pending.isEmpty { return .some(takeBatch(from: &state)) }
                    if state.finished || Task.isCancelled { return .some(nil) }
                    precondition(state.waiter == nil, "one taker at a time")
                    state.waiter = continuation
                    return .none
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: nil)
        }
    }

    var batches: Batches<Element> { Batches(buffer: self) }

    /// Whether a taker is waiting (for tests of the hand-over).
    var hasWaiter: Bool { state.withLock { $0.waiter != nil } }

    private func takeBatch(from state: inout State) -> [Element] {
        guard state.pending.count > maxBatch else {
            // All of it, handed over without copying an element.
            defer { state.pending = [] }
            return state.pending
        }
        let count = maxBatch
        defer { state.pending.removeFirst(count) }
        return Array(state.pending.prefix(count))
    }
}

/// The batches of a `BatchBuffer`, for `for await`.
public struct Batches<Element: Sendable>: AsyncSequence, Sendable {
    let buffer: BatchBuffer<Element>

    public struct AsyncIterator: AsyncIteratorProtocol {
        let buffer: BatchBuffer<Element>
        public mutating func next() async -> [Element]? { await buffer.next() }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(buffer: buffer) }
}
