/// A rule that matched a sentence: the subjects, objects and event it bound, and the tokens it
/// covers.
struct RuleMatch: Hashable {
    var rule: RuleSet.Rule
    var subjects: [Mention]
    var objects: [Mention]
    var event: Int?
    var range: Range<Int>

    /// Whether the rule states a stance: `backs` or `opposes`.
    var isStance: Bool {
        if case .relation(let r) = rule.product { r == .backs || r == .opposes } else { false }
    }
}

/// Matches compiled rules (``CompiledRules``) against one sentence's tokens and mentions, with
/// backtracking over gaps and optional elements; slots take the longest coordinated list.
///
/// Making one keeps its inputs only: what the matcher asks of each token is read
/// (``PreparedRuleMatcher``) once ``matches(_:keepingLists:latestStart:)`` has found rules
/// that can match the sentence. Most sentences have none for one of the two rule indices (the
/// nominal rules' words are in one sentence of six), and reading the tokens, the mentions and
/// the clauses for them was most of their cost.
struct RuleMatcher {
    let tokens: [Token]
    let mentions: [Mention]
    /// The sentence's clauses (``SentenceAnalysis/clauses``), or nil to find them when needed.
    let clauses: Clauses?
    let compiled: CompiledRules

    typealias TokenFacts = PreparedRuleMatcher.TokenFacts

    /// A matcher over a sentence's tokens, mentions and clauses (``SentenceAnalysis/clauses``;
    /// found when needed if not given).
    init(tokens: [Token], mentions: [Mention], clauses: Clauses? = nil, compiled: CompiledRules) {
        self.tokens = tokens
        self.mentions = mentions
        self.clauses = clauses
        self.compiled = compiled
    }

    /// The matcher with what it asks of the tokens read.
    var prepared: PreparedRuleMatcher {
        PreparedRuleMatcher(tokens: tokens, mentions: mentions, clauses: clauses, compiled: compiled)
    }

    /// What the matcher asks of each token, and of the place just past the last one
    /// (``PreparedRuleMatcher/facts``).
    var facts: [TokenFacts] { prepared.facts }

    /// Every match of every applicable rule, left to right (none, with nothing read, when no rule
    /// of `index` can match the sentence). (`keepingLists: false` reads every slot's list
    /// afresh, for tests: the lists kept must change nothing.) (`latestStart: false` tries every
    /// start, for tests: the bound must change nothing.)
    func matches(_ index: RuleIndex, keepingLists: Bool = true, latestStart: Bool = true) -> [RuleMatch] {
        let candidates = index.candidates(tokens)
        guard !candidates.isEmpty else { return [] }
        return prepared.matches(index, candidates: candidates, keepingLists: keepingLists, latestStart: latestStart)
    }

    /// ``PreparedRuleMatcher/latestStart(_:)``.
    func latestStart(_ sequence: [WordSet]) -> Int { prepared.latestStart(sequence) }

    /// ``PreparedRuleMatcher/slotHead(_:tokens:mentions:facts:words:)``.
    static func slotHead(_ i: Int, tokens: [Token], mentions: [Mention], facts: [TokenFacts], words: CompiledRules.Words) -> Int? {
        PreparedRuleMatcher.slotHead(i, tokens: tokens, mentions: mentions, facts: facts, words: words)
    }

    /// Words that, right after a name, make it the subject of a clause of its own ("…, and
    /// Italy sent a consignment of fighters").
    static let clauseVerbs: Set<String> = [
        "also", "has", "have", "had", "will", "would", "was", "is", "are", "were", "could", "can", "did", "does", "then",
        "sent", "sold", "shipped", "supplied", "gave", "offered", "said",
    ]
    /// Prepositions of a movement's goal: what follows them is where troops went, never a subject
    /// ("Ethiopian troops crossed into Somalia to fight al-Shabab").
    static let motionGoals: Set<String> = ["into", "inside", "across"]
}

/// A ``RuleMatcher`` with what it asks of the sentence's tokens read: each token's facts (where
/// mentions start and end, where a slot may bind, event nouns) and the clauses between commas.
struct PreparedRuleMatcher {
    typealias Pattern = CompiledRules.Pattern
    let tokens: [Token]
    let mentions: [Mention]
    /// What the matcher asks of each token, and of the place just past the last one, in one
    /// array (one allocation per matcher, not four).
    let facts: [TokenFacts]
    let compiled: CompiledRules
    /// ``CompiledRules/words``.
    let words: CompiledRules.Words
    /// The sentence's clauses (``Clauses``).
    let sentenceClauses: Clauses
    /// The relative and participle clauses between commas (the `clause` list's openers, ended at
    /// their next break if within 23 tokens): ", which is backed by Turkey,", ", speaking in
    /// Ankara after meeting X,".
    let clauses: [Range<Int>]

    /// What the matcher asks of one token.
    struct TokenFacts {
        /// The index in ``mentions`` of the actor mention starting here, or -1. (An index, not
        /// the mention: asking whether a token opens a mention copies nothing.)
        var mention: Int32 = -1
        /// Where a slot starting here finds its first member (past a determiner and an
        /// adjective before a person, ``PreparedRuleMatcher/slotHead(_:tokens:mentions:facts:words:)``),
        /// or -1 where it binds nothing. A slot is tried at most tokens of a sentence for every
        /// rule that starts with one, and nearly always binds nothing: this answers that once.
        var slotHead: Int32 = -1
        /// Inside an actor mention.
        var covered = false
        /// An event noun.
        var event = false
    }

