import ServiceKit
import Testing

@Suite struct RussianPluralTests {
    @Test(arguments: [
        (1, "1 час"), (2, "2 часа"), (4, "4 часа"), (5, "5 часов"), (11, "11 часов"), (12, "12 часов"), (14, "14 часов"),
        (21, "21 час"), (36, "36 часов"), (72, "72 часа"), (75, "75 часов"), (108, "108 часов"), (111, "111 часов"), (0, "0 часов"),
    ])
    func hoursAgreeWithTheNumber(_ number: Int, _ expected: String) {
        #expect(RussianPlural.hours(number) == expected)
    }

    @Test(arguments: [(1, "1 год"), (3, "3 года"), (5, "5 лет"), (13, "13 лет"), (22, "22 года"), (25, "25 лет")])
    func yearsAgreeWithTheNumber(_ number: Int, _ expected: String) {
        #expect(RussianPlural.years(number) == expected)
    }

    @Test("academic hours, as an order names them and as a certificate's \"в объёме\" does", arguments: [
        (1, "1 академический час", "1 академического часа"), (21, "21 академический час", "21 академического часа"),
        (72, "72 академических часа", "72 академических часов"), (75, "75 академических часов", "75 академических часов"),
        (11, "11 академических часов", "11 академических часов"), (104, "104 академических часа", "104 академических часов"),
        (111, "111 академических часов", "111 академических часов"),
    ])
    func academicHours(_ number: Int, _ nominative: String, _ genitive: String) {
        #expect(RussianPlural.academicHours(number) == nominative)
        #expect(RussianPlural.academicHoursGenitive(number) == genitive)
    }
}
