import EventContracts
import Hummingbird
import Messaging
import OpenAPIKit
import ServiceKit

/// Results over HTTP: a group's standing, and decisions asked for by the office or the leader
/// (an individual plan's end, or a completed group's listeners graded after its end).
enum DecisionRoutes: APIRoutes {
    static let results = APIOperation(
        .get, "/v1/groups/:id/results",
        "Where each listener of the group stands: passed, failed, graded in full (decided when the course is completed), incomplete with the parts missing, expelled or interrupted (a trainer: their own groups only)",
        roles: .assessors, response: .named("GroupResults"), refusals: [.conflict])
    static let decideGroup = APIOperation(
        .post, "/v1/groups/:id/decision",
        "Decides every listener of a completed group whose grades are all in now (7.1–7.2); those decided already stay as they are",
        roles: .deciders, response: .named("GroupResults"), refusals: [.conflict])
    static let decideListener = APIOperation(
        .post, "/v1/listeners/:id/decision",
        "Decides the listener's current attempt now, at the end of an individual plan or a reassessment: passed announces "
            + "assessment.listener.passed, failed assessment.listener.failed; 409 if a part is not graded, or it is decided already",
        roles: .deciders, response: .named("GroupResultsStanding"), refusals: [.conflict])

    static let operations = [results, decideGroup, decideListener]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(results) { _, context -> GroupResults in
            let (groupId, caller) = (try context.parameter("id"), try context.caller)
            return try await database.read { db in
                _ = try AssessedGroup.existing(groupId, in: db)
                try Grading.checkMaySee(groupIds: [groupId], caller: caller, in: db)
                return try GroupResults.of(groupId, in: db)
            }
        }

        router.on(decideGroup) { _, context -> GroupResults in
            let (groupId, caller) = (try context.parameter("id"), try context.caller)
            return try await database.write { db in
                try Decisions.decideCompleted(groupId, by: caller, today: context.today, outbox: environment.outbox, in: db)
            }
        }

        router.on(decideListener) { _, context -> GroupResults.Standing in
            let (listenerId, caller) = (try context.parameter("id"), try context.caller)
            return try await database.write { db in
                try Decisions.decideNow(listenerId, by: caller, today: context.today, outbox: environment.outbox, in: db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "GroupResults": .object([
            "groupId": .identifier, "groupCode": .string, "programmeCode": .string, "completedOn": .calendarDate,
            "listeners": .array(items: .named("GroupResultsStanding")),
        ], required: ["groupId", "groupCode", "programmeCode", "listeners"]),
        "GroupResultsStanding": .object([
            "listenerId": .identifier, "fullName": .string, "attempt": .integer(1...1000),
            "status": .choice(GroupResults.Standing.Status.self), "score": .integer(0...100),
            "failedParts": .array(items: .string), "missingParts": .array(items: .string),
        ], required: ["listenerId", "fullName", "attempt", "status", "failedParts", "missingParts"]),
    ]
}
