import Foundation
import GRDB
import Hummingbird
import HummingbirdCore
import Logging
import Messaging
import ServiceLifecycle
import Storage

/// Builds a service from its settings: the database, the outbox relay and inbox consumer on
/// their own broker connections, and the HTTP router. `serve`, the tests and the benchmarks
/// all start a service through here.
public func buildApplication<S: QadamService>(_ service: S.Type, settings: ServiceSettings,
                                              logger: Logger? = nil) async throws -> some ApplicationProtocol {
    _ = PrometheusSetup.registry // before any metric is created
    var logger = logger ?? Logger(label: S.name)
    logger.logLevel = settings.logLevel
    let database = try ServiceDatabase.open(path: settings.databasePath, migrator: S.migrator())
    let environment = ServiceEnvironment(settings: settings, database: database, outbox: Outbox(service: S.name), logger: logger)
    let handlers = try S.eventHandlers(environment)
    let broker = try settings.brokerSettings()
    let status = BrokerStatus()
    let topology = Topology(service: handlers.routingKeys.isEmpty ? nil : S.name, bindings: handlers.routingKeys)

    let publisher = Publisher(settings: broker, topology: topology, status: status, logger: logger)
    var services: [any Service] = [
        Checkpointer(path: settings.databasePath, logger: logger),
        OutboxRelay(database: database, outbox: environment.outbox, publisher: publisher, logger: logger),
        BacklogGauges(service: S.name, database: database, publisher: publisher, topology: topology, logger: logger),
    ]
    if topology.service != nil {
        let consumer = Consumer(settings: broker, topology: topology, status: status, logger: logger)
        services.append(InboxConsumer(name: S.name, database: database, consumer: consumer, handlers: handlers,
                                      parking: Parking(topology: topology, publisher: publisher), logger: logger))
    }
    services += try S.backgroundServices(environment)
    if settings.usesDevelopmentSecret {
        logger.warning("AUTH_SECRET is not set: using the development secret, which is unsafe outside a developer's machine")
    }

    let router = try buildRouter(S.self, environment: environment,
                                 authority: try await TokenAuthority(secret: settings.authSecret), broker: status)
    return Application(
        router: router,
        server: httpServer,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: S.name),
        services: services,
        logger: logger
    )
}

/// The HTTP side of a service: the shared middleware and operational routes, then its own.
public func buildRouter<S: QadamService>(_ service: S.Type, environment: ServiceEnvironment, authority: TokenAuthority,
                                         broker: BrokerStatus) throws -> Router<AppRequestContext> {
    let router = sharedRouter(authority: authority, today: environment.today, operations: S.api.allOperations)
    try addOperationalRoutes(to: router, service: S.name, database: environment.database, broker: broker,
                         document: try S.api.encoded())
    for feature in S.routes { try feature.add(to: router, environment) }
    return router
}

/// A router with the middleware every service puts before its routes, outermost first: metrics
/// (which so count and time the status the client received), problem details for every error
/// (405 where a path of `operations` is asked with a method it is not served with), the
/// provider's day, and who is asking.
public func sharedRouter(authority: TokenAuthority, today: Today, operations: [APIOperation] = []) -> Router<AppRequestContext> {
    _ = PrometheusSetup.registry // before the middleware makes its first metric
    // HEAD answered wherever GET is, as HTTP clients (and link checkers) expect.
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    // As one stack, of one type the compiler sees whole, rather than a chain of four
    // middlewares each behind an existential: every request passes all four.
    router.addMiddleware {
        RequestMetrics()
        ProblemMiddleware(operations: operations)
        DayMiddleware(today: today)
        AuthMiddleware(authority: authority)
    }
    return router
}

/// Gives each request the provider's day, for its forms.
struct DayMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let today: Today

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.clock = today
        return try await next(request, context)
    }
}

/// HTTP/1 as every service serves it: headers too large to read answer 431 with problem
/// details (`HeaderOverflow`), not a bare 400.
public let httpServer: HTTPServerBuilder = .http1(configuration: .init(additionalChannelHandlers: [HeaderOverflow()]))
