import Foundation

/// A grade as the certificate's appendix (Appendix 4) and a report print it: on the letter
/// scale, the letter, its points, its grade point and the traditional mark; for a pass/fail
/// module (сынақ / зачёт), only whether it passed, with its word.
public struct GradeRecord: Codable, Sendable, Equatable {
    /// `A`, `A-` … `F`; nil for a pass/fail module.
    public var letter: String?
    /// 0–100; nil for a pass/fail module.
    public var points: Int?
    /// The grade point in hundredths (A is 400); nil for a pass/fail module.
    public var gradePointHundredths: Int?
    public var passed: Bool
    /// The traditional mark or the pass/fail word: «отлично», «зачтено»; «өте жақсы», «сыналды».
    public var wordKk: String
    public var wordRu: String

    public init(letter: String?, points: Int?, gradePointHundredths: Int?, passed: Bool, wordKk: String, wordRu: String) {
        self.letter = letter
        self.points = points
        self.gradePointHundredths = gradePointHundredths
        self.passed = passed
        self.wordKk = wordKk
        self.wordRu = wordRu
    }

    /// The letters `letter` takes, best first: the letter scale assessment grades on, for a
    /// consumer that lists grades in their order.
    public static let letters = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "FX", "F"]
}

/// A listener passed (regulation 7.1–7.2): every module of the assessment plan graded at or
/// above its pass mark, and the final (for a long course, the external final) assessment
/// passed. It carries everything the certificate and its appendix print (7.3, Appendix 4), so
/// that certification asks no other service.
public struct ListenerPassed: DomainEvent, Equatable {
    public static let type = EventType("assessment.listener.passed", version: 2)

    public struct Module: Codable, Sendable, Equatable {
        public var name: String
        public var hours: Int
        public var grade: GradeRecord

        public init(name: String, hours: Int, grade: GradeRecord) {
            self.name = name
            self.hours = hours
            self.grade = grade
        }
    }

    /// The final assessment (2.3), or for a long course the external one (2.10) with the body
    /// that held it and its assessor.
    public struct FinalAssessment: Codable, Sendable, Equatable {
        public var external: Bool
        public var grade: GradeRecord
        public var assessedOn: CalendarDate
        public var externalBody: String?
        public var assessor: String?

        public init(external: Bool, grade: GradeRecord, assessedOn: CalendarDate, externalBody: String?, assessor: String?) {
            self.external = external
            self.grade = grade
            self.assessedOn = assessedOn
            self.externalBody = externalBody
            self.assessor = assessor
        }
    }

    public var listenerId: String
    /// The candidate's id at intake, when assessment heard it.
    public var candidateId: String?
    public var fullName: String
    public var groupId: String
    public var programmeCode: String
    public var titleKk: String
    public var titleRu: String
    /// The modules in the plan's order.
    public var modules: [Module]
    public var finalAssessment: FinalAssessment
    /// Academic hours: the modules' hours added up.
    public var totalHours: Int
    /// The modules' points weighted by the plan, 0–100, rounded.
    public var score: Int
    /// 1 for the first assessment, 2 and on for a reassessment (7.4.1–7.4.2).
    public var attempt: Int
    /// The day the last part was graded (the final assessment, or in a reassessment the part
    /// retaken): the certificate's date.
    public var assessedOn: CalendarDate

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String?, fullName: String, groupId: String, programmeCode: String,
                titleKk: String, titleRu: String, modules: [Module], finalAssessment: FinalAssessment, totalHours: Int,
                score: Int, attempt: Int, assessedOn: CalendarDate) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.fullName = fullName
        self.groupId = groupId
        self.programmeCode = programmeCode
        self.titleKk = titleKk
        self.titleRu = titleRu
        self.modules = modules
        self.finalAssessment = finalAssessment
        self.totalHours = totalHours
        self.score = score
        self.attempt = attempt
        self.assessedOn = assessedOn
    }

    /// The same pass in version 1's words, published beside this one for consumers not yet upgraded.
    public var legacy: ListenerPassedV1 {
        ListenerPassedV1(listenerId: listenerId, fullName: fullName, programmeCode: programmeCode, score: score,
                         assessedOn: assessedOn, newerVersion: Self.type.version)
    }
}

/// Version 1 of `assessment.listener.passed`, from before assessment had plans: a final score
/// and its day. Assessment still publishes it beside version 2 for consumers not yet upgraded;
/// remove it once none is left.
public struct ListenerPassedV1: DomainEvent, Equatable {
    public static let type = EventType("assessment.listener.passed", version: 1)

    public var listenerId: String
    public var fullName: String
    public var programmeCode: String
    /// The final score, 0–100.
    public var score: Int
    /// The day of the assessment.
    public var assessedOn: CalendarDate
    /// Set by a producer that publishes the same pass as this version too (an additive field,
    /// which older consumers ignore): a consumer that reads that version leaves this copy alone,
    /// so that it acts on the pass once. Absent from an older assessment, whose pass is only this.
    public var newerVersion: Int?

    public var subject: String { listenerId }

    /// Whether this copy is the only one of the pass, so a consumer of the newer version acts on it.
    public var isTheOnlyCopy: Bool { newerVersion == nil }

    public init(listenerId: String, fullName: String, programmeCode: String, score: Int, assessedOn: CalendarDate,
                newerVersion: Int? = nil) {
        self.listenerId = listenerId
        self.fullName = fullName
        self.programmeCode = programmeCode
        self.score = score
        self.assessedOn = assessedOn
        self.newerVersion = newerVersion
    }
}

/// A listener's assessment ended without a pass (7.1–7.2): which parts of the plan fell short,
/// and the reassessments still open to them (7.4.1–7.4.2).
public struct ListenerFailed: DomainEvent, Equatable {
    public static let type = EventType("assessment.listener.failed", version: 1)

    /// A way to be assessed again.
    public struct Reassessment: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable, CaseIterable {
            /// 7.4.1: once within a year of the failed attempt.
            case withinAYear = "within-a-year"
            /// 7.4.2: with the next stream of the same course.
            case nextStream = "next-stream"
        }

        public var kind: Kind
        /// The last day it may be taken, where there is one.
        public var until: CalendarDate?

        public init(kind: Kind, until: CalendarDate?) {
            self.kind = kind
            self.until = until
        }
    }

    public var listenerId: String
    public var candidateId: String?
    public var fullName: String
    public var groupId: String
    public var programmeCode: String
    /// The parts that fell short of their pass marks: module names, and `final` for the final assessment.
    public var failedParts: [String]
    public var attempt: Int
    public var assessedOn: CalendarDate
    public var reassessments: [Reassessment]

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String?, fullName: String, groupId: String, programmeCode: String,
                failedParts: [String], attempt: Int, assessedOn: CalendarDate, reassessments: [Reassessment]) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.fullName = fullName
        self.groupId = groupId
        self.programmeCode = programmeCode
        self.failedParts = failedParts
        self.attempt = attempt
        self.assessedOn = assessedOn
        self.reassessments = reassessments
    }
}
