import EventContracts
import Foundation
import Hummingbird

/// An RFC 9457 problem details response, with a list of what was wrong with each field.
/// Titles and field messages are in the requester's language (Accept-Language).
public struct Problem: HTTPResponseError, Sendable {
    public struct FieldError: Codable, Sendable, Equatable {
        /// A JSON pointer-like path to the field: `iin`, `teachers[3].email`.
        public var field: String
        public var message: String
        /// The clause of the regulation the field's refusal rests on, where one does: `1.9`.
        public var clause: String?
        public init(field: String, message: String, clause: String? = nil) {
            self.field = field
            self.message = message
            self.clause = clause
        }
    }

    public var status: HTTPResponse.Status
    public var type: String
    public var title: Localized
    public var detail: Localized?
    /// The fields at fault, each with its reason and the clause of the regulation, if any, that
    /// the reason rests on.
    public var fieldErrors: [(field: String, message: Localized, clause: String?)]
    /// The clause of the regulation a refusal of the state of things rests on (`7.4.3`), so
    /// that a client can show it, or look it up, without parsing the title.
    public var clause: String?
    /// Headers the answer carries besides its own (`Allow` with a 405).
    public var headers: HTTPFields = [:]

    public init(status: HTTPResponse.Status, type: String, title: Localized, detail: Localized? = nil,
                clause: String? = nil, fieldErrors: [(field: String, message: Localized, clause: String?)] = []) {
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.clause = clause
        self.fieldErrors = fieldErrors
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let language = Language(acceptLanguage: request.headers[.acceptLanguage])
        return try response(in: language, instance: request.uri.path)
    }

    public func response(in language: Language, instance: String?) throws -> Response {
        let body = body(in: language, instance: instance)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = self.headers
        headers[.contentType] = "application/problem+json"
        headers[.contentLanguage] = language.rawValue
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(body))))
    }

    /// What the response body says, in `language`.
    public func body(in language: Language, instance: String?) -> Body {
        Body(type: type, title: title.text(in: language), status: Int(status.code), detail: detail?.text(in: language),
             instance: instance, clause: clause,
             errors: fieldErrors.isEmpty ? nil : fieldErrors.map {
                 FieldError(field: $0.field, message: $0.message.text(in: language), clause: $0.clause)
             })
    }

    public struct Body: Codable, Sendable, Equatable {
        public var type: String
        public var title: String
        public var status: Int
        public var detail: String?
        public var instance: String?
        public var clause: String?
        public var errors: [FieldError]?
    }
}

extension Problem {
    public static let typeBase = "https://qadam.kz/problems/"

    public static func validation(_ errors: [(field: String, message: Localized)]) -> Problem {
        validation(refusing: errors.map { ($0.field, $0.message, nil) })
    }

    /// A 422 naming each field with its reason and the clause, if any, that refuses it.
    public static func validation(refusing errors: [(field: String, message: Localized, clause: String?)]) -> Problem {
        Problem(status: .unprocessableContent, type: typeBase + "validation",
                title: Localized(kk: "Деректер қате толтырылған", ru: "Данные заполнены с ошибками",
                                 en: "The request has invalid fields"),
                fieldErrors: errors)
    }

    public static let unauthorized = Problem(
        status: .unauthorized, type: typeBase + "unauthorized",
        title: Localized(kk: "Кіру қажет", ru: "Требуется вход", en: "Authentication required"),
        detail: Localized(kk: "Bearer токенін жіберіңіз.", ru: "Передайте bearer-токен.", en: "Send a valid bearer token."))

    public static let forbidden = Problem(
        status: .forbidden, type: typeBase + "forbidden",
        title: Localized(kk: "Рұқсат жоқ", ru: "Доступ запрещён", en: "Forbidden"),
        detail: Localized(kk: "Сіздің рөліңізге бұл әрекетке рұқсат жоқ.", ru: "Вашей роли это действие не разрешено.",
                          en: "Your role may not do this."))

    public static func notFound(_ what: Localized) -> Problem {
        Problem(status: .notFound, type: typeBase + "not-found",
                title: Localized(kk: "Табылмады", ru: "Не найдено", en: "Not found"), detail: what)
    }

    public static func malformed(_ detail: String) -> Problem {
        Problem(status: .badRequest, type: typeBase + "malformed",
                title: Localized(kk: "Сұраным оқылмады", ru: "Запрос не удалось прочитать", en: "Malformed request"),
                detail: Localized(kk: detail, ru: detail, en: detail))
    }
}
