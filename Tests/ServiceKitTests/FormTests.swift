import EventContracts
import Foundation
import OpenAPIKit
import ServiceKit
import Testing

/// A form with one of each kind of field, read the way services read theirs.
struct SampleForm: Form {
    var code: String?
    var startsOn: String?
    var note: String?
    var leaders: [String]?
    var contract: Contract?
    var sessions: [Session]?
    var language: String?

    struct Contract: FormPart {
        var number: String?
        var validFrom: String?
    }

    struct Session: FormPart {
        var date: String?
        var hours: Int?
    }

    struct Valid: Equatable {
        var code: String
        var startsOn: CalendarDate
        var note: String?
        var leaders: [String]
        var contract: String?
        var sessions: [Int]
        var language: Language?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let code = check.programmeCode(code, "code")
        let startsOn = check.date(startsOn, "startsOn")
        let note = check.optionalText(note, "note", limit: 20, multiline: true)
        let leaders = check.list(leaders, "leaders", limit: 200)
        let contract = check.optionalObject(contract, "contract") { check, contract in
            let number = check.text(contract.number, "number", limit: 10)
            let from = check.optionalDate(contract.validFrom, "validFrom")
            return number.map { "\($0)/\(from?.description ?? "-")" }
        }
        let sessions = check.each(sessions, "sessions") { check, session, _ in
            let date = check.date(session.date, "date")
            let hours = check.integer(session.hours, "hours", in: 1...12)
            return date == nil ? nil : hours
        }
        let language = check.optionalChoice(language, "language", Language.self)
        guard let code, let startsOn, let leaders, let sessions else { return nil }
        if self.contract != nil && contract == nil { return nil }
        return Valid(code: code, startsOn: startsOn, note: note, leaders: leaders, contract: contract, sessions: sessions,
                     language: language)
    }
}

@Suite("Forms: one reading that checks a request and describes it")
struct FormTests {
    static let today = CalendarDate("2026-09-01")!

    static func problems(_ json: String) -> [String] {
        do {
            let form = try JSONDecoder().decode(SampleForm.self, from: Data(json.utf8))
            _ = try form.validated(today: today)
            return []
        } catch let problem as Problem {
            return problem.fieldErrors.map(\.field)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("the schema says what is required, as the checks refuse its absence")
    func requiredAgrees() throws {
        let object = try #require(SampleForm.schema.objectContext)
        #expect(object.requiredProperties.sorted() == ["code", "leaders", "sessions", "startsOn"])
        #expect(Self.problems("{}").sorted() == object.requiredProperties.sorted())
        #expect(Array(object.properties.keys) == ["code", "startsOn", "note", "leaders", "contract", "sessions", "language"])
    }

    /// What an optional field says it takes when it is given: the first of its alternatives,
    /// the other being the blank it may also be sent as.
    static func given(_ schema: JSONSchema?) -> JSONSchema? {
        guard case .any(let alternatives, _) = schema?.value else { return schema }
        return alternatives.first
    }

    @Test("a field the form does not need may be sent blank, in the schema as in the reading, as a form's empty box is")
    func blankForOptional() throws {
        let object = try #require(SampleForm.schema.objectContext)
        for name in ["note", "language"] {
            guard case .any(let alternatives, _) = object.properties[name]?.value else {
                Issue.record("\(name) is not documented with its blank")
                continue
            }
            // Exactly one blank, after the field's own schema, which takes "" (and, for text,
            // whose reading trims, spaces alone: `note` is text).
            let blanks = alternatives.dropFirst()
            #expect(blanks.count == 1, "\(name)")
            let blank = try #require(blanks.first?.stringContext)
            let takes = { (text: String) in
                text.count <= (blank.maxLength ?? .max) && (try? blank.pattern.map { try Regex($0).wholeMatch(in: text) != nil }) ?? true
            }
            #expect(takes(""), "\(name)")
            if name == "note" { #expect(takes("   ")) }
        }
        #expect(Self.problems(#"{"code":"PD-1","startsOn":"2026-09-07","leaders":["А. Б."],"note":"  ","language":"","sessions":[{"date":"2026-09-07","hours":2}]}"#)
                == [])
    }

    @Test("a field the form does not need may be given as null, in the schema as in the reading; a query has no null")
    func nullForOptional() throws {
        let object = try #require(SampleForm.schema.objectContext)
        #expect(Self.given(object.properties["note"])?.nullable == true)
        #expect(object.properties["contract"]?.nullable == true)
        #expect(object.properties["code"]?.nullable == false)
        #expect(Self.given(object.properties["language"])?.allowedValues?.contains(AnyCodable(nil as String?)) == true)
        #expect(Self.problems(#"{"code":"PD-1","startsOn":"2026-09-07","leaders":["А. Б."],"note":null,"contract":null,"language":null,"sessions":[{"date":"2026-09-07","hours":2}]}"#)
                == [])
        #expect(Self.problems(#"{"code":null,"startsOn":"2026-09-07","leaders":["А. Б."],"sessions":[{"date":"2026-09-07","hours":2}]}"#)
                == ["code"])
        let encoded = String(decoding: try JSONEncoder().encode(SampleForm.schema), as: UTF8.self)
        #expect(encoded.contains(#""null""#))
        let query = APIOperation(.get, "/samples", "Samples", roles: .anyone, query: SampleForm.self, response: nil).query
        #expect(query.map(\.name).contains("note"))
        #expect(query.allSatisfy { !$0.schema.nullable })
        // A parameter given empty is refused, so a query names no blank alternative.
        let note = try #require(query.first { $0.name == "note" }?.schema)
        #expect(note.stringContext?.minLength == 1)
        #expect(!note.required)
    }

