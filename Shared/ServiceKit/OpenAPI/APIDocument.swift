import Foundation
import OpenAPIKit

/// A service's OpenAPI 3.1 document (built with OpenAPIKit): its own operations, the
/// operational endpoints every service shares, and the schemas they name. Served at
/// `/openapi.json`.
///
/// Each operation's problem answers follow from its shape, so that none is forgotten: 400 for
/// a JSON body that cannot be read, 401 and 403 behind roles, 404 for a path that names a
/// record, 413 for a body over the limit, 415 for a file of another type, 422 for fields (of
/// the body or the query) that are missing or wrong, and 409 where the operation says so.
public struct APIDocument: Sendable {
    public let service: String
    public let summary: String
    public let operations: [APIOperation]
    /// The schemas the operations name (`.named("Listener")`), by name.
    public let schemas: [String: JSONSchema]

    public init(service: String, summary: String, operations: [APIOperation], schemas: [String: JSONSchema] = [:]) {
        self.service = service
        self.summary = summary
        self.operations = operations
        self.schemas = schemas
    }

    /// Every operation, the shared ones included.
    public var allOperations: [APIOperation] { operations + Self.operational }

    static let operational: [APIOperation] = [
        APIOperation(.get, "/health/live", "Whether the process is alive", roles: .anyone,
                     response: .object(["service": .string, "status": .string], required: ["service", "status"])),
        APIOperation(.get, "/health/ready",
                     "Whether it can serve: its database and its broker links (200 ready or degraded, 503 unavailable)",
                     roles: .anyone,
                     response: .object([
                         "service": .string, "status": .string(allowedValues: "ready", "degraded", "unavailable"), "database": .string,
                         "broker": .object(additionalProperties: .b(.string)),
                     ], required: ["service", "status", "database", "broker"])),
        APIOperation(.get, "/metrics", "Prometheus metrics (text format)", roles: .anyone, response: nil, download: ["text/plain"]),
        // JSON, so described as JSON: a document of bytes ("string", "binary") is what a client
        // that parses the answer, as schemathesis does, finds it is not (ST108).
        APIOperation(.get, "/openapi.json", "This document", roles: .anyone,
                     response: .object(["openapi": .string, "info": .object, "paths": .object, "components": .object],
                                       required: ["openapi", "info", "paths"])),
    ]

    /// RFC 9457 problem details, with each field that was wrong; `clause`, where a refusal rests
    /// on one, is the regulation's clause (on the problem for a 409, on the field for a 422).
    static let problem = JSONSchema.object([
        "type": .string(format: .uri), "title": .string, "status": .integer(100...599), "detail": .string, "instance": .string,
        "clause": .string,
        "errors": .array(items: .object(["field": .string, "message": .string, "clause": .string], required: ["field", "message"])),
    ], required: ["type", "title", "status"])

    static let problemJSON = OpenAPI.ContentType(rawValue: "application/problem+json")!

    public var document: OpenAPI.Document {
        var paths = OrderedDictionary<OpenAPI.Path, Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem>>()
        for operation in allOperations {
            let path = OpenAPI.Path(rawValue: operation.templatedPath)
            var item = paths[path]?.pathItemValue ?? OpenAPI.PathItem()
            item.set(operation: Self.operation(operation), for: OpenAPI.HttpMethod(rawValue: operation.method.rawValue)!)
            paths[path] = .pathItem(item)
        }
        var components = OrderedDictionary<OpenAPI.ComponentKey, JSONSchema>()
        for (name, schema) in schemas.sorted(by: { $0.key < $1.key }) { components[.init(stringLiteral: name)] = schema }
        for operation in operations { if let form = operation.form { components[.init(stringLiteral: form.name)] = form.schema } }
        components["Problem"] = Self.problem
        return OpenAPI.Document(
            openAPIVersion: .v3_1_1,
            info: .init(title: "Qadam \(service)", description: summary, version: "1"),
            servers: [], paths: paths,
            components: .direct(schemas: components, securitySchemes: ["bearer": .http(scheme: "bearer", bearerFormat: "JWT")]))
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    static func operation(_ operation: APIOperation) -> OpenAPI.Operation {
        var responses = OpenAPI.Response.Map()
        responses[OpenAPI.Response.StatusCode(integerLiteral: operation.status)] = .response(
            description: "Success", content: successContent(operation))
        for (status, description) in problems(of: operation) {
            responses[OpenAPI.Response.StatusCode(integerLiteral: status)] = .response(
                description: description, content: [problemJSON: .content(.init(schemaReference: .component(named: "Problem")))])
        }
        let pathParameters = operation.pathParameters.map { name in
            Either<OpenAPI.Reference<OpenAPI.Parameter>, OpenAPI.Parameter>.parameter(
                .path(name: name, schema: operation.schema(ofPathParameter: name)))
        }
        let queryParameters = operation.query.map { parameter in
            Either<OpenAPI.Reference<OpenAPI.Parameter>, OpenAPI.Parameter>.parameter(
                .query(name: parameter.name, required: parameter.schema.required, schema: parameter.schema.requiredSchemaObject(),
                       description: parameter.schema.description))
        }
        var body = OpenAPI.Content.Map()
        if let form = operation.form { body[.json] = .content(.init(schemaReference: .component(named: form.name))) }
        for type in operation.upload {
            body[OpenAPI.ContentType(rawValue: type)!] = .content(.init(schema: .string(contentEncoding: .binary)))
        }
        let roles = operation.roles.ordered.map(\.rawValue).joined(separator: ", ")
        return OpenAPI.Operation(
            summary: operation.summary,
            description: operation.roles.isPublic ? "Public: no token needed" : "Roles: \(roles)",
            parameters: pathParameters + queryParameters,
            requestBody: body.isEmpty ? nil : OpenAPI.Request(content: body, required: true),
            responses: responses,
            security: operation.roles.isPublic ? [] : [[.component(named: "bearer"): []]])
    }

    private static func successContent(_ operation: APIOperation) -> OpenAPI.Content.Map {
        var content = OpenAPI.Content.Map()
        if let response = operation.response { content[.json] = .content(.init(schema: response)) }
        for type in operation.download {
            content[OpenAPI.ContentType(rawValue: type)!] = .content(.init(schema: .string(contentEncoding: .binary)))
        }
        return content
    }

    /// The problem answers an operation's shape implies, in the order of their statuses.
    static func problems(of operation: APIOperation) -> [(Int, String)] {
        var problems: [(Int, String)] = []
        if operation.form != nil { problems.append((400, "The body is not JSON, or a field has the wrong type")) }
        if !operation.roles.isPublic {
            problems.append((401, "No valid bearer token"))
            problems.append((403, "The token's role may not do this"))
        }
        if !operation.pathParameters.isEmpty || operation.refusals.contains(.notFound) { problems.append((404, "Not found")) }
        if operation.refusals.contains(.conflict) { problems.append((409, "The state of things does not allow it")) }
        if operation.form != nil || !operation.upload.isEmpty { problems.append((413, "The body is larger than the limit")) }
        if !operation.upload.isEmpty { problems.append((415, "The content is none of the accepted types")) }
        if operation.form != nil || !operation.query.isEmpty || operation.refusals.contains(.invalid) || !operation.upload.isEmpty {
            problems.append((422, "Fields that are missing or wrong, each with its reason"))
        }
        if operation.refusals.contains(.rateLimited) { problems.append((429, "Too many calls from this client: wait as Retry-After says")) }
        return problems
    }
}
