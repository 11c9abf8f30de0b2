import Foundation
import Testing

@testable import ActorGraphExtraction

/// The fixed words (``FixedWord``) have the same ids in every vocabulary, and every reading that
/// compares them by id answers as the String comparison it replaced, over every word the
/// extractor's vocabulary holds and some it does not.
@Suite struct FixedWordTests {
    /// The extractor's vocabulary (lexicon, rules, titles, lists) and words outside it.
    static let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
    static let norms: [String] = extractor.vocabulary.words + ["", "mondays", "Monday", "octobre", "–", "—", "\u{212A}m", "thé", "xyz"]

    /// A token whose norm is `norm`, with its id in the extractor's vocabulary.
    static func token(_ norm: String) -> Token {
        Token(text: norm, norm: norm, start: 0, end: 1, isCapitalized: true, isUppercase: false, isWord: true, word: extractor.vocabulary.id(norm))
    }

    @Test func fixedWordsAreDistinctAndKeepTheirIdsInEveryVocabulary() {
        let norms = FixedWord.allCases.map(\.norm)
        #expect(Set(norms).count == norms.count)
        #expect(FixedWord.allCases.allSatisfy { $0.rawValue < 128 })
        for w in FixedWord.allCases {
            #expect(Vocabulary().id(w.norm) == w.rawValue, "\(w)")
            #expect(Self.extractor.vocabulary.id(w.norm) == w.rawValue, "\(w)")
        }
    }

    @Test func aFixedWordIsItsOwnNormalForm() {
        // Else no token could have it, and a test of it would never hold.
        for w in FixedWord.allCases where w != .enDash && w != .possessive {
            #expect(Tokenizer.normalizedWords(w.norm) == [w.norm], "\(w)")
        }
        #expect(Tokenizer.normalizedWords("Iran's") == ["iran", FixedWord.possessive.norm])
    }

    @Test func idTestsAnswerAsTheStringTestsTheyReplaced() {
        func same(_ set: FixedWordSet, _ strings: [String], _ label: String) {
            for norm in Self.norms {
                #expect(Self.token(norm).is(oneOf: set) == strings.contains(norm), "\(label): \(norm)")
            }
        }
        for norm in Self.norms {
            let t = Self.token(norm)
            for w in FixedWord.allCases { #expect(t.is(w) == (norm == w.norm), "\(w): \(norm)") }
            #expect(DateResolver.weekday(t) == DateResolver.weekdays.firstIndex(of: norm), "\(norm)")
            #expect(DateResolver.month(t) == DateResolver.months[norm], "\(norm)")
            #expect(DateResolver.yearShift(t) == ["last": -1, "this": 0, "next": 1][norm], "\(norm)")
        }
        same(DateResolver.windowEnds, [";", ".", ":", "—"], "window ends")
        same(DateResolver.rangeJoiners, ["to", "-", "–", "and"], "range joiners")
        same(DateResolver.monthOpeners, ["in", "during", "early", "late", "mid", "this"], "month openers")
        same(NegationGuard.clauseBreakWords, Array(NegationGuard.clauseBreaks), "clause breaks")
        same(NegationGuard.cessationWords, Array(NegationGuard.cessationVerbs), "cessation verbs")
        same(NegationGuard.demandLinks, ["on", "that", "upon"], "demand links")
        same(NegationGuard.modifierLinks, ["-", "'s", "'"], "modifier links")
        same(NegationGuard.relatives, ["which", "who", "whose", "whom"], "relatives")
        same(NegationGuard.relativeEnds, [",", ";", "."], "relative ends")
    }

    @Test func decodingScalarsInOnePassGivesTheScalars() {
        let texts = [
            "", "a", "plain ASCII text.\n", "Lomé, Đồng, İstanbul — “quoted” \u{212A}m", "日本語のテキスト", "emoji 🇺🇦 👩‍👩‍👧 end",
            "e\u{301} combining", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        ]
        for text in texts {
            let generic = text.unicodeScalars.map { $0 }
            #expect(Array(text.unicodeScalars) == generic, "\(text)")
            #expect([Unicode.Scalar](text.unicodeScalars) == generic, "\(text)")
        }
        // A repaired document (invalid bytes replaced) decodes too.
        let repaired = String(decoding: [0x61, 0xFF, 0xC3, 0x62, 0xE2, 0x82] as [UInt8], as: UTF8.self)
        #expect(Array(repaired.unicodeScalars) == repaired.unicodeScalars.map { $0 })
    }
}
