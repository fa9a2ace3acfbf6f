import Foundation
import Hummingbird

extension Request {
    /// Decodes a JSON body, answering 400 with problem details that say where it went wrong.
    /// (Hummingbird's own `decode` turns decoding errors into a bare 400, losing the field.)
    public func decodeJSON<T: Decodable>(_ type: T.Type, context: AppRequestContext) async throws -> T {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        do {
            return try context.requestDecoder.decode(type, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw Problem.malformed(ProblemMiddleware<AppRequestContext>.describe(error))
        }
    }
}

extension AppRequestContext {
    /// A path parameter that must be there (the route declares it).
    public func parameter(_ name: String) throws -> String {
        try parameters.require(name)
    }
}
