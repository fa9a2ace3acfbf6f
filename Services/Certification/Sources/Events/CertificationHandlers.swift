import EventContracts
import GRDB
import Messaging
import ServiceKit

/// What certification does with assessment's news: a listener who passed gets a certificate.
enum CertificationHandlers {
    static func make(_ environment: ServiceEnvironment) -> EventHandlers {
        // The provider's certificate prefix is configuration (CERTIFICATE_PREFIX), never code.
        let prefix = environment.settings.reader.string(forKey: "certificate.prefix", default: "QDM")
        var handlers = EventHandlers()
        handlers.on(ListenerPassed.self) { passed, event, db in
            try Issuing.issue(for: .init(passed), prefix: prefix, cause: event.cause, outbox: environment.outbox, in: db)
        }
        // From an assessment not yet upgraded. The copy an upgraded one publishes beside version 2
        // is left alone: the pass is acted on once, with its appendix.
        handlers.on(ListenerPassedV1.self) { passed, event, db in
            guard passed.isTheOnlyCopy else { return }
            try Issuing.issue(for: .init(passed), prefix: prefix, cause: event.cause, outbox: environment.outbox, in: db)
        }
        return handlers
    }
}
