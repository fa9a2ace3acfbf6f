import Foundation
import Hummingbird
import Logging

/// Answers every error as problem details: a service's refusals and missing records
/// (`ProblemConvertible`), the router's own (404, and 405 where the path is served with other
/// methods: `AllowedMethods`), a body over the limit (413), an unreadable body (400), and
/// anything unexpected (500, logged, with no internals in the body).
///
/// It returns the answer rather than throwing it, so that the metrics middleware outside it
/// counts, and times, the status the client received.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    private let allowed: AllowedMethods

    /// `operations`: the service's, for the methods each path is served with.
    public init(operations: [APIOperation] = []) { allowed = AllowedMethods(operations) }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return try problem(for: error, request: request, context: context).response(from: request, context: context)
        }
    }

    func problem(for error: any Error, request: Request, context: Context) -> Problem {
        if let error = error as? HTTPError, error.status == .notFound, let refusal = allowed.refusal(for: request) { return refusal }
        switch error {
        case let problem as Problem:
            return problem
        case let convertible as any ProblemConvertible:
            return convertible.problem
        case let error as DecodingError:
            return .malformed(Self.describe(error))
        case let error as HTTPError:
            return Problem(status: error.status, type: Problem.typeBase + "http-\(error.status.code)",
                           title: Self.title(of: error.status), detail: error.body.map { Localized(kk: $0, ru: $0, en: $0) })
        case let error as any HTTPResponseError:
            // Hummingbird's and NIO's own: a body over `maxUploadSize` is NIOTooManyBytesError, a 413.
            return Problem(status: error.status, type: Problem.typeBase + "http-\(error.status.code)", title: Self.title(of: error.status))
        default:
            context.logger.error("unhandled error", metadata: ["error": "\(error)"])
            return Problem(status: .internalServerError, type: Problem.typeBase + "internal",
                           title: Localized(kk: "Ішкі қате", ru: "Внутренняя ошибка", en: "Internal error"))
        }
    }

    /// The statuses the router and the server answer by themselves, in words.
    static func title(of status: HTTPResponse.Status) -> Localized {
        switch status {
        case .notFound: Localized(kk: "Табылмады", ru: "Не найдено", en: "Not found")
        case .methodNotAllowed: Localized(kk: "Бұл әдіс қолданылмайды", ru: "Метод не поддерживается", en: "Method not allowed")
        case .contentTooLarge:
            Localized(kk: "Сұраным денесі тым үлкен", ru: "Тело запроса слишком велико", en: "The request body is too large")
        default: Localized(kk: status.reasonPhrase, ru: status.reasonPhrase, en: status.reasonPhrase)
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field \(path(context).isEmpty ? key.stringValue : path(context) + "." + key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return context.codingPath.isEmpty ? "the body must be a JSON object" : "wrong type at \(path(context))"
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "the body is not valid JSON" : "invalid value at \(path(context))"
        @unknown default: return "unreadable body"
        }
    }
}
