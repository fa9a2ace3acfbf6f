import Foundation

/// Reads the envelope of a structured-mode event as our own encoder writes it, and finds
/// where its `data` lies, without `JSONDecoder`.
///
/// Why: reading an event through `JSONDecoder` cost about 78,000 instructions, four fifths of
/// them for the nine envelope attributes (a generic keyed container, a metadata lookup and a
/// string copy for each), and decoding was the largest share of the inbox's CPU. The payload,
/// whose shape each event type defines, is still read by `JSONDecoder`; with the scanner, an
/// event takes about 32,000 instructions, most of them for the payload.
///
/// It reads only the plain case: one JSON object of the envelope's attributes and `data`,
/// each attribute an ASCII string without escapes (or null, where optional), the time as
/// `EventTime` reads it. Anything else, from an escape to an extension attribute, returns
/// nil, and the caller reads the body with `JSONDecoder`, which reads it or says exactly what
/// is wrong. So it never accepts what `JSONDecoder` would refuse, nor reads a value otherwise
/// (`EnvelopeScannerTests` compares the two).
enum EnvelopeScanner {
    /// The envelope, and the range of `body` that holds the value of `data`.
    static func scan(_ body: Data) -> (envelope: EventEnvelope, data: Range<Data.Index>)? {
        body.withUnsafeBytes { bytes in
            var scanner = Scanner(bytes: bytes)
            guard let (envelope, data) = scanner.scanEvent() else { return nil }
            return (envelope, body.startIndex + data.lowerBound ..< body.startIndex + data.upperBound)
        }
    }
}

private struct Scanner {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func scanEvent() -> (EventEnvelope, Range<Int>)? {
        var members = Members()
        guard take(.openBrace) else { return nil }
        if !take(.closeBrace) {
            repeat {
                guard let name = stringRange(), let key = CloudEventKey(bytes[name]), take(.colon),
                      members.read(key, from: &self) else { return nil }
            } while take(.comma)
            guard take(.closeBrace) else { return nil }
        }
        skipWhitespace()
        guard position == bytes.count else { return nil }
        return members.event
    }

    // MARK: Values

    /// A string of printable ASCII without escapes. Nil for anything else.
    mutating func string() -> String? {
        stringRange().map { String(decoding: UnsafeRawBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// A time, read by `EventTime` where it lies.
    mutating func time() -> Date? {
        stringRange().flatMap { EventTime.date(UnsafeRawBufferPointer(rebasing: bytes[$0])) }
    }

    /// A string, or `.some(nil)` for JSON's `null`; nil if neither.
    mutating func optionalString() -> String?? {
        skipWhitespace()
        if bytes[position...].starts(with: "null".utf8) {
            position += 4
            return .some(nil)
        }
        return string().map { .some($0) }
    }

    /// Where the content of a string of printable ASCII without escapes lies.
    mutating func stringRange() -> Range<Int>? {
        guard take(.quote) else { return nil }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == .quote { return start..<position - 1 }
            guard byte >= 0x20, byte < 0x80, byte != .backslash else { return nil }
        }
        return nil
    }

    /// Passes over one value of any kind and returns where it lies. Its content is checked
    /// by whoever reads it (`JSONDecoder`, for `data`); here only strings and nesting count,
    /// so that the value's end is found.
    mutating func skipValue() -> Range<Int>? {
        skipWhitespace()
        let start = position
        var depth = 0
        while position < bytes.count {
            switch bytes[position] {
            case .quote:
                guard skipString() else { return nil }
                if depth == 0 { return start..<position }
            case .openBrace, .openBracket:
                depth += 1
                position += 1
            case .closeBrace, .closeBracket:
                // At depth 0, the enclosing object's end, which ends a number or literal.
                if depth == 0 { return position > start ? start..<position : nil }
                depth -= 1
                position += 1
                if depth == 0 { return start..<position }
            case .comma, .space, .tab, .newline, .carriageReturn:
                if depth == 0 { return position > start ? start..<position : nil }
                position += 1
            default:
                position += 1
            }
        }
        return nil
    }

    /// From an opening quote to just past its closing one, escapes included.
    private mutating func skipString() -> Bool {
        position += 1
        while position < bytes.count {
            switch bytes[position] {
            case .quote:
                position += 1
                return true
            case .backslash: position += 2
            default: position += 1
            }
        }
        return false
    }

    // MARK: Structure

    /// Skips whitespace, then consumes `byte` if it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case .space, .tab, .newline, .carriageReturn: position += 1
            default: return
            }
        }
    }
}

/// The members read so far; each may appear once.
private struct Members {
    var specversion, id, source, type, datacontenttype, correlationid: String?
    var time: Date?
    var subject, causationid: String??
    var data: Range<Int>?

    /// Reads the value of member `key`; false if it came before, or its value is not what
    /// the envelope holds there.
    mutating func read(_ key: CloudEventKey, from scanner: inout Scanner) -> Bool {
        switch key {
        case .specversion: Self.once(&specversion, scanner.string())
        case .id: Self.once(&id, scanner.string())
        case .source: Self.once(&source, scanner.string())
        case .type: Self.once(&type, scanner.string())
        case .time: Self.once(&time, scanner.time())
        case .datacontenttype: Self.once(&datacontenttype, scanner.string())
        case .correlationid: Self.once(&correlationid, scanner.string())
        case .subject: Self.once(&subject, scanner.optionalString())
        case .causationid: Self.once(&causationid, scanner.optionalString())
        case .data: Self.once(&data, scanner.skipValue())
        }
    }

    private static func once<T>(_ member: inout T?, _ value: T?) -> Bool {
        guard member == nil, let value else { return false }
        member = value
        return true
    }

    var event: (EventEnvelope, Range<Int>)? {
        guard let specversion, let id, let source, let type, let time, let datacontenttype, let correlationid,
              let data else { return nil }
        let envelope = EventEnvelope(
            specversion: specversion, id: id, source: source, type: type, subject: subject ?? nil, time: time,
            datacontenttype: datacontenttype, correlationid: correlationid, causationid: causationid ?? nil)
        return (envelope, data)
    }
}

private extension CloudEventKey {
    /// The member a name's bytes spell, compared byte for byte rather than by making a
    /// `String` of each name.
    init?(_ name: Slice<UnsafeRawBufferPointer>) {
        let name = UnsafeRawBufferPointer(rebasing: name)
        for (bytes, key) in Self.byName where bytes.count == name.count {
            if bytes.withUnsafeBytes({ memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0 }) {
                self = key
                return
            }
        }
        return nil
    }

    static let byName: [(name: [UInt8], key: CloudEventKey)] = allCases.map { (Array($0.rawValue.utf8), $0) }
}

private extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
