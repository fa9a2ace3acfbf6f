import Foundation
import GRDB
import Hummingbird
import Storage

/// A rector's order (regulation 4.3, 6.8, 7.5): numbered in its calendar year, kept with what
/// it said when it was issued, so that a later change to a group or a listener does not
/// rewrite a signed paper.
public struct Order: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    /// `ПК-2026/007`: the provider's prefix, the year, the sequence within the year.
    public var number: String
    public var year: Int
    public var sequence: Int
    public var kind: Kind
    /// `yyyy-MM-dd`
    public var orderDate: String
    public var groupId: String
    public var content: Content
    public var issuedBy: String
    public var createdAt: Date

    public static let databaseTableName = "order"

    /// `admission` (4.3, 6.8), `expulsion` (7.5), `transfer` to another stream (7.4.3), and
    /// `reinstatement` of a listener whose course was interrupted, into another group (7.4.4).
    /// All but expulsion place listeners in the order's group.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case admission, expulsion, transfer, reinstatement

        static let placing: [Kind] = [.admission, .transfer, .reinstatement]
    }

    /// What the order says.
    public struct Content: Codable, Sendable, Equatable {
        public var programmeCode: String
        public var programmeTitleKk: String
        public var programmeTitleRu: String
        public var hours: Int
        public var groupCode: String
        /// `yyyy-MM-dd`, the course's first and last days.
        public var startsOn: String
        public var endsOn: String
        /// The programme leaders responsible for the course (4.3).
        public var leaders: [String]
        public var listeners: [Entry]
        /// For budget listeners, the education authorities' letters the admission rests on (6.8).
        public var authorityLetters: [String]
        /// Why a listener is expelled (7.5), transferred (7.4.3) or had interrupted the course (7.4.4).
        public var reason: String?
        /// The group a transferred or reinstated listener comes from.
        public var fromGroupCode: String? = nil
        /// The modules a reinstated listener completed before the interruption, not studied again.
        public var completedModules: [String]? = nil
    }

    /// One listener as the order names them.
    public struct Entry: Codable, Sendable, Equatable {
        public var listenerId: String
        public var fullName: String
        public var organisation: String?
        public var funding: String
    }
}

extension Order {
    /// The orders that placed listeners in a group: admissions, transfers and reinstatements.
    static func admissions(ofGroup groupId: String, in db: Database) throws -> [Order] {
        try Order.filter(Column("groupId") == groupId && Kind.placing.map(\.rawValue).contains(Column("kind")))
            .order(Column("year"), Column("sequence")).fetchAll(db)
    }

    /// Issues the next numbered order of the order date's year. Runs in the write transaction
    /// that records what the order does.
    static func issue(_ kind: Kind, on orderDate: String, group groupId: String, content: Content, by issuer: String,
                      prefix: String, in db: Database) throws -> Order {
        let year = Int(orderDate.prefix(4))!
        let sequence = try nextSequence(year: year, in: db)
        let order = Order(id: RecordID.new(), number: number(prefix: prefix, year: year, sequence: sequence), year: year,
                          sequence: sequence, kind: kind, orderDate: orderDate, groupId: groupId, content: content, issuedBy: issuer,
                          createdAt: Date())
        try order.insert(db)
        return order
    }

    /// The listeners a group's placing orders name.
    static func admittedByOrder(group groupId: String, in db: Database) throws -> Set<String> {
        Set(try admissions(ofGroup: groupId, in: db).flatMap { $0.content.listeners.map(\.listenerId) })
    }

    /// The next number of the year: the sequence continues from the year's last order. Runs
    /// in the write transaction that inserts the order, so two orders never share a number.
    static func nextSequence(year: Int, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT IFNULL(MAX(sequence), 0) + 1 FROM \"order\" WHERE year = ?", arguments: [year]) ?? 1
    }

    static func number(prefix: String, year: Int, sequence: Int) -> String {
        "\(prefix)-\(year)/" + String(format: "%03d", sequence)
    }
}
