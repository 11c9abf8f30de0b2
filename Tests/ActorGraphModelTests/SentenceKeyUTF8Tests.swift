import ActorGraphModel
import Testing

/// ``Evidence/sentenceKey(_:)`` reads UTF-8 bytes; the scalar-by-scalar definition below is what
/// it must agree with on any text.
@Suite("Sentence keys, read as UTF-8")
struct SentenceKeyUTF8Tests {
    /// The key by its definition: lowercase letters and digits, every other run one space.
    static func definition(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out += " " }
                pendingSpace = false
                out += scalar.properties.lowercaseMapping
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    @Test func agreesWithTheDefinition() {
        let texts = [
            "", " ", "Abc", "  Leading and trailing  ", "Lomé — “quoted” ‘x’ … 12,5%", "İstanbul ΣΟΦΙΑ straße ǅ",
            "北京 和 東京", "٣ digits ١٢", "👩‍👩‍👧 🇪🇬 emoji", "e\u{301}\u{301}", "tab\tnew\nline\u{0}", "\u{10FFFF}\u{E000}𝔄𝔅",
            "Mr. Al-Sisi's 'talks' (Cairo, 2024)", String(repeating: "ab€ ", count: 500),
        ]
        for text in texts {
            #expect(Evidence.sentenceKey(text) == Self.definition(text), "\(text)")
        }
    }

    @Test func agreesOnEveryScalarOfTheFirstPlanesAlone() {
        // Every scalar up to U+2FFFF between two letters, in chunks: each kind of byte sequence.
        var chunk = ""
        for value in stride(from: 0x20, through: 0x2FFFF, by: 7) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            chunk.unicodeScalars.append(contentsOf: ["a", scalar, "b"])
            if chunk.unicodeScalars.count > 3_000 {
                #expect(Evidence.sentenceKey(chunk) == Self.definition(chunk))
                chunk = ""
            }
        }
        #expect(Evidence.sentenceKey(chunk) == Self.definition(chunk))
    }
}

@Suite("Sentence keys' scratch space")
struct SentenceKeyBoundTests {
    /// ``Evidence/sentenceKey(_:)`` writes into scratch space of three bytes per byte of text:
    /// no scalar's lower case, with the space that may come before it, is longer than that.
    @Test func noScalarOutgrowsThreeBytesPerByte() {
        var worst = 0.0
        for value in 0...0x10FFFF as ClosedRange<UInt32> {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { continue }
            let grown = Double(scalar.properties.lowercaseMapping.utf8.count + 1) / Double(String(scalar).utf8.count)
            worst = max(worst, grown)
        }
        #expect(worst <= 3)
    }
}
