import Foundation
import Hummingbird

extension Request {
    /// Decodes a JSON body, answering 400 with problem details when it is not readable.
    public func decodeJSON<T: Decodable>(_ type: T.Type, context: AppRequestContext) async throws -> T {
        do {
            return try await decode(as: type, context: context)
        } catch let error as DecodingError {
            throw Problem.malformed(ProblemMiddleware<AppRequestContext>.describe(error))
        } catch let error as HTTPError where error.status == .badRequest {
            throw Problem.malformed(error.body ?? "the body is not valid JSON")
        }
    }
}

extension AppRequestContext {
    /// A path parameter that must be there (the route declares it).
    public func parameter(_ name: String) throws -> String {
        try parameters.require(name)
    }
}
