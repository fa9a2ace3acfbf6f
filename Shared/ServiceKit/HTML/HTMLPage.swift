import EventContracts
import Foundation
import Hummingbird
import Mustache

/// A server-rendered page: a Mustache template, which escapes every value it is given, so
/// that a name or a title typed in somewhere is shown as text, never run as markup.
public struct HTMLPage: Sendable {
    private let template: MustacheTemplate

    /// `template` is code, written with the page: one that does not parse is a programmer's
    /// error, caught by the page's first test.
    public init(_ template: String) {
        do { self.template = try MustacheTemplate(string: template) } catch { fatalError("a page's template does not parse: \(error)") }
    }

    public func render(_ values: [String: Any]) -> String { template.render(values) }

    /// The page as an answer, in `language`. Its only script and styles are its own, inline;
    /// it loads nothing from elsewhere and may not be framed.
    public func response(_ values: [String: Any], language: Language, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [
            .contentType: "text/html; charset=utf-8",
            .contentLanguage: language.rawValue,
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                + "connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(string: render(values))))
    }
}

extension Request {
    /// Whether the caller asked for a page rather than JSON: a browser's `Accept` names
    /// text/html; a client system's names JSON or nothing.
    public var wantsHTML: Bool {
        guard let accept = headers[.accept] else { return false }
        return accept.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("text/html") }
    }

    /// The reader's language for a page: `?lang=` when they chose one, else `Accept-Language`.
    public func pageLanguage() -> Language {
        uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) }
            ?? Language(acceptLanguage: headers[.acceptLanguage])
    }
}
