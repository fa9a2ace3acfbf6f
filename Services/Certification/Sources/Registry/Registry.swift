import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// The registry of graduates (7.6) as the staff search it.
enum Registry {
    /// One page of a search, and how many match in all.
    struct Page: Codable, Sendable, Equatable, ResponseEncodable {
        var items: [Certificate]
        var page: Int
        var pageSize: Int
        var total: Int
    }

    static func request(_ query: RegistryQuery.Valid) -> QueryInterfaceRequest<Certificate> {
        var request = Certificate.all()
        if let number = query.number { request = request.filter(Column("registrationNumber").like(escapedForLike(number) + "%", escape: "\\")) }
        // GRDB's `lowercased` is Swift's, not SQLite's ASCII-only lower(): Kazakh and Russian
        // letters compare regardless of case too.
        if let name = query.name {
            request = request.filter(Column("fullName").lowercased.like("%" + escapedForLike(name.lowercased()) + "%", escape: "\\"))
        }
        if let code = query.programmeCode { request = request.filter(Column("programmeCode") == code) }
        if let group = query.groupId { request = request.filter(Column("groupId") == group) }
        if let listener = query.listenerId { request = request.filter(Column("listenerId") == listener) }
        if let status = query.status { request = request.filter(Column("status") == status.rawValue) }
        if let from = query.issuedFrom { request = request.filter(Column("issuedOn") >= from.description) }
        if let to = query.issuedTo { request = request.filter(Column("issuedOn") <= to.description) }
        return request.order(Column("issuedOn").desc, Column("registrationNumber").desc)
    }

    static func page(_ query: RegistryQuery.Valid, in db: Database) throws -> Page {
        let matching = request(query)
        let items = try matching.limit(query.pageSize, offset: (query.page - 1) * query.pageSize).fetchAll(db)
        return Page(items: items, page: query.page, pageSize: query.pageSize, total: try matching.fetchCount(db))
    }

    /// Every match, as a sheet for Excel. No codes: a sheet travels by email, and the codes
    /// are the holders' (the QR code's is on the paper, the holder's link in their letter).
    static func csv(_ query: RegistryQuery.Valid, in db: Database) throws -> String {
        var sheet = CSVWriter(heading: ["registrationNumber", "fullName", "programmeCode", "titleRu", "titleKk", "hours", "issuedOn",
                                        "status", "groupId", "listenerId", "reissueOf", "revokedOn", "revocationReason"])
        for certificate in try request(query).fetchAll(db) {
            sheet.append([
                certificate.registrationNumber, certificate.fullName, certificate.programmeCode,
                certificate.appendix?.titleRu ?? "", certificate.appendix?.titleKk ?? "",
                certificate.appendix.map { String($0.totalHours) } ?? "", certificate.issuedOn.description,
                certificate.status.rawValue, certificate.groupId ?? "", certificate.listenerId, certificate.reissueOf ?? "",
                certificate.revocation?.on.description ?? "", certificate.revocation?.reason.rawValue ?? "",
            ])
        }
        return sheet.text
    }

    /// What a LIKE pattern must not read as wildcards: `%` and `_` typed into a search.
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    static let noneInGroup = NotFound(Localized(kk: "Топта берілген сертификат жоқ", ru: "У группы нет выданных сертификатов",
                                                en: "The group has no certificates that stand"))

    /// The group's certificates that stand, for printing, in number order.
    static func printable(groupId: String, in db: Database) throws -> [Certificate] {
        try Certificate.filter(Column("groupId") == groupId && Column("status") == Certificate.Status.valid.rawValue)
            .order(Column("registrationNumber")).fetchAll(db)
    }
}
