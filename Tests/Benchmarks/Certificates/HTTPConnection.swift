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
final class HTTPConnection {
    let socket: Int32
    private var buffer = [UInt8](repeating: 0, count: 16_384)
    private var answer: [UInt8] = []
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
        answer.removeAll(keepingCapacity: true)
        head = nil
        let count = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress!, request.count, Int32(MSG_NOSIGNAL)) }
        guard count == request.count else { throw BenchFailure("the connection did not take the request") }
    }

    /// Reads what has come; returns the answer's status once it is all in (headers and a
    /// Content-Length body), nil while it is not.
    func receive() throws -> Int? {
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return nil }
            guard count > 0 else { throw BenchFailure("the connection closed while reading") }
            answer.append(contentsOf: buffer[0..<count])
            if head == nil { head = try Self.head(of: answer) }
            if let head, answer.count >= head.end + head.length { return head.status }
        }
    }

    /// Where the headers end, the status, and the body's length; nil until the headers are in.
    private static func head(of answer: [UInt8]) throws -> (end: Int, status: Int, length: Int)? {
        let separator = Array("\r\n\r\n".utf8)
        guard let index = answer.indices.dropLast(3).first(where: { answer[$0..<$0 + 4].elementsEqual(separator) }) else {
            return nil
        }
        let lines = String(decoding: answer[..<index], as: UTF8.self).split(separator: "\r\n")
        let status = lines.first.flatMap { line in line.split(separator: " ").dropFirst().first.flatMap { Int($0) } }
        let length = lines.lazy.compactMap { line -> Int? in
            let field = line.split(separator: ":", maxSplits: 1)
            guard field.count == 2, field[0].lowercased() == "content-length" else { return nil }
            return Int(field[1].trimmingCharacters(in: .whitespaces))
        }.first
        guard let status, let length else { throw BenchFailure("an answer without a status or a Content-Length") }
        return (index + 4, status, length)
    }
}