    /// A matcher over a sentence's tokens, mentions and clauses (``SentenceAnalysis/clauses``;
    /// found here when not given).
    init(tokens: [Token], mentions: [Mention], clauses: Clauses? = nil, compiled: CompiledRules) {
        self.tokens = tokens
        self.mentions = mentions
        self.compiled = compiled
        words = compiled.words
        var facts = [TokenFacts](repeating: TokenFacts(), count: tokens.count + 1)
        for (index, m) in mentions.enumerated() {
            if m.role == .event {
                facts[m.range.lowerBound].event = true
            } else if m.role == .actor {
                facts[m.range.lowerBound].mention = Int32(index)
                for k in m.range { facts[k].covered = true }
            }
        }
        // A slot binds only where a mention starts at most four tokens on ("the Kurdish-led
        // SDF"): asked only there.
        for m in mentions where m.role == .actor {
            let p = m.range.lowerBound
            for k in Swift.max(0, p - 4)..<Swift.min(p + 1, tokens.count) where facts[k].slotHead < 0 {
                facts[k].slotHead = Int32(Self.slotHead(k, tokens: tokens, mentions: mentions, facts: facts, words: compiled.words) ?? -1)
            }
        }
        self.facts = facts
        let sentenceClauses = clauses ?? Clauses(tokens, rules: compiled)
        self.sentenceClauses = sentenceClauses
        // (Up to the next break, not to the closing comma of an aside (``Clauses/Clause/end``): a
        // ";" or "." within reach ends the clause too, and a clause over 16 tokens still counts.)
        self.clauses = sentenceClauses.all.compactMap { c in
            guard c.isDetached, let close = c.nextBreak, close < c.start + 25 else { return nil }
            return c.start..<close
        }
    }

    /// The index in ``mentions`` of the actor mention starting at token `k`, if any. (Slots and
    /// bindings hold these indices: copying one copies no strings.)
    private func mention(at k: Int) -> Int? { hasMention(at: k) ? Int(facts[k].mention) : nil }
    /// Whether an actor mention starts at token `k` (without copying it).
    private func hasMention(at k: Int) -> Bool { k >= 0 && k < facts.count && facts[k].mention >= 0 }
    /// The end of the actor mention starting at token `k`, if any (without copying it).
    private func mentionEnd(at k: Int) -> Int? { hasMention(at: k) ? mentions[Int(facts[k].mention)].range.upperBound : nil }
    /// Whether token `k` exists and is `word`.
    private func token(_ k: Int, is word: Vocabulary.Word) -> Bool { k >= 0 && k < tokens.count && tokens[k].word == word }
    private func isEvent(_ k: Int) -> Bool { k >= 0 && k < facts.count && facts[k].event }
    /// Whether a slot at token `k` may bind something (``TokenFacts/slotHead``).
    private func mayBindSlot(at k: Int) -> Bool { k >= 0 && k < facts.count && facts[k].slotHead >= 0 }

    /// Where a slot at token `i` finds its first member: after "the" or another determiner, and
    /// after one adjective before a person ("back eastern commander Khalifa Haftar") or one of the
    /// "group-adjective" list before a body ("fought the leftist URNG"), the token a
    /// mention must start at; nil when none does (the slot binds nothing there).
    /// (Static: `init` asks before the matcher is made.)
    static func slotHead(
        _ i: Int, tokens: [Token], mentions: [Mention], facts: [TokenFacts], words: CompiledRules.Words
    ) -> Int? {
        func hasMention(at k: Int) -> Bool { k >= 0 && k < facts.count && facts[k].mention >= 0 }
        var k = i
        if k < tokens.count, words.slotDeterminers.contains(tokens[k].word), !hasMention(at: k) { k += 1 }
        if let body = qualifiedBody(at: k, tokens: tokens, mentions: mentions, facts: facts, words: words) { k = body }
        if k + 1 < tokens.count, !hasMention(at: k), tokens[k].isWord, !facts[k].covered,
            !words.functionWords.contains(tokens[k].word), hasMention(at: k + 1)
        {
            let kind = mentions[Int(facts[k + 1].mention)].actor.kind
            // (A group adjective may be capitalised: "the Islamist al-Shabaab".)
            // "accusing neighbouring Sudan of …", "its neighbour Chad": a neighbour word before a state.
            if !tokens[k].isCapitalized && kind == .person || words.groupAdjectives.contains(tokens[k].word) && kind != .state && kind != .person
                || words.neighbours.contains(tokens[k].word) && kind == .state
                // "talks between the warring Sudanese army and the RSF".
                || words.sideAdjectives.contains(tokens[k].word) && kind != .person
            {
                k += 1
            }
        }
        return hasMention(at: k) ? k : nil
    }

    /// Where the body starts that a capitalised qualifier no lexicon names describes, joined by a
    /// hyphen to a participle at `k` ("the Kurdish-led SDF", "the Islamist-dominated alliance");
    /// nil when none does. (Not "the so-called Normandy format"; a state or a person is not so
    /// described; a named qualifier is ``backedName(at:unless:depends:)``'s.)
    static func qualifiedBody(at k: Int, tokens: [Token], mentions: [Mention], facts: [TokenFacts], words: CompiledRules.Words) -> Int? {
        guard k + 3 < tokens.count, facts[k].mention < 0, !facts[k].covered, tokens[k].isWord, tokens[k].isCapitalized,
            joinsQualifier(tokens, hyphenAt: k + 1), facts[k + 3].mention >= 0,
            case let kind = mentions[Int(facts[k + 3].mention)].actor.kind, kind != .state, kind != .person
        else { return nil }
        return k + 3
    }

    /// Every match of the rules `candidates` of `index` (``RuleIndex/candidates(_:)``), left to
    /// right (``RuleMatcher/matches(_:keepingLists:latestStart:)``). (`atSlotHeads: false` tries
    /// a rule that opens on a slot at every token, for tests: trying it only at the slot heads
    /// must change nothing.)
    func matches(_ index: RuleIndex, candidates: [Int], keepingLists: Bool = true, latestStart: Bool = true, atSlotHeads: Bool = true) -> [RuleMatch] {
        var out: [RuleMatch] = []
        // Room for every list a binding may refer to, made before any match starts so that none
        // moves: each element binds at most one slot on any path through a pattern, and a slot
        // holds each mention at most once.
        let longest = candidates.reduce(0) { Swift.max($0, index.rules[$1].patterns.count) }
        let capacity = longest * (mentions.count + 1)
        // The slot lists read so far (``SlotStack/cached(_:)``): a place for each token and kind
        // of list, and room for the lists of a few heads (when it runs out, lists are read again).
        let keys = SlotStack.kinds * facts.count
        let heads = facts.reduce(0) { $0 + ($1.slotHead >= 0 ? 1 : 0) }
        let room = keepingLists ? Swift.min(1 << 14, SlotStack.kinds * heads * (2 * mentions.count + 1)) : 0
        let stackSize = 2 * capacity + 2 + keys + room + 1
        withUnsafeTemporaryAllocation(of: Int.self, capacity: stackSize + tokens.count + heads) { storage in
            guard let base = storage.baseAddress else { return }
            let cache = base + 2 * capacity + 2
            cache.initialize(repeating: SlotStack.unread, count: keys)
            (cache + keys).initialize(to: 0)
            let stack = SlotStack(
                members: base, ends: base + capacity + 1, capacity: capacity, cacheIndex: cache, cacheFill: cache + keys,
                cacheStore: cache + keys + 1, cacheRoom: room)
            // Read once for every rule: each token's word where a word element may take it, and
            // the slot heads in order (``openWords``, ``slotHeads``).
            let words = UnsafeMutableBufferPointer(start: base + stackSize, count: tokens.count)
            let slotHeads = UnsafeMutableBufferPointer(start: base + stackSize + tokens.count, count: heads)
            openWords(into: words)
            self.slotHeads(into: slotHeads)
            for r in candidates {
                let last = latestStart ? index.rules[r].sequence.withUnsafeBufferPointer { Self.latestStart($0, words: UnsafeBufferPointer(words)) } : tokens.count - 1
                guard last >= 0 else { continue }
                // (The rule as written is read only for a match: copying it for every candidate
                // retained and released its strings.)
                index.rules[r].patterns.withUnsafeBufferPointer { patterns in
                    matches(of: r, in: index, patterns, through: last, atSlotHeads: atSlotHeads ? UnsafeBufferPointer(slotHeads) : nil, stack, into: &out)
                }
            }
        }
        return out
    }

