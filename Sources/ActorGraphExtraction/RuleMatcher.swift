/// A rule that matched a sentence: the subjects, objects and event it bound, and the tokens it
/// covers.
struct RuleMatch: Hashable {
    var rule: RuleSet.Rule
    var subjects: [Mention]
    var objects: [Mention]
    var event: Int?
    var range: Range<Int>
}

/// Matches compiled rules (``CompiledRules``) against one sentence's tokens and mentions, with
/// backtracking over gaps and optional elements; slots take the longest coordinated list.
struct RuleMatcher {
    typealias Pattern = CompiledRules.Pattern
    let tokens: [Token]
    let mentions: [Mention]
    /// By first token: the index in ``mentions`` of the actor mention starting there, or -1.
    /// (An index, not the mention: asking whether a token opens a mention copies nothing.)
    let mentionAt: [Int32]
    /// Tokens inside an actor mention.
    let covered: [Bool]
    /// Event-noun tokens.
    let events: [Bool]
    let compiled: CompiledRules
    /// ``CompiledRules/words``.
    let words: CompiledRules.Words
    /// The sentence's clauses (``Clauses``).
    let sentenceClauses: Clauses
    /// The relative and participle clauses between commas (the `clause` list's openers, ended at
    /// their next break if within 23 tokens): ", which is backed by Turkey,", ", speaking in
    /// Ankara after meeting X,".
    let clauses: [Range<Int>]
    /// Where bindings keep their mention lists while a match backtracks.
    private let scratch = BindingScratch()

