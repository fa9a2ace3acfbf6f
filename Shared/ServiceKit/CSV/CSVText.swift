/// What the CSV reader says about a file, in Kazakh, Russian and English.
enum CSVText {
    static let noHeading = Localized(
        kk: "Файлдың бірінші жолында бағандардың атаулары болуы керек", ru: "В первой строке файла должны быть названия столбцов",
        en: "The file's first line must name the columns")
    static let noRows = Localized(kk: "Файлда жазбалар жоқ", ru: "В файле нет записей", en: "The file has no records")
    static let notUTF8 = Localized(
        kk: "Файл UTF-8 кодтауында сақталуы керек", ru: "Файл должен быть сохранён в кодировке UTF-8", en: "The file must be saved as UTF-8")

    static func missingColumns(_ names: [String]) -> Localized {
        let list = names.joined(separator: ", ")
        return Localized(kk: "Бағандар жоқ: \(list)", ru: "Нет столбцов: \(list)", en: "Missing columns: \(list)")
    }

    static func tooManyRows(_ limit: Int) -> Localized {
        Localized(kk: "Бір файлда ең көбі \(limit) жазба", ru: "В одном файле не больше \(limit) записей",
                  en: "At most \(limit) records in one file")
    }

    static func unreadable(_ reason: String) -> Localized {
        Localized(kk: "CSV оқылмады: \(reason)", ru: "Не удалось прочитать CSV: \(reason)", en: "The CSV cannot be read: \(reason)")
    }

    static func tooLarge(_ limit: Int) -> Problem {
        Problem(status: .contentTooLarge, type: Problem.typeBase + "file-too-large",
                title: Localized(kk: "Файл тым үлкен", ru: "Файл слишком большой", en: "The file is too large"),
                detail: Localized(kk: "Ең көбі \(limit / 1024) КБ", ru: "Не больше \(limit / 1024) КБ", en: "At most \(limit / 1024) KB"))
    }
}