    /// Writes each token's word id where a word element may take it, and 0 (no set's member)
    /// where a mention covers it, into `words` (one place per token): the latest start's
    /// backward scans read one integer a token instead of the token's facts and its word.
    func openWords(into words: UnsafeMutableBufferPointer<Int>) {
        tokens.withUnsafeBufferPointer { t in
            facts.withUnsafeBufferPointer { f in
                for k in 0..<Swift.min(words.count, t.count) { words[k] = f[k].covered ? 0 : Int(t[k].word) }
            }
        }
    }

    /// Writes the tokens where a slot may bind (``TokenFacts/slotHead``), in order, into
    /// `heads` (room for as many as there are).
    func slotHeads(into heads: UnsafeMutableBufferPointer<Int>) {
        var n = 0
        for k in facts.indices where facts[k].slotHead >= 0 && n < heads.count {
            heads[n] = k
            n += 1
        }
    }

    /// The last token a match of a pattern whose own word elements are `sequence` can start at,
    /// or -1 when none can: every element reads on from where the one before ended, and a word
    /// element takes one token that no mention covers, so the last word is at or before the last
    /// place that fits it, each word before it at or before the last place before that, and the
    /// match starts at or before the first word's place. (Most rules start with a slot, tried at
    /// every mention: those after the rule's words, its objects, need not be tried at all.)
    func latestStart(_ sequence: [WordSet]) -> Int {
        sequence.withUnsafeBufferPointer { latestStart($0) }
    }

    private func latestStart(_ sequence: UnsafeBufferPointer<WordSet>) -> Int {
        var place = tokens.count
        var n = sequence.count
        while n > 0 {
            n -= 1
            let set = sequence[n]
            repeat { place -= 1 } while place >= 0 && (facts[place].covered || !set.contains(tokens[place].word))
            if place < 0 { return -1 }
        }
        return Swift.min(place, tokens.count - 1)
    }

    /// ``latestStart(_:)`` over the sentence's ``openWords(into:)`` (`words`).
    static func latestStart(_ sequence: UnsafeBufferPointer<WordSet>, words: UnsafeBufferPointer<Int>) -> Int {
        var place = words.count
        var n = sequence.count
        while n > 0 {
            n -= 1
            let set = sequence[n]
            repeat { place -= 1 } while place >= 0 && !set.contains(Vocabulary.Word(truncatingIfNeeded: words[place]))
            if place < 0 { return -1 }
        }
        return Swift.min(place, words.count - 1)
    }

    /// Every match of one rule's `patterns` starting at or before token `last`, left to right,
    /// appended to `out`. A rule that opens on a slot is tried at the slot heads `heads` (in
    /// order), or at every token when `heads` is nil.
    private func matches(
        of rule: Int, in index: RuleIndex, _ patterns: UnsafeBufferPointer<Pattern>, through last: Int, atSlotHeads heads: UnsafeBufferPointer<Int>?,
        _ stack: SlotStack, into out: inout [RuleMatch]
    ) {
        // (Read once per rule: a pattern holds a word set, and reading it retains the set.)
        let first = patterns.first
        var start = 0
        // The first of `heads` not yet passed.
        var nextHead = 0
        while start <= last {
            // Only where the rule's first element can match.
            switch first {
            case .subject?, .object?:
                if let heads {
                    // The next slot head at or after `start` (a slot binds nothing elsewhere).
                    while nextHead < heads.count, heads[nextHead] < start { nextHead += 1 }
                    guard nextHead < heads.count, heads[nextHead] <= last else { return }
                    start = heads[nextHead]
                } else if !mayBindSlot(at: start) {
                    start += 1
                    continue
                }
            case .anyMention?:
                if !hasMention(at: start) { start += 1; continue }
            case .word(let set)?:
                if !set.contains(tokens[start].word) { start += 1; continue }
            case .event?:
                if !isEvent(start) { start += 1; continue }
            default: break
            }
            // A new match starts with an empty stack: the lists of the last one are dropped.
            var binding = Binding()
            if let end = match(patterns, 0, start, &binding, stack), end > start,
                // (A list of agents that runs on past the clause's comma, "…, which was
                // co-chaired by France, Germany and Poland,", is not closed by it.)
                !binding.subjects.contains(where: { m in
                    clauses.contains { clause in
                        clause.contains(mentions[m].range.lowerBound) && end > clause.upperBound && !agentsRunOn(binding.subjects, past: clause)
                    }
                }),
                !describesTheHeadNoun(first, start)
            {
                // (A subject inside ", which is backed by Turkey," does not do what follows
                // the clause: that is the main clause's subject's act.)
                out.append(RuleMatch(
                    rule: index.rules[rule].rule, subjects: binding.subjects.flatMap { mentions[$0].members },
                    objects: binding.objects.flatMap { mentions[$0].members },
                    event: binding.event, range: start..<end))
                start = max(start + 1, binding.firstSlotEnd ?? start + 1)
            } else {
                start += 1
            }
        }
    }

