/// Persons named in a sentence that names a meeting, taken as present at it: "Around the table
/// sat Egypt's Sameh Shoukry and Jordan's Nasser Judeh", "Roland Dumas and Ali Alatas opened
/// Wednesday's session together", "Kerry met Foreign Minister Bruno Rodriguez here on Thursday".
///
/// News names the people at a meeting in the sentences about it with far more verbs and shapes
/// than rules can list; on the development splits a person named in such a sentence was at the
/// meeting in more than half the cases the rules missed, and most of the rest were at it under a
/// differently keyed meeting. The sentence must state a fact: no negation, denial or condition
/// (``NegationGuard``'s words) and no word of plans or possibilities (relations.rules'
/// "unrealised" list: "will", "hoped", "invited", "next"). A person who is only an owner
/// ("Obama's war", "at Arafat's side") or a complement of "of" ("the envoys of President
/// Maduro") is not named as present.
struct MeetingPresence: Sendable {
    /// Words that keep a sentence from stating who was there: the "unrealised" list and the
    /// negations, denials and conditionals.
    let unfulfilled: WordSet
    /// relations.rules' "photo-position" list: "left" in "X, left, meets Y" marks a caption.
    let photoPositions: WordSet
    /// relations.rules' "scene" and "present-tense" lists (``personsOnTheScene(in:)``).
    let sceneWords: WordSet
    let presentTense: WordSet
    let of: Vocabulary.Word
    let with: Vocabulary.Word
    /// relations.rules' `event:` words ("talks", "met", "sat"): before "with", a meeting.
    let meetingWords: WordSet
    /// relations.rules' `delegate:` words and "leaders", "ministers": after a list of demonyms,
    /// the states' delegates.
    let delegates: WordSet

    /// relations.rules' "remote-contact" list: "calling the leaders of X" places nobody.
    let remoteContact: WordSet
    /// relations.rules' "remote-medium" list: "spoke by telephone with X" places nobody.
    let remoteMedium: WordSet
    /// relations.rules' "speech" list: "said" in "X said on Twitter".
    let speech: WordSet
    /// relations.rules' "absence-before" list: "the late leader X", "at the invitation of X".
    let absenceBefore: WordSet
    /// relations.rules' "absence" list: "X stayed away" was not there.
    let absence: WordSet
    /// relations.rules' "principal-of" list: "an aide to President X" names the aide's principal,
    /// not someone at the meeting.
    let principalOf: WordSet

    /// relations.rules' "session-speaker" list: the title words of a state's voice at a body's
    /// session ("the Soviet delegate", "Israel's ambassador", "the Cuban Foreign Minister").
    let sessionSpeakers: Set<String>
    /// relations.rules' "debate-verb" list: what a speaker does at a session ("replied",
    /// "accused", "deplored").
    let debateVerbs: WordSet

    /// relations.rules' "guest-list" list: "The guest list:", "Participants:", "In attendance:".
    let guestList: WordSet

    init(_ rules: RuleSet, vocabulary: inout Vocabulary) {
        guestList = vocabulary.set(rules.list("guest-list"))
        sessionSpeakers = Set(rules.list("session-speaker"))
        debateVerbs = vocabulary.set(rules.list("debate-verb"))
        remoteContact = vocabulary.set(rules.list("remote-contact").union(rules.list("remote-medium")))
        remoteMedium = vocabulary.set(rules.list("remote-medium"))
        speech = vocabulary.set(rules.list("speech"))
        absenceBefore = vocabulary.set(rules.list("absence-before"))
        absence = vocabulary.set(rules.list("absence"))
        principalOf = vocabulary.set(rules.list("principal-of"))
        delegates = vocabulary.set(rules.delegateNouns.union(["leaders", "ministers"]))
        photoPositions = vocabulary.set(rules.words(.photoPosition))
        sceneWords = vocabulary.set(rules.words(.scene))
        presentTense = vocabulary.set(rules.words(.presentTense))
        var words = Set(rules.words(.unrealised))
        words.formUnion(rules.negations)
        words.formUnion(rules.denials)
        words.formUnion(rules.conditionals)
        unfulfilled = vocabulary.set(words)
        of = vocabulary.intern("of")
        with = vocabulary.intern("with")
        meetingWords = vocabulary.set(rules.eventNouns)
    }

