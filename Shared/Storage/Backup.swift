import Foundation
import GRDB

/// Online backup: a consistent copy taken while the service keeps running, through SQLite's
/// backup API (readers and writers are not blocked for the duration).
public enum DatabaseBackup {
    public static func copy(_ source: some DatabaseReader, to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw BackupError.destinationExists(destination)
        }
        let target = try DatabaseQueue(path: destination)
        try source.backup(to: target)
        try target.close()
    }

    public enum BackupError: Error, CustomStringConvertible {
        case destinationExists(String)
        public var description: String {
            switch self {
            case .destinationExists(let path): "refusing to overwrite \(path): back up to a new file"
            }
        }
    }
}
