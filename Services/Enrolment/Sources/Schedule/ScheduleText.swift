import ServiceKit

/// What enrolment says about the schedule, in Kazakh, Russian and English.
enum ScheduleText {
    static let oneYear = Localized(kk: "Ағын бір күнтізбелік жылдың ішінде болады", ru: "Поток укладывается в один календарный год",
                                   en: "A stream lies within one calendar year")
    static let notATime = Localized(kk: "Уақыт СС:ММ түрінде", ru: "Время в виде ЧЧ:ММ", en: "A time is HH:mm")
}

extension ScheduleRules.Refusal: ExplainedRefusal {
    var field: String? {
        switch self {
        case .streamCodeTaken, .groupCodeTaken: "code"
        case .unknownStream: "streamId"
        case .programmeNotApproved: "programmeCode"
        case .notPlannedInStream, .timetable(.hoursDoNotCoverProgramme): "sessions"
        case .timetable(.outsideStream(let index)): "sessions[\(index)].date"
        case .timetable(.pastMidnight(let index)): "sessions[\(index)].startsAt"
        }
    }

    var code: String { "schedule" }

    var message: Localized {
        switch self {
        case .streamCodeTaken, .groupCodeTaken:
            Localized(kk: "Бұл код бос емес", ru: "Такой код уже есть", en: "That code is taken")
        case .unknownStream:
            Localized(kk: "Мұндай ағын жоқ", ru: "Такого потока нет", en: "No such stream")
        case .programmeNotApproved:
            Localized(kk: "Тек бекітілген бағдарлама бойынша топ ашылады (4.8-т.)",
                      ru: "Группа открывается только по утверждённой программе (п. 4.8)",
                      en: "Groups are opened for approved programmes only (4.8)")
        case .notPlannedInStream:
            Localized(kk: "Топ ешбір ағынға жоспарланбаған: сабақ кестесі ағынның мерзімінде болады",
                      ru: "Группа не запланирована в потоке: расписание лежит в сроках потока",
                      en: "The group is not planned in a stream, whose dates a timetable keeps to")
        case .timetable(.hoursDoNotCoverProgramme(let sum, let hours)):
            Localized(kk: "Сабақтар \(sum) академиялық сағат береді, бағдарламада \(hours)",
                      ru: "Занятия дают \(RussianPlural.hours(sum)), а в программе \(RussianPlural.hours(hours))",
                      en: "The sessions give \(sum) academic hours; the programme has \(hours)")
        case .timetable(.outsideStream):
            Localized(kk: "Сабақ ағынның мерзімінен тыс", ru: "Занятие вне сроков потока", en: "The session is outside the stream's dates")
        case .timetable(.pastMidnight):
            Localized(kk: "Сабақ түн ортасынан асып кетеді", ru: "Занятие заходит за полночь", en: "The session runs past midnight")
        }
    }
}
