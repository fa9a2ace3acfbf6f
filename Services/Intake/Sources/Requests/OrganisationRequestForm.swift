import EventContracts
import Foundation
import ServiceKit
import Storage

/// An organisation's request as it is posted, with its list of teachers.
public struct OrganisationRequestForm: Codable, Sendable {
    public struct Teacher: Codable, Sendable {
        public var fullName: String?
        public var iin: String?
        public var position: String?
        public var email: String?

        public init(fullName: String? = nil, iin: String? = nil, position: String? = nil, email: String? = nil) {
            self.fullName = fullName
            self.iin = iin
            self.position = position
            self.email = email
        }
    }

    /// Staff post on an organisation's behalf and name it; an organisation's token names itself.
    public var organisationId: String?
    public var programmeCode: String?
    public var topic: String?
    public var language: String?
    public var funding: String?
    public var preferredFrom: String?
    public var preferredTo: String?
    public var teachers: [Teacher]?

    public init(organisationId: String? = nil, programmeCode: String? = nil, topic: String? = nil, language: String? = nil,
                funding: String? = nil, preferredFrom: String? = nil, preferredTo: String? = nil, teachers: [Teacher]? = nil) {
        self.organisationId = organisationId
        self.programmeCode = programmeCode
        self.topic = topic
        self.language = language
        self.funding = funding
        self.preferredFrom = preferredFrom
        self.preferredTo = preferredTo
        self.teachers = teachers
    }

    /// The most teachers one request may list: a few schools' worth, not a region's register.
    static let teacherLimit = 500

    public struct Valid: Sendable {
        public var programmeCode: String?
        public var topic: String?
        public var language: Language
        public var funding: OrganisationRequest.Funding
        public var preferredFrom: String?
        public var preferredTo: String?
        public var teachers: [(fullName: String, iin: IIN, position: String?, email: String?)]
        /// Where each teacher was given, to name it in later problems: `teachers[2]` in JSON,
        /// `lines[4]` in a CSV file.
        public var teacherPaths: [String]
    }

    /// Where a teacher was given, from its index in `teachers`: the field path of its problems,
    /// and how a person would say it.
    public struct TeacherPlaces: Sendable {
        var path: @Sendable (Int) -> String
        var spoken: @Sendable (Int) -> Localized

        /// `teachers[2]`, "number 3".
        public static let json = TeacherPlaces(path: { "teachers[\($0)]" }, spoken: RequestText.number)
        /// `lines[4]`, "line 4": the rows of a CSV file, by their lines.
        public static func lines(_ lines: [Int]) -> TeacherPlaces {
            TeacherPlaces(path: { "lines[\(lines[$0])]" }, spoken: { RequestText.line(lines[$0]) })
        }
    }

    public func validated(today: Date = Date(), places: TeacherPlaces = .json) throws -> Valid {
        var check = FieldValidator()
        let code = programmeCode?.trimmingCharacters(in: .whitespaces).nonEmpty
        let topic = topic?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
        if code == nil && topic == nil { check.add("programmeCode", RequestText.programmeOrTopic) }
        if let code, !ProgrammeCode.isValid(code) { check.add("programmeCode", .badProgrammeCode) }
        if let topic, topic.count > 1000 { check.add("topic", .tooLong) }
        let language = check.choice(language, "language", Language.self)
        let funding = check.choice(funding, "funding", OrganisationRequest.Funding.self)
        let (from, to) = check.preferredDates(preferredFrom, preferredTo, today: today)
        let teachers = check.teachers(teachers ?? [], limit: Self.teacherLimit, places: places)
        try check.validate()
        return Valid(programmeCode: code, topic: topic, language: language!, funding: funding!,
                     preferredFrom: from, preferredTo: to, teachers: teachers,
                     teacherPaths: teachers.indices.map(places.path))
    }
}

extension FieldValidator {
    /// Preferred dates, each optional, not past, and in order. (The values are only used when
    /// nothing was wrong, so they are returned as given.)
    mutating func preferredDates(_ from: String?, _ to: String?, today: Date) -> (String?, String?) {
        var dates: [String: Date] = [:]
        for (field, value) in [("preferredFrom", from), ("preferredTo", to)] {
            guard let value else { continue }
            guard let date = CalendarDate(value)?.startInUTC else { add(field, .invalidDate); continue }
            if date < CalendarDate(today, in: TimeZone(identifier: "UTC")!).startInUTC { add(field, RequestText.inThePast) }
            dates[field] = date
        }
        if let start = dates["preferredFrom"], let end = dates["preferredTo"], end < start {
            add("preferredTo", RequestText.endBeforeStart)
        }
        return (from, to)
    }

    /// Each teacher's fields by place (`teachers[3].iin`); an IIN listed twice is named at its
    /// second place. The valid list is used only when nothing was wrong, so its indices are
    /// the given ones.
    mutating func teachers(_ list: [OrganisationRequestForm.Teacher], limit: Int, places: OrganisationRequestForm.TeacherPlaces)
        -> [(fullName: String, iin: IIN, position: String?, email: String?)] {
        if list.isEmpty { add("teachers", RequestText.noTeachers); return [] }
        if list.count > limit { add("teachers", RequestText.tooManyTeachers(limit)); return [] }
        var valid: [(fullName: String, iin: IIN, position: String?, email: String?)] = []
        var seen: [String: Int] = [:]
        for (index, teacher) in list.enumerated() {
            let path = places.path(index)
            let name = personName(teacher.fullName, "\(path).fullName")
            var iin = self.iin(teacher.iin, "\(path).iin")
            if let number = iin?.digits {
                if let first = seen[number] { add("\(path).iin", RequestText.listedTwice(places.spoken(first))); iin = nil }
                else { seen[number] = index }
            }
            let position = teacher.position?.trimmingCharacters(in: .whitespaces).nonEmpty
            let email = teacher.email?.trimmingCharacters(in: .whitespaces).nonEmpty.flatMap { self.email($0, "\(path).email") }
            if let name, let iin { valid.append((name, iin, position, email)) }
        }
        return valid
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
