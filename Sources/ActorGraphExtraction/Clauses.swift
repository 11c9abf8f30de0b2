/// The clauses of one sentence that the extractor's readings set apart from its main clause,
/// found once per sentence from its tokens alone (``SentenceAnalysis/clauses``):
///
/// - between commas, a relative clause (", which is backed by Turkey,", ", who leads the
///   delegation,", ", where …"), a participle clause (", speaking in Ankara after meeting X,",
///   the `clause` list) or an aside the `aside` list opens (", an Iran-backed group,", ", on his
///   ninth visit,");
/// - a parenthetical between dashes or brackets ("- another member of the coalition -",
///   "( … )");
/// - reported speech after a reporting verb ("said Kenya and Ethiopia would jointly monitor the
///   truce") and a conditional clause after a `conditional:` word ("if the coalition shared
///   intelligence"), each up to the next clause break;
/// - the clause breaks (";", ":", ".", "—", "but", "however", "while", a quote) that bound the
///   stretch ``NegationGuard`` and ``MembershipGuard`` read before a match for reported speech, a
///   condition, a denial or a wish.
///
/// A clause between commas has two ends, because the readings that existed before this type
/// disagree on where "the same" clause stops, and each keeps its own (so the graph stays the same):
/// ``Clause/nextBreak``, the first ", ; ." after its opening word (the end the relative-clause
/// readings use), and ``Clause/end``, just past the mark that closes it as a pair within 16
/// tokens (the end a rule's gap skips). Which opening words each reading accepts differs too,
/// and is said where it reads them (``Clause/opener``).
///
/// Appositions that only the mentions reveal (", Lebanon's former colonial ruler,", "Camp David,
/// Maryland,") are not here: the mentions change while rules run, so ``RuleMatcher`` asks for
/// them as it matches, with ``closing(_:from:words:)`` for their end.
struct Clauses: Sendable, Equatable {
    /// What kind of clause a ``Clause`` is, by its opening.
    enum Kind: Sendable, Equatable {
        /// After a comma, a relative pronoun (``CompiledRules/Words/relativeWords``): ", which …",
        /// ", who …", ", whose …", ", whom …", ", where …".
        case relative
        /// After a comma, a participle or other word of the `clause` list: ", speaking in
        /// Ankara …", ", flanked by …".
        case participle
        /// After a comma, a word of the `aside` list only: ", an Iran-backed group,", ", led by
        /// X,", ", on his ninth visit to the region,".
        case aside
        /// Between dashes ("—", or a spaced "-") or brackets.
        case parenthetical
        /// From a reporting verb ("said", "announced": ``CompiledRules/reportingVerbs``) to the
        /// next clause break: what it reports, when the report follows the verb.
        case reported
        /// From a `conditional:` word ("if", "unless") to the next clause break.
        case conditional
    }

    /// One clause.
    struct Clause: Sendable, Equatable {
        var kind: Kind
        /// The token that opens it: the comma, the dash, the hyphen or the bracket; the
        /// reporting verb or the conditional word.
        var start: Int
        /// The word after the comma (for a parenthetical, the opening mark's). The readings
        /// differ on which openers they take: the meeting reader the `relative-opener` list,
        /// coreference also "where", the negation guard the four pronouns, a list slot "who" and
        /// "which" only.
        var opener: Vocabulary.Word
        /// The first ", ; ." after the opening word (from `start + 2`), or nil when the sentence
        /// has none: where a clause ends that is read up to its next break. For reported speech
        /// and a conditional, the next clause break (``Clauses/breaks``) after `start`.
        var nextBreak: Int?
        /// Whether ``nextBreak`` is a comma (not ";" or "."): a clause that a semicolon or the
        /// sentence's end cuts off is not closed as an aside.
        var closedByComma: Bool
        /// Just past the mark closing it as a pair (the next comma, dash or bracket; a spaced
        /// hyphen for a hyphen) within 16 tokens, with no ";" and no sentence-ending "." before
        /// it; nil when nothing closes it so. Where a gap resumes after skipping the clause.
        var end: Int?
        /// Whether the opener is on the `clause` list: the names inside do not act past it.
        var isDetached: Bool
        /// Whether the opener is on the `aside` list: a gap skips the clause as one token.
        var isAside: Bool

        /// The clause up to its next break: `start..<nextBreak`, or to `sentenceEnd` when it
        /// has none.
        func upToNextBreak(or sentenceEnd: Int) -> Range<Int> { start..<(nextBreak ?? sentenceEnd) }
    }

    /// The clauses, by their opening token.
    private(set) var all: [Clause] = []
    /// The clause breaks' token indices, in order (``NegationGuard/clauseBreaks``).
    private(set) var breaks: [Int] = []

    /// No clauses (a sentence not yet read).
    init() {}

