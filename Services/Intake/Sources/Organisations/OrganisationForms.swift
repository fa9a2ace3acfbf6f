import ServiceKit

/// An organisation as an operator registers or corrects it; every field is checked at once.
public struct OrganisationForm: Form {
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

    public func read(_ check: inout FieldValidator) -> Valid? {
        let kind = check.choice(kind, "kind", Organisation.Kind.self)
        let nameKk = check.text(nameKk, "nameKk", limit: 500, description: "The full name in Kazakh, as on its seal")
        let nameRu = check.text(nameRu, "nameRu", limit: 500, description: "The full name in Russian, as on its seal")
        let region = check.choice(region, "region", Region.self)
        let bin = check.bin(bin, "bin")
        let address = check.text(postalAddress, "postalAddress", limit: 500)
        let email = check.email(email, "email")
        guard let kind, let nameKk, let nameRu, let region, let bin, let address, let email else { return nil }
        return Valid(kind: kind, nameKk: nameKk, nameRu: nameRu, region: region, bin: bin, postalAddress: address, email: email)
    }
}
