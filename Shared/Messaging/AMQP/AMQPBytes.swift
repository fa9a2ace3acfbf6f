import CRabbitMQ
import Foundation

/// Owns copies of the strings and bodies handed to rabbitmq-c for the length of one call.
/// `amqp_cstring_bytes` on a Swift string would point into a temporary buffer, so every value
/// is copied with `amqp_bytes_malloc_dup` and freed together when the arena goes. Swift may
/// release an object right after its last use, before the C call that reads its copies, so
/// each user keeps its arena with `defer { withExtendedLifetime(arena) {} }`.
final class AMQPBytes {
    private var owned: [amqp_bytes_t] = []

    deinit {
        for bytes in owned { amqp_bytes_free(bytes) }
        for table in tables { table.deallocate() }
    }

    func bytes(_ string: String) -> amqp_bytes_t {
        string.withCString { bytes(of: amqp_cstring_bytes($0)) }
    }

    func bytes(_ data: Data) -> amqp_bytes_t {
        guard !data.isEmpty else { return amqp_empty_bytes }
        return data.withUnsafeBytes { raw in
            bytes(of: amqp_bytes_t(len: raw.count, bytes: UnsafeMutableRawPointer(mutating: raw.baseAddress)))
        }
    }

    /// A table of string values, such as queue arguments.
    func table(_ values: [(String, String)]) -> amqp_table_t {
        guard !values.isEmpty else { return amqp_empty_table }
        let entries = UnsafeMutablePointer<amqp_table_entry_t>.allocate(capacity: values.count)
        for (index, (key, value)) in values.enumerated() {
            var entry = amqp_table_entry_t()
            entry.key = bytes(key)
            entry.value.kind = UInt8(AMQP_FIELD_KIND_UTF8.rawValue)
            entry.value.value.bytes = bytes(value)
            entries[index] = entry
        }
        tables.append(entries)
        return amqp_table_t(num_entries: Int32(values.count), entries: entries)
    }

    private var tables: [UnsafeMutablePointer<amqp_table_entry_t>] = []

    private func bytes(of source: amqp_bytes_t) -> amqp_bytes_t {
        if source.len == 0 { return amqp_empty_bytes }
        let copy = amqp_bytes_malloc_dup(source)
        owned.append(copy)
        return copy
    }

    static func string(_ bytes: amqp_bytes_t) -> String {
        guard bytes.len > 0, let base = bytes.bytes else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: base, count: bytes.len), as: UTF8.self)
    }

    static func data(_ bytes: amqp_bytes_t) -> Data {
        guard bytes.len > 0, let base = bytes.bytes else { return Data() }
        return Data(bytes: base, count: bytes.len)
    }
}