    /// The clauses of a sentence's `tokens`, which must have their word ids from the vocabulary
    /// that compiled `rules` (``Vocabulary/assign(_:)``).
    init(_ tokens: [Token], rules: CompiledRules) {
        Vocabulary.assertAssigned(tokens)
        let words = rules.words
        let reportingVerbs = rules.reportingVerbs
        let conditionals = rules.conditionals
        // (Taken once: a static read per token asks for its initialisation each time.)
        let breakWords = NegationGuard.clauseBreakWords
        // Reported speech and conditionals, each closed at the next break once it is seen.
        var open: [Int] = []
        /// A reported or conditional clause opened by `word` at `k`, closed at the next break.
        func opened(_ kind: Kind, _ word: Vocabulary.Word, at k: Int) {
            open.append(all.count)
            all.append(Clause(kind: kind, start: k, opener: word, nextBreak: nil, closedByComma: false, end: nil, isDetached: false, isAside: false))
        }
        for k in tokens.indices {
            let word = tokens[k].word
            if breakWords.contains(word) {
                breaks.append(k)
                for c in open { all[c].nextBreak = k }
                open.removeAll()
            }
            // (Two tests, reported then conditional: a list of the two pairs of kind and word set,
            // iterated here, was made and destroyed for every token.)
            if reportingVerbs.contains(word) { opened(.reported, word, at: k) }
            if conditionals.contains(word) { opened(.conditional, word, at: k) }
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
                    end: Self.closing(tokens, from: k, words: words), isDetached: detached, isAside: aside))
            } else if word == words.dash || word == words.openBracket || word == words.hyphen && k > 0 && tokens[k - 1].end < tokens[k].start {
                // (A hyphen joining words, "US-led", opens nothing; one spaced as a dash does.)
                guard let end = Self.closing(tokens, from: k, words: words) else { continue }
                all.append(Clause(kind: .parenthetical, start: k, opener: word, nextBreak: nil, closedByComma: false, end: end, isDetached: false, isAside: false))
            }
        }
    }

    /// The clause between commas, dashes or brackets that token `k` opens, if any.
    func opening(at k: Int) -> Clause? {
        // (A sentence has a handful at most: a search would cost more than it saves.)
        for c in all where c.start >= k && c.kind != .reported && c.kind != .conditional { return c.start == k ? c : nil }
        return nil
    }

    /// Whether a clause of `kind` starts inside `range`.
    func opens(_ kind: Kind, in range: Range<Int>) -> Bool {
        all.contains { $0.kind == kind && range.contains($0.start) }
    }

    /// The relative clauses whose opener is in `openers`, closed by a comma before token `end`:
    /// ", which made peace with Israel," before "its foreign minister".
    func relatives(closedBefore end: Int, openers: WordSet) -> [Range<Int>] {
        all.compactMap { c in
            guard c.kind == .relative, openers.contains(c.opener), c.closedByComma, let close = c.nextBreak, close < end else { return nil }
            return c.start..<close
        }
    }

    /// The relative clauses of the sentence, each from its opening comma to its next ", ; ." or
    /// the sentence's end (`count` tokens): ", who told him that Syria would not sit down".
    func relativeStretches(count: Int) -> [Range<Int>] {
        all.compactMap { c in c.kind == .relative ? c.upToNextBreak(or: count) : nil }
    }

    /// The first token of the stretch of up to `limit` tokens right before token `start` that
    /// holds no clause break (the stretch is `result..<start`).
    func stretchStart(before start: Int, within limit: Int) -> Int {
        // The last break before `start`: the stretch begins after it.
        var after = 0
        for b in breaks {
            if b >= start { break }
            after = b + 1
        }
        return max(after, start - limit, 0)
    }

    /// Just past the mark that closes, as a pair, the clause token `k` opens: the next comma for
    /// a comma, a dash for a dash, a spaced hyphen for a hyphen, ")" for "(". Within 16 tokens,
    /// and nil when a ";" or a "." that ends the sentence comes first ("on Nov. 14": the dot of
    /// an abbreviation does not) or `k` opens nothing.
    static func closing(_ tokens: [Token], from k: Int, words: CompiledRules.Words) -> Int? {
        let closer: Vocabulary.Word
        switch tokens[k].word {
        case words.dash: closer = words.dash
        case words.openBracket: closer = words.closeBracket
        case words.comma: closer = words.comma
        case words.hyphen: closer = words.hyphen
        default: return nil
        }
        var j = k + 1
        while j < tokens.count, j - k < 16 {
            if tokens[j].word == closer, closer != words.hyphen || tokens[j - 1].end < tokens[j].start { return j + 1 }
            let abbreviation = tokens[j].word == words.period && tokens[j - 1].isCapitalized && tokens[j - 1].text.count <= 4
            if tokens[j].word == words.semicolon || (tokens[j].word == words.period && !abbreviation) { return nil }
            j += 1
        }
        return nil
    }
}
