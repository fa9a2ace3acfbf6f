import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The monotonic clock, in seconds.
enum Monotonic {
    static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// One keep-alive HTTP/1.1 connection to 127.0.0.1, non-blocking, one request at a time: all a
/// paced load needs, since a connection's next request is never due before its last answer
/// is in unless the server is already late. Its owner waits on `socket` and calls `receive`
/// when there is something to read.
///
/// An answer is read in place, byte by byte, with nothing allocated: the pacer shares the two
/// cores with the service it measures, so what it spends on each answer is taken from the
/// service (`PacedLoad`).
final class HTTPConnection {
    let socket: Int32
    /// The answer so far: `buffer`'s first `filled` bytes. Grown should an answer not fit.
    private var buffer = [UInt8](repeating: 0, count: 16_384)
    private var filled = 0
    private var head: (end: Int, status: Int, length: Int)?

    init(port: UInt16) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw BenchFailure("socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw BenchFailure("connect to port \(port) failed")
        }
        // Each request is one small write, to go at once (as wrk sets it too).
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        // Connected while blocking (loopback: at once), then non-blocking for the pacer's `select`.
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
    }

    deinit { close(socket) }

    /// Sends `request`: a few dozen bytes, which an empty socket buffer always takes whole.
    func send(_ request: [UInt8]) throws {
        filled = 0
        head = nil
        let count = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress!, request.count, Int32(MSG_NOSIGNAL)) }
        guard count == request.count else { throw BenchFailure("the connection did not take the request") }
    }

    /// Reads what has come; returns the answer's status once it is all in (headers and a
    /// Content-Length body), nil while it is not.
    func receive() throws -> Int? {
        while true {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress! + filled, $0.count - filled, 0) }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return nil }
            guard count > 0 else { throw BenchFailure("the connection closed while reading") }
            filled += count
            if head == nil { head = try Self.head(of: buffer[..<filled]) }
            if let head, filled >= head.end + head.length { return head.status }
        }
    }

    /// Where the headers end, the status, and the body's length; nil until the headers are in.
    private static func head(of answer: ArraySlice<UInt8>) throws -> (end: Int, status: Int, length: Int)? {
        let (cr, lf, space) = (UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " "))
        guard answer.count >= 4, let end = (0...answer.count - 4).first(where: {
            answer[$0] == cr && answer[$0 + 1] == lf && answer[$0 + 2] == cr && answer[$0 + 3] == lf
        }) else { return nil }
        // "HTTP/1.1 200 OK": the number after the first space.
        let status = answer[..<end].firstIndex(of: space).flatMap { number(in: answer, from: $0 + 1, before: end) }
        // Each header line starts after a CRLF; the one wanted is "Content-Length:", any case.
        var length: Int?
        var line = 0
        while length == nil, let next = answer[line..<end].firstIndex(of: lf) {
            line = next + 1
            if Self.startsWithContentLength(answer, at: line, before: end) {
                length = number(in: answer, from: line + contentLength.count, before: end)
            }
        }
        guard let status, let length else { throw BenchFailure("an answer without a status or a Content-Length") }
        return (end + 4, status, length)
    }

    private static let contentLength = Array("content-length:".utf8)

    /// Whether "content-length:" starts at `index`, letters in any case (ASCII: a letter's
    /// lower case is its upper case with bit 0x20 set; the other bytes of the name are matched
    /// as they are).
    private static func startsWithContentLength(_ bytes: ArraySlice<UInt8>, at index: Int, before end: Int) -> Bool {
        guard index + contentLength.count <= end else { return false }
        for (offset, wanted) in contentLength.enumerated() {
            let byte = bytes[index + offset]
            let isLetter = wanted >= UInt8(ascii: "a") && wanted <= UInt8(ascii: "z")
            if (isLetter ? byte | 0x20 : byte) != wanted { return false }
        }
        return true
    }

    /// The decimal number at `index`, after any spaces; nil if there is none.
    private static func number(in bytes: ArraySlice<UInt8>, from index: Int, before end: Int) -> Int? {
        var index = index
        while index < end && bytes[index] == UInt8(ascii: " ") { index += 1 }
        var value: Int?
        while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value = (value ?? 0) * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return value
    }
}
