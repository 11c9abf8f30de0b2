import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

@Suite struct RuleSetTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aRulesFileStartingWithACommentKeepsItsRulesWhateverItsLineEndings(_ end: String) throws {
        let text = ["# my rules", "backs: S ~3 shields O", "opposes: S ~3 sanctions O", ""].joined(separator: end)
        var rules = RuleSet()
        try rules.parse(text, source: "my.rules")
        #expect(rules.rules.map(\.line) == [2, 3])
    }

    /// "co-chaired" is three tokens in a text: a rule word with a hyphen would never match, so
    /// it is refused with the line and a spelling that works.
    @Test func aHyphenatedWordIsRefusedWithItsTokens() {
        var rules = RuleSet()
        #expect {
            try rules.parse("attended: E ~6 co-chaired by O+\n", source: "my.rules")
        } throws: { error in
            "\(error)".contains("my.rules:1") && "\(error)".contains("co - chaired")
        }
        #expect(throws: Never.self) { try rules.parse("attended: E ~6 co? -? chaired by O+\n", source: "my.rules") }
    }

    /// The rule reader trims as `trimmingCharacters(in: .whitespaces)` (the oracle) on random
    /// texts of spaces, tabs, no-break and other Unicode spaces, line ends (which it keeps),
    /// zero-width and combining marks next to spaces, letters and emoji; Strings and Substrings.
    @Test func trimsWhitespaceAsFoundationDoes() {
        let pieces = [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{1680}", "\u{202F}", "\u{200B}", "\n", "\r\n", "\u{301}",
                      "e\u{301}", "a", "Z", "#", "\u{1F1EA}", "\u{85}", "\u{2028}", "\u{FEFF}"]
        var random = SplitMix64(seed: 31)
        var wrong = 0
        for _ in 0..<20_000 {
            let text = (0..<random.next(below: 10)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            if Array(text.trimmingWhitespace().utf8) != Array(text.trimmingCharacters(in: .whitespaces).utf8) { wrong += 1 }
            let inner = text.dropFirst()
            if Array(inner.trimmingWhitespace().utf8) != Array(inner.trimmingCharacters(in: .whitespaces).utf8) { wrong += 1 }
        }
        #expect(wrong == 0)
        // Each scalar alone, between letters and at both ends.
        var scalarsWrong: [UInt32] = []
        for value in 0..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = " \(Character(scalar))x\(Character(scalar))"
            if Array(text.trimmingWhitespace().utf8) != Array(text.trimmingCharacters(in: .whitespaces).utf8) { scalarsWrong.append(UInt32(value)) }
        }
        #expect(scalarsWrong.isEmpty, "\(scalarsWrong.prefix(10).map { String($0, radix: 16) })")
    }
}
