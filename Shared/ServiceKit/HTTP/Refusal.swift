/// An error that a service's operations throw and its texts explain. Operations and rules know
/// nothing of HTTP: they throw domain values (a refusal of a rule, a record that is missing),
/// and `ProblemMiddleware` answers each with the problem details it converts to.
public protocol ProblemConvertible: Error {
    var problem: Problem { get }
}

/// How a feature's texts explain one refusal of one of its rules. The refusal itself is a plain
/// value of the feature's rules, with its clause; this conformance, written beside the
/// feature's other texts, says how a person reads it. The answer carries the clause as
/// `clause`, on the problem (a 409) or on the field it names (a 422).
public protocol ExplainedRefusal: RuleRefusal, ProblemConvertible {
    /// The field of the request that is at fault: the answer is a 422 naming it. Nil when the
    /// fault is in the state of things (a listener already expelled): the answer is a 409.
    var field: String? { get }
    /// The problem type of a 409, after `Problem.typeBase`: `listener-not-studying`.
    var code: String { get }
    var message: Localized { get }
    /// More about a 409 (the listener's status now, say).
    var detail: Localized? { get }
    /// The refusal is of the caller's right, not of the request (another leader's programme):
    /// it answers 403, as a role's limits do.
    var forbidsTheCaller: Bool { get }
}

extension ExplainedRefusal {
    public var field: String? { nil }
    public var detail: Localized? { nil }
    public var forbidsTheCaller: Bool { false }
    public var problem: Problem { Refusals.answer([self]) }
}

/// Every refusal of a rule at once: a form's fields are all named in one answer.
public struct Refusals<Refusal: ExplainedRefusal>: ProblemConvertible {
    public let all: [Refusal]

    public init(_ all: [Refusal]) { self.all = all }

    /// Throws the refusals, if there are any.
    public static func check(_ refusals: [Refusal]) throws {
        if !refusals.isEmpty { throw Refusals(refusals) }
    }

    public var problem: Problem { Self.answer(all) }

    /// A 403 when a refusal forbids the caller; a 422 naming each field at fault when any is
    /// about a field; otherwise the 409 of the first.
    public static func answer(_ all: [Refusal]) -> Problem {
        if let forbidding = all.first(where: \.forbidsTheCaller) {
            return Problem(status: .forbidden, type: Problem.typeBase + forbidding.code, title: forbidding.message,
                           detail: forbidding.detail, clause: forbidding.clause)
        }
        let fields = all.compactMap { refusal in refusal.field.map { ($0, refusal.message, refusal.clause) } }
        if !fields.isEmpty { return .validation(refusing: fields) }
        guard let first = all.first else { return .validation([]) }
        return Problem(status: .conflict, type: Problem.typeBase + first.code, title: first.message, detail: first.detail,
                       clause: first.clause)
    }
}

/// A record the request names that does not exist, or that the caller may not see (which is
/// answered the same way: its existence is none of the caller's business).
public struct NotFound: ProblemConvertible, Sendable {
    public let what: Localized

    public init(_ what: Localized) { self.what = what }

    public var problem: Problem { .notFound(what) }
}
