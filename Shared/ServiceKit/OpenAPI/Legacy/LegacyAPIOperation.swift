import Hummingbird

/// One endpoint of a service's HTTP API as its OpenAPI document describes it.
public struct LegacyAPIOperation: Sendable {
    public var method: HTTPRequest.Method
    /// As the router spells it: `/v1/applications/:id`.
    public var path: String
    public var summary: String
    /// Who may call it; empty for a public endpoint, which needs no token.
    public var roles: [Role]
    public var query: [(name: String, description: String)]
    public var request: LegacySchema?
    /// The success status and body; problem responses are added from the roles and the request.
    public var status: Int
    public var response: LegacySchema?
    /// Media types of a file sent as the whole body, or answered as the whole body.
    public var upload: [String]
    public var download: [String]

    public init(_ method: HTTPRequest.Method, _ path: String, _ summary: String, roles: [Role],
                query: [(name: String, description: String)] = [], request: LegacySchema? = nil,
                status: Int = 200, response: LegacySchema?, upload: [String] = [], download: [String] = []) {
        self.method = method
        self.path = path
        self.summary = summary
        self.roles = roles
        self.query = query
        self.request = request
        self.status = status
        self.response = response
        self.upload = upload
        self.download = download
    }

    /// A whole-body file in each of the media types.
    private static func files(_ types: [String]) -> [String: LegacyJSONValue] {
        Dictionary(uniqueKeysWithValues: types.map { ($0, LegacyJSONValue.object(["schema": .object(["type": "string", "format": "binary"])])) })
    }

    /// The path in OpenAPI's spelling: `/v1/applications/{id}`.
    public var templatedPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
    }

    var parameters: [String] {
        path.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }

    var json: LegacyJSONValue {
        var success: [String: LegacyJSONValue] = ["description": "Success"]
        if let response { success["content"] = .object(["application/json": .object(["schema": response.json])]) }
        if !download.isEmpty { success["content"] = .object(Self.files(download)) }
        var responses: [String: LegacyJSONValue] = ["\(status)": .object(success)]
        let problem = LegacyJSONValue.object(["application/problem+json": .object(["schema": LegacySchema.reference("Problem").json])])
        func add(_ code: Int, _ description: String) {
            responses["\(code)"] = .object(["description": .string(description), "content": problem])
        }
        if !roles.isEmpty {
            add(401, "No valid bearer token")
            add(403, "The token's role may not do this")
        }
        if request != nil { add(422, "Fields that are missing or wrong, each with its reason") }
        if !upload.isEmpty {
            add(413, "The file is larger than the limit")
            add(415, "The content is none of the accepted types")
        }
        if !parameters.isEmpty { add(404, "Not found") }
        var operation: [String: LegacyJSONValue] = [
            "summary": .string(summary),
            "responses": .object(responses),
            "security": .array(roles.isEmpty ? [] : [.object(["bearer": .array([])])]),
        ]
        if !roles.isEmpty {
            operation["description"] = .string("Roles: " + roles.map(\.rawValue).joined(separator: ", "))
        }
        let pathParameters = parameters.map { name -> LegacyJSONValue in
            .object(["name": .string(name), "in": "path", "required": .bool(true), "schema": LegacySchema.text.json])
        }
        let queryParameters = query.map { item -> LegacyJSONValue in
            .object(["name": .string(item.name), "in": "query", "description": .string(item.description), "schema": LegacySchema.text.json])
        }
        if !(pathParameters + queryParameters).isEmpty { operation["parameters"] = .array(pathParameters + queryParameters) }
        // A body may come as JSON, as a file, or either (a request's teachers as JSON or CSV).
        var content = Self.files(upload)
        if let request { content["application/json"] = .object(["schema": request.json]) }
        if !content.isEmpty { operation["requestBody"] = .object(["required": .bool(true), "content": .object(content)]) }
        return .object(operation)
    }
}
