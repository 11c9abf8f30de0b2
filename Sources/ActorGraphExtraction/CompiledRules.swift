/// The rules of a ``RuleSet`` compiled over word ids: each pattern's words become ``WordSet``s,
/// and an index from word id to rules picks, per sentence, only the rules whose words occur in
/// it, so that the cost of a sentence does not grow with the number of rules it cannot match.
///
/// A class, immutable once made: every sentence's ``RuleMatcher`` and ``Clauses`` hold it, and
/// copying a struct of some fifty word sets retained each of them (then released each) per
/// sentence. (Speed only: nothing changes it after `init`.)
final class CompiledRules: Sendable {
    /// A pattern element, as ``RuleSet/Element`` but with word ids. Only an optional element is
    /// boxed: the matcher copies elements as it backtracks, and a boxed one is retained each time.
    enum Pattern: Sendable {
        case subject(RuleSet.Arity)
        case object(RuleSet.Arity)
        case event
        case word(WordSet)
        case gap(Int)
        case anyMention
        case placeObject
        indirect case optional(Pattern)
    }

    /// One rule, compiled.
    struct Rule: Sendable {
        /// The rule as written.
        let rule: RuleSet.Rule
        let patterns: [Pattern]
        /// Each literal word element: a sentence must contain one word of each.
        let required: [WordSet]
        /// The word sets of the pattern's own word elements (not those inside an optional one),
        /// in order: a match meets one word of each, in this order, each after the one before,
        /// all at or after the token it starts at (``RuleMatcher``'s latest start).
        let sequence: [WordSet]

        init(rule: RuleSet.Rule, patterns: [Pattern], required: [WordSet]) {
            self.rule = rule
            self.patterns = patterns
            self.required = required
            sequence = patterns.compactMap { if case .word(let set) = $0 { return set } else { return nil } }
        }
    }

    /// Rules that make new mentions ("groups fighting Assad"): run first.
    let nominal: RuleIndex
    /// Rules that make edges.
    let relational: RuleIndex
    /// ``RuleSet/relationalNouns``: after a name they make it a modifier ("U.S. allies").
    let relationalNouns: WordSet
    /// ``RuleSet/possessedNouns``: a gap may not skip "'s" and one of them.
    let possessedNouns: WordSet
    /// ``RuleSet/reportingVerbs``: "…, Chancellor Olaf Scholz said" attributes, it lists nobody.
    let reportingVerbs: WordSet
    /// ``RuleSet/negations``, ``RuleSet/denials``, ``RuleSet/demandVerbs`` and
    /// ``RuleSet/conditionals``: the words ``NegationGuard`` reads a match's clause for.
    let negations: WordSet
    let denials: WordSet
    /// relations.rules' "particle-verb" list, and "back": after one of these verbs "back" is
    /// their particle ("pushed back the rebels"), not the verb of support.
    let particleVerbs: WordSet
    let back: Vocabulary.Word
    /// relations.rules' "meeting-start" list: "talks would start on Saturday" schedules the
    /// meeting; its "would" is no hedge.
    let meetingStarts: WordSet
    /// relations.rules' "stance-kept" list: "would continue to support X" keeps a stance up;
    /// its "would" is no hedge.
    let stancesKept: WordSet
    let demandVerbs: WordSet
    let conditionals: WordSet
    /// relations.rules' "remote-word" and "charge" lists (``NegationGuard``): "by video" is
    /// taking part from afar; "denies the charge and …" ends the denial at its object.
    let remoteWords: WordSet
    let charges: WordSet
    let possessive: Vocabulary.Word
    /// The word lists "joiner" (words joining list members) and "aside" (words that open an
    /// apposition or a clause after a comma).
    let joiners: Set<String>
    let asideOpeners: Set<String>
    /// The word list "clause": after a comma, words opening a clause whose names do not act
    /// past it (", which is backed by Turkey,", ", speaking in Ankara after meeting X,").
    let clauseOpeners: Set<String>
    /// The words the matcher compares tokens with, as ids.
    let words: Words

