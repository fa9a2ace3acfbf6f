import Foundation
@testable import Storage
import Testing

@Suite struct RecordIDTests {
    @Test func isAVersion7UUIDInLowerCase() throws {
        let id = RecordID.new()
        let uuid = try #require(UUID(uuidString: id))
        #expect(id == id.lowercased())
        #expect(uuid.uuid.6 >> 4 == 7, "version nibble")
        #expect(uuid.uuid.8 >> 6 == 0b10, "RFC 9562 variant")
        #expect(uuid.uuidString.lowercased() == id, "written as Foundation writes a UUID")
    }

    @Test func beginsWithTheTimeInMilliseconds() throws {
        // The first 48 bits, big-endian, are the Unix time in milliseconds.
        let time = Date(timeIntervalSince1970: 1_795_910_400.125)
        let uuid = try #require(UUID(uuidString: RecordID.new(at: time)))
        let bytes = [uuid.uuid.0, uuid.uuid.1, uuid.uuid.2, uuid.uuid.3, uuid.uuid.4, uuid.uuid.5]
        let milliseconds = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(milliseconds == 1_795_910_400_125)
    }

    @Test func laterIdsSortAfterEarlierOnes() {
        var random = SystemRandomNumberGenerator()
        let ids = (0..<1000).map { RecordID.make(milliseconds: 1_795_910_400_000 + UInt64($0), random: &random) }
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func idsMadeInTheSameMillisecondDiffer() {
        var random = SystemRandomNumberGenerator()
        let ids = (0..<1000).map { _ in RecordID.make(milliseconds: 1_795_910_400_000, random: &random) }
        #expect(Set(ids).count == ids.count)
    }
}
