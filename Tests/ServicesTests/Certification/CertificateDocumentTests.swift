@testable import CertificationService
import EventContracts
import Foundation
import GRDB
import ServiceKit
import TestSupport
import Testing

/// The certificate as printed (Appendices 3 and 4), read back as its reader would: its text
/// through `pdftotext`, its QR code from the rendered page through `zbarimg`.
@Suite("The printed certificate")
struct CertificateDocumentTests {
    static func settings(_ extra: [String: String] = [:]) throws -> CertificationSettings {
        // The signing key is made beside the database: in a temporary folder, not the repository's var/.
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("qadam-certificate-documents/certification.sqlite")
        return try CertificationSettings(ServiceSettings(service: "certification", defaultPort: 8084, environment: [
            "PUBLIC_BASE_URL": "https://pd.example.kz", "DATABASE_PATH": database.path,
        ].merging(extra) { $1 }))
    }

    /// The sample pass's certificate, with `hours` in total and the holder's `sex`.
    static func certificate(hours: Int = 72, sex: Sex? = nil, modules: Int = 2) throws -> Certificate {
        let passed = try Samples.payload(ListenerPassed.self)
        let module = passed.modules[0]
        let many = (1...modules).map { index in
            ListenerPassed.Module(name: index == 1 ? module.name : "Модуль \(index): цифрлық білім беру ресурстарын сабақта "
                                  + "қолдану / Использование цифровых образовательных ресурсов на уроке", hours: 1, grade: module.grade)
        }
        return Certificate(
            id: "c-1", registrationNumber: "QDM-2026-000042", listenerId: passed.listenerId, candidateId: passed.candidateId,
            groupId: passed.groupId, fullName: passed.fullName, sex: sex, programmeCode: passed.programmeCode,
            issuedOn: passed.assessedOn, rector: "Жұмабаев А. Б.", status: .valid,
            verificationCode: "0123456789abcdef0123456789abcdef", holderCode: "fedcba9876543210fedcba9876543210",
            appendix: .init(titleKk: passed.titleKk, titleRu: passed.titleRu, totalHours: hours, modules: many,
                            finalAssessment: passed.finalAssessment))
    }

    /// The PDF's text with its line breaks as spaces: a sentence wraps where the page ends it.
    static func text(_ certificate: Certificate) async throws -> String {
        let pdf = try CertificateFiles.render(certificate, settings: try settings()).pdf
        return try await PDFText.extract(pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("the Russian sentence puts the hours in the genitive after «в объеме», the Kazakh one after the number", arguments: [
        (1, "в объеме 1 академического часа"), (21, "в объеме 21 академического часа"),
        (72, "в объеме 72 академических часов"), (111, "в объеме 111 академических часов"),
    ])
    func hoursInTheirCase(hours: Int, russian: String) async throws {
        let text = try await Self.text(try Self.certificate(hours: hours))
        #expect(text.contains(russian))
        #expect(text.contains("\(hours) академиялық сағат көлемінде"))
    }

    @Test("the verb agrees with the holder: прошёл, прошла, or прошел(ла) when intake did not say", arguments: [
        (Sex.male, "прошёл курс", "показал"), (Sex.female, "прошла курс", "показала"), (nil, "прошел(ла) курс", "показал(а)"),
    ] as [(Sex?, String, String)])
    func verbAgrees(sex: Sex?, passed: String, showed: String) async throws {
        let text = try await Self.text(try Self.certificate(sex: sex))
        #expect(text.contains("Сәрсенова Айгүл Маратқызы \(passed)"))
        // A justified line's words may come out of pdftotext in another order: the word is looked for alone.
        #expect(text.split(separator: " ").contains { $0 == showed })
    }

    @Test("page one after Appendix 3, page two after Appendix 4 with every module, its hours and grade, and the total")
    func bothPages() async throws {
        let pdf = try CertificateFiles.render(try Self.certificate(hours: 72, modules: 8), settings: try Self.settings()).pdf
        let raw = try await PDFText.extract(pdf)
        #expect(PDFText.pageCount(raw) == 2)
        let pages = raw.split(separator: "\u{0C}").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let front = pages[0]
        for expected in ["«Қадам» біліктілікті арттыру орталығы", "Центр повышения квалификации «Қадам»", "СЕРТИФИКАТ",
                         "«Жаратылыстану пәндерін оқытудағы зерттеу тәсілі» тақырыбы бойынша",
                         "на тему «Исследовательский подход в преподавании естественных наук»",
                         "Ректор", "Жұмабаев А. Б.", "№ QDM-2026-000042", "2026 жылғы 15 қазан", "«15» октября 2026 года"] {
            #expect(front.contains(expected), "page one lacks «\(expected)»")
        }
        let back = pages[1]
        #expect(back.contains("ПРИЛОЖЕНИЕ К СЕРТИФИКАТУ"))
        #expect(back.contains("Зерттеуге негізделген оқыту / Обучение через исследование"))
        // The long names wrap within their cell, and all eight are there.
        #expect((2...8).allSatisfy { back.contains("Модуль \($0):") })
        #expect(back.contains("B+ (87), жақсы / хорошо"))
        #expect(back.contains("Қорытынды аттестаттау / Итоговая аттестация"))
        #expect(back.contains("A- (91), өте жақсы / отлично"))
        #expect(back.contains("Барлығы / Итого 72"))
    }

    @Test("the QR code on page one, photographed, gives the certificate's public check")
    func qrCodeGivesTheCheck() async throws {
        let pdf = try CertificateFiles.render(try Self.certificate(), settings: try Self.settings()).pdf
        #expect(try await PDFQRCodes.onFirstPage(pdf) == ["https://pd.example.kz/v1/public/certificates/0123456789abcdef0123456789abcdef"])
    }

    @Test("a name no installed font can show fails the rendering instead of printing blanks")
    func missingGlyphFails() throws {
        var certificate = try Self.certificate()
        certificate.fullName = "\u{10FFFD}\u{10FFFC}"
        #expect(throws: (any Error).self) { try CertificateFiles.render(certificate, settings: try Self.settings()) }
    }

    @Test("the rector in office on the day of issue, from the terms the configuration names")
    func rectorOnTheDay() throws {
        let settings = try Self.settings(["PROVIDER_RECTORS": "2019-09-01=Жұмабаев А. Б.; 2026-10-01=Сапарова Г. К."])
        #expect(settings.provider.rector(on: "2026-09-30" as CalendarDate) == "Жұмабаев А. Б.")
        #expect(settings.provider.rector(on: "2026-10-01" as CalendarDate) == "Сапарова Г. К.")
        #expect(settings.provider.rector(on: "2010-01-01" as CalendarDate) == settings.provider.rector)
        #expect(throws: SettingsError.self) { try Self.settings(["PROVIDER_RECTORS": "Сапарова Г. К."]) }
        #expect(throws: SettingsError.self) { try Self.settings(["PUBLIC_BASE_URL": "pd.example.kz"]) }
    }

    @Test("dump", .disabled(if: ProcessInfo.processInfo.environment["QADAM_DUMP_CERTIFICATE"] == nil))
    func dump() throws {
        let pdf = try CertificateFiles.render(try Self.certificate(sex: .female, modules: 8), settings: try Self.settings()).pdf
        try pdf.write(to: URL(fileURLWithPath: ProcessInfo.processInfo.environment["QADAM_DUMP_CERTIFICATE"]!))
    }
}
