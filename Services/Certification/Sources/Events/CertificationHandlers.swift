import EventContracts
import GRDB
import Mail
import Messaging
import ServiceKit

/// What certification does with the others' news: a listener who passed gets a certificate;
/// a teacher intake accepted is remembered for it (their sex, their email).
enum CertificationHandlers {
    static func make(_ environment: ServiceEnvironment) throws -> EventHandlers {
        let settings = try CertificationSettings.of(environment)
        let mail = MailSettings(environment.settings)
        let outbox = environment.outbox
        var handlers = EventHandlers()
        handlers.on(ListenerPassed.self) { passed, event, db in
            try Issuing.issue(for: .init(passed), settings: settings, mail: mail, cause: event.cause, outbox: outbox, in: db)
        }
        // From an assessment not yet upgraded. The copy an upgraded one publishes beside version 2
        // is left alone: the pass is acted on once, with its appendix.
        handlers.on(ListenerPassedV1.self) { passed, event, db in
            guard passed.isTheOnlyCopy else { return }
            try Issuing.issue(for: .init(passed), settings: settings, mail: mail, cause: event.cause, outbox: outbox, in: db)
        }
        handlers.on(CandidateAccepted.self) { accepted, _, db in
            guard let holder = accepted.holder else { return }
            try Holder(candidateId: accepted.candidateId, sex: holder.sex, email: holder.email).save(db)
        }
        return handlers
    }
}
