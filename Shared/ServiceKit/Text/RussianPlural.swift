/// The Russian noun form that follows a number: 1 час, 2 часа, 5 часов; 21 час, 72 часа,
/// 75 часов; 11–14 take the third form. (Kazakh nouns do not change after a number.)
public enum RussianPlural {
    public static func form(_ number: Int, one: String, few: String, many: String) -> String {
        let n = abs(number) % 100
        if (11...14).contains(n) { return many }
        switch n % 10 {
        case 1: return one
        case 2...4: return few
        default: return many
        }
    }

    /// `72 часа`
    public static func hours(_ number: Int) -> String { "\(number) " + form(number, one: "час", few: "часа", many: "часов") }

    /// `5 лет`
    public static func years(_ number: Int) -> String { "\(number) " + form(number, one: "год", few: "года", many: "лет") }

    /// `72 академических часа`, `21 академический час`, `75 академических часов`.
    public static func academicHours(_ number: Int) -> String {
        "\(number) " + form(number, one: "академический час", few: "академических часа", many: "академических часов")
    }

    /// After "в объёме" (the genitive): `в объёме 21 академического часа`, `72 академических часов`.
    public static func academicHoursGenitive(_ number: Int) -> String {
        "\(number) " + form(number, one: "академического часа", few: "академических часов", many: "академических часов")
    }
}