    /// Closed-class words and word lists as ids: a token's `word` equals one of them exactly when
    /// its `norm` equals the word, so the matcher compares integers instead of strings. A class
    /// for the same reason as ``CompiledRules``: each ``RuleMatcher`` holds it.
    final class Words: Sendable {
        let comma, semicolon, period, colon, openBracket, closeBracket, dash, hyphen: Vocabulary.Word
        let possessive, apostrophe, the, and, with, asWord, well, along, who, which, him, of, forWord: Vocabulary.Word
        /// ", ; ." — what closes a clause between commas.
        let clauseEnds: WordSet
        /// "between", "among": the head of a pair.
        let pairHeads: WordSet
        /// Determiners a slot may open on ("the", "his", …) and those after a joiner.
        let slotDeterminers: WordSet
        let listDeterminers: WordSet
        /// Prepositions and conjunctions: never the one adjective a slot skips before a person
        /// ("fought for Bashar al-Assad" is no "backed eastern commander Khalifa Haftar").
        let functionWords: WordSet
        /// Determiners before a person's side ("for the United States", "for his Government").
        let sideDeterminers: WordSet
        /// Articles opening a short apposition inside a list (", the host,").
        let articles: WordSet
        /// What may follow a person's side in a list: ", ; . and )".
        let sideEnds: WordSet
        /// "who", "which": a relative clause on a list member.
        let relatives: WordSet
        /// ``RuleMatcher/clauseVerbs``.
        let clauseVerbs: WordSet
        /// ``RuleMatcher/motionGoals``.
        let motionGoals: WordSet
        /// "in", "at", "to", …: what a venue follows ("to Camp David, Maryland,").
        let venuePrepositions: WordSet
        /// The lists ``CompiledRules/joiners``, ``CompiledRules/asideOpeners``, ``CompiledRules/clauseOpeners``.
        let joiners, asideOpeners, clauseOpeners: WordSet
        /// relations.rules' "relative-opener" list: after a comma, the words opening a relative
        /// clause whose meeting a match outside it is not about.
        let relativeOpeners: WordSet
        /// relations.rules' "list-partner" and "combatant-noun" lists (``RuleSet/VocabularyList``).
        let listPartners: WordSet
        let combatantNouns: WordSet
        /// relations.rules' "group-adjective" list (``RuleMatcher/slotHead(_:tokens:mentions:facts:words:)``).
        let groupAdjectives: WordSet
        /// relations.rules' "neighbour" list: "accused neighbouring Sudan", "its neighbour Chad"
        /// (a slot skips one before a state).
        let neighbours: WordSet
        /// relations.rules' "side-adjective" list: "the warring Sudanese army", "rival Tigrayan
        /// forces" (a slot skips one before a state, a body or an armed group).
        let sideAdjectives: WordSet
        /// "its", "their": a possessive before a partner noun in a list.
        let partnerOwners: WordSet
        /// "which", "who", "whose", "whom", "where": after a comma, the relative clauses whose
        /// owner a possessive after them does not refer to (coreference).
        let relativePronouns: WordSet
        /// All of the above and ``relatives``: after a comma, what opens a ``Clauses/Kind/relative``
        /// clause.
        let relativeWords: WordSet

