import Testing

@testable import ActorGraphExtraction

/// The clauses a sentence's analysis records once (``Clauses``), as the extractor reads them with
/// the bundled rules.
@Suite struct ClausesTests {
    let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)

    /// The first sentence of `text` as the extractor analyses it.
    private func read(_ text: String) throws -> SentenceAnalysis {
        try #require(extractor.analyze(Document(name: "clauses.txt", text: text, published: "2024-03-15")).sentences.first)
    }

    /// The tokens of `range`, joined by spaces.
    private func words(_ s: SentenceAnalysis, _ range: Range<Int>) -> String {
        s.tokens[range].map(\.text).joined(separator: " ")
    }

    /// The clauses of `kind`.
    private func clauses(_ s: SentenceAnalysis, _ kind: Clauses.Kind) -> [Clauses.Clause] {
        s.clauses.all.filter { $0.kind == kind }
    }

    /// The index of the first token whose text is `text`.
    private func index(_ s: SentenceAnalysis, _ text: String) throws -> Int {
        try #require(s.tokens.firstIndex { $0.text == text })
    }

    @Test func aRelativeClauseWithWhichHasBothEnds() throws {
        let s = try read("Hamas, which did not take part, accused Israel of violating the truce.")
        let relative = try #require(clauses(s, .relative).first)
        #expect(clauses(s, .relative).count == 1)
        #expect(relative.start == 1)
        #expect(relative.opener == extractor.compiled.words.which)
        let close = try #require(relative.nextBreak)
        #expect(words(s, relative.start..<close) == ", which did not take part")
        #expect(relative.closedByComma)
        // Read as an aside, it ends just past its closing comma.
        #expect(relative.end == close + 1)
        #expect(relative.isDetached && relative.isAside)
        // Coreference reads it as closed before anything after it.
        #expect(s.clauses.relatives(closedBefore: s.tokens.count, openers: extractor.compiled.words.relativePronouns) == [relative.start..<close])
    }

    @Test func aRelativeClauseWithWho() throws {
        let s = try read("Zambia's President Hakainde Hichilema, who hosted the summit, met Rwanda's President Paul Kagame.")
        let relative = try #require(clauses(s, .relative).first)
        #expect(relative.opener == extractor.compiled.words.who)
        #expect(words(s, relative.upToNextBreak(or: s.tokens.count)) == ", who hosted the summit")
        #expect(relative.closedByComma)
    }

    /// ", where …" is a relative clause that runs to the sentence's end here: no comma closes it,
    /// so it is no aside, and the meeting reader (the "relative-opener" list) does not take it.
    @Test func aRelativeClauseWithWhereRunsToTheSentencesEnd() throws {
        let s = try read("The talks moved to Doha, where Qatar hosted both sides.")
        let relative = try #require(clauses(s, .relative).first)
        #expect(words(s, relative.upToNextBreak(or: s.tokens.count)) == ", where Qatar hosted both sides")
        #expect(!relative.closedByComma)
        #expect(relative.end == nil)
        #expect(!extractor.compiled.words.relativeOpeners.contains(relative.opener))
        #expect(extractor.compiled.words.relativePronouns.contains(relative.opener))
        #expect(s.clauses.relatives(closedBefore: s.tokens.count, openers: extractor.compiled.words.relativePronouns).isEmpty)
    }

    @Test func aParticipleClause() throws {
        let s = try read("Erdogan, speaking in Ankara after meeting Putin, accused the West of hypocrisy.")
        let participle = try #require(clauses(s, .participle).first)
        #expect(words(s, participle.upToNextBreak(or: s.tokens.count)) == ", speaking in Ankara after meeting Putin")
        #expect(participle.isDetached)
        #expect(clauses(s, .relative).isEmpty)
    }

    /// ", backed by Rwanda,": the "aside" list opens it (a gap skips it), the "clause" list does
    /// not (so today it is no participle clause whose names stay inside it).
    @Test func aBackedByPhraseIsAnAside() throws {
        let s = try read("The M23 rebels, backed by Rwanda, seized Goma.")
        let aside = try #require(clauses(s, .aside).first)
        #expect(aside.isAside && !aside.isDetached)
        let end = try #require(aside.end)
        #expect(words(s, aside.start..<end) == ", backed by Rwanda ,")
    }

    @Test func parentheticalsBetweenSpacedHyphensAndBrackets() throws {
        let s = try read("Russia and Jordan - another member of the US-led coalition - had agreed to coordinate.")
        let dashes = clauses(s, .parenthetical)
        // The hyphen of "US-led" opens nothing.
        #expect(dashes.count == 1)
        let aside = try #require(dashes.first)
        let end = try #require(aside.end)
        #expect(words(s, aside.start..<end) == "- another member of the US - led coalition -")
        #expect(s.clauses.opening(at: aside.start) == aside)

        let b = try read("The Liberation and Justice Movement (LJM) signed the deal in Doha.")
        let bracket = try #require(clauses(b, .parenthetical).first)
        #expect(words(b, bracket.start..<(bracket.end ?? bracket.start)) == "( LJM )")
    }

    /// Reported speech runs from the reporting verb to the next clause break; the negation guard
    /// asks whether one opens just before a match.
    @Test func reportedSpeech() throws {
        let s = try read("Officials said Kenya and Ethiopia would jointly monitor the truce; Sudan declined.")
        let reported = try #require(clauses(s, .reported).first)
        #expect(s.tokens[reported.start].text == "said")
        #expect(words(s, reported.start..<(reported.nextBreak ?? 0)) == "said Kenya and Ethiopia would jointly monitor the truce")
        #expect(NegationGuard.reported(before: try index(s, "Kenya"), in: s.clauses))
        #expect(!NegationGuard.reported(before: try index(s, "Sudan"), in: s.clauses))

        let tag = try read("Egypt welcomed the plan, Foreign Minister Sameh Shoukry said.")
        #expect(clauses(tag, .reported).map { tag.tokens[$0.start].text } == ["said"])
    }

    @Test func aConditionalClause() throws {
        let s = try read("If the coalition shared intelligence, Russia could help.")
        let conditional = try #require(clauses(s, .conditional).first)
        #expect(conditional.start == 0)
        #expect(conditional.nextBreak == s.tokens.count - 1)
    }

    /// The stretch before a match stops at a clause break.
    @Test func theStretchBeforeAMatchStopsAtABreak() throws {
        let s = try read("Iran backs the Houthis; Russia backs Syria.")
        let semicolon = try index(s, ";")
        let russia = try index(s, "Russia")
        #expect(s.clauses.breaks == [semicolon, s.tokens.count - 1])
        #expect(NegationGuard.clause(before: russia + 2, in: s.clauses, within: 12) == (semicolon + 1)..<(russia + 2))
        #expect(NegationGuard.clause(before: russia + 2, in: s.clauses, within: 1) == (russia + 1)..<(russia + 2))
    }

    /// The matcher given no clauses finds the same ones the analysis holds.
    @Test func theMatcherReadsTheAnalysisClauses() throws {
        let s = try read("Eritrea, whose troops fought alongside Ethiopian forces in Tigray, was accused of abuses.")
        #expect(Clauses(s.tokens, rules: extractor.compiled) == s.clauses)
        let given = RuleMatcher(tokens: s.tokens, mentions: s.mentions, clauses: s.clauses, compiled: extractor.compiled).prepared
        let found = RuleMatcher(tokens: s.tokens, mentions: s.mentions, compiled: extractor.compiled).prepared
        #expect(given.clauses == found.clauses)
        #expect(given.clauses.count == 1)
    }
}
