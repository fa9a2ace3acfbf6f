import Configuration

/// The PD provider the system serves: its names, its rector, where its orders are signed.
/// Configuration, never code (the same system serves any provider); the defaults are a
/// made-up centre for development and tests.
public struct Provider: Sendable, Equatable {
    public var nameKk: String
    public var nameRu: String
    /// Who signs orders and letters.
    public var rector: String
    public var cityKk: String
    public var cityRu: String
    /// Put before an order's number: `ПК-2026/007`.
    public var orderPrefix: String

    public init(nameKk: String, nameRu: String, rector: String, cityKk: String, cityRu: String, orderPrefix: String) {
        self.nameKk = nameKk
        self.nameRu = nameRu
        self.rector = rector
        self.cityKk = cityKk
        self.cityRu = cityRu
        self.orderPrefix = orderPrefix
    }

    /// From `PROVIDER_NAME_KK`, `PROVIDER_NAME_RU`, `PROVIDER_RECTOR`, `PROVIDER_CITY_KK`,
    /// `PROVIDER_CITY_RU` and `PROVIDER_ORDER_PREFIX`, read from the environment.
    public init(_ settings: ServiceSettings) {
        let reader = settings.reader
        self.init(
            nameKk: reader.string(forKey: "provider.name.kk", default: "«Қадам» біліктілікті арттыру орталығы"),
            nameRu: reader.string(forKey: "provider.name.ru", default: "Центр повышения квалификации «Қадам»"),
            rector: reader.string(forKey: "provider.rector", default: "А. Б. Жұмабаев"),
            cityKk: reader.string(forKey: "provider.city.kk", default: "Орал қ."),
            cityRu: reader.string(forKey: "provider.city.ru", default: "г. Уральск"),
            orderPrefix: reader.string(forKey: "provider.order.prefix", default: "ПК"))
    }
}
