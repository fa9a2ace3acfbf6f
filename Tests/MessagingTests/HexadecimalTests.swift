import Foundation
import Storage
import Testing

@Suite struct HexadecimalTests {
    @Test func everyByteIsTwoLowerCaseDigits() {
        #expect(Hexadecimal.string([0x00, 0x0f, 0x10, 0xa9, 0xff]) == "000f10a9ff")
        #expect(Hexadecimal.string([UInt8]()) == "")
        let all = Hexadecimal.string((0...255).map(UInt8.init))
        #expect(all == (0...255).map { String(format: "%02x", $0) }.joined())
    }
}
