import Foundation

/// The form under which names are compared: case-, diacritic- and punctuation-insensitive, with a
/// leading "the" dropped. "The U.S.", "u.s." and "US" differ only by dots, so they share the key
/// `us`; "Türkiye" and "turkiye" share `turkiye`; "Assad’s" is not folded to "Assad" (possessives
/// are the extractor's business).
public enum NameKey {
    /// The comparison key of `name`.
    public static func of(_ name: String) -> String {
        if let key = asciiKey(name) { return key }
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

    /// The key of an ASCII name, byte by byte (the rules of ``of(_:)`` for the letters, digits
    /// and punctuation of ASCII); nil for any other name. Loading a graph keys every name of every
    /// actor, and most are ASCII.
    private static func asciiKey(_ name: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var words = 0
        var inWord = false
        for byte in name.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if !inWord {
                    if words > 0 { key.append(UInt8(ascii: " ")) }
                    words += 1
                    inWord = true
                }
                key.append(byte | 0x20)  // lowercase; digits have the bit already
            case UInt8(ascii: "."), UInt8(ascii: "'"):
                continue  // they join, as in of(_:)
            default:
                inWord = false
            }
        }
        if words > 1, key.starts(with: "the ".utf8) { key.removeFirst(4) }
        return String(decoding: key, as: UTF8.self)
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
