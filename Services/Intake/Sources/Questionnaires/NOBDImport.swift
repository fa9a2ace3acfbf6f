import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// Questionnaires filled or updated from an export of NOBD, the National Education Database
/// (regulation 6.9). The columns are documented in the README and the API document; a cell
/// left empty keeps what is stored, so an export of a few columns updates just those. A row
/// for an IIN with no questionnaire yet must fill every required field.
///
/// A dry run reports what a real run would do. A real run stores every good row in one
/// transaction and reports the bad ones by line; running the same file again changes nothing.
struct NOBDImport {
    static let columns: [CSVTable.Column] = [
        .init("iin", headings: ["ИИН", "ЖСН"], required: true),
        .init("fullName", headings: ["ФИО", "Аты-жөні"]),
        .init("birthDate", headings: ["Дата рождения", "Туған күні"]),
        .init("sex", headings: ["Пол", "Жынысы"]),
        .init("position", headings: ["Должность", "Лауазымы"]),
        .init("educationLevel", headings: ["Уровень образования", "Білім деңгейі"]),
        .init("institution", headings: ["Учебное заведение", "Оқу орны"]),
        .init("speciality", headings: ["Специальность", "Мамандығы"]),
        .init("graduationYear", headings: ["Год окончания", "Бітірген жылы"]),
        .init("qualificationCategory", headings: ["Категория", "Санаты"]),
        .init("categoryValidUntil", headings: ["Категория действительна до", "Санаттың мерзімі"]),
        .init("workplace", headings: ["Место работы", "Жұмыс орны"]),
        .init("region", headings: ["Регион", "Өңір"]),
        .init("totalExperienceYears", headings: ["Общий стаж", "Жалпы өтілі"]),
        .init("teachingExperienceYears", headings: ["Педагогический стаж", "Педагогикалық өтілі"]),
        .init("languageOfInstruction", headings: ["Язык обучения", "Оқыту тілі"]),
        .init("homeAddress", headings: ["Домашний адрес", "Үй мекенжайы"]),
        .init("phone", headings: ["Телефон"]),
        .init("email", headings: ["Email", "E-mail", "Электронная почта"]),
        .init("additionalInformation", headings: ["Дополнительно", "Қосымша"]),
    ]
    static let rowLimit = 20_000
    static let byteLimit = 20 * 1_048_576

    struct Report: Codable, Sendable, ResponseEncodable {
        var dryRun: Bool
        var rows: Int
        var created: Int
        var updated: Int
        var unchanged: Int
        var rejected: Int
        /// Each problem by line and column (`lines[7].iin`), in the requester's language.
        var problems: [Problem.FieldError]
    }

    let table: CSVTable
    let today: CalendarDate

    /// Checks every row against what is stored and, unless `dryRun`, stores the good ones.
    func run(dryRun: Bool, by identity: Identity, language: Language, in db: Database) throws -> Report {
        var report = Report(dryRun: dryRun, rows: table.rows.count, created: 0, updated: 0, unchanged: 0, rejected: 0, problems: [])
        var seen: [String: Int] = [:]
        for row in table.rows {
            var check = FieldValidator(today: today)
            let read: (stored: Questionnaire?, questionnaire: Questionnaire)? = try check.row(row) { check in
                try self.questionnaire(from: row, seen: &seen, check: &check, in: db)
            }
            guard let (stored, questionnaire) = read, check.isValid else {
                report.rejected += 1
                report.problems += check.errors.map {
                    Problem.FieldError(field: Self.column(of: $0.field), message: $0.message.text(in: language))
                }
                continue
            }
            if stored == questionnaire { report.unchanged += 1; continue }
            if stored == nil { report.created += 1 } else { report.updated += 1 }
            if !dryRun { try QuestionnaireRecord.save(questionnaire, source: .nobd, by: identity, in: db) }
        }
        return report
    }

    /// The questionnaire's nested fields by the file's column names: `lines[3].education.level`
    /// is reported as `lines[3].educationLevel`, the column the clerk has to correct.
    static func column(of field: String) -> String {
        let columns = ["education.level": "educationLevel", "education.institution": "institution",
                       "education.speciality": "speciality", "education.graduationYear": "graduationYear",
                       "workplace.organisation": "workplace", "workplace.region": "region"]
        guard let dot = field.firstIndex(of: "."), let column = columns[String(field[field.index(after: dot)...])] else {
            return field
        }
        return field[..<dot] + "." + column
    }

    /// The stored questionnaire, and the same with the row's cells laid over it, checked.
    private func questionnaire(from row: CSVTable.Row, seen: inout [String: Int], check: inout FieldValidator,
                               in db: Database) throws -> (stored: Questionnaire?, questionnaire: Questionnaire)? {
        guard let iin = check.iin(row["iin"], "iin") else { return nil }
        if let first = seen[iin.digits] { check.add("iin", NOBDText.repeated(line: first)); return nil }
        seen[iin.digits] = row.line
        let stored = try QuestionnaireRecord.find(iin: iin.digits, in: db)
        var form = stored.map(QuestionnaireForm.init) ?? QuestionnaireForm(iin: iin.digits)
        form.fullName = row["fullName"] ?? form.fullName
        form.birthDate = row["birthDate"] ?? form.birthDate
        form.sex = row["sex"] ?? form.sex
        form.position = row["position"] ?? form.position
        var education = form.education ?? .init()
        education.level = row["educationLevel"] ?? education.level
        education.institution = row["institution"] ?? education.institution
        education.speciality = row["speciality"] ?? education.speciality
        education.graduationYear = check.number(row["graduationYear"], "education.graduationYear") ?? education.graduationYear
        form.education = education
        form.qualificationCategory = row["qualificationCategory"] ?? form.qualificationCategory
        form.categoryValidUntil = row["categoryValidUntil"] ?? form.categoryValidUntil
        var workplace = form.workplace ?? .init()
        workplace.organisation = row["workplace"] ?? workplace.organisation
        workplace.region = row["region"] ?? workplace.region
        form.workplace = workplace
        form.totalExperienceYears = check.number(row["totalExperienceYears"], "totalExperienceYears") ?? form.totalExperienceYears
        form.teachingExperienceYears = check.number(row["teachingExperienceYears"], "teachingExperienceYears") ?? form.teachingExperienceYears
        form.languageOfInstruction = row["languageOfInstruction"] ?? form.languageOfInstruction
        form.homeAddress = row["homeAddress"] ?? form.homeAddress
        form.phone = row["phone"] ?? form.phone
        form.email = row["email"] ?? form.email
        form.additionalInformation = row["additionalInformation"] ?? form.additionalInformation
        guard check.isValid, let questionnaire = form.read(&check) else { return nil }
        return (stored, questionnaire)
    }
}