    /// "a ceasefire between Israel and Hamas, sponsored by Qatar": a pattern that opens on its
    /// object (`O , V.pp by S`) reads a clause about the pair's head noun, not about the pair.
    private func describesTheHeadNoun(_ first: Pattern?, _ start: Int) -> Bool {
        guard case .object? = first else { return false }
        // Back over the rest of the pair ("between Israel and Hamas" for a match on "Hamas").
        var j = start - 1
        while j >= 0, facts[j].covered || words.joiners.contains(tokens[j].word) || tokens[j].word == words.the { j -= 1 }
        return j >= 0 && words.pairHeads.contains(tokens[j].word)
    }

    /// What a pattern bound so far; mentions are indices in ``mentions``. A slot's list lives on
    /// the match's ``SlotStack``, below ``top``, so a binding is plain values: copying it as the
    /// matcher backtracks retains nothing, and dropping a failed path's copy pops what that path
    /// pushed. The lists are valid until the next match starts.
    struct Binding {
        var subjects = UnsafeBufferPointer<Int>(start: nil, count: 0)
        var objects = UnsafeBufferPointer<Int>(start: nil, count: 0)
        var event: Int?
        var firstSlotEnd: Int?
        /// The stack's first free place on this path.
        var top = 0
    }

    /// `patterns[p...]` from token `i`.
    private func match(_ patterns: UnsafeBufferPointer<Pattern>, _ p: Int, _ i: Int, _ b: inout Binding, _ stack: SlotStack) -> Int? {
        guard p < patterns.count else { return i }
        return match(patterns[p], then: patterns, p + 1, i, &b, stack)
    }

    /// `first`, then `patterns[rest...]`, from token `i`.
    private func match(_ first: Pattern, then patterns: UnsafeBufferPointer<Pattern>, _ rest: Int, _ i: Int, _ b: inout Binding, _ stack: SlotStack) -> Int? {
        switch first {
        case .subject(let arity), .object(let arity):
            // Most slots tried bind nothing: they fail here, before reading the pattern further.
            guard mayBindSlot(at: i) else { return nil }
            // A name that qualifies the noun the pattern names next may fill the slot: `O member S`
            // binds NATO in "NATO member Turkey" although "member" is a relational noun.
            var qualified = WordSet()
            var wordFollows = false
            if rest < patterns.count, case .word(let words) = patterns[rest] {
                qualified = words
                wordFollows = true
            }
            // The longest list first, then shorter ones ("Russia and the regime" before "Russia").
            // Read in place above this path's bindings; on success the binding refers to it until
            // `matches` has read it.
            var list = stack.list(from: b.top)
            readSlot(at: i, arity: arity, qualifying: qualified, into: &list, stack)
            let members = UnsafeBufferPointer(start: list.members, count: list.count)
            let ends = UnsafeBufferPointer(start: list.ends, count: list.count)
            let isSubject: Bool
            if case .subject = first { isSubject = true } else { isSubject = false }
            // A place troops moved into is not the subject of what they went to do (a possessor
            // may be: "one month into Russia's intervention on behalf of Assad").
            if isSubject, let head = members.first, mentions[head].range.lowerBound > 0,
                words.motionGoals.contains(tokens[mentions[head].range.lowerBound - 1].word),
                !token(mentions[head].range.upperBound, is: compiled.possessive), !token(mentions[head].range.upperBound, is: words.apostrophe)
            {
                return nil
            }
            // An object pronoun ("him") is never the subject.
            if isSubject, let head = members.first, mentions[head].form == .pronoun,
                tokens[mentions[head].range.lowerBound].word == words.him
            {
                return nil
            }
            // "the two sides" counts as two members.
            var count = members.count
            var size = members.reduce(0) { $0 + 1 + mentions[$1].partners.count }
            while count > 0, size >= (arity == .several ? 2 : 1) {
                let end = ends[count - 1]
                var next = b
                next.top = b.top + members.count
                let bound = UnsafeBufferPointer(rebasing: members[..<count])
                if isSubject { next.subjects = bound } else { next.objects = bound }
                if next.firstSlotEnd == nil { next.firstSlotEnd = end }
                // (The word after the slot tested here, as `match` would, before the call.)
                let mayMatch = !wordFollows || end < tokens.count && !facts[end].covered && qualified.contains(tokens[end].word)
                if mayMatch, let e = match(patterns, rest, end, &next, stack) { b = next; return e }
                // "X, who leads the Houthi delegation, met Y": a subject's relative or participle
                // clause between commas is an aside; what follows it is the subject's act.
                if isSubject, let resume = asideEnd(after: end), let e = match(patterns, rest, resume, &next, stack) { b = next; return e }
                count -= 1
                size -= 1 + mentions[members[count]].partners.count
            }
            return nil
        case .anyMention:
            guard let end = mentionEnd(at: i) else { return nil }
            return match(patterns, rest, end, &b, stack)
        case .placeObject:
            // Skipping a leading "the" as a slot does.
            let start = i < tokens.count && tokens[i].word == words.the ? i + 1 : i
            guard let index = mentions.firstIndex(where: { $0.role == .place && $0.range.lowerBound == start && $0.actor.kind == .state })
            else { return nil }
            var list = stack.list(from: b.top)
            guard list.append(index, end: mentions[index].range.upperBound) else { return nil }
            var next = b
            next.top = b.top + 1
            next.objects = UnsafeBufferPointer(start: list.members, count: 1)
            if let e = match(patterns, rest, mentions[index].range.upperBound, &next, stack) { b = next; return e }
            return nil
        case .event:
            guard i < tokens.count, isEvent(i) else { return nil }
            var next = b
            next.event = i
            if let e = match(patterns, rest, i + 1, &next, stack) { b = next; return e }
            return nil
        case .word(let set):
            guard i < tokens.count, !facts[i].covered, set.contains(tokens[i].word) else { return nil }
            return match(patterns, rest, i + 1, &b, stack)
        case .gap(let n):
            return gap(n, patterns, rest, i, &b, stack)
        case .optional(let inner):
            var next = b
            if let e = match(inner, then: patterns, rest, i, &next, stack) { b = next; return e }
            return match(patterns, rest, i, &b, stack)
        }
    }

