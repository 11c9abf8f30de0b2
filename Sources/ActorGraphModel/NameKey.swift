import Foundation

/// The form under which names are compared: case-, diacritic- and punctuation-insensitive, with a
/// leading "the" dropped. "The U.S.", "u.s." and "US" differ only by dots, so they share the key
/// `us`; "Türkiye" and "turkiye" share `turkiye`; "Assad’s" is not folded to "Assad" (possessives
/// are the extractor's business).
public enum NameKey {
    /// The comparison key of `name`.
    public static func of(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in foldedScalars(name) {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "\u{2019}" {
                // "U.S." → "us", "Da'esh" → "daesh": dots and apostrophes join, they do not split.
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The Unicode scalars of `text` lowercased with diacritics removed.
    static func foldedScalars(_ text: String) -> String.UnicodeScalarView {
        // Folding ASCII is lowercasing it, and Foundation's folding costs far more: loading a graph
        // keys every name of every actor.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased().unicodeScalars }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased().unicodeScalars
    }
}
