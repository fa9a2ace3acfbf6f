import Foundation

/// An email as RFC 5322 and MIME spell it: UTF-8 text, a subject encoded for non-ASCII
/// (RFC 2047), attachments in base64. The Message-ID is chosen once, when the message is
/// queued, so that a resend after a crash carries the same one and the recipient's mail
/// system can tell it is one letter.
public struct MailMessage: Sendable, Equatable {
    public var messageId: String
    public var from: String
    public var to: String
    public var subject: String
    public var text: String
    public var attachments: [Attachment]
    public var date: Date

    public struct Attachment: Sendable, Equatable {
        public var filename: String
        public var mediaType: String
        public var content: Data

        public init(filename: String, mediaType: String, content: Data) {
            self.filename = filename
            self.mediaType = mediaType
            self.content = content
        }
    }

    public init(messageId: String, from: String, to: String, subject: String, text: String,
                attachments: [Attachment] = [], date: Date = Date()) {
        self.messageId = messageId
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.attachments = attachments
        self.date = date
    }

    /// The whole message, CRLF line ends, ready for SMTP's DATA.
    public var rendered: Data {
        let boundary = "qadam-" + messageId.filter { $0.isLetter || $0.isNumber }
        var lines = [
            "Message-ID: <\(messageId)>",
            "Date: \(Self.rfc5322Date(date))",
            "From: \(from)",
            "To: \(to)",
            "Subject: \(Self.encodedWord(subject))",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        lines += Self.base64Lines(Data(text.utf8))
        for attachment in attachments {
            lines += [
                "--\(boundary)",
                "Content-Type: \(attachment.mediaType); name=\"\(attachment.filename)\"",
                "Content-Disposition: attachment; filename=\"\(attachment.filename)\"",
                "Content-Transfer-Encoding: base64",
                "",
            ]
            lines += Self.base64Lines(attachment.content)
        }
        lines += ["--\(boundary)--", ""]
        return Data(lines.joined(separator: "\r\n").utf8)
    }

    /// RFC 2047: `=?UTF-8?B?...?=`, in words short enough for a header line.
    static func encodedWord(_ text: String) -> String {
        guard !text.allSatisfy({ $0.isASCII }) else { return text }
        var words: [String] = []
        var chunk = ""
        for character in text {
            if (chunk + String(character)).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func base64Lines(_ data: Data) -> [String] {
        data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
            .components(separatedBy: "\r\n")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
