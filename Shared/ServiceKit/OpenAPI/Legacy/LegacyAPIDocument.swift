import Foundation
import Hummingbird

/// A service's OpenAPI 3.1 document: its own operations, the operational endpoints every
/// service shares, and the shared problem-details schema. Served at `/openapi.json`.
public struct LegacyAPIDocument: Sendable {
    public var service: String
    public var summary: String
    public var operations: [LegacyAPIOperation]
    public var schemas: [String: LegacySchema]

    public init(service: String, summary: String, operations: [LegacyAPIOperation], schemas: [String: LegacySchema] = [:]) {
        self.service = service
        self.summary = summary
        self.operations = operations
        self.schemas = schemas
    }

    /// Every operation, the shared ones included.
    public var allOperations: [LegacyAPIOperation] { operations + Self.operational }

    static let operational: [LegacyAPIOperation] = [
        LegacyAPIOperation(.get, "/health/live", "Whether the process is alive", roles: [], response: .object([("status", .text)])),
        LegacyAPIOperation(.get, "/health/ready", "Whether it can serve: database and broker links (200 ready or degraded, 503 unavailable)",
                     roles: [], response: .object([("status", .oneOf(["ready", "degraded", "unavailable"])), ("database", .text)])),
        LegacyAPIOperation(.get, "/metrics", "Prometheus metrics (text format)", roles: [], response: nil),
        LegacyAPIOperation(.get, "/openapi.json", "This document", roles: [], response: nil),
    ]

    static let problem = LegacySchema.object([
        ("type", .string(format: "uri")), ("title", .text), ("status", .integer()), ("detail", .text), ("instance", .text),
        ("errors", .array(.object([("field", .text), ("message", .text)], required: ["field", "message"]))),
    ], required: ["type", "title", "status"])

    public func encoded() throws -> Data {
        var paths: [String: [String: LegacyJSONValue]] = [:]
        for operation in allOperations {
            paths[operation.templatedPath, default: [:]][operation.method.rawValue.lowercased()] = operation.json
        }
        let document: LegacyJSONValue = .object([
            "openapi": "3.1.0",
            "info": .object(["title": .string("Qadam \(service)"), "version": "1", "description": .string(summary)]),
            "paths": .object(paths.mapValues { .object($0) }),
            "components": .object([
                "schemas": .object(schemas.mapValues(\.json).merging(["Problem": Self.problem.json]) { $1 }),
                "securitySchemes": .object(["bearer": .object(["type": "http", "scheme": "bearer", "bearerFormat": "JWT"])]),
            ]),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }
}
