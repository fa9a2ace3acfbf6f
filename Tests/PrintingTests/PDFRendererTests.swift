import Printing
import Foundation
import TestSupport
import Testing

@Suite("PDF rendering with cairo and pango")
struct PDFRendererTests {
    static let kazakh = "Біліктілікті арттыру курсына қабылдау туралы бұйрық: әріптер ә, ғ, қ, ң, ө, ұ, ү, һ, і"
    static let russian = "Приказ о зачислении на курсы повышения квалификации: ёлка, щука, объём"

    @Test("Kazakh and Russian text, headings and a table come out as text a reader can extract")
    func bilingualTextIsReadable() async throws {
        let document = PrintedDocument(title: "Бұйрық / Приказ", blocks: [
            .heading("БҰЙРЫҚ"), .paragraph(Self.kazakh), .space(12),
            .heading("ПРИКАЗ"), .paragraph(Self.russian),
            .table(.init(header: ["№", "Тыңдаушы / Слушатель"], rows: [["1", "Әлиева Гүлнұр"], ["2", "Иванов Пётр"]], widths: [1, 9])),
        ])
        let pdf = try PDFRenderer().render(document)
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let text = try await PDFText.extract(pdf)
        #expect(text.contains("БҰЙРЫҚ"))
        #expect(text.contains("ә, ғ, қ, ң, ө, ұ, ү, һ, і"))
        #expect(text.contains("ПРИКАЗ"))
        #expect(text.contains("ёлка, щука, объём"))
        #expect(text.contains("Әлиева Гүлнұр"))
        #expect(text.contains("Иванов Пётр"))
        #expect(PDFText.pageCount(text) == 1)
    }

    @Test("a long table runs onto further pages, its header repeated on each")
    func longTableBreaksPages() async throws {
        let rows = (1...120).map { ["\($0)", "Слушатель номер \($0)"] }
        let pdf = try PDFRenderer().render(PrintedDocument(title: "List", blocks: [
            .table(.init(header: ["№", "ФИО"], rows: rows, widths: [1, 6])),
        ]))
        let text = try await PDFText.extract(pdf)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: true)
        #expect(pages.count >= 2)
        #expect(pages.allSatisfy { $0.contains("ФИО") })
        #expect(text.contains("Слушатель номер 120"))
    }

    @Test("text that no installed font can show is refused, not printed as empty boxes")
    func missingGlyphsAreRefused() {
        #expect(throws: PrintingError.self) {
            try PDFRenderer().render(PrintedDocument(title: "x", blocks: [.paragraph("\u{10FFFD}\u{10FFFC}")]))
        }
    }
}

@Suite("QR codes and side-by-side text on printed pages")
struct PDFQRCodeTests {
    @Test("a QR code on the page, rendered and photographed, reads back as the text it holds")
    func qrCodeReadsBack() async throws {
        let address = "https://pd.example.kz/v1/public/certificates/0123456789abcdef0123456789abcdef"
        let pdf = try PDFRenderer().render(PrintedDocument(title: "QR", blocks: [
            .title("СЕРТИФИКАТ"), .qrCode(address, size: 90, caption: address),
        ]))
        #expect(try await PDFQRCodes.onFirstPage(pdf) == [address])
        #expect(try await PDFText.extract(pdf).contains("СЕРТИФИКАТ"))
    }

    @Test("a page without a QR code reads as none")
    func noQRCode() async throws {
        let pdf = try PDFRenderer().render(PrintedDocument(title: "none", blocks: [.paragraph("Мәтін")]))
        #expect(try await PDFQRCodes.onFirstPage(pdf).isEmpty)
    }

    @Test("a pair of columns keeps both texts, Kazakh beside Russian")
    func pairKeepsBothTexts() async throws {
        let pdf = try PDFRenderer().render(PrintedDocument(title: "pair", blocks: [
            .pair("Батыс Қазақстан инновациялық-технологиялық университеті",
                  "Западно-Казахстанский инновационно-технологический университет", font: .heading),
        ]))
        let text = try await PDFText.extract(pdf)
        #expect(text.contains("Батыс Қазақстан"))
        #expect(text.contains("Западно-Казахстанский"))
    }
}