    /// The token just past a relative or participle clause between commas that opens at token
    /// `k` (", who leads the delegation,"), if one does.
    private func asideEnd(after k: Int) -> Int? {
        guard k + 1 < tokens.count, tokens[k].word == words.comma else { return nil }
        // An apposition or a phrase the "aside" list opens: ", the Ukrainian president,", ", on
        // his ninth visit to the region,".
        if let end = parentheticalEnd(k) { return end }
        guard let clause = clauses.first(where: { $0.lowerBound == k }), tokens[clause.upperBound].word == words.comma else { return nil }
        return clause.upperBound + 1
    }

    /// Whether the subjects are a list of agents after "by" that opens inside `clause` and goes
    /// on after its closing comma.
    private func agentsRunOn(_ subjects: some Collection<Int>, past clause: Range<Int>) -> Bool {
        guard let first = subjects.map({ mentions[$0].range.lowerBound }).min(), first > 0, clause.contains(first),
            tokens[first - 1].norm == "by"
        else { return false }
        return subjects.contains { mentions[$0].range.lowerBound > clause.upperBound }
    }

    /// 0 to `n` skippable tokens from `i`, then `patterns[rest...]`.
    private func gap(_ n: Int, _ patterns: UnsafeBufferPointer<Pattern>, _ rest: Int, _ i: Int, _ b: inout Binding, _ stack: SlotStack) -> Int? {
        var k = i
        var used = 0
        // When the gap is followed by a word, most places fail it: tested here, as `match` would,
        // before the call (which copies the binding and the pattern).
        var after: WordSet?
        if rest < patterns.count, case .word(let set) = patterns[rest] { after = set }
        while used <= n {
            let mayMatch: Bool
            if let after { mayMatch = k < tokens.count && !facts[k].covered && after.contains(tokens[k].word) } else { mayMatch = true }
            if mayMatch {
                var next = b
                if let e = match(patterns, rest, k, &next, stack) { b = next; return e }
            }
            guard k < tokens.count else { return nil }
            // A parenthetical between dashes or brackets is skipped as one token:
            // "Russia and Jordan - another member of the US-led coalition - had agreed".
            if let close = parentheticalEnd(k) {
                var skipped = b
                if let e = gap(n - used - 1, patterns, rest, close, &skipped, stack), n - used - 1 >= 0 { b = skipped; return e }
                // A relative clause between commas may itself hold the rest: "Eritrea, whose
                // troops fought alongside Ethiopian forces in Tigray, was …".
                guard tokens[k].word == words.comma else { return nil }
            }
            guard !facts[k].covered, tokens[k].word != words.semicolon, !isEvent(k) else { return nil }
            // "the rebels, which Kinshasa says are backed by Rwanda": a reporting verb followed by
            // a verb reports a clause whose subject is elsewhere, so what comes next is not its own.
            if compiled.reportingVerbs.contains(tokens[k].word), k + 1 < tokens.count, words.clauseVerbs.contains(tokens[k + 1].word) { return nil }
            if tokens[k].word == compiled.possessive, k + 1 < tokens.count, compiled.possessedNouns.contains(tokens[k + 1].word) { return nil }
            k = compoundEnd(k)
            used += 1
        }
        return nil
    }

    /// The index just past the word at `k` and the words hyphens join to it ("stand-alone",
    /// "back-to-back", "two-plus-two"): a gap counts such a compound as one word.
    private func compoundEnd(_ k: Int) -> Int {
        var end = k + 1
        while end + 1 < tokens.count, tokens[end].word == words.hyphen, tokens.touchesBothNeighbours(end),
            !facts[end + 1].covered, !isEvent(end + 1)
        {
            end += 2
        }
        return end
    }


    /// The index just past a parenthetical starting at `k` ("- … -", "— … —", "( … )"), or an
    /// apposition or clause between commas, if any.
    private func parentheticalEnd(_ k: Int) -> Int? {
        switch tokens[k].word {
        case words.dash, words.openBracket, words.hyphen:
            return sentenceClauses.opening(at: k)?.end
        case words.comma:
            // ", an Iran-backed group," / ", which is backed by Russia,": an appositive or a
            // relative clause between commas.
            // ", held at a UN base in Naqoura,": a participle clause too.
            guard k + 1 < tokens.count else { return nil }
            // "to Camp David, Maryland, for a summit": a place's region or country.
            if k > 1, tokens[k - 1].isCapitalized, !facts[k - 1].covered,
                let p = (max(0, k - 4)..<(k - 1)).last(where: { words.venuePrepositions.contains(tokens[$0].word) }),
                (p + 1..<k).allSatisfy({ tokens[$0].isCapitalized && !facts[$0].covered }),
                let close = ((k + 2)..<min(tokens.count, k + 5)).first(where: { tokens[$0].word == words.comma }),
                (k + 1..<close).allSatisfy({ tokens[$0].isCapitalized && tokens[$0].isWord })
            {
                return close + 1
            }
            // An aside the "aside" list opens, closed by the next comma.
            if let clause = sentenceClauses.opening(at: k), clause.isAside { return clause.end }
            // ", Lebanon's former colonial ruler,": a possessive appositive (known only from the
            // mentions, so not among the sentence's clauses).
            let possessive = mentionEnd(at: k + 1).map { end in token(end, is: words.possessive) || token(end, is: words.apostrophe) } ?? false
            return possessive ? Clauses.closing(tokens, from: k, words: words) : nil
        default: return nil
        }
    }

    /// ``slot(at:arity:qualifying:into:depends:)``, from the lists read before at token `i`
    /// where the same list was read for another rule, unless it depended on `qualified`.
    private func readSlot(at i: Int, arity: RuleSet.Arity, qualifying qualified: WordSet, into list: inout SlotList, _ stack: SlotStack) {
        // (A list of `.several` is read as `.list` is: only its count is checked after.)
        let key = SlotStack.kinds * i + (arity == .one ? 0 : arity == .listWithJoins ? 1 : 2)
        var depends = false
        guard key >= 0, key < SlotStack.kinds * facts.count else {
            slot(at: i, arity: arity, qualifying: qualified, into: &list, depends: &depends)
            return
        }
        if stack.cached(key, into: &list) { return }
        slot(at: i, arity: arity, qualifying: qualified, into: &list, depends: &depends)
        stack.keep(key, list, depends: depends)
    }

