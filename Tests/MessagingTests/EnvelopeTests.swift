import EventContracts
import Foundation
@testable import Messaging
import Testing

@Suite struct EnvelopeTests {
    @Test func typeCarriesVersionAndRoutingKey() throws {
        let type = try #require(EventType(fullName: "qadam.enrolment.listener.dismissed.v1"))
        #expect(type.routingKey == "enrolment.listener.dismissed")
        #expect(type.version == 1)
        #expect(type.fullName == "qadam.enrolment.listener.dismissed.v1")
        #expect(EventType(fullName: "qadam.enrolment.listener.dismissed") == nil)
        #expect(EventType(fullName: "other.enrolment.listener.dismissed.v1") == nil)
    }

    @Test func structuredModeRoundTrip() throws {
        let envelope = EventEnvelope(id: "e-1", source: "/qadam/test", type: Ping.type.fullName, subject: "ping-7",
                                     time: Date(timeIntervalSince1970: 1_800_000_000), correlationid: "c-1", causationid: "e-0")
        let body = try EventCoding.encoder.encode(CloudEvent(envelope: envelope, data: Ping(number: 7)))
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(json["specversion"] as? String == "1.0")
        #expect(json["datacontenttype"] as? String == "application/json")
        #expect((json["data"] as? [String: Any])?["number"] as? Int == 7)

        let received = try ReceivedEvent(body: body)
        #expect(received.envelope == envelope)
        #expect(try received.payload(as: Ping.self) == Ping(number: 7))
        #expect(received.cause == Cause(correlationId: "c-1", causationId: "e-1"))
    }

    @Test func unknownFieldsAreIgnored() throws {
        let body = Data("""
            {"specversion":"1.0","id":"e","source":"/qadam/x","type":"qadam.test.ping.sent.v1","time":"2026-01-01T00:00:00Z",
             "datacontenttype":"application/json","correlationid":"c","futureAttribute":1,"data":{"number":3,"added":"later"}}
            """.utf8)
        #expect(try ReceivedEvent(body: body).payload(as: Ping.self).number == 3)
    }

    @Test func everyContractSampleHasAMatchingEnvelope() throws {
        let types = ContractSamples.all
        #expect(types.count >= 5)
        for type in types {
            let event = try ReceivedEvent(body: try ContractSamples.data(for: type))
            #expect(event.envelope.type == type.fullName)
            #expect(event.envelope.specversion == "1.0")
        }
    }
}

@Suite struct ConfirmTrackerTests {
    @Test func multipleAcksSettleEverythingBelow() {
        var tracker = ConfirmTracker(tags: 5...10)
        tracker.settle(7, multiple: true, refused: false)
        #expect(tracker.outstanding == 3)
        tracker.settle(9, multiple: false, refused: true)
        #expect(tracker.outstanding == 2)
        tracker.settle(10, multiple: true, refused: false)
        #expect(tracker.isComplete)
        #expect(tracker.refused == [9])
    }

    @Test func tagsOutsideTheWindowAreIgnored() {
        var tracker = ConfirmTracker(tags: 5...6)
        tracker.settle(3, multiple: false, refused: false)
        #expect(tracker.outstanding == 2)
        tracker.settle(6, multiple: false, refused: false)
        tracker.settle(6, multiple: false, refused: false)
        #expect(tracker.outstanding == 1)
    }
}
