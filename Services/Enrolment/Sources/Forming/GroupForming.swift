import EventContracts

/// Forming groups from accepted candidates (regulation 4.2): by programme and language, up to
/// each group's capacity, first come first placed. Who cannot be placed waits, in order, and
/// is placed when a place frees or a new group is planned.
enum GroupForming {
    /// A candidate on the waiting list, in the order they joined it.
    struct Candidate: Equatable {
        var id: String
        var programmeCode: String
        var language: Language
    }

    /// A group that takes listeners, with how many more it takes.
    struct OpenGroup: Equatable {
        var id: String
        var programmeCode: String
        var language: Language
        var freePlaces: Int
    }

    struct Placement: Equatable {
        var candidateId: String
        var groupId: String
    }

    /// Places each candidate, in the order given, in the first group of their programme and
    /// language with a free place, in the order the groups are given (the earliest stream
    /// first). A candidate for whom none is free stays waiting, and does not stop those behind
    /// from taking a place in another programme's or language's group.
    static func placements(of candidates: [Candidate], in groups: [OpenGroup]) -> [Placement] {
        var groups = groups
        var placements: [Placement] = []
        for candidate in candidates {
            guard let index = groups.firstIndex(where: {
                $0.programmeCode == candidate.programmeCode && $0.language == candidate.language && $0.freePlaces > 0
            }) else { continue }
            groups[index].freePlaces -= 1
            placements.append(Placement(candidateId: candidate.id, groupId: groups[index].id))
        }
        return placements
    }
}
