import EventContracts
import Foundation
import GRDB

extension Outbox {
    /// Every event of `types` this service published, appended again under a new id, in the
    /// order they were first published: for a consumer bound to them after the fact, or given a
    /// handler for them later, which its inbox would refuse under the old ids. Each copy keeps
    /// its chain's correlation and names the event it repeats as its cause. A fact published
    /// more than once (by an earlier run of this) is appended once; consumers act on a fact once,
    /// so one that had it already changes nothing.
    public func appendAgain(_ types: [any DomainEvent.Type], in db: Database) throws -> Int {
        let byName = Dictionary(uniqueKeysWithValues: types.map { ($0.type.fullName, $0) })
        let rows = try Row.fetchAll(db, sql: "SELECT type, body FROM outbox WHERE type IN (\(databaseQuestionMarks(count: types.count))) ORDER BY sequence",
                                    arguments: StatementArguments(types.map { $0.type.fullName }))
        var seen = Set<Data>()
        var count = 0
        for row in rows {
            let name: String = row["type"]
            if try appendAgain(byName[name]!, from: row["body"], unless: &seen, in: db) { count += 1 }
        }
        return count
    }

    private func appendAgain<E: DomainEvent>(_ type: E.Type, from body: Data, unless seen: inout Set<Data>, in db: Database)
        throws -> Bool {
        let event = try EventCoding.decoder.decode(CloudEvent<E>.self, from: body)
        let fact = Data(E.type.fullName.utf8) + (try EventCoding.encoder.encode(event.data))
        guard seen.insert(fact).inserted else { return false }
        try append(event.data, cause: Cause(correlationId: event.envelope.correlationid, causationId: event.envelope.id), in: db)
        return true
    }
}
