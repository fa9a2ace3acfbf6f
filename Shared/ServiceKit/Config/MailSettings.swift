/// Where a service's letters go out: the SMTP relay and the sender's address.
public struct MailSettings: Sendable, Equatable {
    /// `smtp://host:port`, or `smtps://` for TLS from the start.
    public var relayURL: String
    public var from: String
    public var username: String?
    public var password: String?

    /// The part of `from` after the @, for Message-IDs.
    public var domain: String { from.split(separator: "@").last.map(String.init) ?? "qadam.local" }

    /// From `SMTP_URL`, `MAIL_FROM`, `SMTP_USERNAME` and `SMTP_PASSWORD`.
    public init(_ settings: ServiceSettings) {
        let reader = settings.reader
        relayURL = reader.string(forKey: "smtp.url", default: "smtp://127.0.0.1:2525")
        from = reader.string(forKey: "mail.from", default: "pd-centre@qadam.local")
        username = reader.string(forKey: "smtp.username")
        password = reader.string(forKey: "smtp.password", isSecret: true)
    }
}
