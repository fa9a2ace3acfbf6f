import EventContracts
import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore
import OpenAPIKit
import ServiceKit
import Testing

/// A service's router, with every answer it gives held to the service's own API document: the
/// status must be one the document lists for the operation, and a JSON body must match the
/// schema it gives for that status. Every test that sends requests through `ServiceHarness`
/// so also tests the document: an answer the document does not describe fails the test.
struct DocumentedResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == AppRequestContext {
    typealias Context = AppRequestContext
    let inner: Inner
    let document: DocumentedAnswers

    func respond(to request: Request, context: Context) async throws -> Response {
        let response = try await inner.respond(to: request, context: context)
        let collector = Collector()
        try await response.body.write(CollectingWriter(collector: collector))
        let body = collector.buffer
        document.check(request.method, request.uri.path, response.status, response.headers[.contentType], body)
        return Response(status: response.status, headers: response.headers, body: .init(byteBuffer: body))
    }

    final class Collector: @unchecked Sendable {
        var buffer = ByteBuffer()
    }

    struct CollectingWriter: ResponseBodyWriter {
        let collector: Collector
        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            collector.buffer.writeBuffer(&buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}

/// An application whose responder is `DocumentedResponder`.
struct DocumentedApplication<Inner: HTTPResponder>: ApplicationProtocol where Inner.Context == AppRequestContext {
    let inner: Inner
    let document: DocumentedAnswers
    var responder: DocumentedResponder<Inner> { get async throws { DocumentedResponder(inner: inner, document: document) } }
}

/// What a service's API document says each operation answers: for each status, each media
/// type's schema, with every reference resolved.
struct DocumentedAnswers: Sendable {
    struct Operation: Sendable {
        var method: String
        var segments: [String]
        var answers: [Int: [String: JSONSchema?]]
    }

    let operations: [Operation]

    init(_ document: OpenAPI.Document) throws {
        let dereferenced = try document.locallyDereferenced()
        var operations: [Operation] = []
        for (path, item) in dereferenced.paths {
            for endpoint in item.endpoints {
                var answers: [Int: [String: JSONSchema?]] = [:]
                for (status, response) in endpoint.operation.responses {
                    guard let code = Int(status.rawValue) else { continue }
                    var content: [String: JSONSchema?] = [:]
                    for (type, body) in response.content { content[type.rawValue] = body.schema?.jsonSchema }
                    answers[code] = content
                }
                operations.append(Operation(method: endpoint.method.rawValue, segments: path.components, answers: answers))
            }
        }
        self.operations = operations
    }

    /// The documented operation a request reaches: literal segments before parameters.
    func operation(_ method: String, _ path: String) -> Operation? {
        let segments = path.split(separator: "/").map(String.init)
        let candidates = operations.filter { operation in
            operation.method == method && operation.segments.count == segments.count
                && zip(operation.segments, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }
        return candidates.max { $0.segments.filter { !$0.hasPrefix("{") }.count < $1.segments.filter { !$0.hasPrefix("{") }.count }
    }

    func check(_ method: HTTPRequest.Method, _ path: String, _ status: HTTPResponse.Status, _ contentType: String?, _ body: ByteBuffer) {
        // A route the service does not have is the router's 404, for every service alike.
        guard let operation = operation(method.rawValue, path) else { return }
        let name = "\(method) \(path) answered \(status.code)"
        guard let media = operation.answers[Int(status.code)] else {
            Issue.record("\(name), which its API document does not list: \(String(buffer: body).prefix(300))")
            return
        }
        guard let type = contentType?.split(separator: ";").first.map(String.init),
              type.hasSuffix("json"), body.readableBytes > 0 else { return }
        guard let documented = media[type] else {
            Issue.record("\(name) as \(type), which its API document does not list (it lists \(media.keys.sorted()))")
            return
        }
        guard let schema = documented else { return }
        do {
            let value = try JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed])
            for problem in SchemaCheck.problems(value, schema, at: "$") {
                Issue.record("\(name): \(problem), against its API document")
            }
        } catch {
            Issue.record("\(name) with a body that is not JSON: \(error)")
        }
    }
}

/// The part of JSON Schema the services' documents use, as a check of a value.
enum SchemaCheck {
    static func problems(_ value: Any, _ schema: JSONSchema, at path: String) -> [String] {
        if value is NSNull { return schema.nullable ? [] : ["\(path) is null"] }
        switch schema.value {
        case .object(_, let object):
            guard let dictionary = value as? [String: Any] else { return ["\(path) is not an object"] }
            var problems = object.requiredProperties.filter { dictionary[$0] == nil }.map { "\(path).\($0) is missing" }
            for (key, member) in dictionary {
                if let property = object.properties[key] {
                    problems += Self.problems(member, property, at: "\(path).\(key)")
                } else if case .b(let additional)? = object.additionalProperties {
                    problems += Self.problems(member, additional, at: "\(path).\(key)")
                } else if object.additionalProperties == nil || object.additionalProperties == .a(false) {
                    problems.append("\(path).\(key) is not in the schema")
                }
            }
            return problems
        case .array(_, let array):
            guard let items = value as? [Any] else { return ["\(path) is not an array"] }
            guard let schema = array.items else { return [] }
            return items.enumerated().flatMap { Self.problems($1, schema, at: "\(path)[\($0)]") }
        case .string(let core, let string):
            guard let text = value as? String else { return ["\(path) is not a string"] }
            var problems: [String] = []
            if let allowed = core.allowedValues, !allowed.contains(where: { ($0.value as? String) == text }) {
                problems.append("\(path) is \(text), not one of \(allowed.map { "\($0.value)" })")
            }
            switch core.format {
            case .date where CalendarDate(text) == nil: problems.append("\(path) is \(text), not a date")
            case .dateTime where ISO8601DateFormatter().date(from: text) == nil: problems.append("\(path) is \(text), not an instant")
            case .uuid where UUID(uuidString: text) == nil: problems.append("\(path) is \(text), not a UUID")
            default: break
            }
            if let pattern = string.pattern, let regex = try? Regex(pattern), (try? regex.firstMatch(in: text)) == nil {
                problems.append("\(path) is \(text), which does not match \(pattern)")
            }
            return problems
        case .integer(_, let integer):
            guard let number = value as? Int else { return ["\(path) is not an integer"] }
            if let minimum = integer.minimum, number < minimum.value { return ["\(path) is below \(minimum.value)"] }
            if let maximum = integer.maximum, number > maximum.value { return ["\(path) is above \(maximum.value)"] }
            return []
        case .boolean:
            return value as? Bool == nil ? ["\(path) is not a boolean"] : []
        default:
            return []
        }
    }
}
