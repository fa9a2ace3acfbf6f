import EventContracts
@testable import EnrolmentService
import Foundation
import GRDB
import Testing

/// The plan that enrolment needs before it places anyone (4.2): an approved programme, a
/// stream, and groups of the programme in it.
extension ServiceHarness where S == EnrolmentService {
    /// Writes and approves `programmeCode` unless it exists, plans the stream unless it exists,
    /// and plans a group in it. Returns the group.
    @discardableResult
    func planGroup(_ code: String, programmeCode: String = "PD-2026-014", language: String = "kk", capacity: Int = 25,
                   stream: (code: String, startsOn: String, endsOn: String) = ("2026-S3", "2026-09-07", "2026-09-18")) async throws -> StudyGroup {
        let leader = try await token(.programmeLeader)
        if try await database.read({ db in try Programme.find(code: programmeCode, in: db) }) == nil {
            #expect(try await send(.post, "/v1/programmes", ProgrammeRoutesTests.form(code: programmeCode), token: leader).status == .created)
            #expect(try await send(.post, "/v1/programmes/\(programmeCode)/approval", ProgrammeRoutesTests.approval,
                                   token: try await token(.rector)).status == .ok)
        }
        var streamId = try await database.read { db in
            try String.fetchOne(db, sql: "SELECT id FROM stream WHERE code = ?", arguments: [stream.code])
        }
        if streamId == nil {
            let planned = try await send(.post, "/v1/streams", ["code": stream.code, "startsOn": stream.startsOn, "endsOn": stream.endsOn],
                                         token: leader)
            streamId = try planned.json(Stream.self).id
        }
        let planned = try await send(.post, "/v1/groups", [
            "code": code, "streamId": streamId!, "programmeCode": programmeCode, "language": language, "form": "blended",
            "capacity": capacity,
        ], token: leader)
        #expect(planned.status == .created)
        return try planned.json(StudyGroup.self)
    }

    /// Delivers intake's acceptance of a candidate like the contract sample's, with another id,
    /// name, programme or language.
    func accept(_ candidateId: String, _ fullName: String, programmeCode: String = "PD-2026-014", language: String = "kk",
                funding: String = "employer") async throws {
        var candidate = try Samples.payload(CandidateAccepted.self)
        candidate.candidateId = candidateId
        candidate.fullName = fullName
        candidate.programmeCode = programmeCode
        candidate.language = language
        candidate.funding = funding
        #expect(try await deliver(try eventBody(candidate)))
    }

    /// Listeners' names by group id, and the waiting list's names in order.
    func placements() async throws -> (groups: [String: [String]], waiting: [String]) {
        try await database.read { db in
            let listeners = try Listener.filter(Column("status") == "studying").order(Column("admittedAt"), Column.rowID).fetchAll(db)
            let groups = Dictionary(grouping: listeners, by: \.groupId).mapValues { $0.map(\.fullName) }
            let waiting = try WaitingCandidate.order(Column("position")).fetchAll(db).map(\.candidate.fullName)
            return (groups, waiting)
        }
    }
}