    /// The person mentions of a sentence that names no meeting but a place in a meeting's scene
    /// ("sat at one end of a long table", "was in the room", "led the delegation"), told in the
    /// past: present at the meeting named before. "Kerry is focused on having them sit in the
    /// same room" tells of no scene.
    func personsOnTheScene(in s: SentenceAnalysis, excluding stanceObjects: [Range<Int>] = []) -> [Mention] {
        let t = s.tokens
        Vocabulary.assertAssigned(t)
        guard t.contains(where: { sceneWords.contains($0.word) }), !t.contains(where: { presentTense.contains($0.word) }) else { return [] }
        return persons(in: s, excluding: stanceObjects)
    }

    /// The persons of a sentence that names no meeting, place nor other day, right after a
    /// seated body's session was named, who speak at it as a state's voice: "The Soviet delegate,
    /// Nikolai Fedorenko, has called the landings armed intervention", "Israel's ambassador, X,
    /// replied that …", "Ambassador X said …". The speaker opens the sentence, as its subject,
    /// and a word of the "debate-verb" list follows the name; a plan, a negation or a condition
    /// ("will speak", "did not reply") states no speech.
    func sessionSpeakers(in s: SentenceAnalysis) -> [TitledPerson] {
        let t = s.tokens
        Vocabulary.assertAssigned(t)
        guard !s.mentions.contains(where: { $0.role == .place || $0.role == .event }) else { return [] }
        let quoted = Token.insideQuotes(t)
        // ("told reporters in Dar es Salaam": a city the lexicon does not name is still a place.)
        if t.indices.dropLast().contains(where: { k in (t[k].is(.in) || t[k].norm == "at") && t[k + 1].isCapitalized && !quoted[k] }) { return [] }
        return s.persons.filter { p in
            guard !p.isFormer, p.mention.lowerBound <= 1, !quoted[p.range.lowerBound] else { return false }
            guard p.title.split(separator: " ").contains(where: { sessionSpeakers.contains(String($0)) }) else { return false }
            var k = p.mention.upperBound
            while k < t.count, t[k].is(.comma) || ["also", "has", "had", "then", "later"].contains(t[k].norm) { k += 1 }
            // (What they said may hold any word: "replied that Uganda refused to act".)
            return k < t.count && debateVerbs.contains(t[k].word) && !t[..<k].contains { unfulfilled.contains($0.word) }
        }
    }

    /// The actors a guest list names, in a sentence that opens with one ("The guest list: the
    /// United States, Russia and Britain, represented by X, Y and Z; Turkey's W; …",
    /// "Participants: …"): those at the meeting named before. A body a member is "of" ("the five
    /// permanent members of the Security Council") is not listed; a state after a name is ("X of
    /// Iraq"). A negation or a plan ("Not invited:", "Expected:") lists nobody.
    func guests(in s: SentenceAnalysis) -> [Mention] {
        let t = s.tokens
        Vocabulary.assertAssigned(t)
        guard let colon = t.prefix(6).firstIndex(where: { $0.is(.colon) }), t[..<colon].contains(where: { guestList.contains($0.word) }),
            !t.contains(where: { unfulfilled.contains($0.word) })
        else { return [] }
        return s.mentions.filter { m in
            guard m.range.lowerBound > colon, m.role == .actor, m.actor.kind == .person || m.actor.kind.isSideTaking else { return false }
            var k = m.range.lowerBound - 1
            if k > colon, t[k].is(.the) { k -= 1 }
            return !(k > colon + 1 && t[k].norm == "of" && !t[k - 1].isCapitalized)
        }.flatMap(\.members)
    }

    /// Whether sentence `s` heads a roster set out one participant to a line below it: a line
    /// with no closing stop (or one closed by a colon) that names taking part or a word of the
    /// "guest-list" list ("Heads of delegation taking part in the Summit", "Participants", "The
    /// following took part:"). A negation or a plan ("Not invited", "Expected") heads none.
    func headsRoster(_ s: SentenceAnalysis) -> Bool {
        let t = s.tokens
        Vocabulary.assertAssigned(t)
        guard let last = t.last, !last.is(.period), !last.is(.question), t.count <= 20,
            !t.contains(where: { unfulfilled.contains($0.word) })
        else { return false }
        return t.indices.contains { k in
            guestList.contains(t[k].word) || (k > 0 && t[k].norm == "part" && ["taking", "took", "take", "takes"].contains(t[k - 1].norm))
        }
    }

    /// The actors of a roster line (a line opening on a bullet, below ``headsRoster(_:)``'s
    /// heading or another roster line): "- Mr X, Prime Minister of the Republic of Y",
    /// "- The delegation of Montenegro". Empty when `s` opens on no bullet.
    func rosterEntries(in s: SentenceAnalysis) -> [Mention] {
        let t = s.tokens
        Vocabulary.assertAssigned(t)
        guard Self.opensOnBullet(t) else { return [] }
        return s.mentions.filter { m in m.role == .actor && (m.actor.kind == .person || m.actor.kind.isSideTaking) }.flatMap(\.members)
    }

