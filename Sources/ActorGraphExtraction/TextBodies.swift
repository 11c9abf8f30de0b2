import ActorGraphModel

/// Parties, movements and armed groups that a text names but the lexicon does not know: a
/// capitalised name ending in a body noun ("the Liberation and Justice Movement", "the Democratic
/// Party of Albanians"), with the short form the text gives it in brackets ("(LJM)").
///
/// News names many such bodies once, in full, and then by the name or its short form; no lexicon
/// can list every local party and rebel movement. Kept per document, in reading order: a name is
/// known from the sentence that first writes it in full.
///
/// The word lists are ``WordSet``s of the extractor's vocabulary and are asked by a token's word
/// id: the tokens must have theirs (``Vocabulary/assign(_:)``; the extractor's sentences do).
struct TextBodies {
    /// relations.rules' "body-head" list: the last word of a body's name ("front", "party").
    let heads: WordSet
    /// relations.rules' "armed-head" list: words that make a named body an armed group.
    let armedWords: WordSet
    /// relations.rules' "body-connector" list: words that may join the capitalised words of a
    /// name ("of", "and", "for").
    let connectors: WordSet
    /// relations.rules' "body-organ" list: words between a state and a body noun that make the
    /// body the state's own organ ("Sudanese Armed Forces").
    let organWords: WordSet

    /// relations.rules' "body-possessor" list: "People's" in "the Tigray People's Liberation
    /// Front"; after other words "'s" ends the name.
    let possessors: WordSet

    /// relations.rules' "organ-noun" list: the body nouns that, after a state's name, extend its
    /// mention to the organ ("the Sudan Armed Forces" is Sudan).
    let organNouns: WordSet
    /// The body nouns of a state's own organs, after its name and ``organWords``: the
    /// ``organNouns`` and relations.rules' "organ-head" list ("the Revolutionary Guards").
    let organHeads: WordSet

    /// relations.rules' "combatant-noun" list: "rebels" in "the Forces Nouvelles rebels".
    let sideNouns: WordSet

    /// relations.rules' "portfolio-post" list: posts whose capitalised portfolio may end on a
    /// body noun ("Armed Forces Minister").
    let posts: WordSet

    /// The bodies found so far: their words (normal forms) and their short forms.
    private var names: [[String]: ActorRef] = [:]
    /// The first words of ``names``: a token that opens none starts no full name, and one look
    /// here spares building and hashing its word lists.
    private var firstWords: Set<String> = []
    private var shortForms: [String: ActorRef] = [:]

    /// The bodies `rules`' word lists describe, none found yet; the lists' words are interned in
    /// `vocabulary`. (Each list was a `Set<String>` asked by a token's norm: 127 K String hashes
    /// on the 2 MB corpus, one per capitalised token, for the body nouns alone.)
    init(rules: RuleSet, vocabulary: inout Vocabulary) {
        heads = vocabulary.set(rules.list("body-head"))
        armedWords = vocabulary.set(rules.list("armed-word"))
        connectors = vocabulary.set(rules.list("body-connector"))
        organWords = vocabulary.set(rules.list("body-organ"))
        possessors = vocabulary.set(rules.list("body-possessor"))
        let organNouns = rules.words(.organNoun)
        self.organNouns = vocabulary.set(organNouns)
        organHeads = vocabulary.set(organNouns.union(rules.words(.organHead)))
        sideNouns = vocabulary.set(rules.words(.combatantNoun))
        posts = vocabulary.set(rules.words(.portfolioPost))
    }

    /// Learns the bodies this sentence names in full, then adds a mention for every name or
    /// short form of a known body that no lexicon name covers; a lexicon name inside a body's
    /// full name ("Albanians" in "the Democratic Party of Albanians") gives way to it.
    mutating func mark(_ tokens: [Token], _ mentions: inout [Mention]) {
        extendOrgans(tokens, &mentions)
        learn(tokens, mentions)
        if !names.isEmpty { markKnown(tokens, &mentions) }
        extendSides(tokens, &mentions)
    }

