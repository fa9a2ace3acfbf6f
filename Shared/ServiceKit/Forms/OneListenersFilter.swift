/// The query of a list that may be narrowed to one listener (`?listenerId=`): their letters,
/// their certificates, their follow-up plans. The listener's id is enrolment's, the one every
/// later service keys its records by.
public struct OneListenersFilter: Form {
    public var listenerId: String?

    public struct Valid: Sendable {
        public var listenerId: String?
    }

    public func read(_ check: inout FieldValidator) -> Valid? {
        let listenerId = check.optionalIdentifier(listenerId, "listenerId", description: "Only those of this listener")
        return check.isValid ? Valid(listenerId: listenerId) : nil
    }
}
