import GRDB

extension DatabaseWriter {
    /// A write whose slow part (rendering a PDF, say) runs outside SQLite's single write
    /// transaction, so that it holds up no other writer, while what it is for still commits
    /// at once.
    ///
    /// `prepare` works out, in a read, what the write will do; `work` does the slow part on
    /// that, with no transaction open; `commit` writes both, once `prepare`, run again inside
    /// the write, has found the same. If something changed in between (another order took the
    /// number), the work is done again on the new preparation. After `attempts` tries it is
    /// done inside the write: a burst of writes may slow this one, but never fail it.
    public func write<Plan: Equatable & Sendable, Work: Sendable, T: Sendable>(
        prepare: @escaping @Sendable (Database) throws -> Plan,
        outside work: @escaping @Sendable (Plan) throws -> Work,
        commit: @escaping @Sendable (Plan, Work, Database) throws -> T,
        attempts: Int = 3
    ) async throws -> T {
        var plan = try await read { db in try prepare(db) }
        for _ in 0..<attempts {
            let product = try work(plan)
            let prepared = plan
            let outcome = try await write { db -> Outcome<Plan, T> in
                let now = try prepare(db)
                guard now == prepared else { return .changed(now) }
                return .done(try commit(prepared, product, db))
            }
            switch outcome {
            case .done(let result): return result
            case .changed(let newer): plan = newer
            }
        }
        return try await write { db in
            let plan = try prepare(db)
            return try commit(plan, try work(plan), db)
        }
    }
}

private enum Outcome<Plan: Sendable, T: Sendable>: Sendable {
    case done(T)
    case changed(Plan)
}
