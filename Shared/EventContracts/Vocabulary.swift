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
