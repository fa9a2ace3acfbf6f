/// A refusal of one of a feature's rules, as a plain value: why the step asked for may not be
/// taken, and the clause of the regulation that says so. Declared beside the rules
/// (`MoveRules.Refusal`); nil only where the rule is the system's own (a code already taken).
public protocol RuleRefusal: Error, Equatable, Sendable {
    var clause: String? { get }
}
