import Hummingbird
import OpenAPIKit
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

    /// The request's fields from the query, its teachers from the file, read by the form's rules.
    static func form(from request: Request, context: AppRequestContext) async throws -> OrganisationRequestForm.Valid {
        let query = try request.query(TeacherListQuery.self, context: context)
        let table = try CSVTable(csv: try await CSVTable.text(of: request, limit: byteLimit), columns: columns,
                                 rowLimit: OrganisationRequestForm.teacherLimit)
        let form = OrganisationRequestForm(
            organisationId: query["organisationId"], programmeCode: query["programmeCode"], topic: query["topic"],
            language: query["language"], funding: query["funding"], preferredFrom: query["preferredFrom"],
            preferredTo: query["preferredTo"],
            teachers: table.rows.map { row in
                .init(fullName: row["fullName"], iin: row["iin"], position: row["position"], email: row["email"])
            })
        var check = FieldValidator(today: context.today)
        let valid = form.read(&check, places: .lines(table.rows.map(\.line)))
        return try check.valid(valid)
    }
}

/// The query of a request sent as a CSV file: the request's own fields but its teachers, as
/// the form declares them.
struct TeacherListQuery: Form {
    var values: [String: String]

    init(from decoder: any Decoder) throws {
        values = try [String: String](from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try values.encode(to: encoder)
    }

    func read(_ check: inout FieldValidator) -> [String: String]? {
        for (name, schema) in OrganisationRequestForm.schema.objectContext?.properties ?? [:] where name != "teachers" {
            check.declare(name, schema.optionalSchemaObject())
        }
        return values
    }
}
