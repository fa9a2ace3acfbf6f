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

    @Test func aWaitingTakerGetsTheNextRead() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 10)
        async let taken = buffer.next()
        // Whether the taker is already waiting or not, it gets this read and nothing else.
        buffer.append(Self.deliveries(1...2))
        #expect(await taken?.map(\.tag) == [1, 2])
    }

    @Test func finishingEndsTheSequence() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 10)
        async let waiting = buffer.next()
        buffer.finish()
        #expect(await waiting == nil)
        buffer.append(Self.deliveries(1...2))
        #expect(await buffer.next() == nil)
    }

    @Test func cancellingTheTakerEndsItsWait() async {
        let buffer = BatchBuffer<Delivery>(maxBatch: 10)
        let taker = Task { await buffer.next() }
        taker.cancel()
        #expect(await taker.value == nil)
    }
}
