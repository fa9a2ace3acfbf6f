import ServiceKit

/// What the public check page says, in Kazakh, Russian and English.
enum PublicCheckText {
    static let title = Localized(kk: "Сертификатты тексеру", ru: "Проверка сертификата", en: "Certificate check")
    static let valid = Localized(kk: "Сертификат жарамды", ru: "Сертификат действителен", en: "The certificate is valid")
    static let revoked = Localized(kk: "Сертификат кері қайтарылды", ru: "Сертификат отозван", en: "The certificate has been revoked")
    static let superseded = Localized(kk: "Сертификат жаңасымен ауыстырылды", ru: "Сертификат заменён новым",
                                      en: "The certificate has been replaced by a new one")
    static let replacement = Localized(kk: "Жаңа сертификатты тексеру", ru: "Проверить новый сертификат", en: "Check the new certificate")
    static let notFound = Localized(kk: "Мұндай сертификат тізілімде жоқ", ru: "Такого сертификата нет в реестре",
                                    en: "There is no such certificate in the registry")

    static func revokedOn(_ date: String, reason: Certificate.Revocation.Reason) -> Localized {
        let why: Localized = switch reason {
        case .issuedInError: Localized(kk: "қателікпен берілген", ru: "выдан ошибочно", en: "issued in error")
        case .fraud: Localized(kk: "алаяқтық", ru: "мошенничество", en: "fraud")
        }
        return Localized(kk: "\(date) кері қайтарылды: \(why.kk)", ru: "Отозван \(date): \(why.ru)", en: "Revoked on \(date): \(why.en)")
    }

    static let name = Localized(kk: "Аты-жөні", ru: "ФИО", en: "Name")
    static let course = Localized(kk: "Курс тақырыбы", ru: "Тема курса", en: "Course")
    static let hours = Localized(kk: "Көлемі", ru: "Объём", en: "Volume")
    static let issuedOn = Localized(kk: "Берілген күні", ru: "Дата выдачи", en: "Date of issue")
    static let number = Localized(kk: "Тіркеу нөмірі", ru: "Регистрационный номер", en: "Registration number")

    static func hours(_ count: Int) -> Localized {
        Localized(kk: "\(count) академиялық сағат", ru: RussianPlural.academicHours(count),
                  en: "\(count) academic hour\(count == 1 ? "" : "s")")
    }

    static let lookup = Localized(kk: "Қағаздағы нөмір мен тегі бойынша тексеру", ru: "Проверка по номеру и фамилии с бланка",
                                  en: "Check by the number and surname on the paper")
    static let surname = Localized(kk: "Иесінің тегі", ru: "Фамилия владельца", en: "Holder's surname")
    static let check = Localized(kk: "Тексеру", ru: "Проверить", en: "Check")
    static let file = Localized(kk: "PDF файлын тексеру", ru: "Проверка PDF-файла", en: "Check a PDF file")
    static let fileHelp = Localized(
        kk: "Файлды осында тастаңыз немесе таңдаңыз: ол берілген түпнұсқа ма, соны анықтаймыз.",
        ru: "Перетащите файл сюда или выберите его: мы сверим, тот ли это файл, что был выдан.",
        en: "Drop the file here or choose it: we tell you whether it is the file that was issued.")
    static let fileIssued = Localized(kk: "Бұл — тізілім берген түпнұсқа файл.", ru: "Это подлинный файл, выданный реестром.",
                                      en: "This is the original file the registry issued.")
    static let fileNotIssued = Localized(kk: "Бұл файл берілген файлдардың ешқайсысымен сәйкес келмейді.",
                                         ru: "Этот файл не совпадает ни с одним выданным.",
                                         en: "This file matches none that was issued.")
    static let fileFailed = Localized(kk: "Файлды тексеру мүмкін болмады.", ru: "Не удалось проверить файл.",
                                      en: "The file could not be checked.")
}
