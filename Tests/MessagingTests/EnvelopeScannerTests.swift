import EventContracts
import Foundation
@testable import Messaging
import Storage
import Testing

/// The scanner is a shortcut past `JSONDecoder`, so each test holds it to what `JSONDecoder`
/// makes of the same bytes: the same envelope and payload, or no answer at all.
@Suite struct EnvelopeScannerTests {
    /// A payload with the awkward parts of JSON: nesting, escapes, brackets inside strings.
    struct Note: DomainEvent, Equatable {
        static let type = EventType("test.note.written", version: 1)
        var text: String
        var tags: [String]
        var nested: [String: [Int]]
        var subject: String { "note" }
    }

    static let note = Note(text: "a}\"b{ ] \\ «Қазақша» \u{1F600}", tags: ["[", "]", "{\"x\":1}"], nested: ["k": [1, 2]])

    static func envelope(subject: String? = "note-1", causation: String? = "e-0", time: Date = Date(timeIntervalSince1970: 1_795_979_932)) -> EventEnvelope {
        EventEnvelope(id: RecordID.new(), source: "/qadam/test", type: Note.type.fullName, subject: subject, time: time,
                      correlationid: RecordID.new(), causationid: causation)
    }

    static func encoded(_ envelope: EventEnvelope, _ note: Note = note) throws -> Data {
        try EventCoding.encoder.encode(CloudEvent(envelope: envelope, data: note))
    }

    /// What the scanner and `JSONDecoder` read from `body`, checked to agree.
    static func expectAgreement(_ body: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let decoded = try EventCoding.decoder.decode(CloudEvent<Note>.self, from: body)
        let scanned = try #require(EnvelopeScanner.scan(body), sourceLocation: sourceLocation)
        #expect(scanned.envelope == decoded.envelope, sourceLocation: sourceLocation)
        #expect(try EventCoding.decoder.decode(Note.self, from: body[scanned.data]) == decoded.data, sourceLocation: sourceLocation)
    }

    @Test func readsWhatTheEncoderWritesAsJSONDecoderDoes() throws {
        for _ in 0..<50 {
            let time = Date(timeIntervalSince1970: TimeInterval(Int.random(in: -2_000_000_000...4_000_000_000)))
            try Self.expectAgreement(try Self.encoded(Self.envelope(time: time)))
        }
        try Self.expectAgreement(try Self.encoded(Self.envelope(subject: nil, causation: nil)))
    }

    @Test func readsAnyLayoutOfTheSameEvent() throws {
        let body = Data("""
            {
              "data" : { "text": "x}", "tags": [], "nested": {} } ,
              "type": "qadam.test.note.written.v1", "id": "e-1", "source": "/qadam/test",
              "specversion": "1.0", "time": "2026-11-29T19:06:46Z", "subject": null,
              "datacontenttype": "application/json", "correlationid": "c-1", "causationid": null
            }\r\n
            """.utf8)
        try Self.expectAgreement(body)
        // A slice of a larger buffer, as a body may be.
        let framed = Data("xx".utf8) + body + Data("yy".utf8)
        try Self.expectAgreement(framed[framed.startIndex + 2 ..< framed.endIndex - 2])
    }

    @Test func leavesEverythingElseToJSONDecoder() throws {
        let plain = try Self.encoded(Self.envelope())
        let text = String(decoding: plain, as: UTF8.self)
        let variants: [String: String] = [
            "an escape in an attribute": text.replacingOccurrences(of: "\"note-1\"", with: "\"note\\u002d1\""),
            "a non-ASCII attribute": text.replacingOccurrences(of: "\"note-1\"", with: "\"заметка\""),
            "an extension attribute": text.replacingOccurrences(of: "{\"causationid\"", with: "{\"traceparent\":\"00\",\"causationid\""),
            "a repeated attribute": text.replacingOccurrences(of: "{\"causationid\"", with: "{\"id\":\"other\",\"causationid\""),
            "a missing attribute": text.replacingOccurrences(of: "\"specversion\":\"1.0\",", with: ""),
            "no data": text.replacingOccurrences(of: "\"data\":", with: "\"datum\":"),
            "fractional seconds": text.replacingOccurrences(of: "Z\"", with: ".5Z\""),
            "a time zone offset": text.replacingOccurrences(of: "Z\"", with: "+05:00\""),
            "a number for a string": text.replacingOccurrences(of: "\"specversion\":\"1.0\"", with: "\"specversion\":1.0"),
            "null for a required attribute": text.replacingOccurrences(of: "\"specversion\":\"1.0\"", with: "\"specversion\":null"),
            "trailing bytes": text + "}",
            "an array": "[" + text + "]",
            "a truncated body": String(text.dropLast(3)),
        ]
        for (name, variant) in variants {
            #expect(variant != text, "\(name): the variant must differ")
            #expect(EnvelopeScanner.scan(Data(variant.utf8)) == nil, "\(name)")
        }
    }

    /// Where the scanner gives way, `CloudEvent.read` still reads what `JSONDecoder` reads, and
    /// refuses what it refuses with `JSONDecoder`'s own error.
    @Test func readingFallsBackToJSONDecoder() throws {
        let text = String(decoding: try Self.encoded(Self.envelope()), as: UTF8.self)
        let escaped = Data(text.replacingOccurrences(of: "\"note-1\"", with: "\"note\\u002d1\"").utf8)
        #expect(try CloudEvent<Note>.read(from: escaped).envelope.subject == "note-1")
        #expect(try EventEnvelope.read(from: escaped).subject == "note-1")

        let missing = Data(text.replacingOccurrences(of: "\"correlationid\":", with: "\"correlation\":").utf8)
        #expect { try CloudEvent<Note>.read(from: missing) } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "correlationid"
        }

        let badPayload = Data(text.replacingOccurrences(of: "\"tags\":[", with: "\"tags\":[1,").utf8)
        #expect { try CloudEvent<Note>.read(from: badPayload) } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.codingPath.first?.stringValue == "data"
        }
    }

    @Test func timesAreReadAsISO8601Does() throws {
        for _ in 0..<500 {
            let date = Date(timeIntervalSince1970: TimeInterval(Int.random(in: -62_000_000_000...250_000_000_000)))
            let text = date.formatted(.iso8601)
            let expected = try Date(text, strategy: .iso8601)
            if expected >= Date(timeIntervalSince1970: -11_676_096_000) {  // 1600-01-01
                #expect(eventTime(text) == expected, "\(text)")
            } else {
                #expect(eventTime(text) == nil, "\(text): left to Foundation's calendar")
            }
        }
        for leap in ["2024-02-29T23:59:59Z", "2000-02-29T00:00:00Z", "1970-01-01T00:00:00Z"] {
            #expect(eventTime(leap) == (try Date(leap, strategy: .iso8601)), "\(leap)")
        }
        for invalid in ["2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z",
                        "2026-01-01T24:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z", "2026-01-01 00:00:00Z",
                        "2026-01-01T00:00:00", "1599-12-31T23:59:59Z", "2026-1-01T00:00:00Z", "２026-01-01T00:00:00Z"] {
            #expect(eventTime(invalid) == nil, "\(invalid)")
        }
    }
}

/// `EventTime.date` of `text`'s UTF-8 bytes, as the scanner hands them over.
private func eventTime(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { EventTime.date(UnsafeRawBufferPointer($0)) }
}
