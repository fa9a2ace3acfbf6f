/// The regions of Kazakhstan (since 2022: 17 regions and 3 cities of republican significance),
/// where an organisation or a workplace is.
public enum Region: String, Codable, Sendable, CaseIterable {
    case abai, akmola, aktobe, almatyRegion = "almaty-region", atyrau, eastKazakhstan = "east-kazakhstan"
    case jetisu, karaganda, kostanay, kyzylorda, mangystau, northKazakhstan = "north-kazakhstan"
    case pavlodar, turkistan, ulytau, westKazakhstan = "west-kazakhstan", zhambyl
    case astana, almaty, shymkent
}
