import ServiceKit

/// What assessment says of records that are not there.
enum StoreText {
    static let noListener = Localized(kk: "Тыңдаушы табылмады", ru: "Слушатель не найден", en: "No such listener")
    static let noGroup = Localized(kk: "Топ табылмады", ru: "Группа не найдена", en: "No such group")
    static let noPlan = Localized(kk: "Бағалау жоспары табылмады", ru: "План оценивания не найден", en: "No such assessment plan")
}
