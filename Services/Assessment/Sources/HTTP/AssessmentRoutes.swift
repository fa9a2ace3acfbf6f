import EventContracts
import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit

enum AssessmentRoutes {
    static let staff: [Role] = [.operator, .admin, .trainer, .programmeLeader]
    static let listenerNotFound = Localized(kk: "Тыңдаушы табылмады", ru: "Слушатель не найден", en: "No such listener")
    static let alreadyAssessed = Problem(
        status: .conflict, type: Problem.typeBase + "already-assessed",
        title: Localized(kk: "Қорытынды бағалау бұрын жазылған", ru: "Итоговая оценка уже записана",
                         en: "The final assessment is already recorded"),
        detail: Localized(kk: "Қайта бағалау 7.4.1-тармақ бойынша жүргізіледі.", ru: "Повторная оценка проводится по п. 7.4.1.",
                          en: "Reassessment follows clause 7.4.1."))

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let staff = router.group("v1/listeners").add(middleware: RoleGuard(staff))

        staff.get(":id") { _, context -> AssessedListener in
            let id = try context.parameter("id")
            guard let listener = try await database.read({ db in try AssessedListener.fetchOne(db, key: id) }) else {
                throw Problem.notFound(listenerNotFound)
            }
            return listener
        }

        staff.post(":id/final-assessment") { request, context -> AssessedListener in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(FinalAssessmentForm.self, context: context).validated()
            let assessor = context.identity!.subject
            return try await database.write { db in
                guard var listener = try AssessedListener.fetchOne(db, key: id) else { throw Problem.notFound(listenerNotFound) }
                guard listener.finalResult == nil else { throw alreadyAssessed }
                listener.finalResult = form.result
                listener.finalScore = form.score
                listener.assessedOn = form.assessedOn
                listener.assessedBy = assessor
                try listener.update(db)
                if form.result == .passed {
                    try environment.outbox.append(
                        ListenerPassed(listenerId: listener.id, fullName: listener.fullName,
                                       programmeCode: listener.programmeCode, score: form.score,
                                       assessedOn: CalendarDate(form.assessedOn)!),
                        cause: .request(), in: db)
                }
                return listener
            }
        }
    }
}
