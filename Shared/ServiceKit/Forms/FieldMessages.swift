import EventContracts

/// What the shared checks say of a field they refuse, in Kazakh, Russian and English.
extension Localized {
    public static let tooLong = Localized(kk: "Тым ұзын", ru: "Слишком длинно", en: "Too long")
    public static let endsBeforeItStarts = Localized(kk: "Аяқталу күні басталу күнінен бұрын", ru: "Дата окончания раньше даты начала",
                                                     en: "Ends before it starts")
    public static let controlCharacters = Localized(
        kk: "Мәтінде басқару таңбалары болмауы керек", ru: "В тексте не должно быть управляющих символов",
        en: "The text must not hold control characters")
    public static let controlCharactersInText = Localized(
        kk: "Мәтінде жол ауыстыру мен табуляциядан басқа басқару таңбалары болмауы керек",
        ru: "В тексте не должно быть управляющих символов, кроме перевода строки и табуляции",
        en: "The text must not hold control characters other than line breaks and tabs")
    public static let notAnIdentifier = Localized(kk: "Идентификатор емес", ru: "Это не идентификатор", en: "Not an identifier")
    public static let notAWholeNumber = Localized(kk: "Бүтін сан емес", ru: "Это не целое число", en: "Not a whole number")
    public static let trueOrFalse = Localized(kk: "true немесе false", ru: "true или false", en: "true or false")

    public static func oneOf(_ values: [String]) -> Localized {
        let list = values.joined(separator: ", ")
        return Localized(kk: "Мүмкін мәндер: \(list)", ru: "Допустимые значения: \(list)", en: "One of: \(list)")
    }

    public static func between(_ range: ClosedRange<Int>) -> Localized {
        let (low, high) = (range.lowerBound, range.upperBound)
        return Localized(kk: "\(low)-ден \(high)-ге дейін", ru: "От \(low) до \(high)", en: "From \(low) to \(high)")
    }

    public static func yearsBetween(_ first: Int, _ last: Int) -> Localized {
        Localized(kk: "Жылы \(first)–\(last) аралығында болуы керек", ru: "Год должен быть в пределах \(first)–\(last)",
                  en: "The year must be from \(first) to \(last)")
    }

    public static func atLeast(_ count: Int) -> Localized {
        count == 1
            ? Localized(kk: "Кемінде біреуі", ru: "Нужен хотя бы один элемент", en: "At least one")
            : Localized(kk: "Кемінде \(count)", ru: "Не меньше \(count)", en: "At least \(count)")
    }

    public static func atMost(_ count: Int) -> Localized {
        Localized(kk: "Ең көбі \(count)", ru: "Не больше \(count)", en: "At most \(count)")
    }

    public static let badPersonName = Localized(
        kk: "Аты-жөні кириллица немесе латын әріптерімен жазылады (бос орын, сызықша, апостроф, нүкте болуы мүмкін)",
        ru: "ФИО пишется кириллицей или латиницей (допустимы пробел, дефис, апостроф, точка)",
        en: "A name is written in Cyrillic or Latin letters (spaces, hyphens, apostrophes and dots allowed)")
    public static let badProgrammeCode = Localized(
        kk: "Бағдарлама коды тек әріптерден, сандардан және сызықшадан тұрады",
        ru: "Код программы состоит только из букв, цифр и дефисов",
        en: "A programme code has only letters, digits and dashes")
    /// A day that must not lie after the provider's today (an activity, a review recorded).
    public static func notAfterToday(_ today: CalendarDate) -> Localized {
        Localized(kk: "Күні бүгінгі күннен (\(today.dotted)) кейін болмайды",
                  ru: "Дата не может быть позже сегодняшнего дня (\(today.dotted))",
                  en: "The date cannot be after today (\(today))")
    }

    public static let required = Localized(kk: "Толтыру міндетті", ru: "Обязательное поле", en: "Required")
    public static let invalidEmail = Localized(kk: "Электрондық пошта мекенжайы қате", ru: "Неверный адрес электронной почты",
                                               en: "Not a valid email address")
    public static let invalidDate = Localized(kk: "Күні ЖЖЖЖ-АА-КК түрінде болуы керек", ru: "Дата должна быть в виде ГГГГ-ММ-ДД",
                                              en: "A date must be YYYY-MM-DD")
}
