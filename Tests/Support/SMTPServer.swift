import Foundation

/// A real SMTP server for tests: Debian's python3-aiosmtpd, keeping what it receives in a
/// Maildir. Each message is read back through Python's own email parser, so that a test
/// checks what a recipient's mail program would show.
public final class SMTPServer: @unchecked Sendable {
    public let port: Int
    private let directory: TemporaryDirectory
    private let process: ChildProcess

    public var url: String { "smtp://127.0.0.1:\(port)" }

    /// Listens on `port`, or on a free one. Mail to a `refused` address is refused for good
    /// at RCPT (550), as a real server refuses an unknown mailbox.
    public init(port: Int? = nil, refused: [String] = []) async throws {
        directory = try TemporaryDirectory()
        self.port = try port ?? freePort()
        try Self.handler.write(toFile: directory.path("qadam_smtpd.py"), atomically: true, encoding: .utf8)
        process = try ChildProcess("/usr/bin/python3", [
            "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(self.port)", "-c", "qadam_smtpd.Handler", directory.path("maildir"),
        ] + refused, environment: ["PYTHONPATH": directory.path("")], output: directory.path("smtpd.log"))
        let port = self.port
        _ = try await eventually("the SMTP server to listen on \(port)") { Self.accepts(port: port) ? true : nil }
    }

    public func stop() async {
        process.signal(SIGTERM)
        _ = await process.exitCode()
    }

    deinit { process.signal(SIGKILL) }

    /// A message as its recipient's mail program reads it.
    public struct Message: Decodable, Sendable {
        public var messageId: String
        public var from: String
        public var to: String
        public var subject: String
        public var text: String
        public var attachments: [Attachment]

        public struct Attachment: Decodable, Sendable {
            public var filename: String
            public var mediaType: String
            public var content: Data
        }
    }

    /// Every message received so far, oldest first.
    public func messages() async throws -> [Message] {
        let folder = directory.path("maildir/new")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var messages: [Message] = []
        for name in names {
            let output = directory.path("parsed-\(name).json")
            let status = try await ChildProcess("/usr/bin/python3", ["-c", Self.parser, "\(folder)/\(name)", output]).exitCode()
            guard status == 0 else { throw TestFailure("could not parse \(name)") }
            messages.append(try JSONDecoder().decode(Message.self, from: Data(contentsOf: URL(fileURLWithPath: output))))
        }
        return messages
    }

    /// aiosmtpd's Maildir handler, refusing the addresses it is given after the folder.
    private static let handler = """
        from aiosmtpd.handlers import Mailbox

        class Handler(Mailbox):
            def __init__(self, maildir, *refused):
                super().__init__(maildir)
                self.refused = set(refused)

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(*args)

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address in self.refused:
                    return '550 5.1.1 No such mailbox'
                envelope.rcpt_tos.append(address)
                return '250 OK'
        """

    private static let parser = """
        import base64, email, email.policy, json, sys
        with open(sys.argv[1], 'rb') as f:
            message = email.message_from_binary_file(f, policy=email.policy.default)
        text = message.get_body(preferencelist=('plain',)).get_content()
        attachments = [{'filename': part.get_filename(), 'mediaType': part.get_content_type(),
                        'content': base64.b64encode(part.get_payload(decode=True)).decode()}
                       for part in message.iter_attachments()]
        with open(sys.argv[2], 'w') as f:
            json.dump({'messageId': message['Message-ID'], 'from': message['From'], 'to': message['To'],
                       'subject': str(message['Subject']), 'text': text, 'attachments': attachments}, f)
        """

    private static func accepts(port: Int) -> Bool {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { return false }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
