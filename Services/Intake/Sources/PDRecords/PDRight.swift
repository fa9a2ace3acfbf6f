import EventContracts

/// A teacher's right to professional development at least once every three years, as plain
/// values: when she last had it, and whether she is due again.
enum PDRight {
    static let years = 3

    enum State: String, Codable, Sendable, CaseIterable {
        /// On a course now: her request or application is with the centre, or she is studying,
        /// or she passed and her certificate is on its way.
        case inCourse = "in-course"
        /// Certified within the three years.
        case current
        /// Her three years are over by the day asked about.
        case due
        /// Never certified here: due now.
        case neverCertified = "never-certified"
    }

    /// The statuses of a candidate still on the way through a course.
    static let onTheWay: Set<Candidate.Status> = [.received, .fileIncomplete, .accepted, .admitted, .completed]

    /// Her certificate that stands with the latest course date: the day she last had PD. A
    /// reissue keeps the first certificate's date; a revoked certificate gives no right.
    static func latest(_ certificates: [PDCertificate]) -> PDCertificate? {
        certificates.filter { $0.status == .valid }.max { $0.courseDate < $1.courseDate }
    }

    static func dueOn(lastCertifiedOn: CalendarDate?) -> CalendarDate? {
        lastCertifiedOn?.adding(years: years)
    }

    static func state(candidates: [Candidate.Status], lastCertifiedOn: CalendarDate?, on day: CalendarDate) -> State {
        if candidates.contains(where: onTheWay.contains) { return .inCourse }
        guard let due = dueOn(lastCertifiedOn: lastCertifiedOn) else { return .neverCertified }
        return due <= day ? .due : .current
    }
}