    @Test("nested objects and lists carry their own fields and limits")
    func nested() throws {
        let object = try #require(SampleForm.schema.objectContext)
        let contract = try #require(object.properties["contract"])
        #expect(!contract.required)
        #expect(contract.objectContext?.requiredProperties == ["number"])
        let sessions = try #require(object.properties["sessions"]?.arrayContext)
        #expect(sessions.minItems == 1)
        #expect(sessions.maxItems == 500)
        let session = try #require(sessions.items?.objectContext)
        #expect(session.requiredProperties == ["date", "hours"])
        let hours = try #require(session.properties["hours"]?.integerContext)
        #expect(hours.minimum?.value == 1)
        #expect(hours.maximum?.value == 12)
        #expect(object.properties["leaders"]?.arrayContext?.items?.stringContext?.minLength == 1)
    }

    @Test("text is required to be something and to hold no control characters, in the schema too")
    func textRules() throws {
        let note = try #require(Self.given(SampleForm.schema.objectContext?.properties["note"])?.stringContext)
        #expect(note.maxLength == 20)
        let pattern = try Regex(try #require(note.pattern))
        for (text, plain) in [("two\nlines", true), ("a\u{0}b", false), ("   ", false), ("ok", true), ("a\u{1B}[31m", false)] {
            #expect((text.wholeMatch(of: pattern) != nil) == plain, "\(text.debugDescription)")
        }
        #expect(Self.problems(#"{"code":"PD-1","startsOn":"2026-09-07","leaders":["Сапарова\u0000"],"sessions":[{"date":"2026-09-07","hours":2}]}"#)
                == ["leaders[0]"])
        #expect(Self.problems(#"{"code":"PD-1","startsOn":"2026-09-07","leaders":["  "],"note":"a\u0007","sessions":[{"date":"2026-09-07","hours":2}]}"#)
                == ["note", "leaders[0]"])
        #expect(Self.problems(#"{"code":"PD-1","startsOn":"2026-09-07","leaders":["А. Б."],"note":"line\nline","sessions":[{"date":"2026-09-07","hours":2}]}"#)
                == [])
    }

    @Test("each problem is named by its place, with the others")
    func everyProblemAtOnce() {
        let problems = Self.problems(#"""
            {"code":"no spaces","startsOn":"0566-05-01","leaders":[],"contract":{"validFrom":"2026-02-30"},
             "sessions":[{"date":"2026-09-07","hours":2},{"date":"x","hours":13}]}
            """#)
        #expect(problems == ["code", "startsOn", "leaders", "contract.number", "contract.validFrom", "sessions[1].date",
                             "sessions[1].hours"])
    }

    @Test("a good form reads into the operation's input")
    func goodForm() throws {
        let form = try JSONDecoder().decode(SampleForm.self, from: Data(#"""
            {"code":"PD-1","startsOn":"2026-09-07","leaders":[" Сапарова Г. К. "],"contract":{"number":"Д-12"},
             "sessions":[{"date":"2026-09-07","hours":2},{"date":"2026-09-08","hours":4}]}
            """#.utf8))
        #expect(try form.validated(today: Self.today) == SampleForm.Valid(
            code: "PD-1", startsOn: CalendarDate("2026-09-07")!, note: nil, leaders: ["Сапарова Г. К."], contract: "Д-12/-",
            sessions: [2, 4], language: nil))
    }

    @Test("dates outside the years a course can be in are typos", arguments: [
        ("2026-09-07", true), ("2099-12-31", true), ("1999-12-31", false), ("0566-05-01", false), ("2100-01-01", false),
    ])
    func plausibleDates(_ text: String, _ good: Bool) throws {
        var check = FieldValidator(today: Self.today)
        #expect((check.date(text, "d") != nil) == good)
        let pattern = try Regex(try #require(DateRangeSchema.academic.stringContext?.pattern))
        #expect((text.wholeMatch(of: pattern) != nil) == good)
    }
}

/// The date field's schema, as a form declares it.
enum DateRangeSchema {
    static var academic: JSONSchema {
        struct OneDate: Form {
            var d: String?
            func read(_ check: inout FieldValidator) -> CalendarDate? { check.date(d, "d") }
        }
        return OneDate.schema.objectContext!.properties["d"]!
    }
}
