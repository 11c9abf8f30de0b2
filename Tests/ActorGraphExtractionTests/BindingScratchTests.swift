import Foundation
import Testing

@testable import ActorGraphExtraction

/// The matcher's bindings live on the match's stack (``SlotStack``), sized by the sentence's
/// mentions: lists longer than the 64 places the stack once started with, and a matcher asked
/// again, give the same matches; and a name's text with its white space collapsed in one pass is
/// the text appending scalar by scalar gave.
@Suite struct BindingScratchTests {
    @Test func longListsAndRepeatedMatchingGiveTheSameMatches() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        // More members than the 64 places the scratch storage once started with.
        let states = ["Russia", "Iran", "Turkey", "Qatar", "Egypt", "Jordan", "France", "Germany", "Italy", "Spain"]
        let names = (0..<8).flatMap { _ in states }
        let text = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") + " backed the Syrian government."
        let analysis = extractor.analyze(Document(name: "list.txt", text: text, published: "2024-03-15"))
        let sentence = try #require(analysis.sentences.first)
        let matcher = RuleMatcher(tokens: sentence.tokens, mentions: sentence.mentions, compiled: extractor.compiled)
        let first = matcher.matches(extractor.compiled.relational)
        #expect(first.contains { $0.subjects.count == names.count })
        #expect(matcher.matches(extractor.compiled.relational) == first)
        #expect(RuleMatcher(tokens: sentence.tokens, mentions: sentence.mentions, compiled: extractor.compiled).matches(extractor.compiled.relational) == first)
    }

    /// The text as ``SurfaceForms/text(_:_:)`` wrote it before: scalar by scalar.
    private func appended(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                space = true
                continue
            }
            if space { out.append(" ") }
            space = false
            out.append(scalar)
        }
        return String(out)
    }

    @Test func collapsedWhiteSpaceIsWhatAppendingGave() {
        let texts = [
            "", " ", "Al Assad", "Bashar\nal-Assad", "  lead", "trail \t\n", "a\u{0B}b\u{0C}c\rd", "x\u{85}y\u{A0}z\u{2003}w\u{3000}v",
            "Lomé  Đồng\u{2028}İstanbul", "日本 語", "🇺🇦 \u{200B}end", "e\u{301}\u{1680}f",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            #expect(String(collapsingWhitespace: scalars[...]) == appended(scalars[...]), "\(text.debugDescription)")
            if scalars.count > 2 {
                #expect(String(collapsingWhitespace: scalars[1..<(scalars.count - 1)]) == appended(scalars[1..<(scalars.count - 1)]))
            }
        }
    }
}
