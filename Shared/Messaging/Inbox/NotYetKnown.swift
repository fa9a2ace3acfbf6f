/// What a handler throws when an event names a record that an earlier event, not arrived yet
/// (or parked), was to create: a listener expelled before their admission reached the service.
/// The delivery fails and leaves nothing behind; it is retried, and in the end parked for an
/// operator to replay after the earlier event, rather than dropped or half applied.
public struct NotYetKnown: Error, CustomStringConvertible, Sendable {
    public var what: String

    public init(_ what: String) { self.what = what }

    public var description: String { "\(what) is not known yet" }
}
