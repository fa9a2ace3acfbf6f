import ServiceKit

/// What enrolment says about the schedule, in Kazakh, Russian and English.
enum ScheduleText {
    static let streamNotFound = Localized(kk: "Ағын табылмады", ru: "Поток не найден", en: "No such stream")
    static let codeTaken = Localized(kk: "Бұл код бос емес", ru: "Такой код уже есть", en: "That code is taken")
    static let oneYear = Localized(kk: "Ағын бір күнтізбелік жылдың ішінде болады", ru: "Поток укладывается в один календарный год",
                                   en: "A stream lies within one calendar year")
    static let notATime = Localized(kk: "Уақыт СС:ММ түрінде", ru: "Время в виде ЧЧ:ММ", en: "A time is HH:mm")
    static let positiveCapacity = Localized(kk: "Орын саны нөлден көп", ru: "Число мест больше нуля", en: "Capacity is above zero")
    static let programmeNotApproved = Localized(
        kk: "Тек бекітілген бағдарлама бойынша топ ашылады (4.8-т.)", ru: "Группа открывается только по утверждённой программе (п. 4.8)",
        en: "Groups are opened for approved programmes only (4.8)")
    static let unknownStream = Localized(kk: "Мұндай ағын жоқ", ru: "Такого потока нет", en: "No such stream")

    static func message(for problem: Timetable.Problem) -> Localized {
        switch problem {
        case .hoursDoNotCoverProgramme(let sum, let hours):
            Localized(kk: "Сабақтар \(sum) академиялық сағат береді, бағдарламада \(hours)",
                      ru: "Занятия дают \(RussianPlural.hours(sum)), а в программе \(RussianPlural.hours(hours))",
                      en: "The sessions give \(sum) academic hours; the programme has \(hours)")
        case .outsideStream:
            Localized(kk: "Сабақ ағынның мерзімінен тыс", ru: "Занятие вне сроков потока", en: "The session is outside the stream's dates")
        case .pastMidnight:
            Localized(kk: "Сабақ түн ортасынан асып кетеді", ru: "Занятие заходит за полночь", en: "The session runs past midnight")
        }
    }
}
