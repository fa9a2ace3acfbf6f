import Hummingbird
import OpenAPIKit

/// One operation of a service's HTTP API, as its route serves it and its OpenAPI document
/// describes it. The route is registered from this value (`router.on(operation)`), with a
/// `RoleGuard` of its roles; the document is made of these values; and the request body's and
/// query's schemas come from the forms the route reads. So a route and its description cannot
/// disagree on the path, the method, the roles or the fields.
public struct APIOperation: Sendable {
    /// The answers an operation gives besides success, beyond those its shape implies.
    public struct Refusals: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// 409: the state of things forbids it (a listener already expelled).
        public static let conflict = Refusals(rawValue: 1)
        /// 422: a rule refuses a field of the request, beyond the form's own checks.
        public static let invalid = Refusals(rawValue: 2)
        /// 404 for an operation whose path names nothing: a lookup by a query that finds nothing.
        public static let notFound = Refusals(rawValue: 4)
        /// 429 with Retry-After: a public operation's client called too often (`RateLimiter`).
        public static let rateLimited = Refusals(rawValue: 8)
    }

    public let method: HTTPRequest.Method
    /// As the router spells it: `/v1/applications/:id`.
    public let path: String
    public let summary: String
    public let roles: Roles
    /// The JSON body's form: its name in the document's components, and its schema.
    public let form: (name: String, schema: JSONSchema)?
    /// The query's parameters, from the query form.
    public let query: [(name: String, schema: JSONSchema)]
    /// The success status and its body; problem answers are added from the rest.
    public let status: Int
    public let response: JSONSchema?
    /// Media types of a file sent as the whole body, or answered as the whole body.
    public let upload: [String]
    public let download: [String]
    public let refusals: Refusals
    /// Schemas of path parameters other than ids (`:kind`, `:code`).
    public let pathSchemas: [String: JSONSchema]

    public init(_ method: HTTPRequest.Method, _ path: String, _ summary: String, roles: Roles, status: Int = 200,
                response: JSONSchema?, upload: [String] = [], download: [String] = [], refusals: Refusals = [],
                pathSchemas: [String: JSONSchema] = [:]) {
        self.init(method, path, summary, roles: roles, form: nil, query: [], status: status, response: response, upload: upload,
                  download: download, refusals: refusals, pathSchemas: pathSchemas)
    }

    /// An operation whose JSON body is `form`.
    public init<F: Form>(_ method: HTTPRequest.Method, _ path: String, _ summary: String, roles: Roles, form: F.Type,
                         status: Int = 200, response: JSONSchema?, refusals: Refusals = [], pathSchemas: [String: JSONSchema] = [:]) {
        self.init(method, path, summary, roles: roles, form: ("\(F.self)", F.schema), query: [], status: status, response: response,
                  upload: [], download: [], refusals: refusals, pathSchemas: pathSchemas)
    }

    /// An operation that reads `query`, and maybe a file as its body.
    public init<Q: Form>(_ method: HTTPRequest.Method, _ path: String, _ summary: String, roles: Roles, query: Q.Type,
                         status: Int = 200, response: JSONSchema?, upload: [String] = [], download: [String] = [],
                         refusals: Refusals = [], pathSchemas: [String: JSONSchema] = [:]) {
        self.init(method, path, summary, roles: roles, form: nil, query: Self.parameters(of: Q.self), status: status,
                  response: response, upload: upload, download: download, refusals: refusals, pathSchemas: pathSchemas)
    }

    /// An operation with both: a JSON body, or a file with the body's other fields in the query.
    public init<F: Form, Q: Form>(_ method: HTTPRequest.Method, _ path: String, _ summary: String, roles: Roles, form: F.Type,
                                  query: Q.Type, status: Int = 200, response: JSONSchema?, upload: [String],
                                  refusals: Refusals = []) {
        self.init(method, path, summary, roles: roles, form: ("\(F.self)", F.schema), query: Self.parameters(of: Q.self),
                  status: status, response: response, upload: upload, download: [], refusals: refusals, pathSchemas: [:])
    }

    private init(_ method: HTTPRequest.Method, _ path: String, _ summary: String, roles: Roles,
                 form: (name: String, schema: JSONSchema)?, query: [(name: String, schema: JSONSchema)], status: Int,
                 response: JSONSchema?, upload: [String], download: [String], refusals: Refusals, pathSchemas: [String: JSONSchema]) {
        self.method = method
        self.path = path
        self.summary = summary
        self.roles = roles
        self.form = form
        self.query = query
        self.status = status
        self.response = response
        self.upload = upload
        self.download = download
        self.refusals = refusals
        self.pathSchemas = pathSchemas
    }

    private static func parameters<Q: Form>(of form: Q.Type) -> [(name: String, schema: JSONSchema)] {
        guard let properties = Q.parameterSchema.objectContext?.properties else { return [] }
        return properties.map { ($0.key, withoutBlank($0.value)) }
    }

    /// A query parameter's schema without the blank a body's optional field may be sent as:
    /// a parameter given empty is refused (`RequestForms`), so it is left out or given a value.
    /// The field's own schema is the first of its alternatives.
    static func withoutBlank(_ schema: JSONSchema) -> JSONSchema {
        guard case .any(let alternatives, _) = schema.value, var given = alternatives.first else { return schema }
        if given.description == nil, let description = schema.description { given = given.with(description: description) }
        return schema.required ? given.requiredSchemaObject() : given.optionalSchemaObject()
    }

    /// The path in OpenAPI's spelling: `/v1/applications/{id}`.
    public var templatedPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
    }

    var pathParameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }

    /// A path parameter's schema: an id is a UUID, anything else the schema given, or text.
    func schema(ofPathParameter name: String) -> JSONSchema {
        pathSchemas[name] ?? (name == "id" || name.hasSuffix("Id") ? .identifier : .string(minLength: 1))
    }
}