    /// Whether a line opens on a bullet ("-", "•", "*", "–", "—").
    static func opensOnBullet(_ t: [Token]) -> Bool {
        guard let first = t.first else { return false }
        return first.is(.hyphen) || first.is(.dash) || first.is(.enDash) || first.norm == "•" || first.norm == "*"
    }

    /// The person mentions of sentence `s` present at the meeting it names (the caller has
    /// checked that it names one), but for the objects of the sentence's stances.
    /// "hosted a working dinner at the Elysee Palace in Paris with X": a meeting word, then only
    /// where it was ("at", "in", "the" and capitalised names), then "with" at `w`.
    static func placedMeetingBefore(_ t: [Token], with w: Int, meetingWords: WordSet) -> Bool {
        var k = w - 1
        while k >= 0, w - k <= 9, t[k].isCapitalized && t[k].isWord || ["at", "in", "the"].contains(t[k].norm) { k -= 1 }
        return k >= 0 && k < w - 2 && meetingWords.contains(t[k].word)
    }

    func persons(in s: SentenceAnalysis, excluding stanceObjects: [Range<Int>] = []) -> [Mention] {
        let t = s.tokens
        Vocabulary.assertAssigned(t)
        // "… for a long session with X, who told him that Syria would not sit down with Israel":
        // a hedge inside a relative clause voids that clause, not the meeting before it.
        // (The clauses are read only for a sentence that holds a hedge, few of them.)
        let hedged = t.indices.filter { unfulfilled.contains(t[$0].word) }
        let relatives = hedged.isEmpty ? [] : s.clauses.relativeStretches(count: t.count)
        if hedged.contains(where: { k in !relatives.contains { $0.contains(k) } }) { return [] }
        let voided = relatives.filter { r in hedged.contains { r.contains($0) } }
        if let last = t.last, last.is(.question) { return [] }
        // "X, left, meets Y in Vienna": a photograph's caption, of a day it does not give.
        if t.indices.dropFirst().dropLast().contains(where: { photoPositions.contains(t[$0].word) && t[$0 - 1].is(.comma) && t[$0 + 1].is(.comma) }) {
            return []
        }
        // Words in quotation marks are someone's, not the reporter's account of the room.
        let quoted = Token.insideQuotes(t)
        return s.mentions.filter { m in
            guard m.role == .actor, !quoted[m.range.lowerBound], !stanceObjects.contains(where: { $0.overlaps(m.range) }),
                !voided.contains(where: { $0.contains(m.range.lowerBound) })
            else { return false }
            // "alongside the Egyptian, Qatari and Turkish mediators": a list of demonyms before a
            // noun of delegates names the states whose delegates were there.
            if m.form == .demonym {
                var k = m.range.upperBound
                while k < t.count {
                    if let next = s.mentions.first(where: { $0.range.lowerBound == k && $0.form == .demonym }) {
                        k = next.range.upperBound
                    } else if t[k].is(.comma) || t[k].is(.and) {
                        k += 1
                    } else {
                        break
                    }
                }
                // ("the Turkish mediators" may be one mention, its noun inside.)
                return k < t.count && delegates.contains(t[k].word) || delegates.contains(t[k - 1].word)
            }
            // "sat at the table with envoys of Russia, China and Pakistan", "diplomats from Belgium,
            // France and Britain watched": the states of a list after a noun of delegates.
            if m.actor.kind == .state || m.actor.kind == .organization {
                var k = m.range.lowerBound
                while k > 0 {
                    if t[k - 1].is(.comma) || t[k - 1].is(.and) || t[k - 1].norm == "the" {
                        k -= 1
                    } else if let previous = s.mentions.first(where: { $0.range.upperBound == k && ($0.actor.kind == .state || $0.actor.kind == .organization) }) {
                        k = previous.range.lowerBound
                    } else if k >= 3, t[k - 1].word == of || t[k - 1].norm == "from", t[k - 2].is(.and) || t[k - 2].is(.comma),
                        s.mentions.contains(where: { m in (m.range.upperBound == k - 2 || m.range.upperBound == k - 3 && t[k - 3].is(.comma))
                            && (m.actor.kind == .state || m.actor.kind == .organization) })
                    {
                        // "envoys from France and Italy, and from Bolivia and Ecuador": a second
                        // "from" goes on with the list.
                        k -= 2
                    } else {
                        break
                    }
                }
                guard k >= 2, t[k - 1].word == of || t[k - 1].norm == "from", delegates.contains(t[k - 2].word) else { return false }
                // "calling the leaders of Saudi Arabia and Egypt": contact from afar.
                return !t[max(0, k - 5)..<(k - 2)].contains { remoteContact.contains($0.word) }
            }
            guard m.actor.kind == .person else { return false }
            // "Thailand's Prime Minister X stayed away": told absent; "Presidents X and Y stayed
            // away": the persons listed after the name too.
            var after = m.range.upperBound
            while after + 1 < t.count, t[after].is(.and) || t[after].is(.comma),
                let next = s.mentions.first(where: { $0.range.lowerBound == after + 1 && $0.actor.kind == .person })
            {
                after = next.range.upperBound
            }
            if t[after...].prefix(4).contains(where: { absence.contains($0.word) }) { return false }
            if m.range.upperBound < t.count, t[m.range.upperBound].is(oneOf: FixedWordSet(.possessive, .apostrophe)) { return false }
            // "in support of Syrian President X": the word before the title. (Not into a
            // hyphened name before it: "received at Sharm el-Sheikh Prime Minister X".)
            var start = s.persons.first { $0.range.overlaps(m.range) }.map { min($0.mention.lowerBound, m.range.lowerBound) } ?? m.range.lowerBound
            while start > 0, t[start - 1].isCapitalized, t[start - 1].isWord, !(start >= 2 && t[start - 2].is(.hyphen)) { start -= 1 }
            // A cue at most `reach` words before the name, with no meeting word between.
            func cued(by cues: WordSet, within reach: Int) -> Bool {
                guard let cue = t[max(0, start - reach)..<start].lastIndex(where: { cues.contains($0.word) }) else { return false }
                return !t[cue..<start].contains { meetingWords.contains($0.word) }
            }
            // "spoke by telephone with the President of Russia, X", "who phoned Y": contact from
            // afar; "the late leader X", "at the invitation of the Greek prime minister, X".
            if cued(by: remoteMedium, within: 16) || cued(by: absenceBefore, within: 8) { return false }
            // "Medinsky, an aide to President Vladimir Putin": the aide's principal.
            if start >= 2, ["to", "for", "of"].contains(t[start - 1].norm), principalOf.contains(t[start - 2].word) { return false }
            // "Envoys of both sides were in Jeddah for talks, Saudi Arabia's foreign minister said":
            // the attribution names who told of the meeting, not who was at it.
            if start >= 1, t[start - 1].is(.comma), m.range.upperBound < t.count, speech.contains(t[m.range.upperBound].word),
                m.range.upperBound + 1 == t.count || t[m.range.upperBound + 1].is(oneOf: FixedWordSet(.comma, .period))
            {
                return false
            }
            // "X, the most vocal critic of the talks, said on Twitter …", "told state television":
            // the person's words reached the text through a medium, from wherever they were.
            if let verb = t[m.range.upperBound..<min(t.count, m.range.upperBound + 20)].firstIndex(where: { speech.contains($0.word) }),
                t[(verb + 1)..<min(t.count, verb + 5)].contains(where: { remoteMedium.contains($0.word) })
            {
                return false
            }
            // "the fixation with Assad" is about him; "held talks with Kerry", "met with Kerry" are
            // with him: after "with", only a meeting word a few words back makes a participant.
            // "led by Justice Minister X, with Foreign Minister Y": after a person and a comma,
            // "with" names those with them.
            let companion = start >= 2 && t[start - 2].is(.comma) && s.mentions.contains { $0.actor.kind == .person && $0.range.upperBound == start - 2 }
            if start > 0, t[start - 1].word == with, !companion,
                !t[max(0, start - 7)..<(start - 1)].contains(where: { meetingWords.contains($0.word) }),
                !Self.placedMeetingBefore(t, with: start - 1, meetingWords: meetingWords)
            {
                return false
            }
            // "in front of X", "in the presence of X": witnesses at the table, not owners.
            if start >= 3, t[start - 1].word == of, t[start - 2].norm == "front" && t[start - 3].is(.in) || t[start - 2].norm == "presence" && t[start - 3].is(.the) {
                return true
            }
            // "anti-Assad forces": a name inside a modifier. (A spaced dash after a word opens a
            // list: "the foreign ministers of Iraq and Kuwait - X and Y -"; after a dateline's
            // bracket or day it does not.)
            let opensList = start >= 2 && t[start - 1].end < t[start].start && t[start - 2].isWord && Int(t[start - 2].norm) == nil
            return start == 0 || t[start - 1].word != of && !(t[start - 1].is(.hyphen) && !opensList)
        }
    }
}