    /// The members of the mention list starting at `i` (a leading "the" allowed), each with the
    /// index just past it, appended to `list` (empty, on the match's stack, so that no slot
    /// allocates); with `arity` `.one`, only the first. A member followed by a relational
    /// noun ("U.S. allies") ends the list unless the noun is in `qualified`, the words the pattern
    /// expects right after the slot; `depends` is set when that ended or kept it, or when
    /// `qualified` decided what a hyphen joins (the list read with other words may differ).
    private func slot(at i: Int, arity: RuleSet.Arity, qualifying qualified: WordSet, into list: inout SlotList, depends: inout Bool) {
        let joins = arity == .listWithJoins
        guard mayBindSlot(at: i) else { return }
        var k = Int(facts[i].slotHead)
        // "bombing the Iranian-backed Houthi rebels": the name before "-backed" qualifies the
        // one after it, which fills the slot.
        if let backed = backedName(at: k, unless: qualified, depends: &depends) { k = backed }
        guard let first = mention(at: k), !isModifier(first, unless: qualified, depends: &depends) else { return }
        guard list.append(first, end: bracketedAliasEnd(first)) else { return }
        if arity == .one { return }
        appendSide(of: &list)
        // "Participants: President A; Foreign Minister B and C": after a colon, semicolons join.
        let semicolons = i > 0 && tokens[i - 1].word == words.colon
        var end = list.lastEnd
        while end < tokens.count {
            var j = end
            // "Zambia's President X, who hosted it, South Africa's President Y and …": a relative
            // clause on a member, closed by a comma before the next member, is skipped.
            // The clause may name someone ("…, who chairs the Southern African Development
            // Community, Rwanda's President Z …"): a name inside it is its object, not a member.
            // (Only "who" and "which", closed by a comma within ten words.)
            if tokens[j].word == words.comma, let clause = sentenceClauses.opening(at: j), clause.kind == .relative,
                words.relatives.contains(clause.opener), clause.closedByComma, let close = clause.nextBreak, close < j + 12,
                hasMention(at: close + 1) || token(close + 1, is: words.and)
            {
                j = close
            }
            // "between the army, led by General X, and the RSF, commanded by Y": a participle
            // clause on a member, closed by a comma before the next member, is skipped; so are
            // participles joined before "by" ("The M23, armed, trained and reinforced by Rwanda,
            // and the army": Rwanda is the agent, not a member).
            if tokens[j].word == words.comma, j + 3 < tokens.count, isParticiple(j + 1) {
                var by = j + 2
                while by < min(tokens.count, j + 8), tokens[by].word == words.comma || tokens[by].word == words.and || isParticiple(by) { by += 1 }
                if by + 1 < tokens.count, tokens[by].norm == "by",
                    let close = ((by + 1)..<min(tokens.count, by + 10)).first(where: { tokens[$0].word == words.comma || tokens[$0].is(oneOf: NegationGuard.clauseBreakWords) }),
                    tokens[close].word == words.comma, hasMention(at: close + 1) || token(close + 1, is: words.and)
                {
                    j = close
                }
            }
            // "President A of Guatemala, the host, President B of El Salvador": a short
            // apposition on a member, closed by a comma before the next member, is skipped.
            if j + 2 < tokens.count, tokens[j].word == words.comma, words.articles.contains(tokens[j + 1].word),
                let close = ((j + 2)..<min(tokens.count, j + 6)).first(where: { !(tokens[$0].isWord && !tokens[$0].isCapitalized && !hasMention(at: $0)) }),
                close > j + 2, tokens[close].word == words.comma, hasMention(at: close + 1) || token(close + 1, is: words.and)
            {
                j = close
            }
            // "Lt Gen X, chairman of the Sovereign Council, and Prime Minister Y walked in": a
            // person member's post, closed by a comma before the next member, is skipped when the
            // person's mention leaves it out (a well-known person is named without it).
            if j + 3 < tokens.count, tokens[j].word == words.comma, mentions[list.lastMention].actor.kind == .person {
                var d = j + 1
                while d < tokens.count, d - j <= 3, tokens[d].isWord, !tokens[d].isCapitalized, !facts[d].covered, tokens[d].word != words.of,
                    !words.joiners.contains(tokens[d].word)
                {
                    d += 1
                }
                var k = d + 1
                if k < tokens.count, tokens[k].word == words.the { k += 1 }
                if d > j + 1, d < tokens.count, tokens[d].word == words.of, let body = mention(at: k), mentions[body].actor.kind != .person {
                    // "the African Union Commission": a capitalised word or two may end the body's name.
                    var close = bracketedAliasEnd(body)
                    while close < tokens.count, close - mentions[body].range.upperBound < 2, tokens[close].isWord, tokens[close].isCapitalized, !hasMention(at: close) {
                        close += 1
                    }
                    if close + 1 < tokens.count, tokens[close].word == words.comma, hasMention(at: close + 1) || token(close + 1, is: words.and) { j = close }
                }
            }
            // "the EU's foreign policy chief and UN head Ban Ki-moon": a possessed role after a
            // member does not end the list.
            if tokens[j].word == words.possessive {
                var r = j + 1
                while r < tokens.count, r - j <= 3, tokens[r].isWord, !tokens[r].isCapitalized, !words.joiners.contains(tokens[r].word) { r += 1 }
                if r > j + 1, r < tokens.count, words.joiners.contains(tokens[r].word) { j = r }
            }
            // "Hezbollah fighters and Amal gunmen": the side's fighters, then the next member.
            if j + 1 < tokens.count, words.combatantNouns.contains(tokens[j].word), !facts[j].covered,
                words.joiners.contains(tokens[j + 1].word)
            {
                j += 1
            }
            var joined = false
            while j < tokens.count, words.joiners.contains(tokens[j].word) || (joins && tokens[j].word == words.with) || (semicolons && tokens[j].word == words.semicolon)
                || (tokens[j].word == words.asWord && j + 2 < tokens.count && tokens[j + 1].word == words.well && tokens[j + 2].word == words.asWord)
                || (tokens[j].word == words.along && j + 1 < tokens.count && tokens[j + 1].word == words.with)
            {
                if tokens[j].word == words.asWord { j += 3 } else if tokens[j].word == words.along { j += 2 } else { j += 1 }
                joined = true
            }
            guard joined else { break }
            // "with the support of the United States and of NATO", "against the Taliban and
            // against Daesh": the word before the list, again after "and".
            if j < tokens.count, i > 0, tokens[j - 1].word == words.and, tokens[j].word == tokens[i - 1].word, tokens[j].isWord,
                !tokens[j].isCapitalized, !hasMention(at: j)
            {
                j += 1
            }
            if j < tokens.count, words.listDeterminers.contains(tokens[j].word), !hasMention(at: j) { j += 1 }
            // "the SNA and the Kurdish-led SDF".
            if let body = Self.qualifiedBody(at: j, tokens: tokens, mentions: mentions, facts: facts, words: words) { j = body }
            // "army units and fighters of al-Qaeda in the Arabian Peninsula": a side's fighters
            // named before it are that side.
            if j < tokens.count, !hasMention(at: j), words.combatantNouns.contains(tokens[j].word), token(j + 1, is: words.of) {
                let k = token(j + 2, is: words.the) ? j + 3 : j + 2
                if let m = mention(at: k), mentions[m].actor.kind != .person { j = k }
            }
            // "it and the regional bloc IGAD": up to two lowercase words describing a named body.
            if !hasMention(at: j), j > 0, tokens[j - 1].word == words.the {
                let d = lowercaseWordsEnd(from: j)
                if d > j, let m = mention(at: d), mentions[m].actor.kind != .person, tokens[d].isCapitalized { j = d }
            }
            // "Kabbah and rebel leader Foday Sankoh": up to two lowercase words before a person
            // whose mention opens on a lowercase title ("leader Foday Sankoh"); after "and" only,
            // since after a comma they may be the next clause's verb ("…, still want Assad").
            if !hasMention(at: j), tokens[j - 1].word == words.and {
                let d = lowercaseWordsEnd(from: j)
                if d > j, let m = mention(at: d), mentions[m].actor.kind == .person, !tokens[d].isCapitalized { j = d }
            }
            // "Saudi Arabia and its Gulf ally the United Arab Emirates": "its" (a pronoun mention
            // of its own), a partner noun within three words, and the member it describes.
            if tokens[j - 1].word == words.and, words.partnerOwners.contains(tokens[j].word),
                let noun = ((j + 1)..<min(tokens.count, j + 4)).first(where: { words.listPartners.contains(tokens[$0].word) }),
                ((j + 1)..<noun).allSatisfy({ tokens[$0].isWord && !hasMention(at: $0) })
            {
                let next = token(noun + 1, is: words.the) ? noun + 2 : noun + 1
                if mention(at: next) != nil { j = next }
            }
            // "the army and the Rwanda-backed M23": a member its backer qualifies is the name
            // after the participle.
            guard let m = mention(at: backedName(at: j, unless: qualified, depends: &depends) ?? j), !isModifier(m, unless: qualified, depends: &depends)
            else { break }
            // "brokered by Russia, Armenia's treaty ally,": after a bare comma, a possessive name
            // opens an apposition describing the member before it; it is not the next member.
            if tokens[j - 1].word == words.comma, token(mentions[m].range.upperBound, is: words.possessive) || token(mentions[m].range.upperBound, is: words.apostrophe) { break }
            // "to Kyiv, Chancellor Olaf Scholz said": a speaker after a bare comma is the
            // sentence's attribution, not a member.
            if tokens[j - 1].word == words.comma, mentions[m].range.upperBound < tokens.count, compiled.reportingVerbs.contains(tokens[mentions[m].range.upperBound].word) { break }
            // "stands with Israel, and President Putin also spoke": after one member, ", and" and a
            // name that a verb follows open the next clause (a list of three writes "A, B, and C").
            // (Not a comma that closes the member's own apposition: "X, chairperson of the AU, and
            // Y also took part".)
            if list.count == 1, j >= 2, j - 2 >= end, tokens[j - 1].word == words.and, tokens[j - 2].word == words.comma, mentions[m].range.upperBound < tokens.count,
                words.clauseVerbs.contains(tokens[mentions[m].range.upperBound].word) || compiled.reportingVerbs.contains(tokens[mentions[m].range.upperBound].word)
            {
                break
            }
            end = bracketedAliasEnd(m)
            guard list.append(m, end: end) else { break }
            appendSide(of: &list)
            end = list.lastEnd
        }
    }

