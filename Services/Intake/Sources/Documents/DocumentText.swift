import ServiceKit

/// What intake says about documents, in Kazakh, Russian and English.
enum DocumentText {
    static let unknownKind = Problem(
        status: .notFound, type: Problem.typeBase + "unknown-document-kind",
        title: Localized(kk: "Мұндай құжат түрі жоқ", ru: "Нет такого вида документа", en: "No such kind of document"),
        detail: Localized(kk: DocumentKind.allCases.map(\.rawValue).joined(separator: ", "),
                          ru: DocumentKind.allCases.map(\.rawValue).joined(separator: ", "),
                          en: DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")))

    static let unsupportedType = Problem(
        status: .unsupportedMediaType, type: Problem.typeBase + "unsupported-file",
        title: Localized(kk: "Файл PDF, JPEG немесе PNG болуы керек", ru: "Файл должен быть PDF, JPEG или PNG",
                         en: "The file must be a PDF, JPEG or PNG"),
        detail: Localized(kk: "Түрі файлдың мазмұны бойынша анықталады", ru: "Тип определяется по содержимому файла",
                          en: "The type is told by the file's content, not its name"))

    static let empty = Problem.validation([("content", Localized(kk: "Файл бос", ru: "Файл пуст", en: "The file is empty"))])

    static func tooLarge(limit: Int) -> Problem {
        let megabytes = limit / 1_048_576
        return Problem(status: .contentTooLarge, type: Problem.typeBase + "file-too-large",
                       title: Localized(kk: "Файл тым үлкен", ru: "Файл слишком большой", en: "The file is too large"),
                       detail: Localized(kk: "Ең көбі \(megabytes) МБ", ru: "Не больше \(megabytes) МБ", en: "At most \(megabytes) MB"))
    }

    static let reasonRequired = Localized(
        kk: "Қабылданбау себебін көрсетіңіз", ru: "Укажите причину отклонения", en: "Give the reason for rejecting")
}
