import ActorGraphModel

extension Extractor {
    /// Resolves the persons of a sentence: titled names get their canonical name and a
    /// `represents` edge; bare surnames ("Lavrov", "Al Assad"), role references ("his Russian
    /// counterpart", "the Syrian president") and "his"/"him"/"its" become mentions.
    func resolvePersons(
        _ s: inout SentenceAnalysis, index: PersonIndex, lastPerson: ActorRef?, lastSide: ActorRef? = nil, homeState: ActorRef? = nil,
        out: inout [Finding], doc: Document,
        scalars: [Unicode.Scalar]
    ) {
        // The quote is built only for sentences that yield an edge.
        let (sentenceIndex, sentenceRange) = (s.index, s.range)
        lazy var titled = Evidence(
            doc: doc.name, sentence: sentenceIndex, quote: String(scalars, sentenceRange),
            start: sentenceRange.lowerBound, end: sentenceRange.upperBound, rule: Finding.titleRule)
        let tokens = s.tokens
        // The word sets the closures below read, as locals: reading `self.…` in a closure copied
        // the whole Extractor once per person.
        let (ownCountry, reporting) = (recognizer.ownCountry, compiled.reportingVerbs)
        let (delegates, delegations, followers) = (recognizer.delegateNouns, recognizer.delegationNouns, recognizer.followerNouns)
        // ", a State Department official said.", "…, according to Chinese officials.": the source a
        // sentence ends on.
        let sourceTail = Self.sourceTail(tokens, reporting: reporting)
        // Titled persons.
        for p in s.persons {
            guard let mIndex = s.mentions.firstIndex(where: { $0.form == .person && $0.range == p.mention }) else { continue }
            let canonical = index.person(form: p.name)?.name ?? p.name
            s.mentions[mIndex].actor = ActorRef(name: canonical, kind: .person)
            var rep = p.represents
            var tentative = rep == nil
            var evidence = p.isKnown ? titled.read(by: Finding.knownPersonRule) : titled
            let stateMentions = s.mentions.filter { $0.role == .actor && $0.actor.kind == .state && $0.form != .person }
            // The one state of a sentence is no clue to a person when another person of the
            // sentence acts for it: "President X received Brazil's Y".
            let othersStates = Set(s.persons.filter { $0.range != p.range }.compactMap(\.represents))
            // Nor is a state the sentence sets against someone or meets: "grievances against
            // the United States", "talks with Ethiopia".
            // Nor a demonym of a people's groups: "summoned the two Palestinian factions".
            // Nor a demonym on a post that names no one ("the first visit by a Chinese president"),
            // nor a state of the source the sentence ends on (", a State Department official said").
            let unfaced = stateMentions.filter { m in
                if m.form == .demonym, m.range.upperBound < tokens.count, followers.contains(tokens[m.range.upperBound].word) { return false }
                if m.form == .demonym, m.range.upperBound < tokens.count, let end = recognizer.title(tokens, at: m.range.upperBound),
                    !s.persons.contains(where: { $0.mention.lowerBound <= m.range.lowerBound && $0.mention.upperBound >= end })
                {
                    return false
                }
                if let source = sourceTail, source.contains(m.range.lowerBound) { return false }
                var b = m.range.lowerBound
                if b > 0, tokens[b - 1].norm == "the" { b -= 1 }
                return b == 0 || !["against", "with", "toward", "towards"].contains(tokens[b - 1].norm)
            }
            var freeStates = Set(unfaced.map(\.actor)).subtracting(othersStates)
            // "President X says his country faces a threat from … Congo's army": the person's own
            // country is the one "his country" refers to, not the state the sentence names.
            // (The next word's id is asked before the pair of norms: the test runs over every token
            // after each person, and making the array and comparing two Strings at each cost most.)
            if tokens.indices.dropFirst(p.mention.upperBound).contains(where: { k in
                k + 1 < tokens.count && ownCountry.contains(tokens[k + 1].word) && ["his", "her"].contains(tokens[k].norm)
            }) {
                freeStates = []
            }
            // "The army is led by General X", "Eritrea's team was led by Y": the led body's state
            // (the generic "the army" is resolved only now, so this is done here).
            if rep == nil, let led = ledBody(tokens, before: p.mention.lowerBound, mentions: s.mentions) {
                rep = led
                tentative = false
            }
            // "X Y, who heads the army", "X Y, the group's spokesman": the body the role clause or
            // the description names, now that generic words ("the army") and descriptions ("the
            // group") are resolved.
            if rep == nil, let object = p.roleObject, let body = owner(at: object, in: s, index: index) {
                rep = body
                tentative = false
                // "X Y, the group's spokesman" is read by the title; "X Y, who heads …" by the clause.
                if p.title.isEmpty { evidence = titled.read(by: Finding.roleClauseRule) }
            }
            // "its envoy, Annette Weber": the body the possessive refers back to.
            // "Egypt, which made peace with Israel, is represented by its foreign minister": a
            // relative clause closed before the possessive is no owner.
            // "the Liberation and Justice Movement, whose chairman, X, signed": the same.
            if rep == nil, p.mention.lowerBound > 0, ["its", "their", "whose"].contains(tokens[p.mention.lowerBound - 1].norm),
                // (Closed by a comma: one a semicolon cuts off is no aside before the possessive.)
                case let clauses = s.clauses.relatives(closedBefore: p.mention.lowerBound, openers: compiled.words.relativePronouns),
                let owner = s.mentions.last(where: { m in
                    m.role == .actor && m.actor.kind.isSideTaking && m.range.upperBound < p.mention.lowerBound
                        && !clauses.contains { $0.contains(m.range.lowerBound) }
                }),
                // An armed group's chief acts for it, but the graph ties persons to states and
                // bodies only ("rebel groups whose chairman, X").
                owner.actor.kind == .state || owner.actor.kind == .organization
            {
                rep = owner.actor
                tentative = false
            } else if rep == nil, p.mention.lowerBound == 1, ["its", "their"].contains(tokens[0].norm), let lastSide {
                // "Kuwait stepped in. Its emir, Sheikh X, …": a sentence opening on the possessive
                // refers back to the one side the sentence before names.
                rep = lastSide
                tentative = false
            }
            // "Mr Kucan brought his Prime Minister, X", "Putin and his foreign minister, X": the one
            // state of the person "his" or "her" refers to.
            // A person named between who was introduced the same way ("his Prime Minister, A, and
            // his Foreign Minister, B") is passed over; "his counterpart" is the other side's.
            if rep == nil, p.mention.lowerBound > 0, ["his", "her"].contains(tokens[p.mention.lowerBound - 1].norm),
                !p.title.contains("counterpart")
            {
                // The persons named before, by their first token: titled ones, and bare names
                // ("Isaias answered by sending … his foreign minister"), not yet mentions here.
                var before: [(start: Int, person: PersonIndex.Person)] = s.mentions.compactMap { m in
                    guard m.actor.kind == .person, m.range.upperBound < p.mention.lowerBound, m.actor.name != canonical,
                        let person = index.person(form: m.actor.name)
                    else { return nil }
                    return (m.range.lowerBound, person)
                }
                for k in 0..<p.mention.lowerBound {
                    if let found = Self.bareName(tokens, at: k, index: index, covered: { j in s.mentions.contains { $0.range.contains(j) } }),
                        found.person.name != canonical
                    {
                        before.append((found.range.lowerBound, found.person))
                    }
                }
                var owner: PersonIndex.Person?
                for (start, person) in before.sorted(by: { $0.start > $1.start }) {
                    if person.represents.count == 1 { owner = person; break }
                    guard start > 0, ["his", "her"].contains(tokens[start - 1].norm) else { break }
                }
                if owner == nil, before.isEmpty, let last = lastPerson {
                    owner = index.person(form: last.name)
                }
                if let owner, owner.represents.count == 1 {
                    rep = owner.represents.first
                    tentative = false
                }
            }
            // "Foreign Minister X said Armenia would …": a titled official reporting on the one
            // state of the sentence speaks for it (tentatively: the corpus must agree).
            if rep == nil, !p.isHead, tokens[p.mention.lowerBound].isCapitalized, freeStates.count == 1,
                let state = stateMentions.first(where: { freeStates.contains($0.actor) }),
                tokens[Range.ordered(p.range.upperBound, state.range.lowerBound)].contains(where: { reporting.contains($0.word) })
                    // "The Ministry of Foreign Affairs of Kenya announced that Foreign Minister X
                    // held consultations …": the state reporting on its own official.
                    || Range.ordered(state.range.upperBound, p.range.lowerBound).contains(where: { k in
                        reporting.contains(tokens[k].word) && k + 1 < tokens.count && tokens[k + 1].norm == "that"
                    })
            {
                rep = state.actor
            }
            // Only a head of state or government is tied to the one state of its sentence:
            // "President Obama … U.S. forces", not "Army chief X accused the UAE".
            if rep == nil, p.isHead {
                if freeStates.count == 1 {
                    rep = freeStates.first
                } else if p.isHead,
                    let place = s.mentions.last(where: { $0.role == .place && $0.actor.kind == .state && $0.range.upperBound <= p.range.lowerBound && p.range.lowerBound - $0.range.upperBound <= 5 })
                        ?? hostPlace(s, before: p.mention.lowerBound)
                {
                    // "a visit to Moscow to meet President Vladimir Putin": the host leads the capital's state.
                    // So does "In Cairo she held talks with President X".
                    rep = place.actor
                } else if let near = stateMentions.last(where: {
                    $0.range.upperBound <= p.mention.lowerBound && p.mention.lowerBound - $0.range.upperBound <= 12
                        && $0.range.upperBound < tokens.count
                        && (tokens[$0.range.upperBound].norm == "'s" || delegates.contains(tokens[$0.range.upperBound].word)
                            || delegations.contains(tokens[$0.range.upperBound].word))
                }), !tokens[near.range.upperBound..<p.mention.lowerBound].contains(where: { [";", ".", "but", "while", "and"].contains($0.norm) }) {
                    // "Eritrea's team … an adviser to President X": the state whose team or
                    // delegation the clause is about (tentative: the corpus must agree).
                    rep = near.actor
                }
            }
            // "Israeli Prime Minister X … Foreign Minister Y … Defence Minister Z said": a cabinet
            // post that names no owner is, tentatively, in the cabinet of the one state the
            // text's officials act for (the corpus must agree, and a tie stated anywhere wins).
            if rep == nil, p.roleObject == nil, let home = homeState, Self.isCabinetPost(p.title) {
                rep = home
                tentative = true
            }
            // "former Nigerian President X": a former official no longer acts for the state.
            if p.isFormer || p.mention.lowerBound > 0 && recognizer.formerWords.contains(tokens[p.mention.lowerBound - 1].word) { rep = nil }
            // "after the fall of X", "the former regime of X": a well-known ruler named as gone.
            if p.isKnown, p.title.isEmpty, Self.namedAsGone(tokens, before: p.mention.lowerBound, fallen: recognizer.fallenWords, former: recognizer.formerWords) { rep = nil }
            if let rep, !p.namesGovernment {
                var finding = Finding(subject: ActorRef(name: canonical, kind: .person), relation: .represents, object: .actor(rep), evidence: evidence)
                finding.isTentative = tentative
                out.append(finding)
            }
            // A second post the text gives ("President X, the current chair of the AU") is stated.
            for more in p.alsoRepresents where more != rep {
                out.append(Finding(subject: ActorRef(name: canonical, kind: .person), relation: .represents, object: .actor(more), evidence: titled))
            }
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in s.mentions where m.role != .event { for k in m.range { covered[k] = true } }
        // Bare surnames.
        var i = 0
        while i < tokens.count {
            // (``bareName(_:at:index:covered:)``'s first test asked here, in place: most tokens are
            // no capitalised word, and the call itself cost more than the test.)
            if tokens[i].isWord, tokens[i].isCapitalized, let found = Self.bareName(tokens, at: i, index: index, covered: { covered[$0] }) {
                s.mentions.append(Mention(range: found.range, actor: ActorRef(name: found.person.name, kind: .person), form: .person))
                for k in found.range { covered[k] = true }
            }
            i += 1
        }
        // Role references: "his Russian counterpart", "the embattled Syrian strongman".
        // (Made only when a role reference asks, nearly never: it was made for every sentence. Of
        // the mentions as they are here, before the references below replace any.)
        let mentionsHere = s.mentions
        lazy var docPersons = Set(mentionsHere.filter { $0.actor.kind == .person }.map(\.actor.name))
        for m in s.mentions where m.role == .actor && m.actor.kind == .state && m.form != .person {
            var k = m.range.upperBound
            // "Saudi Arabia's foreign minister".
            if k + 1 < tokens.count, tokens[k].norm == "'s", m.form != .demonym { k += 1 }
            guard k < tokens.count, !covered[k] else { continue }
            var end: Int?
            if recognizer.roleNouns.contains(tokens[k].word) || delegates.contains(tokens[k].word), !tokens[k].isCapitalized {
                end = k + 1
                if delegates.contains(tokens[k].word) {
                    // "the Iranian delegation", "Russian diplomats": the state itself.
                    s.replace(with: Mention(range: m.range.lowerBound..<(k + 1), actor: m.actor, form: m.form))
                    for j in m.range.lowerBound...k { covered[j] = true }
                    continue
                }
            } else if let titleEnd = recognizer.title(tokens, at: k), !tokens[k].isCapitalized {
                end = titleEnd
            }
            guard let end, end >= tokens.count || !(tokens[end].isCapitalized && tokens[end].isWord) else { continue }
            let candidates = index.persons(representing: m.actor)
            let title = tokens[k..<end].map(\.norm).joined(separator: " ")
            // "the Syrian strongman": a one-word role any head of state or government answers to.
            let headRole = end == k + 1 && recognizer.headRoles.contains(tokens[k].word)
            // "a senior Iranian official", "another Russian diplomat": someone unnamed, not a
            // person named before.
            let opener = Range.ordered(max(0, m.range.lowerBound - 3), m.range.lowerBound).last {
                ["a", "an", "another", "one", "the", "his", "her", "their", "its"].contains(tokens[$0].norm)
            }
            let indefinite = opener.map { ["a", "an", "another", "one"].contains(tokens[$0].norm) } ?? false
            var chosen = candidates.count == 1 && !indefinite ? candidates.first : nil
            if chosen == nil, !indefinite {
                let titled = candidates.filter { $0.titles.contains(title) || ($0.isHead && headRole) }
                if titled.count == 1 { chosen = titled.first }
            }
            if chosen == nil, !indefinite {
                let named = docPersons
                let here = candidates.filter { named.contains($0.name) }
                if here.count == 1 { chosen = here.first }
            }
            var start = m.range.lowerBound
            guard let person = chosen else {
                // An official nobody names ("Saudi Arabia's foreign minister", "his Iranian
                // counterpart") acts for the state: the words become a mention of it.
                var back = start
                if back > 0, ["his", "her", "their", "the"].contains(tokens[back - 1].norm), !covered[back - 1] { back -= 1 }
                s.replace(with: Mention(range: back..<end, actor: m.actor, form: .derived))
                for j in back..<end { covered[j] = true }
                continue
            }
            // "his Russian counterpart", "the embattled Syrian strongman": the determiner and
            // adjectives belong to the reference.
            var back = start
            while back > 0, start - back < 3, !covered[back - 1], !tokens[back - 1].isCapitalized || back - 1 == 0, tokens[back - 1].isWord {
                back -= 1
                if ["his", "her", "their", "its", "the"].contains(tokens[back].norm) { start = back; break }
            }
            s.replace(with: Mention(range: start..<end, actor: ActorRef(name: person.name, kind: .person), form: .person))
            for j in start..<end { covered[j] = true }
        }
        // Pronouns. "she held talks with X, and in Beijing she met Y": a subject pronoun said
        // again in the sentence goes on naming whom it named first, not the name in between.
        var subjects: [Vocabulary.Word: ActorRef] = [:]
        for (j, t) in tokens.enumerated() where !covered[j] {
            // "his Polish counterpart Zbigniew Rau": a determiner of a mention, not a mention.
            if j + 1 < tokens.count, covered[j + 1] { continue }
            // A word no list holds (``Vocabulary/unknown``: no ``WordSet`` holds it) is no pronoun:
            // asked first, it spares three set lookups at most tokens.
            if t.word == Vocabulary.unknown { continue }
            if personalPronouns.contains(t.word) {
                let before = s.mentions.last { $0.actor.kind == .person && $0.range.upperBound <= j }
                guard let person = subjects[t.word] ?? before?.actor ?? lastPerson else { continue }
                if t.norm == "he" || t.norm == "she" { subjects[t.word] = person }
                s.replace(with: Mention(range: j..<(j + 1), actor: person, form: .pronoun))
            } else if collectivePronouns.contains(t.word) {
                // "Washington, which lists Hamas as a terrorist group, arms Abbas's guard, and its
                // backing …": a name inside a relative clause closed before is no referent of an
                // "its" opening the next clause ("… strikes against its commanders" may be).
                let opensClause = j > 0 && ["and", ",", "but", ";"].contains(tokens[j - 1].norm)
                let clauses = opensClause ? s.clauses.relatives(closedBefore: j, openers: compiled.words.relativePronouns) : []
                guard let before = s.mentions.last(where: { m in
                    m.role == .actor && m.actor.kind.isSideTaking && m.range.upperBound <= j && !clauses.contains { $0.contains(m.range.lowerBound) }
                }) else { continue }
                s.replace(with: Mention(range: j..<(j + 1), actor: before.actor, form: .pronoun))
            } else if neuterPronouns.contains(t.word), let referent = Self.neuterReferent(of: j, in: s) {
                s.replace(with: Mention(range: j..<(j + 1), actor: referent, form: .pronoun))
            }
        }
        s.mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether the name starting at `k` follows "the fall of", "the death of" (a word of
    /// `fallen` and "of") or "the former regime of" (a word of `former`, a noun, "of").
    static func namedAsGone(_ tokens: [Token], before k: Int, fallen: WordSet, former: WordSet) -> Bool {
        guard k >= 2, tokens[k - 1].norm == "of" else { return false }
        return fallen.contains(tokens[k - 2].word) || k >= 3 && former.contains(tokens[k - 3].word)
    }

    /// Words that end the clause a name opens: a name before one of them is no subject of the
    /// verb an "it" after them is the object of.
    static let clauseBreaks: Set<String> = [
        ",", ";", ":", "-", "—", "and", "but", "or", "that", "which", "who", "whom", "because", "while", "after", "before",
        "when", "since", "as", "if", "until", "though", "although", "where",
        // "Pakistan says it killed …": the subject of a reported clause.
        "said", "says", "say", "claims", "claimed", "insists", "insisted", "believes", "believed", "argues", "argued",
    ]
    /// Words that make "it" no actor: it is the subject of a stated fact or a quotation, or it
    /// stands for the clause ("it is unclear whether …", "it said", "make it clear").
    static let expletiveFollowers: Set<String> = ["is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains", "remained", "would", "will", "may", "might", "could", "should", "must", "has", "had", "clear", "difficult", "hard", "impossible", "easier", "possible", "likely", "unlikely", "necessary", "plain", "known", "to"]

    /// The state, body or group "it" at `j` names, in the sentence before it: "The MLC exists
    /// because Uganda backs it" (the MLC: the object of "backs" is not its subject, Uganda).
    /// None when a noun with its article stands between ("Russia proposed a plan and Iran backed
    /// it": the plan), when "it" is expletive ("it is unclear whether …"), or when no such name
    /// precedes.
    static func neuterReferent(of j: Int, in s: SentenceAnalysis) -> ActorRef? {
        let tokens = s.tokens
        guard j > 0 else { return nil }
        if j + 1 < tokens.count, expletiveFollowers.contains(tokens[j + 1].norm) { return nil }
        let sides = s.mentions.filter { $0.role == .actor && $0.actor.kind.isSideTaking && $0.range.upperBound <= j }
        // Only the object of a verb whose subject is the nearest name, in the same clause: the
        // name before that one is what "it" stands for. Elsewhere (a subject "it", a name past a
        // comma) the referent is too often another: "Syria and Libya, gave it little".
        guard !clauseBreaks.contains(tokens[j - 1].norm), sides.count >= 2, let subject = sides.last,
            !tokens[subject.range.upperBound..<j].contains(where: { clauseBreaks.contains($0.norm) })
        else { return nil }
        let pick = sides[sides.count - 2]
        // "Syria and Libya gave it …": the subject's own list is no referent.
        if tokens[pick.range.upperBound..<subject.range.lowerBound].allSatisfy({ [",", "and", "the"].contains($0.norm) }) { return nil }
        // "a plan", "the resolution" after the name: "it" is more likely that noun.
        for k in pick.range.upperBound..<j where k + 1 < j {
            if ["a", "an", "the", "this", "these", "those"].contains(tokens[k].norm),
                !s.mentions.contains(where: { $0.range.contains(k + 1) }), tokens[k + 1].isWord
            {
                return nil
            }
        }
        return pick.actor
    }

    /// Whether `title` (normalised words) is a government's cabinet post: a minister's or a
    /// secretary's ("defence minister", "treasury secretary"), not a body's secretary-general.
    static func isCabinetPost(_ title: String) -> Bool {
        let words = title.split(separator: " ")
        return words.contains("minister") || words.contains("secretary") && !words.contains("general") && !title.contains("secretary-general")
    }

    /// The person a bare name ending at token `i` names ("Lavrov", "Al Assad", a first name
    /// standing alone: "Kim"), with the words of the name before it, if it is one: a
    /// capitalised word no mention covers, not the last word of another name nor inside a city's.
    static func bareName(
        _ tokens: [Token], at i: Int, index: PersonIndex, covered: (Int) -> Bool
    ) -> (range: Range<Int>, person: PersonIndex.Person)? {
        // (Asked first, of the token in place: most tokens are no capitalised word, and copying
        // each token to ask retained its two strings.)
        guard tokens[i].isWord, tokens[i].isCapitalized else { return nil }
        // (The norm read in place, not a copy of the token; its length without walking its
        // Characters where its bytes tell it.)
        let norm = tokens[i].norm
        // A first name stands alone: the word after it is no capitalised word of a longer name.
        let alone = i + 1 == tokens.count || !(tokens[i + 1].isWord && tokens[i + 1].isCapitalized)
        // ("the Amir of Kuwait": after "the", a word some person of the corpus has for a first
        // name is a title or a common noun, not that person.)
        let firstNameMayStand = alone && !(i > 0 && tokens[i - 1].is(.the))
        // "Xi received Imran Khan": a family name of two letters that opens a full name of the
        // corpus ("Xi Jinping") may stand alone too; a surname needs three.
        let short = !Self.hasThreeCharacters(norm)
        guard !covered(i), !short || firstNameMayStand && norm.utf8.count == 2 && !tokens[i].isUppercase && !PersonRecognizer.notNames.contains(norm),
            let person = (short ? nil : index.person(surname: norm)) ?? (firstNameMayStand ? index.person(firstName: norm) : nil)
        else { return nil }
        var start = i
        while start > 0, !covered(start - 1), person.words.contains(tokens[start - 1].norm) || tokens[start - 1].norm == "-" {
            start -= 1
        }
        // Part of another name.
        if start > 0, tokens[start - 1].isCapitalized, tokens[start - 1].isWord, !covered(start - 1),
            !PersonRecognizer.notNames.contains(tokens[start - 1].norm)
        {
            return nil
        }
        // "Sharm el-Sheikh" is a city, whoever in the corpus is called Sheikh; so is "San
        // Sebastian", whoever is called San.
        if Gazetteer.bundled.covers(tokens, i) || Gazetteer.bundled.match(tokens, at: i).map({ $0.upperBound > i + 1 }) == true { return nil }
        return (start..<(i + 1), person)
    }

    /// Whether `word` has three Characters or more (`word.count >= 3`): a Character has a byte
    /// or more, and a printable ASCII byte is a Character of its own, so the bytes answer for
    /// nearly every word; ``String/count`` (which walks the grapheme breaks) answers for the others.
    static func hasThreeCharacters(_ word: String) -> Bool {
        let bytes = word.utf8
        if bytes.count < 3 { return false }
        // (Read in place, as ``ShortWords/key(_:)`` reads a norm: iterating the UTF-8 view cost more.)
        let printable = bytes.withContiguousStorageIfAvailable { b in !b.contains { $0 < 0x20 || $0 >= 0x7F } }
        if printable == true { return true }
        return word.count >= 3
    }

    /// The state or body that the words at token `object` name, once generic words and
    /// descriptions are resolved: a state, body or armed group ("the army", "the group"), the
    /// state named before "the country's", or the one state or body a person named there acts
    /// for ("Zelensky's chief of staff").
    func owner(at object: Int, in s: SentenceAnalysis, index: PersonIndex) -> ActorRef? {
        guard object >= 0, object < s.tokens.count else { return nil }
        let here = s.mentions.first { $0.role == .actor && $0.range.contains(object) }
        if let here, here.actor.kind == .state || here.actor.kind == .organization || here.actor.kind == .armedGroup {
            return here.actor
        }
        // "the country's foreign minister": the state named last before it in the sentence.
        if here == nil, recognizer.countryNouns.contains(s.tokens[object].word) {
            return s.mentions.last { $0.actor.kind == .state && $0.range.upperBound <= object && $0.role != .event }?.actor
        }
        let person = here.flatMap { $0.actor.kind == .person ? index.person(form: $0.actor.name) : nil }
            ?? (here == nil && s.tokens[object].isCapitalized ? index.person(surname: s.tokens[object].norm) : nil)
        guard let person, person.represents.count == 1 else { return nil }
        return person.represents.first
    }

    /// The state or body whose delegation, team or forces "is led by" the person starting at `start`:
    /// "the army is led by", "Eritrea's team was led by", "the Ethiopian delegation was headed by".
    func ledBody(_ tokens: [Token], before start: Int, mentions: [Mention]) -> ActorRef? {
        guard start >= 3, tokens[start - 1].norm == "by", recognizer.bodyLedBy.contains(tokens[start - 2].word) else { return nil }
        var k = start - 2
        if ["is", "was", "are", "were", "been"].contains(tokens[k - 1].norm) { k -= 1 }
        if k > 0, recognizer.delegationNouns.contains(tokens[k - 1].word) { k -= 1 }
        if k > 0, tokens[k - 1].norm == "'s" { k -= 1 }
        guard let m = mentions.first(where: { $0.range.upperBound == k && $0.role == .actor }),
            m.actor.kind == .state || m.actor.kind == .organization
        else { return nil }
        return m.actor
    }

    /// The source a sentence ends on, from its last comma: ", a State Department official said.",
    /// ", according to Chinese officials." (a reporting verb ends it, or "according to" opens it).
    static func sourceTail(_ tokens: [Token], reporting: WordSet) -> Range<Int>? {
        guard let comma = tokens.lastIndex(where: { $0.is(.comma) }) else { return nil }
        var end = tokens.count
        while end > comma + 1, !tokens[end - 1].isWord { end -= 1 }
        guard end > comma + 1, end - comma <= 8 else { return nil }
        let according = end - comma > 3 && tokens[comma + 1].norm == "according" && tokens[comma + 2].norm == "to"
        guard according || reporting.contains(tokens[end - 1].word) else { return nil }
        return comma..<tokens.count
    }

    /// The capital a sentence opens on ("In Cairo she held talks with President X"), when the
    /// titled person at `k` is whom the sentence meets there: "with" or a meeting verb right before.
    func hostPlace(_ s: SentenceAnalysis, before k: Int) -> Mention? {
        let t = s.tokens
        guard k >= 1, t.count > 2, ["in", "at"].contains(t[0].norm),
            let place = s.mentions.first(where: { $0.range.lowerBound == 1 && $0.role == .place && $0.actor.kind == .state && $0.form == .metonym }),
            place.range.upperBound < k, ["with", "met", "meets", "received", "receives"].contains(t[k - 1].norm)
        else { return nil }
        return place
    }
}
