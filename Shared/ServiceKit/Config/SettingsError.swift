/// A setting that cannot be read: the service says which and why, and does not start, rather
/// than print a wrong rector or a number in a format nobody chose.
public struct SettingsError: Error, CustomStringConvertible, Equatable {
    /// The environment variable, as an operator sets it: `PROVIDER_RECTORS`.
    public var key: String
    public var problem: String

    public init(key: String, problem: String) {
        self.key = key
        self.problem = problem
    }

    public var description: String { "\(key): \(problem)" }
}