        init(
            _ compiled: (
                joiners: Set<String>, asides: Set<String>, clauses: Set<String>, relatives: Set<String>, partners: Set<String>, combatants: Set<String>,
                groupAdjectives: Set<String>, neighbours: Set<String>, sideAdjectives: Set<String>
            ),
            vocabulary: inout Vocabulary
        ) {
            comma = vocabulary.intern(",")
            semicolon = vocabulary.intern(";")
            period = vocabulary.intern(".")
            colon = vocabulary.intern(":")
            openBracket = vocabulary.intern("(")
            closeBracket = vocabulary.intern(")")
            dash = vocabulary.intern("—")
            hyphen = vocabulary.intern("-")
            possessive = vocabulary.intern("'s")
            apostrophe = vocabulary.intern("'")
            the = vocabulary.intern("the")
            and = vocabulary.intern("and")
            with = vocabulary.intern("with")
            asWord = vocabulary.intern("as")
            well = vocabulary.intern("well")
            along = vocabulary.intern("along")
            who = vocabulary.intern("who")
            which = vocabulary.intern("which")
            him = vocabulary.intern("him")
            of = vocabulary.intern("of")
            forWord = vocabulary.intern("for")
            clauseEnds = vocabulary.set([",", ";", "."])
            pairHeads = vocabulary.set(["between", "among"])
            slotDeterminers = vocabulary.set(["the", "his", "her", "their", "a", "an", "its"])
            listDeterminers = vocabulary.set(["the", "their", "its", "his"])
            sideDeterminers = vocabulary.set(["the", "his", "her", "their", "its"])
            functionWords = vocabulary.set([
                "for", "with", "by", "to", "in", "on", "at", "of", "from", "against", "about", "after", "before", "over",
                "under", "into", "than", "as", "and", "or", "but", "behind", "beside", "alongside", "toward", "towards",
            ])
            articles = vocabulary.set(["the", "a", "an"])
            sideEnds = vocabulary.set([",", ";", ".", "and", ")"])
            relatives = vocabulary.set(["who", "which"])
            clauseVerbs = vocabulary.set(RuleMatcher.clauseVerbs)
            motionGoals = vocabulary.set(RuleMatcher.motionGoals)
            venuePrepositions = vocabulary.set(["in", "at", "to", "near", "outside"])
            joiners = vocabulary.set(compiled.joiners)
            asideOpeners = vocabulary.set(compiled.asides)
            clauseOpeners = vocabulary.set(compiled.clauses)
            relativeOpeners = vocabulary.set(compiled.relatives)
            listPartners = vocabulary.set(compiled.partners)
            combatantNouns = vocabulary.set(compiled.combatants)
            groupAdjectives = vocabulary.set(compiled.groupAdjectives)
            neighbours = vocabulary.set(compiled.neighbours)
            sideAdjectives = vocabulary.set(compiled.sideAdjectives)
            partnerOwners = vocabulary.set(["its", "their"])
            relativePronouns = vocabulary.set(["which", "who", "whose", "whom", "where"])
            relativeWords = vocabulary.set(compiled.relatives.union(["which", "who", "whose", "whom", "where"]))
        }
    }

    init(_ rules: RuleSet, vocabulary: inout Vocabulary) {
        func pattern(_ e: RuleSet.Element) -> Pattern {
            switch e {
            case .subject(let arity): return .subject(arity)
            case .object(let arity): return .object(arity)
            case .event: return .event
            case .word(let words): return .word(vocabulary.set(words))
            case .gap(let n): return .gap(n)
            case .anyMention: return .anyMention
            case .placeObject: return .placeObject
            case .optional(let inner): return .optional(pattern(inner))
            }
        }
        var nominal: [Rule] = []
        var relational: [Rule] = []
        // A rule with a meeting element needs a meeting noun in the sentence: one more required
        // word, and often a better anchor than its other words ("will|to|is … E in|at"). An
        // arrival verb may stand for a meeting too (``EventResolver/arrivalPlace``), and so may a
        // seated body's vote (``EventResolver/sessionSeat``).
        let meetingNouns = vocabulary.set(rules.eventNouns.union(rules.list("arrival")).union(rules.list("session-verb")))
        for rule in rules.rules {
            let patterns = rule.elements.map(pattern)
            // A parsed rule's required sets are its word elements' (``RuleSet/required(_:)``),
            // the same sets, which compare at once: their word sets are taken from the patterns,
            // not interned a second time.
            var required =
                rule.required == RuleSet.required(rule.elements)
                ? patterns.compactMap { if case .word(let set) = $0 { set } else { nil } }
                : rule.required.map { vocabulary.set($0) }
            if rule.elements.contains(.event) { required.append(meetingNouns) }
            let compiled = Rule(rule: rule, patterns: patterns, required: required)
            if case .relation = rule.product { relational.append(compiled) } else { nominal.append(compiled) }
        }
        let common = vocabulary.set(RuleIndex.commonWords)
        self.nominal = RuleIndex(nominal, common: common)
        self.relational = RuleIndex(relational, common: common)
        relationalNouns = vocabulary.set(rules.relationalNouns)
        possessedNouns = vocabulary.set(rules.possessedNouns)
        reportingVerbs = vocabulary.set(rules.reportingVerbs)
        negations = vocabulary.set(rules.negations)
        denials = vocabulary.set(rules.denials)
        particleVerbs = vocabulary.set(rules.words(.particleVerb))
        back = vocabulary.intern("back")
        meetingStarts = vocabulary.set(rules.words(.meetingStart))
        stancesKept = vocabulary.set(rules.words(.stanceKept))
        demandVerbs = vocabulary.set(rules.demandVerbs)
        conditionals = vocabulary.set(rules.conditionals)
        remoteWords = vocabulary.set(rules.words(.remoteWord))
        charges = vocabulary.set(rules.words(.charge))
        possessive = vocabulary.intern("'s")
        let (joiners, asideOpeners, clauseOpeners) = (rules.list("joiner"), rules.list("aside"), rules.list("clause"))
        self.joiners = joiners
        self.asideOpeners = asideOpeners
        self.clauseOpeners = clauseOpeners
        words = Words(
            (joiners, asideOpeners, clauseOpeners, rules.words(.relativeOpener), rules.words(.listPartner), rules.words(.combatantNoun), rules.words(.groupAdjective),
                rules.words(.neighbour), rules.words(.sideAdjective)),
            vocabulary: &vocabulary)
    }
}

