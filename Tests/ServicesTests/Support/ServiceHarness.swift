import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Logging
@testable import Messaging
import ServiceKit
import Storage
import TestSupport

/// One service over a temporary SQLite database, without a broker: its HTTP routes behind the
/// same middleware `buildApplication` puts in front of them, and its event handlers fed through
/// the inbox the way `InboxConsumer` feeds them.
///
/// It lives here, not in Tests/Support, because it needs `@testable import Messaging`:
/// `EventHandlers` has no public way to dispatch an event. TestSupport is also built in release
/// (for the benchmarks), where `@testable` imports do not compile.
struct ServiceHarness<S: QadamService>: Sendable {
    static var secret: String { "services-tests-secret-of-more-than-32-bytes" }

    let directory: TemporaryDirectory
    let database: DatabasePool
    let environment: ServiceEnvironment
    let authority: TokenAuthority

    /// `settings` are environment variables on top of the harness's own (AUTH_SECRET, DATABASE_PATH).
    /// `today` is the provider's day for the service's rules: fixed, so that no test depends on
    /// the day it runs.
    init(_ service: S.Type, settings extra: [String: String] = [:], today: String = "2026-09-01") async throws {
        directory = try TemporaryDirectory()
        var variables = ["AUTH_SECRET": Self.secret, "DATABASE_PATH": directory.path("\(S.name).sqlite")]
        variables.merge(extra) { $1 }
        let settings = ServiceSettings(service: S.name, defaultPort: S.defaultPort, flags: [:], environment: variables)
        database = try ServiceDatabase.open(path: settings.databasePath, migrator: S.migrator())
        environment = ServiceEnvironment(settings: settings, database: database, outbox: Outbox(service: S.name),
                                         logger: Logger(label: S.name), today: Today(fixed: CalendarDate(today)!))
        authority = try await TokenAuthority(secret: settings.authSecret)
    }

    // MARK: HTTP

    /// The service's router exactly as `buildApplication` assembles it, every answer held to the
    /// service's API document (`DocumentedResponder`).
    func application() throws -> some ApplicationProtocol {
        let router = try buildRouter(S.self, environment: environment, authority: authority, broker: BrokerStatus())
        return DocumentedApplication(inner: router.buildResponder(), document: try DocumentedAnswers(S.api.document))
    }

    /// One request through the router with a token and, optionally, a JSON object body.
    func send(_ method: HTTPRequest.Method, _ uri: String, _ body: [String: any Sendable]? = nil, token: String,
              language: String? = nil) async throws -> TestResponse {
        try await application().test(.router) { client in
            try await client.execute(uri: uri, method: method, headers: .bearer(token, language: language), body: body.map { .json($0) })
        }
    }

    /// One request through the router with whatever headers the caller sends (none, a forged
    /// token, a language) and an optional raw body.
    func request(_ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws
        -> TestResponse {
        try await application().test(.router) { client in
            try await client.execute(uri: uri, method: method, headers: headers, body: body)
        }
    }

    func token(_ role: Role, subject: String = "tester", organisation: String? = nil) async throws -> String {
        try await authority.issue(Identity(subject: subject, role: role, organisationId: organisation), validFor: 3600)
    }

    // MARK: Events

    /// Delivers an event body to the service's handlers inside one transaction with the inbox
    /// record, as the consumer does. Returns false if the inbox had seen the event already.
    @discardableResult
    func deliver(_ body: Data) async throws -> Bool {
        let event = try S.eventHandlers(environment).prepare(body)
        return try await database.write { db in try Inbox.process(event, consumer: S.name, in: db) }
    }

    /// The routing keys the service's handlers read, sorted.
    var routingKeys: [String] { get throws { try S.eventHandlers(environment).routingKeys } }

    /// Delivers the contract sample of `type`.
    @discardableResult
    func deliverSample<E: DomainEvent>(_ type: E.Type) async throws -> Bool {
        try await deliver(try ContractSamples.data(for: E.type))
    }

    /// The events waiting in the outbox, oldest first.
    func outbox() async throws -> [OutboxEvent] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT type, routingKey, body FROM outbox ORDER BY sequence").map {
                OutboxEvent(type: $0["type"], routingKey: $0["routingKey"], body: $0["body"])
            }
        }
    }

    func count(_ table: String) async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"")! }
    }
}

/// An event as the service left it for the relay.
struct OutboxEvent: Sendable {
    var type: String
    var routingKey: String
    var body: Data

    var envelope: EventEnvelope { get throws { try EventCoding.decoder.decode(EventEnvelope.self, from: body) } }

    func payload<E: DomainEvent>(as type: E.Type) throws -> E {
        try EventCoding.decoder.decode(CloudEvent<E>.self, from: body).data
    }

    /// The payload's member names, to check what an event does not carry.
    var payloadKeys: Set<String> {
        get throws {
            let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            return Set((object?["data"] as? [String: Any])?.keys.map { $0 } ?? [])
        }
    }
}

/// An event of a contract type, built in the test, in the envelope a producer would send.
func eventBody<E: DomainEvent>(_ event: E, id: String = UUID().uuidString.lowercased(),
                               correlation: String = UUID().uuidString.lowercased()) throws -> Data {
    let envelope = EventEnvelope(id: id, source: "/qadam/test", type: E.type.fullName, subject: event.subject,
                                 time: Date(), correlationid: correlation, causationid: nil)
    return try EventCoding.encoder.encode(CloudEvent(envelope: envelope, data: event))
}
