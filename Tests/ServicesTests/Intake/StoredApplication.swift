import Foundation
@testable import IntakeService

/// Intake's `Application` record; its name clashes with Hummingbird's `Application` in files
/// that import both.
typealias StoredApplication = Application

extension StoredApplication {
    /// An accepted application as intake stores it (its initialiser is internal).
    static func accepted(id: String, at time: Date = Date(timeIntervalSince1970: 1_788_000_000)) -> StoredApplication {
        Application(id: id, fullName: "Сәрсенова Айгүл Маратқызы", iin: "850314410007", programmeCode: "PD-2026-014",
                    employerEmail: "school17@edu.uralsk.kz", status: .accepted, listenerId: nil, submittedBy: "operator",
                    createdAt: time, updatedAt: time)
    }
}