/// Rules indexed by one of their required words (their anchor): a rule is tried on a sentence
/// only when its anchor occurs in it and every other required word does too.
struct RuleIndex: Sendable {
    let rules: [CompiledRules.Rule]
    /// By word id: the rules anchored on that word, in rule order.
    private let byWord: Lists
    /// Rules with no literal word: tried on every sentence.
    private let unanchored: [Int32]
    /// Each rule's required word sets, as indices of distinct sets: rules share many of them
    /// (a verb class, "by"), so a sentence finds which sets it meets once, not once per rule.
    private let requiredSets: Lists
    /// By word id: the distinct required sets that hold the word.
    private let setsByWord: Lists
    private let setCount: Int

    /// Lists of integers by index, stored flat (one array of starts, one of members) so that a
    /// sentence's lookups read two arrays instead of one heap object per list.
    struct Lists: Sendable {
        private var starts: [Int32] = [0]
        private var members: [Int32] = []

        init(_ lists: [[Int]]) {
            for list in lists {
                members.append(contentsOf: list.map { Int32($0) })
                starts.append(Int32(members.count))
            }
        }

        /// The list at `index`; empty past the last one.
        subscript(index: Int) -> ArraySlice<Int32> {
            guard index >= 0, index + 1 < starts.count else { return [] }
            return members[Int(starts[index])..<Int(starts[index + 1])]
        }

        /// Calls `body` with a reader of the lists over buffer pointers: each array slice the
        /// subscript returns retains and releases the members' storage, which cost a sentence's
        /// candidate search more than its lookups did.
        func withReader<R>(_ body: (Reader) -> R) -> R {
            starts.withUnsafeBufferPointer { starts in
                members.withUnsafeBufferPointer { members in body(Reader(starts: starts, members: members)) }
            }
        }

        /// The lists, read in place; valid only inside ``withReader(_:)``.
        struct Reader {
            let starts: UnsafeBufferPointer<Int32>
            let members: UnsafeBufferPointer<Int32>

            /// The list at `index`; empty past the last one.
            subscript(index: Int) -> Slice<UnsafeBufferPointer<Int32>> {
                guard index >= 0, index + 1 < starts.count else { return members[0..<0] }
                return members[Int(starts[index])..<Int(starts[index + 1])]
            }
        }
    }

    /// Words so frequent that a rule anchored on them would be tried on nearly every sentence;
    /// a rule is anchored on them only when it has no other word. (Speed only: the result is the same.)
    static let commonWords = [",", ".", "the", "a", "an", "of", "and", "to", "in", "on", "at", "for", "with", "by", "'s", "'", "-", "—", "is", "was", "are", "were", "has", "have", "that", "which", "who"]

