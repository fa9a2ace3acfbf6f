import EventContracts
import Foundation
import GRDB
import Printing
import ServiceKit

/// The rector's admission order for a group (4.3, 6.8): it names the group's listeners not yet
/// in an order, the course's dates and the responsible programme leaders.
enum Orders {
    /// The order as the rector signs it, rendered from what it recorded (outside any transaction).
    static func pdf(_ id: String, provider: Provider, in database: any DatabaseReader) async throws -> (Order, Data) {
        let order = try await database.read { db in try Order.existing(id, in: db) }
        return (order, try PDFRenderer().render(OrderDocument.of(order, provider: provider)))
    }

    static func issueAdmission(for groupId: String, _ form: AdmissionOrderForm.Valid, by issuer: Identity, provider: Provider,
                               in db: Database) throws -> Order {
        let group = try StudyGroup.existing(groupId, in: db)
        let programme = try Programme.find(code: group.programmeCode, in: db)
        let listeners = try notYetNamed(in: group, db)
        try Refusals.check(OrderRules.admissionRefusals(programmeApproved: programme?.status == .approved, listeners: listeners,
                                                        authorityLetters: form.authorityLetters))
        let (dates, refusals) = OrderRules.courseDates(startsOn: form.startsOn, endsOn: form.endsOn,
                                                       stream: try group.stream(in: db)?.dates)
        guard let dates, let programme else { throw Refusals(refusals) }
        return try Order.issue(
            .admission, on: form.orderDate, group: group.id,
            content: Order.Content(programme: programme, group: group, dates: dates, leaders: form.leaders,
                                   listeners: listeners.map(Order.Entry.init), authorityLetters: form.authorityLetters),
            by: issuer.subject, prefix: provider.orderPrefix, in: db)
    }

    /// The group's listeners studying in it that no order names yet, in the order they came:
    /// not those who withdrew or interrupted the course before the order.
    static func notYetNamed(in group: StudyGroup, _ db: Database) throws -> [Listener] {
        let named = try Order.namedByPlacingOrders(group: group.id, in: db)
        return try Listener.studying(in: group.id, db).filter { !named.contains($0.id) }
    }
}

extension Order.Content {
    /// What an order about `group` of `programme` says.
    init(programme: Programme, group: StudyGroup, dates: ClosedRange<CalendarDate>, leaders: [String], listeners: [Order.Entry],
         authorityLetters: [String] = []) {
        self.init(programmeCode: programme.code, programmeTitleKk: programme.titleKk, programmeTitleRu: programme.titleRu,
                  hours: programme.hours, groupCode: group.code, startsOn: dates.lowerBound, endsOn: dates.upperBound,
                  leaders: leaders, listeners: listeners, authorityLetters: authorityLetters)
    }
}