    /// A matcher over a sentence's tokens, mentions and clauses (``SentenceAnalysis/clauses``;
    /// found here when not given).
    init(tokens: [Token], mentions: [Mention], clauses: Clauses? = nil, compiled: CompiledRules) {
        self.tokens = tokens
        self.mentions = mentions
        self.compiled = compiled
        words = compiled.words
        var at = [Int32](repeating: -1, count: tokens.count + 1)
        var covered = [Bool](repeating: false, count: tokens.count)
        var events = [Bool](repeating: false, count: tokens.count + 1)
        for (index, m) in mentions.enumerated() {
            if m.role == .event {
                events[m.range.lowerBound] = true
            } else if m.role == .actor {
                at[m.range.lowerBound] = Int32(index)
                for k in m.range { covered[k] = true }
            }
        }
        mentionAt = at
        self.covered = covered
        self.events = events
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
    private func mention(at k: Int) -> Int? { hasMention(at: k) ? Int(mentionAt[k]) : nil }
    /// Whether an actor mention starts at token `k` (without copying it).
    private func hasMention(at k: Int) -> Bool { k >= 0 && k < mentionAt.count && mentionAt[k] >= 0 }
    /// The end of the actor mention starting at token `k`, if any (without copying it).
    private func mentionEnd(at k: Int) -> Int? { hasMention(at: k) ? mentions[Int(mentionAt[k])].range.upperBound : nil }
    /// Whether token `k` exists and is `word`.
    private func token(_ k: Int, is word: Vocabulary.Word) -> Bool { k >= 0 && k < tokens.count && tokens[k].word == word }
    private func isEvent(_ k: Int) -> Bool { k >= 0 && k < events.count && events[k] }

    /// Every match of every applicable rule, left to right.
    func matches(_ index: RuleIndex) -> [RuleMatch] {
        var out: [RuleMatch] = []
        for r in index.candidates(tokens) {
            let patterns = index.rules[r].patterns
            // (Read once per rule: a pattern holds a word set, and reading it retains the set.)
            let first = patterns.first
            var start = 0
            while start < tokens.count {
                // Only where the rule's first element can match.
                switch first {
                case .subject?, .object?, .anyMention?:
                    if !hasMention(at: start) && !hasMention(at: start + 1) && !hasMention(at: start + 2) {
                        start += 1
                        continue
                    }
                case .word(let set)?:
                    if !set.contains(tokens[start].word) { start += 1; continue }
                case .event?:
                    if !isEvent(start) { start += 1; continue }
                default: break
                }
                var binding = Binding()
                if let end = match(patterns[...], start, &binding), end > start,
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
                        rule: index.rules[r].rule, subjects: binding.subjects.flatMap { mentions[$0].members },
                        objects: binding.objects.flatMap { mentions[$0].members },
                        event: binding.event, range: start..<end))
                    start = max(start + 1, binding.firstSlotEnd ?? start + 1)
                } else {
                    start += 1
                }
            }
        }
        return out
    }

    /// "a ceasefire between Israel and Hamas, sponsored by Qatar": a pattern that opens on its
    /// object (`O , V.pp by S`) reads a clause about the pair's head noun, not about the pair.
    private func describesTheHeadNoun(_ first: Pattern?, _ start: Int) -> Bool {
        guard case .object? = first else { return false }
        // Back over the rest of the pair ("between Israel and Hamas" for a match on "Hamas").
        var j = start - 1
        while j >= 0, covered[j] || words.joiners.contains(tokens[j].word) || tokens[j].word == words.the { j -= 1 }
        return j >= 0 && words.pairHeads.contains(tokens[j].word)
    }

    /// What a pattern bound so far; mentions are indices in ``mentions``. A slot's list is a
    /// prefix of the slot's members, which the matcher's scratch storage holds while the match
    /// lasts, so a binding is plain values: copying it as the matcher backtracks retains nothing.
    /// The lists are valid until the next match starts.
    struct Binding {
        var subjects = UnsafeBufferPointer<Int>(start: nil, count: 0)
        var objects = UnsafeBufferPointer<Int>(start: nil, count: 0)
        var event: Int?
        var firstSlotEnd: Int?
    }

    /// The rule's `elements` from token `i`: the end of the match, with what it bound in `b`.
    private func match(_ elements: ArraySlice<Pattern>, _ i: Int, _ b: inout Binding) -> Int? {
        // Each element binds at most one slot on any path through the pattern, and a slot holds
        // at most every mention: room enough for every list a binding may refer to, made before
        // any is, so that none moves.
        scratch.reset(capacity: elements.count * (mentions.count + 1))
        // By index into the pattern, not by slices of it: a slice copied per element retains it.
        return elements.withUnsafeBufferPointer { patterns in match(patterns, 0, i, &b) }
    }

    /// `patterns[p...]` from token `i`.
    private func match(_ patterns: UnsafeBufferPointer<Pattern>, _ p: Int, _ i: Int, _ b: inout Binding) -> Int? {
        guard p < patterns.count else { return i }
        return match(patterns[p], then: patterns, p + 1, i, &b)
    }

    /// `first`, then `patterns[rest...]`, from token `i`.
    private func match(_ first: Pattern, then patterns: UnsafeBufferPointer<Pattern>, _ rest: Int, _ i: Int, _ b: inout Binding) -> Int? {
        switch first {
        case .subject(let arity), .object(let arity):
            // A name that qualifies the noun the pattern names next may fill the slot: `O member S`
            // binds NATO in "NATO member Turkey" although "member" is a relational noun.
            var qualified = WordSet()
            if rest < patterns.count, case .word(let words) = patterns[rest] { qualified = words }
            // The longest list first, then shorter ones ("Russia and the regime" before "Russia").
            slot(at: i, arity: arity, qualifying: qualified, into: &scratch.list)
            // Popped when the slot fails; on success the binding refers to it until `matches`
            // has read it (nothing is pushed after a match succeeds).
            let (members, ends) = scratch.push()
            let isSubject: Bool
            if case .subject = first { isSubject = true } else { isSubject = false }
            // A place troops moved into is not the subject of what they went to do (a possessor
            // may be: "one month into Russia's intervention on behalf of Assad").
            if isSubject, let head = members.first, mentions[head].range.lowerBound > 0,
                words.motionGoals.contains(tokens[mentions[head].range.lowerBound - 1].word),
                !token(mentions[head].range.upperBound, is: compiled.possessive), !token(mentions[head].range.upperBound, is: words.apostrophe)
            {
                scratch.pop(members)
                return nil
            }
            // An object pronoun ("him") is never the subject.
            if isSubject, let head = members.first, mentions[head].form == .pronoun,
                tokens[mentions[head].range.lowerBound].word == words.him
            {
                scratch.pop(members)
                return nil
            }
            // "the two sides" counts as two members.
            var count = members.count
            var size = members.reduce(0) { $0 + 1 + mentions[$1].partners.count }
            while count > 0, size >= (arity == .several ? 2 : 1) {
                let end = ends[count - 1]
                var next = b
                let bound = UnsafeBufferPointer(rebasing: members[..<count])
                if isSubject { next.subjects = bound } else { next.objects = bound }
                if next.firstSlotEnd == nil { next.firstSlotEnd = end }
                if let e = match(patterns, rest, end, &next) { b = next; return e }
                // "X, who leads the Houthi delegation, met Y": a subject's relative or participle
                // clause between commas is an aside; what follows it is the subject's act.
                if isSubject, let resume = asideEnd(after: end), let e = match(patterns, rest, resume, &next) { b = next; return e }
                count -= 1
                size -= 1 + mentions[members[count]].partners.count
            }
            scratch.pop(members)
            return nil
        case .anyMention:
            guard let end = mentionEnd(at: i) else { return nil }
            return match(patterns, rest, end, &b)
        case .placeObject:
            // Skipping a leading "the" as a slot does.
            let start = i < tokens.count && tokens[i].word == words.the ? i + 1 : i
            guard let index = mentions.firstIndex(where: { $0.role == .place && $0.range.lowerBound == start && $0.actor.kind == .state })
            else { return nil }
            scratch.list.removeAll(keepingCapacity: true)
            scratch.list.append((index, mentions[index].range.upperBound))
            let (members, _) = scratch.push()
            var next = b
            next.objects = members
            if let e = match(patterns, rest, mentions[index].range.upperBound, &next) { b = next; return e }
            scratch.pop(members)
            return nil
        case .event:
            guard i < tokens.count, isEvent(i) else { return nil }
            var next = b
            next.event = i
            if let e = match(patterns, rest, i + 1, &next) { b = next; return e }
            return nil
        case .word(let set):
            guard i < tokens.count, !covered[i], set.contains(tokens[i].word) else { return nil }
            return match(patterns, rest, i + 1, &b)
        case .gap(let n):
            return gap(n, patterns, rest, i, &b)
        case .optional(let inner):
            var next = b
            if let e = match(inner, then: patterns, rest, i, &next) { b = next; return e }
            return match(patterns, rest, i, &b)
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
    private func gap(_ n: Int, _ patterns: UnsafeBufferPointer<Pattern>, _ rest: Int, _ i: Int, _ b: inout Binding) -> Int? {
        var k = i
        var used = 0
        while used <= n {
            var next = b
            if let e = match(patterns, rest, k, &next) { b = next; return e }
            guard k < tokens.count else { return nil }
            // A parenthetical between dashes or brackets is skipped as one token:
            // "Russia and Jordan - another member of the US-led coalition - had agreed".
            if let close = parentheticalEnd(k) {
                var skipped = b
                if let e = gap(n - used - 1, patterns, rest, close, &skipped), n - used - 1 >= 0 { b = skipped; return e }
                // A relative clause between commas may itself hold the rest: "Eritrea, whose
                // troops fought alongside Ethiopian forces in Tigray, was …".
                guard tokens[k].word == words.comma else { return nil }
            }
            guard !covered[k], tokens[k].word != words.semicolon, !isEvent(k) else { return nil }
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
        while end + 1 < tokens.count, tokens[end].word == words.hyphen,
            tokens[end - 1].end == tokens[end].start, tokens[end].end == tokens[end + 1].start,
            !covered[end + 1], !isEvent(end + 1)
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
            if k > 1, tokens[k - 1].isCapitalized, !covered[k - 1],
                let p = (max(0, k - 4)..<(k - 1)).last(where: { words.venuePrepositions.contains(tokens[$0].word) }),
                (p + 1..<k).allSatisfy({ tokens[$0].isCapitalized && !covered[$0] }),
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

    /// The members of the mention list starting at `i` (a leading "the" allowed), each with the
    /// index just past it, in `list` (emptied first; the scratch storage's, so that no slot
    /// allocates); with `arity` `.one`, only the first. A member followed by a relational
    /// noun ("U.S. allies") ends the list unless the noun is in `qualified`, the words the pattern
    /// expects right after the slot.
    private func slot(at i: Int, arity: RuleSet.Arity, qualifying qualified: WordSet, into list: inout [(mention: Int, end: Int)]) {
        list.removeAll(keepingCapacity: true)
        let joins = arity == .listWithJoins
        var k = i
        if k < tokens.count, words.slotDeterminers.contains(tokens[k].word), !hasMention(at: k) { k += 1 }
        // "back eastern commander Khalifa Haftar": one adjective before a person.
        if k + 1 < tokens.count, !hasMention(at: k), tokens[k].isWord, !tokens[k].isCapitalized, !covered[k],
            !words.functionWords.contains(tokens[k].word),
            let person = mention(at: k + 1), mentions[person].actor.kind == .person
        {
            k += 1
        }
        // "bombing the Iranian-backed Houthi rebels": the name before "-backed" qualifies the
        // one after it, which fills the slot.
        // (A pattern that names the hyphen itself, `S - V.pp O`, binds the name before it.)
        if let modifier = mention(at: k).map({ mentions[$0].range }), isCompoundModifier(at: modifier.upperBound),
            !qualified.contains(tokens[modifier.upperBound].word), mention(at: modifier.upperBound + 2) != nil
        {
            k = modifier.upperBound + 2
        }
        guard let first = mention(at: k), !isModifier(first, unless: qualified) else { return }
        list.append((mention: first, end: bracketedAliasEnd(first)))
        if arity == .one { return }
        appendSide(of: &list)
        // "Participants: President A; Foreign Minister B and C": after a colon, semicolons join.
        let semicolons = i > 0 && tokens[i - 1].word == words.colon
        var end = list[list.count - 1].end
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
            if j + 3 < tokens.count, tokens[j].word == words.comma, mentions[list[list.count - 1].mention].actor.kind == .person {
                var d = j + 1
                while d < tokens.count, d - j <= 3, tokens[d].isWord, !tokens[d].isCapitalized, !covered[d], tokens[d].word != words.of,
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
            if j + 1 < tokens.count, words.combatantNouns.contains(tokens[j].word), !covered[j],
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
            if j < tokens.count, words.listDeterminers.contains(tokens[j].word), !hasMention(at: j) { j += 1 }
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
            guard let m = mention(at: j), !isModifier(m, unless: qualified) else { break }
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
            list.append((m, end))
            appendSide(of: &list)
            end = list[list.count - 1].end
        }
    }
    /// "Milan Kucan of Slovenia and Franjo Tudjman of Croatia", "James Baker for the United
    /// States, Boris Pankin for the Soviet Union": a person member followed by the side they
    /// belong to. The side ends the member; after "for" (a signatory's or a delegate's side) it
    /// is a member too. Only when a list separator follows, so that "for Russia's war" stays out.
    private func appendSide(of list: inout [(mention: Int, end: Int)]) {
        guard let (member, end) = list.last, mentions[member].actor.kind == .person, end + 1 < tokens.count,
            tokens[end].word == words.of || tokens[end].word == words.forWord
        else { return }
        var k = end + 1
        if words.sideDeterminers.contains(tokens[k].word), !hasMention(at: k) { k += 1 }
        guard let side = mention(at: k), mentions[side].actor.kind != .person, mentions[side].role == .actor else { return }
        let after = bracketedAliasEnd(side)
        guard after == tokens.count || words.sideEnds.contains(tokens[after].word) else { return }
        if tokens[end].word == words.forWord {
            list.append((side, after))
        } else {
            list[list.count - 1].end = after
        }
    }

    /// Words that, right after a name, make it the subject of a clause of its own.
    static let clauseVerbs: Set<String> = ["also", "has", "have", "had", "will", "would", "was", "is", "are", "were", "could", "can", "did", "does", "then"]
    /// Prepositions of a movement's goal: what follows them is where troops went, never a subject
    /// ("Ethiopian troops crossed into Somalia to fight al-Shabab").
    static let motionGoals: Set<String> = ["into", "inside", "across"]

    /// The end of up to two lowercase words from `j` that no mention covers and that join
    /// nothing: the description before a list member ("the regional bloc IGAD", "and rebel
    /// leader X").
    private func lowercaseWordsEnd(from j: Int) -> Int {
        var d = j
        while d < tokens.count, d - j < 2, tokens[d].isWord, !tokens[d].isCapitalized, !covered[d], !words.joiners.contains(tokens[d].word) { d += 1 }
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
    /// the noun is one of `qualified` (the rule names it: "NATO member Turkey").
    private func isModifier(_ m: Int, unless qualified: WordSet) -> Bool {
        let k = mentions[m].range.upperBound
        guard k < tokens.count, !qualified.contains(tokens[k].word) else { return false }
        return compiled.relationalNouns.contains(tokens[k].word) || isCompoundModifier(at: k)
    }

    /// "Iran-backed rebels", "Houthi-run ministries": a name joined by a hyphen to a participle
    /// qualifies the noun after it ("rebels"), which is what a verb before it acts on. Only a
    /// pattern that names the hyphen itself (`S - V.pp O`) binds the name.
    private func isCompoundModifier(at k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, tokens[k].word == words.hyphen, tokens[k - 1].end == tokens[k].start, tokens[k].end == tokens[k + 1].start
        else { return false }
        let word = tokens[k + 1].norm
        return word.count > 3 && word.hasSuffix("ed") || ["run", "held", "built", "made", "led"].contains(word)
    }
}

/// The storage behind a matcher's bindings: the mention lists of the slots on the current path
/// of a match, as a stack (a slot pushes its list, and pops it when it fails), and the list a
/// slot is read into. One allocation per matcher, resized only when a match starts.
final class BindingScratch {
    /// Each pushed member's mention index and the token just past it.
    private var members: UnsafeMutablePointer<Int>
    private var ends: UnsafeMutablePointer<Int>
    private var capacity: Int
    private var top = 0
    /// The list ``RuleMatcher``'s `slot` reads into, kept for its capacity.
    var list: [(mention: Int, end: Int)] = []

    init() {
        capacity = 64
        members = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
    }

    deinit {
        members.deallocate()
        ends.deallocate()
    }

    /// Empties the stack, with room for `capacity` members. Lists pushed before are invalid.
    func reset(capacity needed: Int) {
        top = 0
        guard needed > capacity else { return }
        members.deallocate()
        ends.deallocate()
        capacity = needed
        members = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
    }

    /// Pushes ``list``: its mentions and ends, valid until popped or until the next reset.
    func push() -> (members: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>) {
        let n = list.count
        // ``reset(capacity:)`` made room for every slot of the pattern; a list past it (which
        // the bound excludes) would be cut, never written out of bounds.
        let kept = Swift.min(n, capacity - top)
        for k in 0..<kept {
            members[top + k] = list[k].mention
            ends[top + k] = list[k].end
        }
        let pushed = (UnsafeBufferPointer(start: members + top, count: kept), UnsafeBufferPointer(start: ends + top, count: kept))
        top += kept
        return pushed
    }

    /// Pops `pushed`, the last list pushed.
    func pop(_ pushed: UnsafeBufferPointer<Int>) {
        top -= pushed.count
    }
}