    /// Adds a mention for every name or short form of a known body that no lexicon name covers.
    private func markKnown(_ tokens: [Token], _ mentions: inout [Mention]) {
        var found: [Mention] = []
        var k = 0
        while k < tokens.count {
            if let (end, ref) = fullName(tokens, at: k) {
                found.append(Mention(range: k..<end, actor: ref, form: .name))
                k = end
            } else if tokens[k].isUppercase, let ref = shortForms[tokens[k].text], !mentions.contains(where: { $0.range.contains(k) }) {
                found.append(Mention(range: k..<(k + 1), actor: ref, form: .alias))
                k += 1
            } else {
                k += 1
            }
        }
        guard !found.isEmpty else { return }
        mentions.removeAll { m in found.contains { $0.range.overlaps(m.range) && $0.range.count >= m.range.count } }
        found.removeAll { f in mentions.contains { $0.range.overlaps(f.range) } }
        mentions.append(contentsOf: found)
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "the Forces Nouvelles rebels", "the Hamas fighters": a body's or armed group's fighters
    /// are the side itself, so its mention takes the noun after it (a list then reads "the
    /// government and the Forces Nouvelles rebels resumed talks" as the two sides).
    private func extendSides(_ tokens: [Token], _ mentions: inout [Mention]) {
        for n in mentions.indices where mentions[n].role == .actor
            && (mentions[n].actor.kind == .armedGroup || mentions[n].actor.kind == .organization)
        {
            let j = mentions[n].range.upperBound
            guard j < tokens.count, !tokens[j].isCapitalized, sideNouns.contains(tokens[j].word),
                !mentions.contains(where: { $0.range.contains(j) })
            else { continue }
            mentions[n].range = mentions[n].range.lowerBound..<(j + 1)
        }
    }

    /// "the Sudan Armed Forces", "the Syrian Army": a state's organ is the state, so its mention
    /// takes the organ's words (a pattern then reads "fighting between the Sudan Armed Forces and
    /// the SPLM-North" as between Sudan and the SPLM-North).
    private func extendOrgans(_ tokens: [Token], _ mentions: inout [Mention]) {
        for n in mentions.indices where mentions[n].actor.kind == .state && mentions[n].role == .actor {
            var j = mentions[n].range.upperBound
            while j < tokens.count, tokens[j].isCapitalized, organWords.contains(tokens[j].word) { j += 1 }
            guard j < tokens.count, j > mentions[n].range.upperBound || heads.contains(tokens[j].word), tokens[j].isCapitalized,
                organNouns.contains(tokens[j].word), !mentions.contains(where: { $0.range.contains(j) })
            else { continue }
            mentions[n].range = mentions[n].range.lowerBound..<(j + 1)
        }
    }

    /// The longest known full name starting at token `k`.
    private func fullName(_ tokens: [Token], at k: Int) -> (Int, ActorRef)? {
        guard tokens[k].isCapitalized, firstWords.contains(tokens[k].norm) else { return nil }
        var best: (Int, ActorRef)?
        var words: [String] = []
        var j = k
        while j < tokens.count, j - k < 10, tokens[j].isWord || tokens[j].norm == "'s" || tokens[j].norm == "-" {
            words.append(tokens[j].norm)
            j += 1
            if let ref = names[words] { best = (j, ref) }
        }
        return best
    }

    /// Reads the full names of this sentence: capitalised words, maybe joined by connectors,
    /// whose last is a body noun, not all of one lexicon name, and more than a state's organ
    /// ("the Sudanese Armed Forces" is Sudan's army, not a body of its own).
    private mutating func learn(_ tokens: [Token], _ mentions: [Mention]) {
        for h in tokens.indices where tokens[h].isCapitalized && heads.contains(tokens[h].word) {
            // The lexicon already names it ("Free Syrian Army").
            if mentions.contains(where: { $0.range.contains(h) && $0.role == .actor }) { continue }
            // "Armed Forces Minister X", "Security Council Secretary": a portfolio before a post.
            if h + 1 < tokens.count, tokens[h + 1].isCapitalized, posts.contains(tokens[h + 1].word) { continue }
            var start = h
            var j = h - 1
            // Where "of the" / "for the" joined words before the head ("Front for the Liberation of …").
            var crossed: Int?
            while j >= 0 {
                let t = tokens[j]
                // "Lebanon's Free Patriotic Movement": a state's possessive is not in the name,
                // "the Tigray People's Liberation Front" keeps its own.
                if t.norm == "'s", mentions.contains(where: { $0.range.upperBound == j }) || j == 0 || !possessors.contains(tokens[j - 1].word) { break }
                // A hyphen joins words only written tight ("Communist-led"); spaced, it is a
                // dateline's dash ("MOSCOW - The Council of Foreign Ministers").
                if t.isWord && t.isCapitalized || t.norm == "'s" || t.norm == "-" && tokens.touchesBothNeighbours(j) {
                    start = j
                } else if t.norm == "the" {
                    // "Front for the Liberation of …"; otherwise "the" is the article before the name.
                    guard j > 0, ["of", "for"].contains(tokens[j - 1].norm) else { break }
                    if crossed == nil { crossed = j + 1 }
                } else if !(connectors.contains(t.word) && j > 0 && (tokens[j - 1].isCapitalized || tokens[j - 1].norm == "the")) {
                    break
                }
                j -= 1
            }
            // "Noureddine Adam of the Popular Front …": words before "of the" that hold no body
            // noun are a person's or a place's name, not the body's.
            if let c = crossed, c - 2 > start, !tokens[start..<(c - 2)].contains(where: { heads.contains($0.word) }) { start = c }
            // A connector never opens the name; "The" at the start of a sentence is the article.
            while start < h, !tokens[start].isCapitalized || tokens[start].norm == "the" || tokens[start].norm == "'s" || tokens[start].norm == "-" {
                start += 1
            }
            // "the Orange Democratic Movement of Raila Odinga": a person is no part of the name.
            var end = Self.nameEnd(tokens, after: h)
            if mentions.contains(where: { $0.actor.kind == .person && $0.range.overlaps((h + 1)..<end) }) || namesAPerson(tokens, h + 2, end, mentions) {
                end = h + 1
            }
            let capitalised = tokens[start..<end].filter { $0.isWord && $0.isCapitalized }
            guard capitalised.count >= 2 else { continue }
            // One state's or its demonym's organ: "Sudanese Armed Forces", "Syrian Army". (The
            // "Sudan Revolutionary Front" and the "Syrian National Council" are bodies of their own.)
            if organHeads.contains(tokens[h].word), let first = mentions.first(where: { $0.range.lowerBound == start }), first.actor.kind == .state,
                first.range.upperBound >= h || tokens[first.range.upperBound..<h].allSatisfy({ organWords.contains($0.word) })
            {
                continue
            }
            let words = tokens[start..<end].map(\.norm)
            let text = Gazetteer.text(tokens, start..<end)
            let armed = tokens[start..<end].contains { armedWords.contains($0.word) }
            let ref = names[words] ?? ActorRef(name: text, kind: armed ? .armedGroup : .organization, country: nil)
            names[words] = ref
            if let first = words.first { firstWords.insert(first) }
            // "(LJM)": the short form the text gives it.
            if end + 2 < tokens.count, tokens[end].norm == "(", tokens[end + 2].norm == ")", tokens[end + 1].isUppercase,
                tokens[end + 1].text.count >= 2, shortForms[tokens[end + 1].text] == nil
            {
                shortForms[tokens[end + 1].text] = ref
            }
        }
    }

    /// Whether the words after "of" look like a person's name no lexicon knows: two or three
    /// capitalised words, no connector, no name the lexicon knows, not ending in a plural or a
    /// body noun ("of Raila Odinga", but not "of Islamic Courts" or "of Democratic Forces").
    private func namesAPerson(_ tokens: [Token], _ start: Int, _ end: Int, _ mentions: [Mention]) -> Bool {
        guard (2...3).contains(end - start), end <= tokens.count else { return false }
        let words = tokens[start..<end]
        guard words.allSatisfy({ $0.isWord && $0.isCapitalized && !$0.isUppercase }), let last = words.last,
            !last.norm.hasSuffix("s"), !heads.contains(last.word),
            !mentions.contains(where: { $0.range.overlaps(start..<end) })
        else { return false }
        return true
    }

    /// Where a name goes on after its body noun: "the Democratic Party of Albanians", "the
    /// Movement for Justice in Kordofan", "the Front for the Liberation of the Enclave": "of" or
    /// "for", then capitalised words and connectors, ending on a capitalised word.
    static func nameEnd(_ tokens: [Token], after h: Int) -> Int {
        var end = h + 1
        guard end < tokens.count, ["of", "for"].contains(tokens[end].norm) else { return end }
        var j = end
        while j < tokens.count, j - h <= 8 {
            if tokens[j].isWord && tokens[j].isCapitalized {
                j += 1
                end = j
            } else if ["of", "for", "and", "in", "the", "de"].contains(tokens[j].norm) {
                j += 1
            } else {
                break
            }
        }
        return end
    }

}
