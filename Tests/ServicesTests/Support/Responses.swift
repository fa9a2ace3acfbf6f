import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit

extension TestResponse {
    var text: String { String(buffer: body) }

    func problem() throws -> Problem.Body {
        try JSONDecoder().decode(Problem.Body.self, from: Data(body.readableBytesView))
    }

    func json<T: Decodable>(_ type: T.Type) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(body.readableBytesView))
    }

    /// How many items a JSON array body holds.
    func jsonCount() throws -> Int {
        try (JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [Any])?.count ?? -1
    }

    /// The top-level member names of a JSON object body.
    func jsonKeys() throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        return Set(object?.keys.map { $0 } ?? [])
    }
}

extension HTTPFields {
    static func bearer(_ token: String, language: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        if let language { fields[.acceptLanguage] = language }
        return fields
    }
}

extension ByteBuffer {
    /// A JSON object body from a dictionary literal.
    static func json(_ object: [String: any Sendable]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }
}
