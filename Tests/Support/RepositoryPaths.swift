import Foundation

public enum RepositoryPaths {
    /// The repository: QADAM_REPO_ROOT, or found from this file's place in it.
    public static var root: URL {
        if let root = ProcessInfo.processInfo.environment["QADAM_REPO_ROOT"] { return URL(fileURLWithPath: root) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Where `swift build` put the executables: QADAM_BIN_DIR, or beside the test bundle.
    public static var binaries: URL {
        if let dir = ProcessInfo.processInfo.environment["QADAM_BIN_DIR"] { return URL(fileURLWithPath: dir) }
        return Bundle.main.bundleURL.deletingLastPathComponent()
    }
}

/// A folder that disappears when the test is done with it.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("qadam-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
