/// The roles that may call an operation, by the name of the people they are. Routes, role
/// guards and API documents name these sets, never a list of roles of their own.
public struct Roles: Sendable, Hashable, ExpressibleByArrayLiteral {
    public let members: Set<Role>

    public init(arrayLiteral roles: Role...) { members = Set(roles) }
    public init(_ roles: some Sequence<Role>) { members = Set(roles) }

    public func contains(_ role: Role) -> Bool { members.contains(role) }

    /// No role at all: the operation is public and needs no token.
    public var isPublic: Bool { members.isEmpty }

    /// In `Role`'s order, for documents.
    public var ordered: [Role] { Role.allCases.filter(members.contains) }

    public static func + (lhs: Roles, rhs: Roles) -> Roles { Roles(lhs.members.union(rhs.members)) }

    /// Open to anyone: the public certificate check, health, metrics.
    public static let anyone: Roles = []
    /// The centre's office: operators and administrators, who keep the records.
    public static let office: Roles = [.operator, .admin]
    /// The office, and organisations for what is their own (requests, candidates, papers).
    public static let officeAndOrganisations = office + [.organisation]
    /// Who issues the rector's orders and what they decide: the office and the rector.
    public static let orderIssuers = office + [.rector]
    /// Who reads the records of courses: the office, the rector and programme leaders.
    public static let courseStaff = office + [.rector, .programmeLeader]
    /// The course staff and trainers: who read programmes and timetables.
    public static let teachingStaff = courseStaff + [.trainer]
    /// Who plan the courses (programmes, streams, groups, trainers' assignments): the office
    /// and programme leaders.
    public static let planners = office + [.programmeLeader]
    /// Who approve and retire programmes (4.8): the rector and administrators.
    public static let approvers: Roles = [.rector, .admin]
    /// Who assess listeners: the office, trainers and programme leaders.
    public static let assessors = office + [.trainer, .programmeLeader]
    /// Who decide results and open reassessments (7.1–7.4): the office and programme leaders.
    public static let deciders = office + [.programmeLeader]
    /// Who follow teachers after the course (8.2): the office and programme leaders.
    public static let followers = office + [.programmeLeader]
}
