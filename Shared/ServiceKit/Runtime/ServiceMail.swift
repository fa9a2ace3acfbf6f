import Mail

extension MailRelay {
    /// The relay of a service's mail queue to the SMTP server its settings name (`SMTP_URL`,
    /// `SMTP_USERNAME`, `SMTP_PASSWORD`): the same for every service that sends letters.
    public static func of(_ environment: ServiceEnvironment) -> MailRelay {
        let mail = MailSettings(environment.settings)
        return MailRelay(database: environment.database,
                         relay: SMTPRelay(url: mail.relayURL, username: mail.username, password: mail.password),
                         logger: environment.logger)
    }
}
