import EventContracts
import Foundation
import Mail
import ServiceKit

/// The reminder to a programme leader that nothing has been done in one of their plans for
/// `quietDays` days, in Kazakh and Russian.
enum QuietPlanLetter {
    static func message(_ plan: FollowUpPlan, programme: FollowedProgramme, quietDays: Int, to email: String,
                        mail: MailSettings) -> MailMessage {
        let teacher = plan.fullName ?? plan.listenerId
        let since = (plan.lastActivityOn ?? plan.startsOn).dotted
        let daysRu = "\(quietDays) " + RussianPlural.form(quietDays, one: "день", few: "дня", many: "дней")
        return MailMessage(
            messageId: Mail.newMessageId(domain: mail.domain), from: mail.from, to: email,
            subject: "Қолдау жоспары: \(teacher) / План сопровождения: \(teacher)",
            text: """
                Құрметті \(programme.leader)!
                «\(programme.titleKk)» (\(programme.code)) бағдарламасы бойынша \(teacher) педагогтің курстан кейінгі \
                қолдау жоспарында \(since) бастап \(quietDays) күн бойы ештеңе жазылмады. Жоспар \(plan.endsOn.dotted) \
                дейін жүреді (8.2-т.): кеңес, жарияланымды қолдау немесе кәсіби қоғамдастық іс-шарасын жазыңыз.

                Уважаемый(ая) \(programme.leader)!
                В плане посткурсового сопровождения педагога \(teacher) по программе «\(programme.titleRu)» \
                (\(programme.code)) с \(since) ничего не записано уже \(daysRu). План действует до \(plan.endsOn.dotted) \
                (п. 8.2): запишите консультацию, поддержку публикации или мероприятие профессионального сообщества.
                """)
    }

    /// What a letter is about, for staff to find it: `quiet-plan:<plan id>:<day flagged>`.
    static func reference(_ plan: FollowUpPlan) -> String {
        "quiet-plan:\(plan.id):\(plan.quietSince.map(String.init(describing:)) ?? "")"
    }
}
