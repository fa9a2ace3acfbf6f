import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GRDB
import ServiceKit
import TestSupport
import Testing

/// The commands an operator runs besides `serve`, run as the operator runs them: the built
/// executable, its environment, its exit status.
@Suite struct CommandTests {
    static func run(_ service: String, _ arguments: [String], _ environment: [String: String],
                    in directory: TemporaryDirectory) async throws -> (status: Int32, output: String) {
        let output = directory.path("\(arguments.first ?? "command")-\(UUID().uuidString.prefix(6)).out")
        let process = try ChildProcess(RepositoryPaths.binaries.appendingPathComponent(service).path, arguments,
                                       environment: environment, output: output)
        let status = await process.exitCode()
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    @Test("backup copies the live database while the service runs, and never overwrites a file")
    func onlineBackup() async throws {
        let directory = try TemporaryDirectory()
        let broker = try await TestBroker.virtualHost("backup")
        let secret = "command-tests-secret-" + UUID().uuidString
        let port = try freePort()
        let environment = ["DATABASE_PATH": directory.path("intake.sqlite"), "BROKER_URL": TestBroker.url(of: broker),
                           "AUTH_SECRET": secret, "HTTP_PORT": "\(port)"]

        let migrated = try await Self.run("intake", ["migrate"], environment, in: directory)
        #expect(migrated.status == 0)
        #expect(migrated.output.contains("migrations applied"))

        // The service runs and takes an organisation into its register.
        let serving = try ChildProcess(RepositoryPaths.binaries.appendingPathComponent("intake").path, ["serve"],
                                       environment: environment, output: directory.path("serve.log"))
        defer { serving.signal(SIGTERM) }
        let token = try await TokenAuthority(secret: secret).issue(Identity(subject: "operator", role: .operator), validFor: 600)
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/organisations")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: [
            "kind": "school", "nameKk": "№12 мектеп-лицей", "nameRu": "Школа-лицей №12", "region": "astana",
            "bin": "040340001233", "postalAddress": "010000, Астана", "email": "school-12@edu.kz",
        ])
        let registered = try await eventually("intake to take the organisation") { () -> Int? in
            let (_, response) = try await URLSession.shared.data(for: request)
            return (response as? HTTPURLResponse)?.statusCode
        }
        #expect(registered == 201)

        // Backed up while it runs: the copy opens on its own and holds the organisation.
        let copy = directory.path("intake-backup.sqlite")
        let backedUp = try await Self.run("intake", ["backup", "--to", copy], environment, in: directory)
        #expect(backedUp.status == 0, "\(backedUp.output)")
        let names = try await DatabaseQueue(path: copy).read { db in try String.fetchAll(db, sql: "SELECT nameRu FROM organisation") }
        #expect(names == ["Школа-лицей №12"])

        // A second backup to the same file is refused, and the first is left as it was.
        let again = try await Self.run("intake", ["backup", "--to", copy], environment, in: directory)
        #expect(again.status != 0)
        #expect(again.output.contains("refusing to overwrite"))
        let count = try await DatabaseQueue(path: copy).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM organisation") }
        #expect(count == 1)
    }

    @Test("backup of a database that is not there fails, and creates none")
    func backupOfNothing() async throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path("typo/intake.sqlite")
        let environment = ["DATABASE_PATH": missing, "AUTH_SECRET": "command-tests-secret-" + UUID().uuidString]
        let backedUp = try await Self.run("intake", ["backup", "--to", directory.path("copy.sqlite")], environment, in: directory)
        #expect(backedUp.status != 0)
        #expect(backedUp.output.contains("no database at \(missing)"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(!FileManager.default.fileExists(atPath: directory.path("copy.sqlite")))
    }
}
