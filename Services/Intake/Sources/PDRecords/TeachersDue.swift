import EventContracts
import GRDB
import Hummingbird
import ServiceKit

/// One of an organisation's teachers, and where her right to PD stands (at least once every
/// three years): the list an organisation plans its next requests from.
struct TeacherPD: Codable, Sendable, Equatable, ResponseEncodable {
    var iin: String
    var fullName: String
    var state: PDRight.State
    var lastCertifiedOn: CalendarDate?
    var dueOn: CalendarDate?
    /// Her latest certificate that stands.
    var registrationNumber: String?
    var programmeCode: String?
}

extension TeacherPD {
    /// The organisation's teachers (`PDHistory.organisationId`: her latest candidacy the centre
    /// accepted is its own), by name; only those due by `day` (or never certified) unless `all`.
    static func of(organisation id: String, dueBy day: CalendarDate, all: Bool, in db: Database) throws -> [TeacherPD] {
        let iins = try String.fetchAll(db, sql: "SELECT DISTINCT iin FROM candidate WHERE organisationId = ?", arguments: [id])
        // Whose teacher each is, by the one rule the record holds to as well.
        let teachers = try PDHistory.of(iins: iins, in: db).filter { $0.value.organisationId == id }.map { iin, history in
            let latest = history.latest
            return TeacherPD(iin: iin, fullName: history.candidates.last?.fullName ?? "", state: history.state(on: day),
                             lastCertifiedOn: latest?.courseDate, dueOn: PDRight.dueOn(lastCertifiedOn: latest?.courseDate),
                             registrationNumber: latest?.registrationNumber, programmeCode: latest?.programmeCode)
        }
        return teachers.filter { all || $0.state == .due || $0.state == .neverCertified }
            .sorted { ($0.fullName, $0.iin) < ($1.fullName, $1.iin) }
    }

    static func csv(_ teachers: [TeacherPD]) -> String {
        var sheet = CSVWriter(heading: ["iin", "fullName", "state", "lastCertifiedOn", "dueOn", "registrationNumber", "programmeCode"])
        for teacher in teachers {
            sheet.append([CSVWriter.text(teacher.iin), teacher.fullName, teacher.state.rawValue, teacher.lastCertifiedOn?.description ?? "",
                          teacher.dueOn?.description ?? "", teacher.registrationNumber ?? "", teacher.programmeCode ?? ""])
        }
        return sheet.text
    }
}
