import Foundation
import Hummingbird
import Logging

/// Turns every error into problem details: the router's own (404, 405, 413), decoding errors
/// (400), and anything unexpected (500, logged, with no internals in the body).
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as HTTPError {
            throw Problem(status: error.status, type: Problem.typeBase + "http-\(error.status.code)",
                          title: Localized(kk: error.status.reasonPhrase, ru: error.status.reasonPhrase, en: error.status.reasonPhrase),
                          detail: error.body.map { Localized(kk: $0, ru: $0, en: $0) })
        } catch let error as DecodingError {
            throw Problem.malformed(Self.describe(error))
        } catch {
            context.logger.error("unhandled error", metadata: ["error": "\(error)"])
            throw Problem(status: .internalServerError, type: Problem.typeBase + "internal",
                          title: Localized(kk: "Ішкі қате", ru: "Внутренняя ошибка", en: "Internal error"))
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field \(path(context).isEmpty ? key.stringValue : path(context) + "." + key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "wrong type at \(path(context))"
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "the body is not valid JSON" : "invalid value at \(path(context))"
        @unknown default: return "unreadable body"
        }
    }
}