    init(_ rules: [CompiledRules.Rule], common: WordSet) {
        self.rules = rules
        var byWord: [[Int]] = []
        var unanchored: [Int32] = []
        var setIndex: [WordSet: Int] = [:]
        var setsByWord: [[Int]] = []
        var requiredSets: [[Int]] = []
        // Each distinct set's members and rank, made once: rules share most of their sets, and
        // the members are an array made anew at each ask.
        var members: [[Vocabulary.Word]] = []
        var ranks: [(common: Int, count: Int)] = []
        for (index, rule) in rules.enumerated() {
            let sets = rule.required.map { set in
                if let known = setIndex[set] { return known }
                let new = setIndex.count
                setIndex[set] = new
                let words = set.members
                for word in words {
                    if Int(word) >= setsByWord.count { setsByWord.append(contentsOf: repeatElement([], count: Int(word) - setsByWord.count + 1)) }
                    setsByWord[Int(word)].append(new)
                }
                members.append(words)
                ranks.append((words.contains(where: common.contains) ? 1 : 0, words.count))
                return new
            }
            requiredSets.append(sets)
            // The anchor: the required set with fewest members, preferring sets without common
            // words (the first such, in the rule's order).
            guard let anchor = sets.min(by: { (ranks[$0].common, ranks[$0].count) < (ranks[$1].common, ranks[$1].count) }) else {
                unanchored.append(Int32(index))
                continue
            }
            for word in members[anchor] {
                if Int(word) >= byWord.count { byWord.append(contentsOf: repeatElement([], count: Int(word) - byWord.count + 1)) }
                byWord[Int(word)].append(index)
            }
        }
        self.byWord = Lists(byWord)
        self.unanchored = unanchored
        self.requiredSets = Lists(requiredSets)
        self.setsByWord = Lists(setsByWord)
        setCount = setIndex.count
    }

    /// The indices in ``rules`` of the rules that can match `tokens`: every required word
    /// element has a word in the sentence. In rule order, as matches are reported.
    func candidates(_ tokens: [Token]) -> [Int] {
        // The rules picked, as a bit set over rule indices: read in increasing order, each once,
        // with no list to sort. It and the sets met live on the stack (up to the allocator's
        // limit), not in two heap blocks per call.
        var out: [Int] = []
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (rules.count + 63) >> 6) { picked in
            picked.initialize(repeating: 0)
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: setCount) { met in
                met.initialize(repeating: false)
                for r in unanchored { picked[Int(r) >> 6] |= 1 << UInt64(r & 63) }
                // The sentence's known words, in one pass over the tokens (no list of them made
                // first): a word no rule uses (``Vocabulary/unknown``) is in no required set and
                // anchors nothing. A word read twice only sets again the bits it set, so the
                // order does not matter and repeats need not go; the closed-class words, which
                // repeat in every sentence (",", "the"), are read once, by a mask over their
                // fixed ids (below 128).
                // (Read in place: iterating the array copies each token, and with it its two strings.)
                byWord.withReader { byWord in
                    setsByWord.withReader { setsByWord in
                        tokens.withUnsafeBufferPointer { tokens in
                            var seen: (low: UInt64, high: UInt64) = (0, 0)
                            for k in tokens.indices where tokens[k].word != Vocabulary.unknown {
                                let w = tokens[k].word
                                if w < 64 {
                                    guard seen.low & (1 << UInt64(w)) == 0 else { continue }
                                    seen.low |= 1 << UInt64(w)
                                } else if w < 128 {
                                    guard seen.high & (1 << UInt64(w - 64)) == 0 else { continue }
                                    seen.high |= 1 << UInt64(w - 64)
                                }
                                for r in byWord[Int(w)] { picked[Int(r) >> 6] |= 1 << UInt64(r & 63) }
                                for set in setsByWord[Int(w)] { met[Int(set)] = true }
                            }
                        }
                    }
                }
                // Room for every rule picked, at once: grown by appending, the array was
                // reallocated about once a call.
                let most = picked.reduce(0) { $0 + $1.nonzeroBitCount }
                if most > 0 { out.reserveCapacity(most) }
                requiredSets.withReader { requiredSets in
                    for (slot, bits) in picked.enumerated() {
                        var rest = bits
                        while rest != 0 {
                            let r = slot << 6 | rest.trailingZeroBitCount
                            rest &= rest - 1
                            if requiredSets[r].allSatisfy({ met[Int($0)] }) { out.append(r) }
                        }
                    }
                }
            }
        }
        return out
    }
}
