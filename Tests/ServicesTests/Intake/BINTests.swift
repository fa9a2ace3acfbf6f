import IntakeService
import Testing

/// BIN vectors built with the IIN's check-digit rule (IINVectors), which the BIN shares.
@Suite struct BINTests {
    // A school registered in March 2004, a resident legal entity (4), head office (0).
    static let prefix = "04034" + "0" + "01234"

    @Test func aNumberWithTheRightCheckDigitIsValid() throws {
        let bin = try BIN(IINVectors.valid(Self.prefix))
        #expect(bin.digits.hasPrefix(Self.prefix))
    }

    @Test func aNumberThatNeedsTheSecondPassIsValid() throws {
        let prefix = IINVectors.prefix(birthDate: "1107", centuryDigit: 4) { first, second in first == 10 && second != 10 }
        let bin = try BIN(IINVectors.valid(prefix))
        #expect(bin.digits.count == 12)
    }

    @Test func aNumberNoCheckDigitCanCompleteIsRefused() {
        let prefix = IINVectors.prefix(birthDate: "1509", centuryDigit: 4) { first, second in first == 10 && second == 10 }
        for last in 0...9 {
            #expect(throws: BIN.Problem.checkDigitUnusable) { try BIN(prefix + String(last)) }
        }
    }

    @Test func aWrongCheckDigitIsRefused() {
        let valid = IINVectors.valid(Self.prefix)
        let wrong = (Int(String(valid.last!))! + 1) % 10
        #expect(throws: BIN.Problem.wrongCheckDigit) { try BIN(String(valid.dropLast()) + String(wrong)) }
    }

    @Test(arguments: ["0413", "0400"])
    func anImpossibleRegistrationMonthIsRefused(_ yearMonth: String) {
        #expect(throws: BIN.Problem.impossibleRegistrationMonth) { try BIN(IINVectors.valid(yearMonth + "40" + "01234")) }
    }

    @Test func anIndividualsNumberIsNotABIN() {
        // An IIN's fifth digit is the tens of the birth day: 0–3, never an entity kind.
        #expect(throws: BIN.Problem.unknownEntityKind) { try BIN(IINVectors.firstPass) }
    }

    @Test(arguments: ["", "04034001234", "0403400123456", "04034001234a"])
    func anythingButTwelveDigitsIsRefused(_ text: String) {
        #expect(throws: BIN.Problem.notTwelveDigits) { try BIN(text) }
    }
}
