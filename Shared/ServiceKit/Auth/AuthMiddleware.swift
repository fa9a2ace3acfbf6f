import Hummingbird

/// Reads `Authorization: Bearer …` and, if the token is valid, records who is asking. It does
/// not refuse anyone by itself: `RoleGuard` on each protected route group does.
public struct AuthMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    private let authority: TokenAuthority

    public init(authority: TokenAuthority) { self.authority = authority }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Without a token the context goes on as it came: a copy of it costs every anonymous
        // request (the public check's) a little.
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            return try await next(request, context)
        }
        var context = context
        context.identity = await authority.verify(String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces))
        return try await next(request, context)
    }
}

/// Lets through only callers with one of the given roles: 401 without a valid token, 403 with
/// the wrong role.
public struct RoleGuard: RouterMiddleware {
    public typealias Context = AppRequestContext
    private let allowed: Roles

    /// The roles as the service's API document lists them, so the two cannot disagree.
    public init(_ allowed: Roles) { self.allowed = allowed }
    public init(_ allowed: [Role]) { self.allowed = Roles(allowed) }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let identity = context.identity else { throw Problem.unauthorized }
        guard allowed.contains(identity.role) else { throw Problem.forbidden }
        return try await next(request, context)
    }
}
