import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// A rector's order (regulation 4.3, 6.8, 7.4.3, 7.4.4, 7.5): numbered in its calendar year,
/// kept with what it said when it was issued, so that a later change to a group or a listener
/// does not rewrite a signed paper.
public struct Order: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    /// `ПК-2026/007`: the provider's prefix, the year, the sequence within the year.
    public var number: String
    public var year: Int
    public var sequence: Int
    public var kind: Kind
    public var orderDate: CalendarDate
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
        /// The course's first and last days.
        public var startsOn: CalendarDate
        public var endsOn: CalendarDate
        /// The programme leaders responsible for the course (4.3).
        public var leaders: [String]
        public var listeners: [Entry]
        /// For budget listeners, the education authorities' letters the admission rests on (6.8).
        public var authorityLetters: [String]
        /// The valid reason of a transfer (7.4.3), or of the interruption a listener returns from (7.4.4).
        public var reason: String? = nil
        /// The ground of an expulsion (7.5).
        public var grounds: ExpulsionReason? = nil
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
        public var funding: Funding
    }
}

extension Order.Entry {
    init(_ listener: Listener) {
        self.init(listenerId: listener.id, fullName: listener.fullName,
                  organisation: listener.employerNameRu ?? listener.employerNameKk, funding: listener.funding)
    }
}

extension Order {
    static func existing(_ id: String, in db: Database) throws -> Order {
        guard let order = try Order.fetchOne(db, key: id) else { throw NotFound(StoreText.noOrder) }
        return order
    }

    /// The orders that placed listeners in a group: admissions, transfers and reinstatements.
    static func placing(inGroup groupId: String, in db: Database) throws -> [Order] {
        try Order.filter(Column("groupId") == groupId && Kind.placing.map(\.rawValue).contains(Column("kind")))
            .order(Column("year"), Column("sequence")).fetchAll(db)
    }

    /// The order that placed `listener` in their group, if one was issued.
    static func placing(_ listener: Listener, in db: Database) throws -> Order? {
        try placing(inGroup: listener.groupId, in: db).last { $0.content.listeners.contains { $0.listenerId == listener.id } }
    }

    /// The listeners a group's placing orders name.
    static func namedByPlacingOrders(group groupId: String, in db: Database) throws -> Set<String> {
        Set(try placing(inGroup: groupId, in: db).flatMap { $0.content.listeners.map(\.listenerId) })
    }

    /// The order `kind` would be if issued now on `date`: numbered next in the date's year.
    /// Inserted in the write that records what it does, so two orders never share a number.
    static func next(_ kind: Kind, on date: CalendarDate, group groupId: String, content: Content, by issuer: String,
                     prefix: String, in db: Database) throws -> Order {
        let sequence = try Int.fetchOne(db, sql: "SELECT IFNULL(MAX(sequence), 0) + 1 FROM \"order\" WHERE year = ?",
                                        arguments: [date.year]) ?? 1
        return Order(id: RecordID.new(), number: "\(prefix)-\(date.year)/" + String(format: "%03d", sequence), year: date.year,
                     sequence: sequence, kind: kind, orderDate: date, groupId: groupId, content: content, issuedBy: issuer,
                     createdAt: Date())
    }

    /// Issues the next numbered order of the date's year.
    static func issue(_ kind: Kind, on date: CalendarDate, group groupId: String, content: Content, by issuer: String,
                      prefix: String, in db: Database) throws -> Order {
        let order = try next(kind, on: date, group: groupId, content: content, by: issuer, prefix: prefix, in: db)
        try order.insert(db)
        return order
    }
}

extension Order {
    /// Orders, the latest first: a group's, or all.
    static func list(groupId: String?, in db: Database) throws -> [Order] {
        var query = Order.order(Column("year").desc, Column("sequence").desc)
        if let groupId { query = query.filter(Column("groupId") == groupId) }
        return try query.fetchListing(db)
    }
}
