import Foundation
@testable import Messaging
import Testing

@Suite struct BatchBufferTests {
    static func deliveries(_ tags: ClosedRange<UInt64>) -> [Delivery] {
        tags.map { Delivery(tag: $0, routingKey: "test.ping.sent", redelivered: false, messageId: "m-\($0)", type: nil,
                          contentType: nil, body: Data()) }
    }

    @Test func readsThatPiledUpAreTakenAsOneBatch() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 100)
        buffer.append(Self.deliveries(1...3))
        buffer.append(Self.deliveries(4...4))
        buffer.append(Self.deliveries(5...9))
        #expect(await buffer.next()?.map(\.tag) == Array(1...9))
    }

    @Test func aBatchStopsAtTheLimitAndTheRestFollowsInOrder() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 4)
        buffer.append(Self.deliveries(1...10))
        #expect(await buffer.next()?.map(\.tag) == [1, 2, 3, 4])
        #expect(await buffer.next()?.map(\.tag) == [5, 6, 7, 8])
        #expect(await buffer.next()?.map(\.tag) == [9, 10])
    }

    /// Starts a taker and returns once it is waiting, so that what follows meets a waiter.
    static func waitingTaker(_ buffer: BatchBuffer<Delivery>) async -> Task<[Delivery]?, Never> {
        let taker = Task { await buffer.next() }
        while !buffer.hasWaiter { await Task.yield() }
        return taker
    }

    @Test func aWaitingTakerGetsTheNextRead() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 10)
        let taker = await Self.waitingTaker(buffer)
        buffer.append(Self.deliveries(1...2))
        #expect(await taker.value?.map(\.tag) == [1, 2])
        buffer.append(Self.deliveries(3...3))
        #expect(await buffer.next()?.map(\.tag) == [3], "what comes after the hand-over waits for the next take")
    }

    @Test func finishingEndsTheWaitAndTheSequence() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 10)
        let taker = await Self.waitingTaker(buffer)
        buffer.finish()
        #expect(await taker.value == nil)
        buffer.append(Self.deliveries(1...2))
        #expect(await buffer.next() == nil)
    }

    @Test func cancellingAWaitingTakerEndsItsWait() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 10)
        let taker = await Self.waitingTaker(buffer)
        taker.cancel()
        #expect(await taker.value == nil)
        #expect(!buffer.hasWaiter)
        // The buffer still works for the next taker.
        buffer.append(Self.deliveries(1...1))
        #expect(await buffer.next()?.map(\.tag) == [1])
    }

    @Test func aTakerCancelledBeforeItWaitsDoesNotWait() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 10)
        let taker = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await buffer.next()
        }
        #expect(await taker.value == nil)
    }
}
