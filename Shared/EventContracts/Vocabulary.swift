/// The closed sets every service and event speaks of. Each is written as the API, the events
/// and the databases spell it.

/// The languages of the centre: a group's language of instruction, and the language a person
/// reads Qadam in. Kazakh and Russian are the working languages; English serves client
/// systems and operators who ask for it.
public enum Language: String, Sendable, CaseIterable, Codable {
    case kk, ru, en
}

/// Who pays for a teacher's course (regulation 1.9): the state order (the budget), the
/// employer, or the teacher.
public enum Funding: String, Sendable, CaseIterable, Codable {
    case budget, employer, own
}

/// The grounds of regulation 7.5 on which a listener is expelled: the contract broken.
public enum ExpulsionReason: String, Codable, Sendable, CaseIterable {
    /// 6.4: the course was not paid on time.
    case unpaid
    /// 6.5: the individual study plan was not followed.
    case studyPlanNotFollowed = "study-plan-not-followed"
    /// 6.7: the university's rules were broken.
    case rulesBroken = "rules-broken"
}

/// 4.9: a short course, a long one, or an internship for technical and vocational teachers. A
/// long course ends in an external final assessment (2.10), a short one in a final one (2.3).
public enum ProgrammeKind: String, Codable, Sendable, CaseIterable {
    case short, long, internship
}

/// 2.16, 3.1–3.4: how the listener attends.
public enum StudyForm: String, Codable, Sendable, CaseIterable {
    case inPerson = "in-person", distance, blended
}

/// A person's sex, as their IIN records it (its seventh digit). Russian grammar needs it on a
/// certificate: «прошёл» or «прошла».
public enum Sex: String, Codable, Sendable, CaseIterable {
    case male, female
}
