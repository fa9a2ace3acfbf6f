import EventContracts
import Foundation
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The public check over HTTP, with no login: by the code the QR code carries, by the number
/// and the holder's surname together, or by the PDF file itself. A browser gets the page, a
/// client system JSON. Every check is rate-limited per client and logged for the office.
enum PublicCheckRoutes: APIRoutes {
    static let byCode = APIOperation(
        .get, "/v1/public/certificates/:code",
        "Check a certificate by the verification code its QR code carries (public): a page in kk/ru/en for a browser (Accept: text/html), JSON otherwise",
        roles: .anyone, query: PageLanguageQuery.self, response: .named("PublicCertificate"), download: ["text/html"],
        refusals: [.rateLimited], pathSchemas: ["code": .string(pattern: VerificationCode.pattern)])
    static let byPaper = APIOperation(
        .get, "/v1/public/certificates",
        "Check a certificate by its registration number and the holder's surname, as printed (public); the number alone finds nothing. A browser gets the page with the form",
        roles: .anyone, query: PaperLookup.self, response: .named("PublicCertificate"), download: ["text/html"],
        refusals: [.notFound, .rateLimited])
    static let byFile = APIOperation(
        .post, "/v1/public/file-checks", "Whether a PDF file is a certificate exactly as the registry issued it, by its SHA-256 (public)",
        roles: .anyone, response: .named("PublicFileCheck"), upload: ["application/pdf"], refusals: [.rateLimited])

    static let operations = [byCode, byPaper, byFile]

    /// A certificate's PDF is about 100 KB; ten times that is no certificate of ours.
    static let fileLimit = 1_048_576

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let settings = try CertificationSettings.of(environment)
        let limiter = environment.parts.shared(RateLimiter.self) { RateLimiter(environment.settings) }
        let log = environment.parts.shared(CheckLog.self) { CheckLog() }
        let views = environment.parts.shared(PublicViews.self) { PublicViews() }

        router.on(byCode) { request, context -> Response in
            try limiter.admit(request, context: context)
            let code = try context.parameter("code")
            // Checked only when there is a query: reading a form costs a JSON round trip.
            if request.uri.query != nil { _ = try request.query(PageLanguageQuery.self, context: context) }
            let client = limiter.client(of: request, context: context)
            // JSON, the answer a client system asks for again and again, comes from memory when it can.
            let cached = request.wantsHTML ? nil : views.answer(for: code)
            if let kept = cached?.kept {
                log.record(.code, certificateId: kept.certificateId, registrationNumber: kept.registrationNumber, client: client)
                return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: kept.answer))
            }
            let found = try await database.read { db in try PublicChecks.byCode(code, settings: settings, in: db) }
            log.record(.code, found: found?.certificate, client: client)
            if let found, let cached {
                let answer = ByteBuffer(data: try context.responseEncoder.encode(found.shown))
                views.keep(.init(answer: answer, certificateId: found.certificate.id, registrationNumber: found.certificate.registrationNumber),
                           for: code, readAt: cached.generation)
            }
            return try answer(found?.shown, asked: true, path: "/v1/public/certificates/\(code)", request: request, context: context)
        }

        router.on(byPaper) { request, context -> Response in
            try limiter.admit(request, context: context)
            // A browser that has not yet filled the form in gets the form, with nothing found.
            if request.wantsHTML && request.uri.queryParameters["number"] == nil && request.uri.queryParameters["surname"] == nil {
                return try answer(nil, asked: false, path: "/v1/public/certificates", request: request, context: context)
            }
            let lookup = try request.query(PaperLookup.self, context: context)
            let found = try await database.read { db in
                try PublicChecks.byPaper(number: lookup.number, surname: lookup.surname, settings: settings, in: db)
            }
            log.record(.paper, found: found?.certificate, client: limiter.client(of: request, context: context))
            return try answer(found?.shown, asked: true, path: "/v1/public/certificates", number: lookup.number,
                              surname: lookup.surname, request: request, context: context)
        }

        router.on(byFile) { request, context -> PublicFileCheck in
            try limiter.admit(request, context: context)
            let content: ByteBuffer
            do { content = try await request.body.collect(upTo: fileLimit) } catch { throw PublicCheckRefusal.tooLarge(fileLimit) }
            guard content.readableBytesView.starts(with: Array("%PDF-".utf8)) else { throw PublicCheckRefusal.notAPDF }
            let found = try await database.read { db in try PublicChecks.byFile(Data(buffer: content), settings: settings, in: db) }
            log.record(.file, found: found?.certificate, client: limiter.client(of: request, context: context))
            return PublicFileCheck(issued: found != nil, certificate: found?.shown)
        }
    }

    /// The page for a browser, JSON (or its 404) for anyone else.
    static func answer(_ shown: PublicCertificate?, asked: Bool, path: String, number: String? = nil, surname: String? = nil,
                       request: Request, context: AppRequestContext) throws -> Response {
        if request.wantsHTML {
            let language = request.pageLanguage()
            return PublicCheckPage.page.response(
                PublicCheckPage.values(shown, asked: asked, path: path, number: number, surname: surname, in: language),
                language: language, status: asked && shown == nil ? .notFound : .ok)
        }
        guard let shown else { throw Certificate.notFound }
        return try shown.response(from: request, context: context)
    }

    static let schemas: [String: JSONSchema] = [
        "PublicCertificate": .object([
            "registrationNumber": .string, "fullName": .string, "programmeCode": .string, "titleKk": .string, "titleRu": .string,
            "hours": .integer(1...2000), "issuedOn": .calendarDate, "status": .choice(Certificate.Status.self),
            "revokedOn": .calendarDate, "revocationReason": .choice(Certificate.Revocation.Reason.self),
            "replacedBy": .string,
        ], required: ["registrationNumber", "fullName", "programmeCode", "issuedOn", "status"]),
        "PublicFileCheck": .object(["issued": .boolean, "certificate": .reference(.component(named: "PublicCertificate"))],
                                   required: ["issued"]),
    ]
}

/// What the file check refuses before looking.
enum PublicCheckRefusal {
    static let notAPDF = Problem(
        status: .unsupportedMediaType, type: Problem.typeBase + "not-a-pdf",
        title: Localized(kk: "Файл PDF емес", ru: "Файл не PDF", en: "The file is not a PDF"),
        detail: Localized(kk: "Сертификат PDF файлы ретінде беріледі", ru: "Сертификат выдаётся PDF-файлом",
                          en: "Certificates are issued as PDF files"))

    static func tooLarge(_ limit: Int) -> Problem {
        Problem(status: .contentTooLarge, type: Problem.typeBase + "file-too-large",
                title: Localized(kk: "Файл тым үлкен", ru: "Файл слишком большой", en: "The file is too large"),
                detail: Localized(kk: "Ең көбі \(limit / 1024) КБ", ru: "Не больше \(limit / 1024) КБ", en: "At most \(limit / 1024) KB"))
    }
}
