import Configuration
import EventContracts

/// The PD provider the system serves: its names, its rector, where its orders are signed.
/// Configuration, never code (the same system serves any provider); the defaults are a
/// made-up centre for development and tests.
public struct Provider: Sendable, Equatable {
    public var nameKk: String
    public var nameRu: String
    /// Who signs orders and letters now.
    public var rector: String
    /// Who was rector from which day, oldest first, where the configuration names them: a
    /// certificate carries the name of the rector in office on its date, also when it is
    /// reissued years later.
    public var rectorTerms: [RectorTerm]
    public var cityKk: String
    public var cityRu: String
    /// Put before an order's number: `ПК-2026/007`.
    public var orderPrefix: String

    public init(nameKk: String, nameRu: String, rector: String, rectorTerms: [RectorTerm] = [], cityKk: String, cityRu: String,
                orderPrefix: String) {
        self.nameKk = nameKk
        self.nameRu = nameRu
        self.rector = rector
        self.rectorTerms = rectorTerms.sorted { $0.from < $1.from }
        self.cityKk = cityKk
        self.cityRu = cityRu
        self.orderPrefix = orderPrefix
    }

    /// From `PROVIDER_NAME_KK`, `PROVIDER_NAME_RU`, `PROVIDER_RECTOR`, `PROVIDER_RECTORS`,
    /// `PROVIDER_CITY_KK`, `PROVIDER_CITY_RU` and `PROVIDER_ORDER_PREFIX`, read from the
    /// environment. Throws when `PROVIDER_RECTORS` cannot be read: the service does not start.
    public init(_ settings: ServiceSettings) throws {
        let reader = settings.reader
        self.init(
            nameKk: reader.string(forKey: "provider.name.kk", default: "«Қадам» біліктілікті арттыру орталығы"),
            nameRu: reader.string(forKey: "provider.name.ru", default: "Центр повышения квалификации «Қадам»"),
            rector: reader.string(forKey: "provider.rector", default: "А. Б. Жұмабаев"),
            rectorTerms: try RectorTerm.list(reader.string(forKey: "provider.rectors", default: "")),
            cityKk: reader.string(forKey: "provider.city.kk", default: "Орал қ."),
            cityRu: reader.string(forKey: "provider.city.ru", default: "г. Уральск"),
            orderPrefix: reader.string(forKey: "provider.order.prefix", default: "ПК"))
    }
}

extension Provider {
    /// The rector in office on `date`: the last term begun by then. Before the first term the
    /// configuration names, or with none named, the current rector.
    public func rector(on date: CalendarDate) -> String {
        rectorTerms.last { $0.from <= date }?.name ?? rector
    }
}

/// A rector's time in office, from the day they took it.
public struct RectorTerm: Sendable, Equatable {
    public var name: String
    public var from: CalendarDate

    public init(name: String, from: CalendarDate) {
        self.name = name
        self.from = from
    }

    /// `2019-09-01=Жұмабаев А. Б.;2026-09-01=Сапарова Г. К.`: each term its first day and the
    /// rector's name, separated by semicolons. Empty text names none.
    public static func list(_ text: String) throws -> [RectorTerm] {
        try text.split(separator: ";").map { part in
            let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, let from = CalendarDate(pieces[0]), !pieces[1].isEmpty else {
                throw SettingsError(key: "PROVIDER_RECTORS",
                                    problem: "«\(part)» is not a term: write the first day and the name, `2026-09-01=Сапарова Г. К.`")
            }
            return RectorTerm(name: pieces[1], from: from)
        }
    }
}
