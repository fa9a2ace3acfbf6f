import GRDB
import Hummingbird

/// A candidate as the API shows it: where it stands, and its file.
public struct CandidateView: Codable, Sendable, Equatable, ResponseEncodable {
    public var candidate: Candidate
    public var checklist: DocumentChecklist

    init(_ candidate: Candidate, in db: Database) throws {
        self.candidate = candidate
        checklist = try DocumentChecklist.of(candidate, in: db)
    }
}
