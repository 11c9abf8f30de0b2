import Testing

@testable import ActorGraphExtraction

/// ``Clauses/init(_:rules:)`` tests the reporting verbs and the conditionals one after the other
/// (it iterated a list of the two, made for every token): it must find the clauses and breaks it
/// found before (kept here verbatim as the oracle), on every sentence of the seeds and the
/// fixtures, their upper-cased copies and sentences that open both kinds at one word.
@Suite struct ClausesOracleTests {
    /// The clauses and breaks as ``Clauses/init(_:rules:)`` found them before the fourteenth speed pass.
    static func before(_ tokens: [Token], rules: CompiledRules) -> (all: [Clauses.Clause], breaks: [Int]) {
        typealias Kind = Clauses.Kind
        typealias Clause = Clauses.Clause
        var all: [Clause] = []
        var breaks: [Int] = []
        let words = rules.words
        var open: [Int] = []
        for k in tokens.indices {
            let word = tokens[k].word
            if NegationGuard.clauseBreakWords.contains(word) {
                breaks.append(k)
                for c in open { all[c].nextBreak = k }
                open.removeAll()
            }
            for (kind, listed) in [(Kind.reported, rules.reportingVerbs), (.conditional, rules.conditionals)] where listed.contains(word) {
                open.append(all.count)
                all.append(Clause(kind: kind, start: k, opener: word, nextBreak: nil, closedByComma: false, end: nil, isDetached: false, isAside: false))
            }
            if word == words.comma, k + 1 < tokens.count {
                let opener = tokens[k + 1].word
                let relative = words.relativeWords.contains(opener)
                let detached = words.clauseOpeners.contains(opener)
                let aside = words.asideOpeners.contains(opener)
                guard relative || detached || aside else { continue }
                let next = ((k + 2)..<tokens.count).first { words.clauseEnds.contains(tokens[$0].word) }
                all.append(Clause(
                    kind: relative ? .relative : detached ? .participle : .aside, start: k, opener: opener, nextBreak: next,
                    closedByComma: next.map { tokens[$0].word == words.comma } ?? false,
                    end: Clauses.closing(tokens, from: k, words: words), isDetached: detached, isAside: aside))
            } else if word == words.dash || word == words.openBracket || word == words.hyphen && k > 0 && tokens[k - 1].end < tokens[k].start {
                guard let end = Clauses.closing(tokens, from: k, words: words) else { continue }
                all.append(Clause(kind: .parenthetical, start: k, opener: word, nextBreak: nil, closedByComma: false, end: end, isDetached: false, isAside: false))
            }
        }
        return (all, breaks)
    }

    /// Compares every sentence of `text`; returns how many clauses were found.
    @discardableResult
    static func expectSame(_ text: String, _ extractor: Extractor, _ context: String) -> Int {
        var found = 0
        for tokens in LexiconMentionsOracleTests.sentences(text, extractor) {
            let clauses = Clauses(tokens, rules: extractor.compiled)
            let old = before(tokens, rules: extractor.compiled)
            #expect(clauses.all == old.all && clauses.breaks == old.breaks, "\(context): \(tokens.map(\.text).joined(separator: " "))")
            found += clauses.all.count
        }
        return found
    }

    @Test func clausesAreWhatTheListFound() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var found = 0
        for (text, name) in try Fixture.oracleTexts() {
            found += Self.expectSame(text, extractor, name)
        }
        #expect(found > 1_000)
    }

    /// Every reporting verb and conditional, alone and in a sentence with breaks: a word in both
    /// lists opens a reported clause and then a conditional one, in that order.
    @Test func everyListedWordOpensItsClauses() {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let words = Fixture.rules.reportingVerbs.union(Fixture.rules.conditionals)
        var found = 0
        for word in words.sorted() {
            found += Self.expectSame("Russia \(word) that, if Iran agreed; \(word) talks, which ended — as planned — in May.", extractor, word)
        }
        #expect(found >= words.count)
    }
}
