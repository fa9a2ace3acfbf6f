import EventContracts
import GRDB

/// What intake told certification of a teacher it accepted: their sex, for the certificate's
/// Russian grammar, and their email, to send the certificate to. No other service sees these
/// here, and the public check never shows them.
struct Holder: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var candidateId: String
    var sex: Sex?
    var email: String?

    static let databaseTableName = "holder"
}
