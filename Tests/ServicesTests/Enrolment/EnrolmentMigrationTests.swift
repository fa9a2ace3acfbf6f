import EventContracts
@testable import EnrolmentService
import Foundation
import GRDB
import Storage
import TestSupport
import Testing

/// Migrations run on databases that hold data: these start from an earlier schema with rows in
/// it, as an upgraded enrolment meets them.
@Suite struct EnrolmentMigrationTests {
    @Test("a listener expelled under the old word is expelled under the new, with the order's ground and the letter found again")
    func expulsionKeepsOneWord() throws {
        let directory = try TemporaryDirectory()
        let database = try DatabasePool(path: directory.path("enrolment.sqlite"), configuration: ServiceDatabase.configuration())
        let migrator = EnrolmentService.migrator()
        try migrator.migrate(database, upTo: "enrolment-v10-interruptions")
        let time = Date(timeIntervalSince1970: 1_788_000_000)
        let content = #"""
            {"programmeCode":"PD-1","programmeTitleKk":"Б","programmeTitleRu":"П","hours":72,"groupCode":"G-1","startsOn":"2026-09-07",
             "endsOn":"2026-09-18","leaders":["А. Б."],"listeners":[{"listenerId":"l-1","fullName":"Ким Ирина","funding":"employer"}],
             "authorityLetters":[],"reason":"unpaid"}
            """#
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO "group" (id, code, programmeCode, createdAt) VALUES ('g-1', 'G-1', 'PD-1', ?);
                INSERT INTO "order" VALUES ('o-1', 'ПК-2026/002', 2026, 2, 'expulsion', '2026-09-15', 'g-1', ?, 'rector', ?);
                INSERT INTO listener (id, applicationId, fullName, programmeCode, employerEmail, groupId, admittedAt, language, funding,
                                      status, dismissalOrderId)
                    VALUES ('l-1', 'c-1', 'Ким Ирина', 'PD-1', 'hr@school.kz', 'g-1', ?, 'ru', 'employer', 'dismissed', 'o-1');
                INSERT INTO mail (id, messageId, sender, recipient, subject, reference, content, state, attempts, createdAt)
                    VALUES ('m-1', 'x@qadam', 'pd@qadam', 'hr@school.kz', 'S', 'dismissal:l-1', x'00', 'sent', 1, ?);
                """, arguments: [time, content, time, time, time])
        }

        try migrator.migrate(database)

        let (listener, order, reference) = try database.read { db in
            (try Listener.fetchOne(db, key: "l-1"), try Order.fetchOne(db, key: "o-1"),
             try String.fetchOne(db, sql: "SELECT reference FROM mail WHERE id = 'm-1'"))
        }
        #expect(listener?.status == .expelled)
        #expect(listener?.candidateId == "c-1")
        #expect(listener?.expulsionOrderId == "o-1")
        #expect(listener?.employerOrganisationId == nil)
        #expect(order?.content.grounds == .unpaid)
        #expect(order?.content.reason == nil)
        #expect(reference == EmployerLetter.reference("l-1"))
    }
}
