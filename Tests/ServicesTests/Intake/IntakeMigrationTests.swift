import Foundation
import GRDB
@testable import IntakeService
import Storage
import TestSupport
import Testing

/// Migrations run on databases that hold data: these start from an earlier schema with rows in
/// it, as an upgraded intake meets them.
@Suite struct IntakeMigrationTests {
    @Test func applicationsAndRequestCandidatesBecomeOneKindOfCandidateKeepingTheirPapers() throws {
        let directory = try TemporaryDirectory()
        let database = try DatabasePool(path: directory.path("intake.sqlite"), configuration: ServiceDatabase.configuration())
        let migrator = IntakeService.migrator()
        try migrator.migrate(database, upTo: "intake-v5-document")
        let time = Date(timeIntervalSince1970: 1_788_000_000)
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO organisation VALUES ('org-17', 'school', 'Мектеп', 'Школа', 'astana', '040340001233', 'Астана', 's@edu.kz', ?, ?);
                INSERT INTO organisationRequest VALUES ('req-1', 'org-17', 'PD-1', NULL, 'kk', 'budget', NULL, NULL, 'open', 'school', ?, ?);
                INSERT INTO candidate VALUES ('cand-1', 'req-1', 'org-17', 'Ким Ирина', '850314410007', 'teacher', NULL, 'received', ?, ?);
                INSERT INTO application (id, fullName, iin, programmeCode, employerEmail, status, listenerId, submittedBy, createdAt, updatedAt, organisationId)
                    VALUES ('app-1', 'Омаров Нурлан', '900101300007', 'PD-2', 'hr@school.kz', 'admitted', 'listener-1', 'operator', ?, ?, NULL);
                INSERT INTO document (id, candidateId, kind, fileType, byteCount, sha256, content, status, uploadedBy, uploadedAt)
                    VALUES ('doc-1', 'cand-1', 'id-copy', 'application/pdf', 4, 'abc', x'25504446', 'verified', 'school', ?);
                """, arguments: [time, time, time, time, time, time, time, time, time])
        }

        try migrator.migrate(database)

        let candidates = try database.read { db in try Candidate.order(Column("id")).fetchAll(db) }
        #expect(candidates.map(\.id) == ["app-1", "cand-1"])
        let application = candidates[0]
        #expect(application.requestId == nil)
        #expect(application.employerEmail == "hr@school.kz")
        #expect(application.status == .admitted)
        #expect(application.listenerId == "listener-1")
        #expect(application.programmeCode == "PD-2")
        let fromRequest = candidates[1]
        #expect(fromRequest.requestId == "req-1")
        #expect((fromRequest.programmeCode, fromRequest.language, fromRequest.funding) == ("PD-1", .kk, .budget))
        #expect(fromRequest.submittedBy == "school")
        let (paper, violations, applicationTable) = try database.read { db in
            (try Document.fetchOne(db, key: "doc-1"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), try db.tableExists("application"))
        }
        #expect(paper?.candidateId == "cand-1")
        #expect(violations.isEmpty)
        #expect(!applicationTable)
    }
}
