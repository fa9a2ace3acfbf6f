/// Sentences put together from pieces people typed.
public enum Sentence {
    /// `text` ending with a full stop: one is added unless it already ends a sentence, so that
    /// a list ending in initials ("Сапарова Г. К.") does not end in two.
    public static func ended(_ text: String) -> String {
        guard let last = text.last, !".!?…".contains(last) else { return text }
        return text + "."
    }
}
