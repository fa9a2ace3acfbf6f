import Synchronization

/// One instance of a kind per running service, made on first use: a buffer that the routes
/// fill and a background service drains, say. Both reach it through the environment they are
/// given, so neither owns it and no global holds it (two services in one test process, or a
/// service and its harness, each have their own).
public final class ServiceParts: Sendable {
    private let parts = Mutex<[ObjectIdentifier: any Sendable]>([:])

    public init() {}

    /// `make` runs under the lock, so that a part is made once: it must not ask for another part.
    public func shared<Part: Sendable & AnyObject>(_ type: Part.Type, make: () throws -> Part) rethrows -> Part {
        try parts.withLock { parts in
            if let part = parts[ObjectIdentifier(type)] as? Part { return part }
            let part = try make()
            parts[ObjectIdentifier(type)] = part
            return part
        }
    }

    /// A value (a service's settings, read and checked) made once per running service, however
    /// many of its features ask: `shared` for what is not a class, kept in a box of its own.
    public func value<Value: Sendable>(_ type: Value.Type, make: () throws -> Value) rethrows -> Value {
        try shared(Box<Value>.self) { Box(try make()) }.value
    }

    private final class Box<Value: Sendable>: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
