import HTTPTypes
import Hummingbird

/// The methods each of the service's paths is served with. A path the service serves, asked
/// with a method it does not serve there, is answered 405 with the methods it does serve in
/// `Allow` (RFC 9110 §15.5.6), not 404 as Hummingbird's router would: the path is right, the
/// method is not. A path the service does not serve at all is left to the router's 404. HEAD
/// is served wherever GET is (Hummingbird answers it from the GET route).
///
/// `ProblemMiddleware` asks it about the router's 404s, rather than it being a middleware of
/// its own: every layer of middleware costs every request a little, and the stack's layers
/// together took a tenth of `/health/live`'s CPU (docs/performance.md).
struct AllowedMethods: Sendable {
    /// Each path, as segments (`nil` for a parameter), and the methods served there.
    private let paths: [(segments: [Substring?], methods: [HTTPRequest.Method])]

    init(_ operations: [APIOperation]) {
        var paths: [(segments: [Substring?], methods: [HTTPRequest.Method])] = []
        for operation in operations {
            let segments = Self.segments(operation.path).map { $0.hasPrefix(":") ? nil : $0 }
            let methods: [HTTPRequest.Method] = operation.method == .get ? [.get, .head] : [operation.method]
            if let index = paths.firstIndex(where: { $0.segments == segments }) {
                paths[index].methods += methods
            } else {
                paths.append((segments, methods))
            }
        }
        self.paths = paths
    }

    /// The 405 for a request the router found nothing for (its own 404, an `HTTPError`; a
    /// record that is missing is a problem of the route's, and is not asked about), if its path
    /// is served with other methods; nil if the path is not served at all.
    func refusal(for request: Request) -> Problem? {
        let asked = Self.segments(request.uri.path)
        let served = paths.filter { path in
            path.segments.count == asked.count && zip(path.segments, asked).allSatisfy { $0 == nil || $0 == $1 }
        }.flatMap(\.methods)
        guard !served.isEmpty, !served.contains(request.method) else { return nil }
        return Problem.methodNotAllowed(allowed: served)
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }
}

extension Problem {
    static func methodNotAllowed(allowed: [HTTPRequest.Method]) -> Problem {
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        var problem = Problem(status: .methodNotAllowed, type: Problem.typeBase + "http-405",
                              title: ProblemMiddleware<AppRequestContext>.title(of: .methodNotAllowed),
                              detail: Localized(kk: "Мұнда: \(list)", ru: "Здесь поддерживаются: \(list)", en: "Here: \(list)"))
        problem.headers[.allow] = list
        return problem
    }
}
