import ServiceKit
import Testing

@Suite("CSV for Excel")
struct CSVWriterTests {
    @Test("a byte-order mark, semicolons and CRLF; a cell with a semicolon, a quote or a line break quoted, its quotes doubled")
    func excelShape() {
        var sheet = CSVWriter(heading: ["name", "note"])
        sheet.append(["Сейітова Айгүл", "жақсы; \"өте\"\nжақсы"])
        #expect(sheet.text == "\u{FEFF}name;note\r\nСейітова Айгүл;\"жақсы; \"\"өте\"\"\nжақсы\"\r\n")
    }

    @Test("digits kept as text are written as a formula Excel shows as the text, leading zero and all")
    func digitsAsText() {
        var sheet = CSVWriter(heading: ["iin"])
        sheet.append([CSVWriter.text("050314510002")])
        #expect(sheet.text == "\u{FEFF}iin\r\n\"=\"\"050314510002\"\"\"\r\n")
    }
}
