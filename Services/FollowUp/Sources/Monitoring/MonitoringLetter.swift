import EventContracts
import Mail
import ServiceKit

/// The notice to a programme leader that their programme's review is due (8.4.4), in Kazakh and Russian.
enum MonitoringLetter {
    static func message(_ programme: FollowedProgramme, due: MonitoringDue, to email: String, mail: MailSettings) -> MailMessage {
        let years = MonitoringSchedule.cycleYears
        let lastKk = due.lastReviewedOn.map { "Соңғы талдау \($0.dotted) өтті." } ?? "Бағдарлама әлі талданбаған."
        let lastRu = due.lastReviewedOn.map { "Последний анализ проведён \($0.dotted)." } ?? "Программа ещё не анализировалась."
        return MailMessage(
            messageId: Mail.newMessageId(domain: mail.domain), from: mail.from, to: email,
            subject: "Бағдарлама тиімділігінің мониторингі: \(programme.code) / Мониторинг эффективности программы: \(programme.code)",
            text: """
                Құрметті \(programme.leader)!
                «\(programme.titleKk)» (\(programme.code)) бағдарламасының тиімділігі кемінде \(years) жылда бір рет \
                талданады (8.4.4-т.). \(lastKk) Талдауды \(due.dueOn.dotted) дейін өткізіп, қорытындылар мен шараларды жазыңыз.

                Уважаемый(ая) \(programme.leader)!
                Эффективность программы «\(programme.titleRu)» (\(programme.code)) анализируется не реже одного раза \
                в \(RussianPlural.years(years)) (п. 8.4.4). \(lastRu) Проведите анализ до \(due.dueOn.dotted) и запишите выводы и меры.
                """)
    }
}