    /// Whether token `k` is a lowercase word ending in "ed" (a participle such as "led", "armed").
    private func isParticiple(_ k: Int) -> Bool {
        tokens[k].isWord && !tokens[k].isCapitalized && tokens[k].norm.hasSuffix("ed")
    }

    /// "Milan Kucan of Slovenia and Franjo Tudjman of Croatia", "James Baker for the United
    /// States, Boris Pankin for the Soviet Union": a person member followed by the side they
    /// belong to. The side ends the member; after "for" (a signatory's or a delegate's side) it
    /// is a member too. Only when a list separator follows, so that "for Russia's war" stays out.
    private func appendSide(of list: inout SlotList) {
        guard list.count > 0, mentions[list.lastMention].actor.kind == .person, case let end = list.lastEnd, end + 1 < tokens.count,
            tokens[end].word == words.of || tokens[end].word == words.forWord
        else { return }
        var k = end + 1
        if words.sideDeterminers.contains(tokens[k].word), !hasMention(at: k) { k += 1 }
        guard let side = mention(at: k), mentions[side].actor.kind != .person, mentions[side].role == .actor else { return }
        let after = bracketedAliasEnd(side)
        guard after == tokens.count || words.sideEnds.contains(tokens[after].word) else { return }
        if tokens[end].word == words.forWord {
            _ = list.append(side, end: after)
        } else {
            list.lastEnd = after
        }
    }


    /// The end of up to two lowercase words from `j` that no mention covers and that join
    /// nothing: the description before a list member ("the regional bloc IGAD", "and rebel
    /// leader X").
    private func lowercaseWordsEnd(from j: Int) -> Int {
        var d = j
        while d < tokens.count, d - j < 2, tokens[d].isWord, !tokens[d].isCapitalized, !facts[d].covered, !words.joiners.contains(tokens[d].word) { d += 1 }
        return d
    }

