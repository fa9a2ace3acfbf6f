/// A person's full name as a Kazakh identity document writes it: Cyrillic letters (Kazakh and
/// Russian) or Latin ones, with spaces, hyphens, apostrophes and dots. Names are printed on
/// orders, letters and certificates; a name in a script the documents' fonts cannot show, or
/// with an emoji, would stop such a paper from being printed long after it was typed in, so
/// it is refused where it is typed.
public enum PersonName {
    public static func isValid(_ name: String) -> Bool {
        var letters = 0
        for scalar in name.unicodeScalars {
            if isLetter(scalar) { letters += 1 }
            else if !separators.contains(scalar) { return false }
        }
        return letters > 0
    }

    /// Cyrillic (U+0400–U+052F: Russian, Kazakh and the other Cyrillic alphabets) and Latin
    /// (ASCII letters, Latin-1 and Latin Extended letters, for the Latin Kazakh alphabet).
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0xC0...0x24F: scalar.value != 0xD7 && scalar.value != 0xF7 // × and ÷ sit among the letters
        case 0x400...0x52F: scalar.properties.isAlphabetic
        case 0x301: true // the stress mark some Russian names carry
        default: false
        }
    }

    /// Space, hyphen, the apostrophes (ASCII, typographic, modifier letter) and the dot of an initial.
    private static let separators: Set<Unicode.Scalar> = [" ", "-", "'", "\u{2019}", "\u{02BC}", "."]
}
