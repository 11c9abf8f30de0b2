import ActorGraphModel

/// "The two sides", "both countries", "the two leaders", "the three governments", "the five": a
/// reference back to the pair or list the text has just named ("Israeli and Lebanese officials
/// met … the two sides agreed to meet again"; "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and
/// Uzbekistan … Xi promised to support the five"). News prose names the parties once and then
/// counts them, so without this a meeting's follow-up loses its participants.
struct CountedReferences: Sendable {
    /// Nouns that count states, bodies or armed groups, and nouns that count persons.
    let sideNouns: Set<String>
    let personNouns: Set<String>
    /// Words after which a bare number ("the three have coordinated", "the five in defending")
    /// stands for sides named before (relations.rules' "count-follower" list).
    let countFollowers: Set<String>
    /// Words that may stand between the count and its noun ("the two foreign ministers"), besides
    /// a capitalised one ("the five Sahel presidents", "the two Korean leaders").
    let modifiers: Set<String>
    /// relations.rules' "group-noun" list: nouns that count armed groups and bodies ("both
    /// groups"): the only ones named there stand for them, listed or not ("The MNLA routed the
    /// army, and Ansar Dine fought alongside it. The army has fought both groups").
    let groupNouns: Set<String>

    init(rules: RuleSet) {
        sideNouns = rules.list("pair-side")
        personNouns = rules.list("pair-person")
        countFollowers = rules.words(.countFollower)
        modifiers = rules.list("group-modifier")
        groupNouns = rules.words(.groupNoun)
    }

    /// Turns each "the two X" / "both X" / "the three X" / "all four X" / "the five" of sentence
    /// `k` into one mention of the actors named last as a list of that many, in this sentence
    /// before it or in the sentences before (two for a pair, four for a longer list, whose count
    /// says more), when X fits their kind.
    /// (The sentences' tokens must have their word ids, as every sentence the extractor reads has.)
    ///
    /// `stateNouns` ("governments", "countries") count states only: "The two governments" after
    /// "Egypt, Jordan and Hamas" is Egypt and Jordan.
    func resolve(_ sentences: inout [SentenceAnalysis], at k: Int, stateNouns: WordSet = WordSet()) {
        let tokens = sentences[k].tokens
        var i = 0
        while i + 1 < tokens.count {
            let start: Int
            let countAt: Int?
            // (The opening words by their fixed ids: asked of every token, a String comparison
            // each cost more than the rest of the reading.)
            if tokens[i].is(.both), !(i > 0 && tokens[i - 1].is(.the)) {
                (start, countAt) = (i, nil)
            } else if tokens[i].is(.the) || tokens[i].is(.all), GroupReferences.number(tokens[i + 1]) != nil {
                (start, countAt) = (i, i + 1)
            } else {
                i += 1
                continue
            }
            let count = countAt.flatMap { GroupReferences.number(tokens[$0]) } ?? 2
            var nounAt = (countAt ?? start) + 1
            // "the five Sahel presidents", "the two Korean leaders", "both foreign ministers": one
            // modifier between.
            var modifier: Int?
            if nounAt + 1 < tokens.count, !personNouns.contains(tokens[nounAt].norm), !sideNouns.contains(tokens[nounAt].norm),
                tokens[nounAt].isWord && tokens[nounAt].isCapitalized || modifiers.contains(tokens[nounAt].norm),
                personNouns.contains(tokens[nounAt + 1].norm) || sideNouns.contains(tokens[nounAt + 1].norm)
            {
                modifier = nounAt
                nounAt += 1
            }
            let wantsPersons: Bool
            let end: Int
            if nounAt < tokens.count, personNouns.contains(tokens[nounAt].norm) || sideNouns.contains(tokens[nounAt].norm) {
                (wantsPersons, end) = (personNouns.contains(tokens[nounAt].norm), nounAt + 1)
            } else if count > 2, tokens[start].is(.the) || tokens[start].is(.all), nounAt < tokens.count, countFollowers.contains(tokens[nounAt].norm) {
                // ("The three have expelled French troops", "All three have".)
                (wantsPersons, end) = (false, nounAt)
            } else {
                i += 1
                continue
            }
            // ("The four mediators - the United States, Egypt, Qatar and Turkey -": a count whose
            // own list follows, of states where it would count persons back, is left to that list.)
            if end < tokens.count, ["-", "\u{2014}", "\u{2013}", ":"].contains(tokens[end].norm),
                let next = sentences[k].mentions.first(where: { $0.range.lowerBound > end && $0.range.lowerBound <= end + 2 }),
                (next.actor.kind == .person) != wantsPersons
            {
                i += 1
                continue
            }
            // (A demonym modifier is read into the count: "the two Korean leaders".)
            guard !sentences[k].mentions.contains(where: { m in m.range.overlaps(start..<end) && !(m.form == .demonym && modifier.map { m.range == $0..<($0 + 1) } == true) }),
                let list = lastList(of: count, in: sentences, before: (k, start), persons: wantsPersons, states: !wantsPersons && stateNouns.contains(tokens[nounAt].word),
                    groups: !wantsPersons && groupNouns.contains(tokens[nounAt].norm))
            else {
                i += 1
                continue
            }
            sentences[k].replace(with: Mention(range: start..<end, actor: list[0], form: .pair, partners: Array(list.dropFirst())))
            i = end
        }
    }

