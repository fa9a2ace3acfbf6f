import CertificationService
import EventContracts
import Foundation
import GRDB

/// What certification's tests start from: passes as assessment announces them, and the
/// numbers given.
enum CertificationFixtures {
    /// A certification service holding the certificate of the contract sample, QDM-2026-000001.
    static func issued() async throws -> ServiceHarness<CertificationService> {
        let harness = try await ServiceHarness(CertificationService.self)
        try await harness.deliverSample(ListenerPassed.self)
        return harness
    }

    /// A pass of `listener` assessed on `date`: the sample's, for another listener and day.
    static func passed(_ listener: String, on date: CalendarDate) throws -> ListenerPassed {
        var passed = try Samples.payload(ListenerPassed.self)
        passed.listenerId = listener
        passed.fullName = "Тыңдаушы \(listener)"
        passed.assessedOn = date
        return passed
    }

    /// Each listener's registration number.
    static func numbers(_ harness: ServiceHarness<CertificationService>) async throws -> [String: String] {
        try await harness.database.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT listenerId, registrationNumber FROM certificate")
                .map { ($0["listenerId"] as String, $0["registrationNumber"] as String) })
        }
    }
}
