import EventContracts
import ServiceKit
import Testing

@Suite struct CSVTableTests {
    static let columns: [CSVTable.Column] = [
        .init("fullName", headings: ["ФИО"], required: true),
        .init("iin", headings: ["ИИН"], required: true),
        .init("email"),
    ]

    @Test func aSpreadsheetsSemicolonsRussianHeadingsAndByteOrderMarkAreRead() throws {
        let text = "\u{FEFF}ФИО;ИИН;Должность\r\n\"Ким, Ирина\";850314410007;учитель\r\nНұрланов Ерлан; 900101300007 ;\r\n"
        let table = try CSVTable(csv: text, columns: Self.columns, rowLimit: 10)
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.rows[0]["fullName"] == "Ким, Ирина")
        #expect(table.rows[1]["iin"] == "900101300007")
        #expect(table.rows[1]["email"] == nil, "a column the file does not have reads as empty")
    }

    @Test func blankRowsAreSkippedAndLinesStillCountThem() throws {
        let table = try CSVTable(csv: "fullName,iin\nА,1\n,\nБ,2\n", columns: Self.columns, rowLimit: 10)
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func missingRequiredColumnsAreNamed() throws {
        let problem = try #require(throws: Problem.self) {
            try CSVTable(csv: "name,email\nА,a@b.kz\n", columns: Self.columns, rowLimit: 10)
        }
        #expect(problem.fieldErrors.map(\.field) == ["columns"])
        #expect(problem.fieldErrors.first?.message.en == "Missing columns: fullName, iin")
    }

    @Test func aFileWithNoRecordsOrTooManyIsRefused() throws {
        let empty = try #require(throws: Problem.self) { try CSVTable(csv: "fullName,iin\n", columns: Self.columns, rowLimit: 10) }
        #expect(empty.fieldErrors.first?.message.en == "The file has no records")
        let many = try #require(throws: Problem.self) {
            try CSVTable(csv: "fullName,iin\nА,1\nБ,2\nВ,3\n", columns: Self.columns, rowLimit: 2)
        }
        #expect(many.fieldErrors.first?.message.en == "At most 2 records in one file")
    }

    @Test func problemsInARowAreNamedByItsLine() throws {
        let table = try CSVTable(csv: "fullName,iin\nА,1\nБ,\n", columns: Self.columns, rowLimit: 10)
        var check = FieldValidator(today: CalendarDate("2026-09-01")!)
        for row in table.rows {
            check.row(row) { check in check.require(row["iin"] != nil, "iin", .required) }
        }
        #expect(check.errors.map(\.field) == ["lines[3].iin"])
    }
}
