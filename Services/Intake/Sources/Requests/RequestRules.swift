/// What a request, or an application, may name (4.1, 4.8).
enum RequestRules {
    enum Refusal: Error, Equatable {
        /// The organisation is not in intake's register.
        case unknownOrganisation
        /// No approved programme has the code (or it is retired): candidates for it would wait for ever.
        case programmeNotOffered(field: String)
        /// The request was withdrawn already.
        case withdrawn
        /// Enrolment was told the programme of candidates already accepted: it is not changed under them.
        case programmeSettled
    }
}
