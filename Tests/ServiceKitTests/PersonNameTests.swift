import EventContracts
import ServiceKit
import Testing

@Suite("Persons' names, as identity documents write them")
struct PersonNameTests {
    @Test("Kazakh, Russian and Latin names pass, with hyphens, apostrophes and initials", arguments: [
        "Сәрсенова Айгүл Маратқызы", "Иванова-Петрова Мария", "Ғабит Мүсірепов", "Ким Ён Сук", "Абдуллаев Ш. Т.",
        "O'Brien Sean", "Sársenova Aıgúl", "Ahmetov Qanat", "Nurlan Ábishuly",
    ])
    func valid(_ name: String) {
        #expect(PersonName.isValid(name))
    }

    @Test("emoji, other scripts, digits and markup are refused: no document could print them", arguments: [
        "Айгүл 😀", "金美英", "김미영", "Агент 007", "<b>Иванов</b>", "— —", "", "Иванов×2",
    ])
    func invalid(_ name: String) {
        #expect(!PersonName.isValid(name))
    }

    @Test("the field check names the field and says why, in the reader's language")
    func fieldCheck() {
        var check = FieldValidator(today: CalendarDate("2026-09-01")!)
        #expect(check.personName("Сейітова Айгүл", "fullName") == "Сейітова Айгүл")
        #expect(check.personName("Айгүл 😀", "teachers[0].fullName") == nil)
        #expect(check.errors.map(\.field) == ["teachers[0].fullName"])
        #expect(check.errors.first?.message.ru == "ФИО пишется кириллицей или латиницей (допустимы пробел, дефис, апостроф, точка)")
    }
}