    /// The end of a mention with its bracketed short form: "the Tigray People's Liberation Front
    /// (TPLF)" is one member.
    private func bracketedAliasEnd(_ m: Int) -> Int {
        let k = mentions[m].range.upperBound
        guard k + 2 < tokens.count, tokens[k].word == words.openBracket, let alias = mention(at: k + 1), mentions[alias].actor == mentions[m].actor,
            token(mentions[alias].range.upperBound, is: words.closeBracket)
        else { return k }
        return mentions[alias].range.upperBound + 1
    }

    /// "U.S. allies": the name qualifies the noun after it and is not itself in the list, unless
    /// the noun is one of `qualified` (the rule names it: "NATO member Turkey"); `depends` is
    /// set when `qualified` decided.
    private func isModifier(_ m: Int, unless qualified: WordSet, depends: inout Bool) -> Bool {
        let k = mentions[m].range.upperBound
        guard k < tokens.count, compiled.relationalNouns.contains(tokens[k].word) || isCompoundModifier(at: k) else { return false }
        depends = true
        return !qualified.contains(tokens[k].word)
    }

    /// Where the name at `k` qualifies the name after it by a hyphen and a participle ("the
    /// Iranian-backed Houthi rebels"), the token that name starts at. A pattern that names the
    /// hyphen itself, `S - V.pp O`, binds the name before it: the hyphen in `qualified`.
    private func backedName(at k: Int, unless qualified: WordSet, depends: inout Bool) -> Int? {
        guard let m = mention(at: k), case let end = mentions[m].range.upperBound, isCompoundModifier(at: end), mention(at: end + 2) != nil
        else { return nil }
        depends = true
        return qualified.contains(tokens[end].word) ? nil : end + 2
    }

    /// "Iran-backed rebels", "Houthi-run ministries": a name joined by a hyphen to a participle
    /// qualifies the noun after it ("rebels"), which is what a verb before it acts on. Only a
    /// pattern that names the hyphen itself (`S - V.pp O`) binds the name.
    private func isCompoundModifier(at k: Int) -> Bool { Self.joinsQualifier(tokens, hyphenAt: k) }

    /// Whether the token at `k` is a hyphen written between two words whose second is a participle
    /// ("-backed", "-dominated", "-led", "-run"), so that the words before it qualify a noun after.
    static func joinsQualifier(_ tokens: [Token], hyphenAt k: Int) -> Bool {
        guard tokens.touchesBothNeighbours(k), tokens[k].is(.hyphen) else { return false }
        let word = tokens[k + 1].norm
        return word.count > 3 && word.hasSuffix("ed") || ["run", "held", "built", "made", "led"].contains(word)
    }
}

/// The storage behind a match's bindings: each slot's members (indices in the matcher's
/// mentions) and the token just past each, for the slots on the current path of the match. A
/// binding knows the first free place (``PreparedRuleMatcher/Binding/top``); a slot reads its list in place
/// above it. Plain pointers, not a class's arrays: passing a class's property `inout` into each
/// slot cost a dynamic exclusivity check per slot tried.
struct SlotStack {
    let members: UnsafeMutablePointer<Int>
    let ends: UnsafeMutablePointer<Int>
    let capacity: Int
    /// The slot lists read so far in this sentence, by token and kind of list (`kinds` per
    /// token): ``unread``, ``unkept`` (it depended on the words after the slot, or there was no
    /// room), or where in ``cacheStore`` the list is (its count, its mentions, its ends). Every
    /// rule that starts with a slot reads the list at each head again; this reads it once.
    let cacheIndex: UnsafeMutablePointer<Int>
    /// The places of ``cacheStore`` in use.
    let cacheFill: UnsafeMutablePointer<Int>
    let cacheStore: UnsafeMutablePointer<Int>
    let cacheRoom: Int

    /// Kinds of list a slot reads: one member, a list, a list joined by "with" too.
    static let kinds = 3
    static let unread = -1
    static let unkept = -2

    /// Appends the list kept under `key` to `list` (empty), if one is.
    func cached(_ key: Int, into list: inout SlotList) -> Bool {
        let at = cacheIndex[key]
        guard at >= 0 else { return false }
        let count = cacheStore[at]
        for k in 0..<count {
            guard list.append(cacheStore[at + 1 + k], end: cacheStore[at + 1 + count + k]) else { break }
        }
        return true
    }

    /// Keeps `list` under `key`, unless it `depends` on the pattern, filled its room on the
    /// stack (it may be cut) or finds no room here.
    func keep(_ key: Int, _ list: SlotList, depends: Bool) {
        guard cacheIndex[key] == Self.unread else { return }
        let at = cacheFill.pointee
        guard !depends, list.count < list.capacity, at + 1 + 2 * list.count <= cacheRoom else {
            cacheIndex[key] = Self.unkept
            return
        }
        cacheStore[at] = list.count
        for k in 0..<list.count {
            cacheStore[at + 1 + k] = list.members[k]
            cacheStore[at + 1 + list.count + k] = list.ends[k]
        }
        cacheIndex[key] = at
        cacheFill.pointee = at + 1 + 2 * list.count
    }

    /// An empty list from place `top`.
    func list(from top: Int) -> SlotList {
        SlotList(members: members + top, ends: ends + top, capacity: Swift.max(0, capacity - top))
    }
}

/// A slot's list as ``RuleMatcher`` reads it, written in place on a ``SlotStack``.
struct SlotList {
    let members: UnsafeMutablePointer<Int>
    let ends: UnsafeMutablePointer<Int>
    let capacity: Int
    private(set) var count = 0

    init(members: UnsafeMutablePointer<Int>, ends: UnsafeMutablePointer<Int>, capacity: Int) {
        self.members = members
        self.ends = ends
        self.capacity = capacity
    }

    /// Appends a member; false, appending nothing, when the list is full. (The stack is made
    /// with room for every list a match can read, so this is a guard, not a limit met.)
    mutating func append(_ mention: Int, end: Int) -> Bool {
        guard count < capacity else { return false }
        members[count] = mention
        ends[count] = end
        count += 1
        return true
    }

    /// The last member's mention (the list must not be empty).
    var lastMention: Int { members[count - 1] }
    /// The token just past the last member (the list must not be empty).
    var lastEnd: Int {
        get { ends[count - 1] }
        nonmutating set { ends[count - 1] = newValue }
    }
}
