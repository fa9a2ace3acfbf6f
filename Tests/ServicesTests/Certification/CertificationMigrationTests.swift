@testable import CertificationService
import Foundation
import GRDB
import Storage
import TestSupport
import Testing

/// Migrations run on databases that hold data: certificates issued before the public check
/// went by code get codes of their own.
@Suite struct CertificationMigrationTests {
    @Test func certificatesIssuedBeforeGetUnguessableVerificationCodesOfTheirOwn() throws {
        let directory = try TemporaryDirectory()
        let database = try DatabasePool(path: directory.path("certification.sqlite"), configuration: ServiceDatabase.configuration())
        let migrator = CertificationService.migrator()
        try migrator.migrate(database, upTo: "certification-v2-appendix")
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO certificate (id, registrationNumber, listenerId, fullName, programmeCode, issuedOn, status)
                    VALUES ('c-1', 'QDM-2026-000001', 'l-1', 'Ким Ирина', 'PD-1', '2026-10-15', 'valid'),
                           ('c-2', 'QDM-2026-000002', 'l-2', 'Омаров Нурлан', 'PD-1', '2026-10-15', 'valid');
                """)
        }

        try migrator.migrate(database)

        let certificates = try database.read { db in try Certificate.order(Column("id")).fetchAll(db) }
        let codes = certificates.map(\.verificationCode)
        #expect(codes.allSatisfy { $0.range(of: VerificationCode.pattern, options: .regularExpression) != nil })
        #expect(Set(codes).count == 2)
    }
}
