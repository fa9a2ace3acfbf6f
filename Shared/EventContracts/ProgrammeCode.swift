/// Programme codes are the centre's own: letters, digits and dashes, up to 32 characters.
public enum ProgrammeCode {
    public static func isValid(_ code: String) -> Bool {
        code.count <= 32 && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
