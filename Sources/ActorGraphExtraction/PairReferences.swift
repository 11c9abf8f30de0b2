import ActorGraphModel

/// "The two sides", "both countries", "the two leaders": a reference back to the pair the text
/// has just named ("Israeli and Lebanese officials met … the two sides agreed to meet again").
/// News prose names the parties once and then counts them, so without this a meeting's follow-up
/// ("the two sides will meet again in Naqoura") loses both its participants.
struct PairReferences: Sendable {
    /// Nouns that count states, bodies or armed groups, and nouns that count persons.
    let sideNouns: Set<String>
    let personNouns: Set<String>

    init(rules: RuleSet) {
        sideNouns = rules.list("pair-side")
        personNouns = rules.list("pair-person")
    }

    /// Turns each "the two X" / "both X" of sentence `k` into one mention of the pair named last,
    /// in this sentence before it or in the two sentences before, when X fits the pair's kind.
    func resolve(_ sentences: inout [SentenceAnalysis], at k: Int) {
        let tokens = sentences[k].tokens
        var i = 0
        while i + 1 < tokens.count {
            let start: Int
            let nounAt: Int
            if tokens[i].norm == "the", i + 2 < tokens.count, tokens[i + 1].norm == "two" {
                (start, nounAt) = (i, i + 2)
            } else if tokens[i].norm == "both", !(i > 0 && tokens[i - 1].norm == "the") {
                (start, nounAt) = (i, i + 1)
            } else {
                i += 1
                continue
            }
            let noun = tokens[nounAt].norm
            let wantsPersons = personNouns.contains(noun)
            guard wantsPersons || sideNouns.contains(noun),
                !sentences[k].mentions.contains(where: { $0.range.overlaps(start..<(nounAt + 1)) }),
                let pair = lastPair(in: sentences, before: (k, start), persons: wantsPersons)
            else {
                i += 1
                continue
            }
            sentences[k].replace(with: Mention(range: start..<(nounAt + 1), actor: pair.0, form: .pair, partners: [pair.1]))
            i = nounAt + 1
        }
    }

    /// The last two different actors joined by "and" (or "between … and"), looking back from
    /// `position` over it sentence and the two before; for persons, else the only two persons
    /// named there ("Abiy flew to Asmara. Isaias greeted him. The two leaders signed …").
    func lastPair(in sentences: [SentenceAnalysis], before position: (sentence: Int, token: Int), persons: Bool) -> (ActorRef, ActorRef)? {
        var named: [ActorRef] = []
        for k in stride(from: position.sentence, through: max(0, position.sentence - 2), by: -1) {
            let s = sentences[k]
            let limit = k == position.sentence ? position.token : s.tokens.count
            let fits = { (m: Mention) in
                m.role == .actor && m.form != .pair && m.range.upperBound <= limit && (m.actor.kind == .person) == persons
            }
            let candidates = s.mentions.filter(fits)
            for (a, b) in zip(candidates, candidates.dropFirst()).reversed() where a.actor != b.actor {
                let between = s.tokens[a.range.upperBound..<b.range.lowerBound].map(\.norm)
                if [["and"], ["and", "the"], [",", "and"], [",", "and", "the"]].contains(between) { return (a.actor, b.actor) }
            }
            for m in candidates.reversed() where !named.contains(m.actor) { named.insert(m.actor, at: 0) }
        }
        guard persons, named.count == 2 else { return nil }
        return (named[0], named[1])
    }
}
