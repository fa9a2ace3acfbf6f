import IntakeService
import Testing

@Suite struct PhoneNumberTests {
    @Test(arguments: ["+7 701 123 45 67", "8 (701) 123-45-67", "87011234567", "77011234567", "7011234567", "+7(701)1234567"])
    func theWaysPeopleWriteANumberBecomeOne(_ text: String) {
        #expect(PhoneNumber(text)?.normalised == "+77011234567")
    }

    @Test func aLandlineInAstanaIsKazakh() {
        #expect(PhoneNumber("8 7172 55 12 34")?.normalised == "+77172551234")
    }

    @Test(arguments: ["+7 916 123 45 67", "+8 701 123 45 67", "701 123 45", "+7 701 123 45 678", "phone", "", "+7 701 +123 4567"])
    func whatIsNotAKazakhNumberIsRefused(_ text: String) {
        #expect(PhoneNumber(text) == nil)
    }
}
