import EventContracts
import Foundation
import ServiceKit

/// An organisation's request as it is posted, with its list of teachers (4.1).
public struct OrganisationRequestForm: Form {
    public struct Teacher: FormPart {
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
        public var organisationId: String?
        public var programmeCode: String?
        public var topic: String?
        public var language: Language
        public var funding: Funding
        public var preferredFrom: CalendarDate?
        public var preferredTo: CalendarDate?
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

    public func read(_ check: inout FieldValidator) -> Valid? { read(&check, places: .json) }

    public func read(_ check: inout FieldValidator, places: TeacherPlaces) -> Valid? {
        let organisationId = check.optionalIdentifier(organisationId, "organisationId", description: "Staff only: the organisation they act for")
        let code = check.optionalProgrammeCode(programmeCode, "programmeCode", description: "An approved programme's (GET /v1/programmes)")
        let topic = check.optionalText(topic, "topic", limit: 1000, multiline: true, description: "When no programme is named")
        if code == nil && topic == nil && check.isValid { check.add("programmeCode", RequestText.programmeOrTopic) }
        let language = check.choice(language, "language", Language.self)
        let funding = check.choice(funding, "funding", Funding.self)
        let from = check.optionalDate(preferredFrom, "preferredFrom")
        let to = check.optionalDate(preferredTo, "preferredTo")
        for (field, date) in [("preferredFrom", from), ("preferredTo", to)] where date.map({ $0 < check.today }) == true {
            check.add(field, RequestText.inThePast)
        }
        if let from, let to, to < from { check.add("preferredTo", RequestText.endBeforeStart) }
        var seen: [String: Int] = [:]
        let teachers = check.each(teachers, "teachers", maximum: Self.teacherLimit, place: places.path) { check, teacher, index
            -> (fullName: String, iin: IIN, position: String?, email: String?)? in
            let name = check.personName(teacher.fullName, "fullName")
            var iin = check.iin(teacher.iin, "iin")
            if let number = iin?.digits {
                if let first = seen[number] { check.add("iin", RequestText.listedTwice(places.spoken(first))); iin = nil }
                else { seen[number] = index }
            }
            let position = check.optionalText(teacher.position, "position", limit: 200)
            let email = check.optionalEmail(teacher.email, "email")
            guard let name, let iin, check.isValid else { return nil }
            return (name, iin, position, email)
        }
        guard check.isValid, let language, let funding, let teachers else { return nil }
        return Valid(organisationId: organisationId, programmeCode: code, topic: topic, language: language, funding: funding,
                     preferredFrom: from, preferredTo: to, teachers: teachers, teacherPaths: teachers.indices.map(places.path))
    }
}

/// The programme the centre chooses for a request.
struct ProgrammeChoice: Form {
    var programmeCode: String?

    func read(_ check: inout FieldValidator) -> String? {
        check.programmeCode(programmeCode, "programmeCode", description: "An approved programme's")
    }
}

/// Whose requests to list.
struct RequestFilter: Form {
    var organisationId: String?

    struct Valid { var organisationId: String? }

    func read(_ check: inout FieldValidator) -> Valid? {
        let id = check.optionalIdentifier(organisationId, "organisationId", description: "Staff only: one organisation's requests")
        return check.isValid ? Valid(organisationId: id) : nil
    }
}