    /// The last `count` different actors named as a list ("A and B", "between A and B", "A, B and
    /// C"), looking back from `position` over its sentence and the ones before (two for a pair,
    /// four for a longer list of persons, twelve for one of sides: "the six Governments" may come
    /// a page after the six were named); for persons, or armed groups and bodies
    /// (`groups`), else the only `count` of them named there ("Abiy flew to Asmara. Isaias greeted
    /// him. The two leaders signed …").
    func lastList(of count: Int, in sentences: [SentenceAnalysis], before position: (sentence: Int, token: Int), persons: Bool, states: Bool = false, groups: Bool = false) -> [ActorRef]? {
        var named: [ActorRef] = []
        let reach = count == 2 ? 2 : persons ? 4 : 12
        for k in stride(from: position.sentence, through: max(0, position.sentence - reach), by: -1) {
            let s = sentences[k]
            let limit = k == position.sentence ? position.token : s.tokens.count
            let fits = { (m: Mention) in
                m.role == .actor && m.form != .pair && m.range.upperBound <= limit && (m.actor.kind == .person) == persons && (!states || m.actor.kind == .state)
                    && (!groups || m.actor.kind == .armedGroup || m.actor.kind == .organization)
            }
            let candidates = s.mentions.filter(fits)
            if count == 2 {
                // Two names joined by "and" (not a comma: in "A, B and C" the pair is B and C).
                for (a, b) in zip(candidates, candidates.dropFirst()).reversed() where a.actor != b.actor {
                    let between = s.tokens[a.range.upperBound..<b.range.lowerBound].map(\.norm)
                    if [["and"], ["and", "the"], [",", "and"], [",", "and", "the"]].contains(between) { return [a.actor, b.actor] }
                }
            } else {
                // Runs of names joined by list separators, the last run first; the count must be the run's.
                var runs: [[ActorRef]] = []
                var previous: Mention?
                for m in candidates {
                    if let p = previous, Self.joins(s.tokens[p.range.upperBound..<m.range.lowerBound].map(\.norm)) {
                        if !runs[runs.count - 1].contains(m.actor) { runs[runs.count - 1].append(m.actor) }
                    } else {
                        runs.append([m.actor])
                    }
                    previous = m
                }
                if let run = runs.last(where: { $0.count == count }) { return run }
            }
            for m in candidates.reversed() where !named.contains(m.actor) { named.insert(m.actor, at: 0) }
        }
        guard persons || groups, named.count == count else { return nil }
        return named
    }

    /// Turns a sentence `k` that opens on "They" into one mention of the list the sentence before
    /// opened on: "Obama and Medvedev discussed Kyrgyzstan in Prague. They did so again in
    /// Washington".
    func resolveThey(_ sentences: inout [SentenceAnalysis], at k: Int) {
        let tokens = sentences[k].tokens
        guard k > 0, tokens.count > 1, tokens[0].norm == "they", tokens[1].isWord, !tokens[1].isCapitalized,
            !sentences[k].mentions.contains(where: { $0.range.contains(0) }),
            let list = openingList(of: sentences[k - 1])
        else { return }
        sentences[k].replace(with: Mention(range: 0..<1, actor: list[0], form: .pair, partners: Array(list.dropFirst())))
    }

    /// The list of two or more different actors a sentence opens on, as its subject ("Obama and
    /// Medvedev discussed …", "President A, President B and the emir met …"): its first actor
    /// mention within the first four words, and the names joined to it.
    func openingList(of s: SentenceAnalysis) -> [ActorRef]? {
        let actors = s.mentions.filter { $0.role == .actor && $0.form != .pair }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard let first = actors.first, first.range.lowerBound <= 4 else { return nil }
        var run = [first.actor]
        var previous = first
        for m in actors.dropFirst() {
            guard Self.joins(s.tokens[previous.range.upperBound..<m.range.lowerBound].map(\.norm)) else { break }
            if !run.contains(m.actor) { run.append(m.actor) }
            previous = m
        }
        // The list must be the subject: a verb, not another name, follows it.
        guard run.count >= 2, previous.range.upperBound < s.tokens.count, s.tokens[previous.range.upperBound].isWord,
            !s.tokens[previous.range.upperBound].isCapitalized
        else { return nil }
        return run
    }

    /// Whether the words between two names join them in a list: "and", "," or ", and", with "the".
    static func joins(_ between: [String]) -> Bool {
        [["and"], ["and", "the"], [",", "and"], [",", "and", "the"], [","], [",", "the"]].contains(between)
    }
}
