import EventContracts
import Foundation
import GRDB
import Messaging
import TestSupport

/// The passes both certificate phases print: as assessment announces them, each listener with a
/// name of their own (so no two PDFs are alike, as no two certificates are), six modules of 12
/// hours, so that the appendix's table has eight rows with the final assessment and the total.
enum BenchPasses {
    static func make(_ count: Int) -> [ListenerPassed] {
        (0..<count).map { index in
            ListenerPassed(
                listenerId: UUID().uuidString.lowercased(), candidateId: nil, fullName: name(index),
                groupId: "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0002", programmeCode: "PD-2026-014",
                titleKk: "Жаратылыстану пәндерін оқытудағы зерттеу тәсілі",
                titleRu: "Исследовательский подход в преподавании естественных наук",
                modules: modules.enumerated().map { number, name in
                    .init(name: name, hours: 12, grade: grades[(index + number) % grades.count])
                },
                finalAssessment: .init(external: false, grade: grades[index % grades.count], assessedOn: date,
                                       externalBody: nil, assessor: nil),
                totalHours: 72, score: 87, attempt: 1, assessedOn: date)
        }
    }

    /// The passes as the messages assessment's relay would publish: the envelopes written by
    /// the real `Outbox`, in a scratch database of `directory`.
    static func messages(_ passes: [ListenerPassed], in directory: TemporaryDirectory) throws -> [OutgoingMessage] {
        let outbox = Outbox(service: "assessment")
        let database = try BenchFixtures.database(at: directory.path("assessment.sqlite"))
        try database.write { db in
            for passed in passes { try outbox.append(passed, cause: .request(), in: db) }
        }
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT eventId, type, routingKey, correlationId, body FROM outbox ORDER BY sequence").map {
                OutgoingMessage(exchange: outbox.exchange, routingKey: $0["routingKey"], id: $0["eventId"], type: $0["type"],
                                appId: outbox.service, correlationId: $0["correlationId"], body: $0["body"])
            }
        }
    }

    static let date = CalendarDate("2026-10-15")!

    /// Ten surnames, ten names and ten patronymics: a thousand listeners, none named twice.
    static func name(_ index: Int) -> String {
        "\(surnames[index % 10]) \(names[index / 10 % 10]) \(patronymics[index / 100 % 10])"
    }

    private static let surnames = ["Сәрсенова", "Жұмабаева", "Оспанова", "Қасымова", "Нұрланова",
                                   "Төлеуова", "Әбенова", "Серікова", "Бекова", "Ахметова"]
    private static let names = ["Айгүл", "Гүлнар", "Әсел", "Дана", "Жанар", "Ләззат", "Мөлдір", "Сәуле", "Томирис", "Ұлжан"]
    private static let patronymics = ["Маратқызы", "Серікқызы", "Болатқызы", "Ерланқызы", "Қайратқызы",
                                      "Нұрланқызы", "Бауыржанқызы", "Асқарқызы", "Талғатқызы", "Ғаниқызы"]

    private static let modules = [
        "Зерттеуге негізделген оқыту / Обучение через исследование",
        "Сабақты жобалау / Проектирование урока",
        "Критериалды бағалау / Критериальное оценивание",
        "Цифрлық білім беру ресурстары / Цифровые образовательные ресурсы",
        "Инклюзивті білім беру / Инклюзивное образование",
        "Педагогикалық рефлексия / Педагогическая рефлексия",
    ]

    private static let grades = [
        GradeRecord(letter: "A", points: 95, gradePointHundredths: 400, passed: true, wordKk: "өте жақсы", wordRu: "отлично"),
        GradeRecord(letter: "B+", points: 87, gradePointHundredths: 333, passed: true, wordKk: "жақсы", wordRu: "хорошо"),
        GradeRecord(letter: nil, points: nil, gradePointHundredths: nil, passed: true, wordKk: "сыналды", wordRu: "зачтено"),
        GradeRecord(letter: "C+", points: 72, gradePointHundredths: 233, passed: true, wordKk: "қанағаттанарлық",
                    wordRu: "удовлетворительно"),
    ]
}
