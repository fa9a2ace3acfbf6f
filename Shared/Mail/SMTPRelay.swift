import CCurl
import Foundation

/// Hands messages to an SMTP relay with libcurl. Blocking: call it off the concurrency pool
/// (`MailRelay` does). The relay's acceptance (250 after DATA) is what "sent" means here;
/// delivery from there is the mail system's.
public struct SMTPRelay: Sendable {
    /// `smtp://host:port` (or `smtps://`).
    public var url: String
    public var username: String?
    public var password: String?
    public var timeout: Int

    public init(url: String, username: String? = nil, password: String? = nil, timeout: Int = 30) {
        self.url = url
        self.username = username
        self.password = password
        self.timeout = timeout
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        /// The relay refused this letter's mailbox for good (RFC 5321: 550 unavailable, 551 not
        /// local, 552 storage exceeded, 553 name not allowed): sending it again would be refused
        /// again. A refused login or TLS, a lost connection or a 4xx may pass once mended, so
        /// they are retried: a misconfigured relay must not fail the whole queue.
        public var isPermanent = false
    }

    private static let initialised: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    public func send(_ message: Data, from: String, to recipients: [String]) throws {
        _ = Self.initialised
        guard let curl = curl_easy_init() else { throw Failure(description: "libcurl could not start") }
        defer { curl_easy_cleanup(curl) }
        var list: UnsafeMutablePointer<curl_slist>?
        for recipient in recipients { list = curl_slist_append(list, "<\(recipient)>") }
        defer { curl_slist_free_all(list) }
        let source = Source(data: message)
        let unmanaged = Unmanaged.passRetained(source)
        defer { unmanaged.release() }

        qadam_curl_set_string(curl, CURLOPT_URL, url)
        qadam_curl_set_string(curl, CURLOPT_MAIL_FROM, "<\(from)>")
        qadam_curl_set_pointer(curl, CURLOPT_MAIL_RCPT, UnsafeMutableRawPointer(list))
        qadam_curl_set_long(curl, CURLOPT_UPLOAD, 1)
        qadam_curl_set_long(curl, CURLOPT_TIMEOUT, timeout)
        qadam_curl_set_long(curl, CURLOPT_NOSIGNAL, 1)
        if let username {
            qadam_curl_set_string(curl, CURLOPT_USERNAME, username)
            // Never send the password, or the letters, in clear: STARTTLS or no login.
            qadam_curl_set_long(curl, CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        }
        if let password { qadam_curl_set_string(curl, CURLOPT_PASSWORD, password) }
        qadam_curl_set_read_function(curl) { buffer, size, count, userdata in
            guard let buffer, let userdata else { return 0 }
            return Unmanaged<Source>.fromOpaque(userdata).takeUnretainedValue().read(into: buffer, capacity: size * count)
        }
        qadam_curl_set_pointer(curl, CURLOPT_READDATA, unmanaged.toOpaque())
        let result = curl_easy_perform(curl)
        guard result == CURLE_OK else {
            let code = qadam_curl_response_code(curl)
            let settingsRefused = result == CURLE_LOGIN_DENIED || result == CURLE_USE_SSL_FAILED
            throw Failure(description: "SMTP \(url): \(String(cString: curl_easy_strerror(result)))" + (code > 0 ? " (reply \(code))" : ""),
                          isPermanent: !settingsRefused && [550, 551, 552, 553].contains(code))
        }
    }

    /// The message, read out in the pieces libcurl asks for.
    private final class Source {
        let data: Data
        var offset = 0

        init(data: Data) { self.data = data }

        func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
            let count = min(capacity, data.count - offset)
            guard count > 0 else { return 0 }
            data.withUnsafeBytes { raw in
                UnsafeMutableRawPointer(buffer).copyMemory(from: raw.baseAddress! + offset, byteCount: count)
            }
            offset += count
            return count
        }
    }
}
