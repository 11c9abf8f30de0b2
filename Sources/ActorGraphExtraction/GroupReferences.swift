import ActorGraphModel

/// "The leaders condemned …", "the three countries agreed …", "all the participants": a reference
/// to the sides taking part in the meeting in context. Readouts, communiqués and summit reports
/// name the participants once, at the meeting, and then speak of them as "the leaders"; without
/// this, every stance and joint act they announce together is lost.
struct GroupReferences: Sendable {
    /// Nouns for the participants ("leaders", "ministers", "participants", "heads" of state).
    let nouns: Set<String>
    /// Nouns that count sides, read only with a number ("the three countries").
    let countedNouns: Set<String>
    /// Words between the number and the noun ("the foreign ministers").
    let modifiers: Set<String>
    /// The three lists again as word ids, interned in the extractor's vocabulary: ``phrases(_:mentions:)``
    /// asks them after every "the" (46 K String hashes on the 2 MB corpus when asked by norm).
    /// The String sets stay for the tests' oracle of the reading by norm.
    let nounWords: WordSet
    let countedNounWords: WordSet
    let modifierWords: WordSet
    /// Counted nouns of states ("the two governments"): the states among the sides, where the
    /// meeting had other sides too (parties, bodies). ``CountedReferences`` reads them too.
    let stateNounWords: WordSet

    init(rules: RuleSet, vocabulary: inout Vocabulary) {
        nouns = rules.list("group-person")
        countedNouns = rules.list("pair-side")
        modifiers = rules.list("group-modifier")
        nounWords = vocabulary.set(nouns)
        countedNounWords = vocabulary.set(countedNouns)
        modifierWords = vocabulary.set(modifiers)
        stateNounWords = vocabulary.set(rules.list("state-side"))
    }

    /// A phrase that refers to the participants, and the number it gives them ("the three
    /// leaders": 3), if any.
    struct Phrase {
        let range: Range<Int>
        let count: Int?
    }

    /// The count a token gives: "two" 2 … "ten" 10 (by its fixed id: the words are fixed words in
    /// this order), nil for any other word. (A dictionary of the ten norms was asked after every
    /// "the", some 360 instructions a time.)
    @inline(__always)
    static func number(_ token: Token) -> Int? {
        let first = FixedWord.two.rawValue
        guard token.word >= first, token.word <= FixedWord.ten.rawValue else { return nil }
        return Int(token.word - first) + 2
    }

    /// The group phrases of a sentence that no mention covers: "the leaders", "all the
    /// participants", "the three foreign ministers", "all four countries", "the heads of state".
    /// Not "the leaders of Hamas" or "the ministers' statement", which name someone else's, nor
    /// "among the leaders", one of them. (The tokens must have their word ids, as every sentence
    /// the extractor reads has.)
    func phrases(_ tokens: [Token], mentions: [Mention]) -> [Phrase] {
        var found: [Phrase] = []
        var i = 0
        while i < tokens.count {
            let start = i
            var k = i
            // (By their fixed ids: asked of every token, two String comparisons each were most of
            // the reading's cost.)
            let hasAll = tokens[k].is(.all)
            if hasAll { k += 1 }
            let hasThe = k < tokens.count && tokens[k].is(.the)
            if hasThe { k += 1 }
            // Neither "the" nor "all": no phrase starts here (the guard below would say so after
            // looking the next word up as a number; most tokens end here, so it is asked first).
            guard hasThe || hasAll else {
                i += 1
                continue
            }
            var count: Int?
            if k < tokens.count, let n = Self.number(tokens[k]) {
                count = n
                k += 1
            }
            // "all four countries" needs no "the"; "the" is needed otherwise ("leaders of the world").
            guard hasThe || (tokens[start].norm == "all" && count != nil) else {
                i += 1
                continue
            }
            if k < tokens.count, modifierWords.contains(tokens[k].word) { k += 1 }
            guard k < tokens.count, nounWords.contains(tokens[k].word) || (count != nil && countedNounWords.contains(tokens[k].word)) else {
                i += 1
                continue
            }
            var end = k + 1
            // "the heads of state (and government)" is the noun; any other "of" names whose they are.
            if tokens[k].norm == "heads" {
                guard end + 1 < tokens.count, tokens[end].norm == "of", ["state", "government"].contains(tokens[end + 1].norm) else {
                    i += 1
                    continue
                }
                end += 2
                if end + 1 < tokens.count, tokens[end].norm == "and", ["state", "government"].contains(tokens[end + 1].norm) { end += 2 }
            }
            let owned = end < tokens.count && ["of", "'s", "'"].contains(tokens[end].norm)
            // "X was among the leaders in attendance", "one of the leaders": a part of the group.
            let part = start > 0 && ["among", "of"].contains(tokens[start - 1].norm)
            // "The four leaders are Russia's Vladimir Putin, …": the sentence names them itself.
            let named = end + 1 < tokens.count && ["are", "were"].contains(tokens[end].norm) && tokens[end + 1].isCapitalized
            if owned || part || named || mentions.contains(where: { $0.range.overlaps(start..<end) }) {
                i = end
                continue
            }
            found.append(Phrase(range: start..<end, count: count))
            i = end
        }
        return found
    }

    /// Each group phrase of `sentence` as one mention of the sides that `sides` gives for it
    /// (the sides of the meeting in context), when they are at least two, and as many as the
    /// phrase counts.
    func resolve(_ sentence: inout SentenceAnalysis, sides: (Range<Int>) -> [ActorRef]) {
        for phrase in phrases(sentence.tokens, mentions: sentence.mentions) {
            var group = sides(phrase.range)
            // "The two Governments condemned …" after talks of two states and five parties.
            if let count = phrase.count, count != group.count, sentence.tokens[phrase.range].contains(where: { stateNounWords.contains($0.word) }) {
                group = group.filter { $0.kind == .state }
            }
            guard group.count >= 2, phrase.count == nil || phrase.count == group.count else { continue }
            sentence.replace(with: Mention(range: phrase.range, actor: group[0], form: .group, partners: Array(group.dropFirst())))
        }
    }
}
