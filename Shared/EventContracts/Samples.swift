import Foundation

/// The sample payloads in `Samples/`, one per event type and version, named after the full
/// type. Every consumer's tests decode the samples of what it consumes, so a producer change
/// that would break a consumer fails in CI.
public enum ContractSamples {
    public static func data(for type: EventType) throws -> Data {
        guard let url = Bundle.module.url(forResource: type.fullName, withExtension: "json", subdirectory: "Samples") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Samples/\(type.fullName).json"])
        }
        return try Data(contentsOf: url)
    }

    /// Every sample's event type, read from the folder.
    public static var all: [EventType] {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Samples"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.compactMap { name in
            EventType(fullName: String(name.dropLast(".json".count)))
        }
    }
}
