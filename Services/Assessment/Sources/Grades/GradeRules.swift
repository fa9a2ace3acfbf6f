/// The letter scale of Kazakhstan's credit system, on 100 points: the default scale of a
/// module's grades in an assessment plan (regulation 6.6, 7.1–7.2). Each letter has its band of
/// points, its grade point and its traditional mark; D and above pass, FX and F fail.
public enum LetterGrade: String, Codable, Sendable, CaseIterable {
    case a = "A", aMinus = "A-", bPlus = "B+", b = "B", bMinus = "B-", cPlus = "C+", c = "C", cMinus = "C-"
    case dPlus = "D+", d = "D", fx = "FX", f = "F"

    /// The points each letter takes, highest first; together they cover 0–100 once.
    public var points: ClosedRange<Int> {
        switch self {
        case .a: 95...100
        case .aMinus: 90...94
        case .bPlus: 85...89
        case .b: 80...84
        case .bMinus: 75...79
        case .cPlus: 70...74
        case .c: 65...69
        case .cMinus: 60...64
        case .dPlus: 55...59
        case .d: 50...54
        case .fx: 25...49
        case .f: 0...24
        }
    }

    /// The grade point in hundredths (A is 400, A- 367), exact where a decimal would not be.
    public var gradePointHundredths: Int {
        switch self {
        case .a: 400
        case .aMinus: 367
        case .bPlus: 333
        case .b: 300
        case .bMinus: 267
        case .cPlus: 233
        case .c: 200
        case .cMinus: 167
        case .dPlus: 133
        case .d: 100
        case .fx: 50
        case .f: 0
        }
    }

    /// The traditional mark the letter stands for.
    public var mark: TraditionalMark {
        switch self {
        case .a, .aMinus: .excellent
        case .bPlus, .b, .bMinus, .cPlus: .good
        case .c, .cMinus, .dPlus, .d: .satisfactory
        case .fx, .f: .unsatisfactory
        }
    }

    /// D and above pass; FX (which may be retaken) and F fail.
    public var passes: Bool { mark != .unsatisfactory }

    /// The letter of `points`, or nil for points off the scale (below 0, above 100).
    public init?(points: Int) {
        guard let grade = Self.allCases.first(where: { $0.points.contains(points) }) else { return nil }
        self = grade
    }
}

/// The four-mark scale the letters translate into: отлично, хорошо, удовлетворительно,
/// неудовлетворительно (өте жақсы, жақсы, қанағаттанарлық, қанағаттанарлықсыз).
public enum TraditionalMark: String, Codable, Sendable, CaseIterable {
    case excellent, good, satisfactory, unsatisfactory
}
