import ServiceKit

/// An organisation as an operator registers or corrects it; every field is checked at once.
public struct OrganisationForm: Codable, Sendable {
    public var kind: String?
    public var nameKk: String?
    public var nameRu: String?
    public var region: String?
    public var bin: String?
    public var postalAddress: String?
    public var email: String?

    public init(kind: String? = nil, nameKk: String? = nil, nameRu: String? = nil, region: String? = nil,
                bin: String? = nil, postalAddress: String? = nil, email: String? = nil) {
        self.kind = kind
        self.nameKk = nameKk
        self.nameRu = nameRu
        self.region = region
        self.bin = bin
        self.postalAddress = postalAddress
        self.email = email
    }

    public struct Valid: Sendable, Equatable {
        public var kind: Organisation.Kind
        public var nameKk: String
        public var nameRu: String
        public var region: Region
        public var bin: BIN
        public var postalAddress: String
        public var email: String
    }

    public func validated() throws -> Valid {
        var check = FieldValidator()
        let kind = check.choice(kind, "kind", Organisation.Kind.self)
        let nameKk = check.text(nameKk, "nameKk", limit: 500)
        let nameRu = check.text(nameRu, "nameRu", limit: 500)
        let region = check.choice(region, "region", Region.self)
        let bin = check.bin(bin, "bin")
        let address = check.text(postalAddress, "postalAddress", limit: 500)
        let email = check.email(email, "email")
        try check.validate()
        return Valid(kind: kind!, nameKk: nameKk!, nameRu: nameRu!, region: region!, bin: bin!, postalAddress: address!, email: email!)
    }
}

extension FieldValidator {
    mutating func bin(_ value: String?, _ field: String) -> BIN? {
        guard let value, !value.isEmpty else { add(field, .required); return nil }
        do { return try BIN(value) } catch { add(field, OrganisationText.message(for: error)); return nil }
    }
}
