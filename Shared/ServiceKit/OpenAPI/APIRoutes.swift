import Hummingbird
import OpenAPIKit

/// One feature's HTTP side: the operations it serves, as the API document describes them, the
/// schemas of what they answer, and the routes that serve them. A service is the list of its
/// features' routes; its router and its document are both made from that list. (Its
/// metatypes are Sendable, so that each service's list of them is a constant Swift 6 accepts.)
public protocol APIRoutes: SendableMetatype {
    static var operations: [APIOperation] { get }
    /// The schemas the operations name, by name (`.named("Listener")`).
    static var schemas: [String: JSONSchema] { get }
    /// Throws when the feature's settings are wrong: the service then does not start.
    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws
}

extension APIRoutes {
    public static var schemas: [String: JSONSchema] { [:] }
}

extension Router where Context == AppRequestContext {
    /// Serves `operation` at its method and path, to the roles it names.
    public func on<Output: ResponseGenerator>(_ operation: APIOperation,
                                              use handler: @escaping @Sendable (Request, Context) async throws -> Output) {
        let path = RouterPath(operation.path)
        if operation.roles.isPublic {
            on(path, method: operation.method, use: handler)
        } else {
            group().add(middleware: RoleGuard(operation.roles)).on(path, method: operation.method, use: handler)
        }
    }
}

extension APIDocument {
    /// The document of a service made of `routes`.
    public init(service: String, summary: String, routes: [any APIRoutes.Type]) {
        var schemas: [String: JSONSchema] = [:]
        for feature in routes { schemas.merge(feature.schemas) { first, _ in first } }
        self.init(service: service, summary: summary, operations: routes.flatMap { $0.operations }, schemas: schemas)
    }
}
