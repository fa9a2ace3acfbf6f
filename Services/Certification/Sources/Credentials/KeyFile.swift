import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a private key to disk so that no one else can read it, at no moment: the file is
/// created with mode 0600 (not chmod-ed after the key is in it), fully written and synced
/// under a temporary name, and only then linked to its real name. A crash leaves no half key
/// behind, and a key already there is never replaced.
enum KeyFile {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "key file \(path): \(reason)" }
    }

    /// True if the file was created; false if one was there already (left as it was).
    static func create(at path: String, contents: String) throws -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        }
        let temporary = "\(path).\(UInt64.random(in: .min ... .max)).tmp"
        try write(contents, toNew: temporary)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return false }
            throw Failure(path: path, reason: String(cString: strerror(errno)))
        }
        return true
    }

    private static func write(_ contents: String, toNew path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(contents.utf8))
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(path)
            throw Failure(path: path, reason: "\(error)")
        }
    }
}
