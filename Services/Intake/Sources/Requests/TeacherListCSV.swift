import Hummingbird
import ServiceKit

/// A request whose teachers come as a CSV file, as a school keeps them in a spreadsheet: the
/// file is the body, the rest of the request is in the query
/// (`?programmeCode=…&language=kk&funding=employer`). Problems in the file are named by line.
enum TeacherListCSV {
    static let columns: [CSVTable.Column] = [
        .init("fullName", headings: ["ФИО", "Аты-жөні", "Full name"], required: true),
        .init("iin", headings: ["ИИН", "ЖСН", "IIN"], required: true),
        .init("position", headings: ["Должность", "Лауазымы", "Position"]),
        .init("email", headings: ["Email", "E-mail", "Электронная почта", "Электрондық пошта"]),
    ]

    /// A list of 500 teachers is about 50 KB; a megabyte leaves room for long names.
    static let byteLimit = 1_048_576

    static func isCSV(_ request: Request) -> Bool {
        request.headers[.contentType]?.lowercased().hasPrefix("text/csv") == true
    }

    static func form(from request: Request) async throws -> (OrganisationRequestForm, OrganisationRequestForm.TeacherPlaces) {
        let table = try CSVTable(csv: try await CSVTable.text(of: request, limit: byteLimit), columns: columns,
                                 rowLimit: OrganisationRequestForm.teacherLimit)
        let query = request.uri.queryParameters
        let form = OrganisationRequestForm(
            organisationId: query.get("organisationId"), programmeCode: query.get("programmeCode"), topic: query.get("topic"),
            language: query.get("language"), funding: query.get("funding"), preferredFrom: query.get("preferredFrom"),
            preferredTo: query.get("preferredTo"),
            teachers: table.rows.map { row in
                .init(fullName: row["fullName"], iin: row["iin"], position: row["position"], email: row["email"])
            })
        return (form, .lines(table.rows.map(\.line)))
    }
}
