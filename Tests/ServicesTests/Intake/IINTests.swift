import EventContracts
import IntakeService
import Testing

@Suite("IIN")
struct IINTests {
    @Test("a known real-shaped IIN is valid and gives its birth date and sex")
    func knownValidIIN() throws {
        let iin = try IIN("850314410007")
        #expect(iin.digits == "850314410007")
        #expect(iin.birthDate == "1985-03-14")
        #expect(iin.sex == .female)
    }

    @Test("the helper agrees with the rule on the known IIN")
    func helperAgreesOnKnownIIN() {
        #expect(IINVectors.remainder("85031441000", IINVectors.firstWeights) == 7)
        #expect(IINVectors.valid("85031441000") == "850314410007")
    }

    @Test("an IIN valid on the first pass is accepted")
    func validOnFirstPass() throws {
        let vector = IINVectors.firstPass
        #expect(IINVectors.remainder(String(vector.prefix(11)), IINVectors.firstWeights) != 10)
        #expect(try IIN(vector).digits == vector)
    }

    @Test("an IIN whose first pass gives 10 is checked by the second pass")
    func validOnSecondPass() throws {
        let vector = IINVectors.secondPass
        let prefix = String(vector.prefix(11))
        #expect(IINVectors.remainder(prefix, IINVectors.firstWeights) == 10)
        #expect(try IIN(vector).birthDate == "1976-05-23")
        // The first pass would have demanded a digit that cannot be written (10); any other
        // last digit than the second pass's is wrong.
        let secondDigit = IINVectors.remainder(prefix, IINVectors.secondWeights)
        for other in (0...9).filter({ $0 != secondDigit }) {
            #expect(throws: IIN.Problem.wrongCheckDigit) { try IIN(prefix + String(other)) }
        }
    }

    @Test("an IIN whose two passes both give 10 is invalid, whatever its last digit")
    func invalidWhenBothPassesGiveTen() {
        let prefix = IINVectors.unusablePrefix
        #expect(IINVectors.checkDigit(for: prefix) == nil)
        for last in 0...9 {
            #expect(throws: IIN.Problem.checkDigitUnusable) { try IIN(prefix + String(last)) }
        }
    }

    @Test("a wrong check digit is refused", arguments: [IINVectors.firstPass, IINVectors.secondPass, "850314410007"])
    func wrongCheckDigitIsRefused(valid: String) {
        let last = valid.last!.wholeNumberValue!
        let wrong = String(valid.dropLast()) + String((last + 1) % 10)
        #expect(throws: IIN.Problem.wrongCheckDigit) { try IIN(wrong) }
    }

    @Test("an impossible birth date is refused even with a correct check digit", arguments: [
        "851314", // month 13
        "850230", // 30 February
        "850229", // 29 February 1985, not a leap year
        "850431", // 31 April
        "850001", // month 0
        "850300", // day 0
    ])
    func impossibleBirthDateIsRefused(birthDate: String) {
        let prefix = IINVectors.prefix(birthDate: birthDate, centuryDigit: 3) { first, second in first != 10 || second != 10 }
        #expect(throws: IIN.Problem.impossibleBirthDate) { try IIN(IINVectors.valid(prefix)) }
    }

    @Test("29 February is a birth date in 2000 but not in 1900")
    func leapDayDependsOnCentury() throws {
        let in2000 = IINVectors.prefix(birthDate: "000229", centuryDigit: 5) { first, second in first != 10 || second != 10 }
        let in1900 = IINVectors.prefix(birthDate: "000229", centuryDigit: 3) { first, second in first != 10 || second != 10 }
        #expect(try IIN(IINVectors.valid(in2000)).birthDate == "2000-02-29")
        #expect(throws: IIN.Problem.impossibleBirthDate) { try IIN(IINVectors.valid(in1900)) }
    }

    @Test("the seventh digit gives century and sex", arguments: [
        (1, "1885-03-14", IIN.Sex.male), (2, "1885-03-14", .female),
        (3, "1985-03-14", .male), (4, "1985-03-14", .female),
        (5, "2085-03-14", .male), (6, "2085-03-14", .female),
    ])
    func centuryAndSex(digit: Int, birthDate: String, sex: IIN.Sex) throws {
        let prefix = IINVectors.prefix(birthDate: "850314", centuryDigit: digit) { first, second in first != 10 || second != 10 }
        let iin = try IIN(IINVectors.valid(prefix))
        #expect(iin.birthDate == CalendarDate(birthDate))
        #expect(iin.sex == sex)
    }

    @Test("a seventh digit of 0 or 7 and above is refused", arguments: [0, 7, 8, 9])
    func unknownCenturyDigitIsRefused(digit: Int) {
        let prefix = IINVectors.prefix(birthDate: "850314", centuryDigit: digit) { first, second in first != 10 || second != 10 }
        #expect(throws: IIN.Problem.unknownCenturyDigit) { try IIN(IINVectors.valid(prefix)) }
    }

    @Test("anything but twelve ASCII digits is refused", arguments: [
        "", "85031441000", "8503144100070", "85031441000x", "850314 10007", " 850314410007",
        "850314-410007", "+85031441000", "８５０３１４４１０００７", "٨٥٠٣١٤٤١٠٠٠٧",
    ])
    func notTwelveDigitsIsRefused(text: String) {
        #expect(throws: IIN.Problem.notTwelveDigits) { try IIN(text) }
    }
}
