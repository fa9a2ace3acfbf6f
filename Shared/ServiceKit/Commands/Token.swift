import ArgumentParser
import Foundation

struct Token<S: QadamService>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "token", abstract: "Issue a bearer token signed with AUTH_SECRET.")
    }

    @Option(help: "One of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
    var role: Role

    @Option(help: "Who the token is for: a login or a client system's name.")
    var subject: String

    @Option(help: "For an organisation token: the one organisation it may see.")
    var organisation: String?

    @Option(help: "How many days the token is valid.")
    var days: Int = 30

    func validate() throws {
        if role == .organisation && organisation == nil {
            throw ValidationError("an organisation token needs --organisation")
        }
    }

    func run() async throws {
        let settings = ServiceSettings(service: S.name, defaultPort: S.defaultPort)
        if settings.usesDevelopmentSecret {
            FileHandle.standardError.write(Data("warning: AUTH_SECRET is not set; signing with the development secret\n".utf8))
        }
        let authority = try await TokenAuthority(secret: settings.authSecret)
        let identity = Identity(subject: subject, role: role, organisationId: organisation)
        print(try await authority.issue(identity, validFor: TimeInterval(days) * 86_400))
    }
}

/// A role is named on the command line as tokens carry it: `--role programme-leader`.
extension Role: ExpressibleByArgument {}
