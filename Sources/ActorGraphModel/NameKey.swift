import Foundation

/// The form under which names are compared: case-, diacritic- and punctuation-insensitive, with a
/// leading "the" dropped. "The U.S.", "u.s." and "US" differ only by dots, so they share the key
/// `us`; "Türkiye" and "turkiye" share `turkiye`; "Assad’s" is not folded to "Assad" (possessives
/// are the extractor's business).
public enum NameKey {
    /// The comparison key of `name`.
    public static func of(_ name: String) -> String {
        bytewiseKey(name) ?? foldedKey(name)
    }

    /// The key of `name` by Foundation's folding of the whole name: what ``of(_:)`` gives any name.
    package static func foldedKey(_ name: String) -> String {
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

    /// The key of a name of ASCII and of Latin letters with diacritics ("Éézen state 8012"),
    /// byte by byte over its UTF-8 (the rules of ``foldedKey(_:)`` for ASCII's letters, digits and
    /// punctuation, each Latin letter as its folded form, ``LatinFolds``); nil for a name with any
    /// other scalar. Loading a graph keys every name of every actor: Foundation's folding took
    /// some 40,000 instructions a name with an "é" (a sixth of the benchmark's million-edge
    /// graph's names), and a key built in an array some 1,800 an ASCII name.
    ///
    /// Folding a letter does not depend on its neighbours here: the table holds only scalars that
    /// are not combining marks and fold to lowercase ASCII letters alone, so a name of them folds
    /// to its letters' folds side by side (a combining mark, U+0300 and above, sends the name to
    /// the whole folding).
    package static func bytewiseKey(_ name: String) -> String? {
        let key = name.utf8.withContiguousStorageIfAvailable { utf8 -> String? in
            // A Latin letter's two bytes give at most two letters (``LatinFolds``), an ASCII
            // byte at most itself and a space before it.
            let capacity = 2 * utf8.count + 1
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { key -> String? in
                var n = 0, words = 0
                var inWord = false
                var i = 0
                while i < utf8.count {
                    let byte = utf8[i]
                    i += 1
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        if !inWord {
                            if words > 0 { key[n] = UInt8(ascii: " "); n += 1 }
                            words += 1
                            inWord = true
                        }
                        key[n] = byte | 0x20  // lowercase; digits have the bit already
                        n += 1
                    case UInt8(ascii: "."), UInt8(ascii: "'"):
                        continue  // they join, as in foldedKey(_:)
                    case ..<0x80:
                        inWord = false
                    case LatinFolds.leadBytes:
                        // Two bytes: a scalar of U+00C0 to U+017F (a String's UTF-8 is valid).
                        guard i < utf8.count, let folded = LatinFolds.table[Int(byte & 0x1F) << 6 | Int(utf8[i] & 0x3F)] else { return nil }
                        i += 1
                        if !inWord {
                            if words > 0 { key[n] = UInt8(ascii: " "); n += 1 }
                            words += 1
                            inWord = true
                        }
                        guard n + folded.count < capacity else { return nil }
                        for b in folded {
                            key[n] = b
                            n += 1
                        }
                    default:
                        return nil
                    }
                }
                var start = 0
                if words > 1, n >= 4, key[0] == UInt8(ascii: "t"), key[1] == UInt8(ascii: "h"), key[2] == UInt8(ascii: "e"), key[3] == UInt8(ascii: " ") {
                    start = 4
                }
                return String(decoding: UnsafeBufferPointer(rebasing: key[start..<n]), as: UTF8.self)
            }
        }
        return key ?? nil
    }

    /// The folded forms (``foldedScalars(_:)``) of the scalars U+00C0 to U+017F (Latin-1's
    /// letters and Latin Extended-A: the accented letters of European names), each folded alone
    /// once, by the same folding as a whole name; nil where a form is not lowercase ASCII letters
    /// (×, ÷, ß, æ, ø, …: such a name is folded whole).
    enum LatinFolds {
        /// The first bytes of the UTF-8 of U+00C0 to U+017F.
        static let leadBytes: ClosedRange<UInt8> = 0xC3...0xC5
        /// By scalar value, 0 to U+017F (nil below U+00C0).
        static let table: [[UInt8]?] = (0...0x17F).map { value in
            guard value >= 0xC0, let scalar = Unicode.Scalar(value) else { return nil }
            let folded = Array(String(foldedScalars(String(Character(scalar)))).utf8)
            guard !folded.isEmpty, folded.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }) else { return nil }
            return folded
        }
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
