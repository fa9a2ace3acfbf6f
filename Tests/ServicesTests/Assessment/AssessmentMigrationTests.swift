@testable import AssessmentService
import EventContracts
import Foundation
import GRDB
import Storage
import TestSupport
import Testing

/// Migrations run on databases that hold data: these start from the skeleton's schema, as an
/// upgraded assessment meets it.
@Suite struct AssessmentMigrationTests {
    @Test func listenersOfTheSkeletonTakeTheirFirstAttemptKeepingAResultAlreadyRecorded() throws {
        let directory = try TemporaryDirectory()
        let database = try DatabasePool(path: directory.path("assessment.sqlite"), configuration: ServiceDatabase.configuration())
        let migrator = AssessmentService.migrator()
        try migrator.migrate(database, upTo: "assessment-v2-expulsions")
        let admitted = Date(timeIntervalSince1970: 1_788_000_000)
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO listener (id, fullName, programmeCode, groupId, admittedAt, finalResult, finalScore, assessedOn, assessedBy)
                    VALUES ('l-1', 'Ким Ирина', 'PD-1', 'g-1', ?, 'passed', 87, '2026-10-15', 'trainer-7'),
                           ('l-2', 'Омаров Нурлан', 'PD-1', 'g-1', ?, NULL, NULL, NULL, NULL);
                """, arguments: [admitted, admitted])
        }

        try migrator.migrate(database)

        let attempts = try database.read { db in try Attempt.order(Column("listenerId")).fetchAll(db) }
        #expect(attempts.map(\.listenerId) == ["l-1", "l-2"])
        #expect(attempts.map(\.number) == [1, 1])
        #expect(attempts.map(\.kind) == [.first, .first])
        #expect(attempts.map(\.groupId) == ["g-1", "g-1"])
        #expect(attempts[0].result == .passed)
        #expect((attempts[0].score, attempts[0].decidedOn, attempts[0].decidedBy) == (87, "2026-10-15", "trainer-7"))
        #expect(attempts[1].result == nil, "an undecided listener takes an open attempt")
        #expect(attempts[1].openedOn == CalendarDate(admitted, in: TimeZone(identifier: "UTC")!))
        let columns = try database.read { db in try db.columns(in: "plan").map(\.name) }
        #expect(columns.contains("leaderId"))
    }
}
