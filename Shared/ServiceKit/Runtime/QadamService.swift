import GRDB
import Hummingbird
import Logging
import Messaging
import ServiceLifecycle

/// What makes one service different from another; everything else is shared. A service
/// names itself, brings its schema, says what it does with the events it consumes, and adds
/// its routes. `buildApplication` assembles the rest the same way for all five.
///
/// Its metatype is sendable: a service type is used from the tasks that serve it, and holds no
/// state of its own.
public protocol QadamService: SendableMetatype {
    /// The executable's name, its queue's prefix and its events' source: `follow-up`.
    static var name: String { get }
    static var defaultPort: Int { get }
    /// The service's own migrations, registered after the messaging tables.
    static func registerMigrations(in migrator: inout DatabaseMigrator)
    /// What the service does with each event type it consumes (none for a pure producer).
    /// Throws when the service's own settings are wrong: the service then does not start.
    static func eventHandlers(_ environment: ServiceEnvironment) throws -> EventHandlers
    /// What the service is for, in a sentence: its API document's description.
    static var summary: String { get }
    /// The service's HTTP API under `/v1`, feature by feature: its router and its API document
    /// are both made from this list.
    static var routes: [any APIRoutes.Type] { get }
    /// Work the service runs beside its HTTP server and its consumer: a mail relay, say.
    /// Throws, as `eventHandlers` does, when the settings that work needs are wrong.
    static func backgroundServices(_ environment: ServiceEnvironment) throws -> [any Service]
    /// Appends again to the outbox the current facts that other services keep copies of, for
    /// `announce`; returns how many events it queued.
    static func announceAgain(outbox: Outbox, in db: Database) throws -> Int
}

extension QadamService {
    public static func backgroundServices(_ environment: ServiceEnvironment) throws -> [any Service] { [] }
    public static func announceAgain(outbox: Outbox, in db: Database) throws -> Int { 0 }

    /// The service's OpenAPI document, made from its routes.
    public static var api: APIDocument { APIDocument(service: name, summary: summary, routes: routes) }
}

/// What a service's handlers and routes work with.
public struct ServiceEnvironment: Sendable {
    public let settings: ServiceSettings
    public let database: any DatabaseWriter
    public let outbox: Outbox
    public let logger: Logger
    /// The provider's calendar day.
    public let today: Today
    /// What a service's routes and background work share while it runs (`ServiceParts`).
    public let parts = ServiceParts()

    /// `today`: the provider's own (`PROVIDER_TIME_ZONE`) unless given, as tests give a fixed one.
    public init(settings: ServiceSettings, database: any DatabaseWriter, outbox: Outbox, logger: Logger, today: Today? = nil) {
        self.settings = settings
        self.database = database
        self.outbox = outbox
        self.logger = logger
        self.today = today ?? Today(settings)
    }
}

extension QadamService {
    public static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        MessagingMigrations.register(in: &migrator)
        registerMigrations(in: &migrator)
        return migrator
    }
}
