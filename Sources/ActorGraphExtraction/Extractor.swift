import ActorGraphModel
import Dispatch

/// Turns documents into findings: edges, each with the sentence that states it.
///
/// Documents are independent: phase one (tokens, lexicon names, titled persons) and phase two
/// (coreference, events, rules) run per document in parallel; between them the persons of all
/// documents are merged into one ``PersonIndex`` so a surname resolves the same way everywhere.
/// Only the persons are kept between the phases, so memory is bounded by the findings, not by
/// the text; phase two reads the sentences again but takes their persons from phase one.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let rules: RuleSet
    let matcher: LexiconMatcher
    /// Every word the lexicon and the rules use, as ids; tokens get theirs once per sentence.
    let vocabulary: Vocabulary
    /// The rules over word ids, indexed by word.
    let compiled: CompiledRules
    let recognizer: PersonRecognizer
    let events: EventResolver
    /// The words ``MembershipGuard`` reads a `member_of` match for, as ids.
    let membership: MembershipGuard.Words
    /// Persons named in a sentence about a meeting, present at it.
    let presence: MeetingPresence
    /// The lexicon's states but city-states, by ``NameKey``: no meeting's venue.
    let countryNames: Set<String>
    let descriptions: DefiniteDescriptions
    let counted: CountedReferences
    let groups: GroupReferences
    /// The armed-group template ("{demonym} opposition") that nominal opposition rules fill.
    let oppositionTemplate: Int?
    /// Sentences longer than this (in Unicode scalars) are not prose (a data dump, a file of one
    /// line) and are skipped with a warning.
    public static let maximumSentenceLength = 5_000
    // relations.rules' `list` statements this type reads (RULES.md's table says which reads which).
    /// The lists that tell a place from an actor ("cargo", "visit", "direction", …), as word ids.
    let placeCues: PlaceCues
    /// Steps that may be backed without backing their actor ("'s eventual transition").
    let stepNouns: Set<String>
    /// relations.rules' "accusation" list: "accused X of arming Y" states no backing.
    let accusationWords: Set<String>
    /// relations.rules' "withdrawal" list: "suspended its aid to X" gives no backing.
    let withdrawalWords: Set<String>
    /// relations.rules' "interval-unit" list: "eight days after", "two years before" tell of
    /// another occasion.
    let intervalUnits: Set<String>
    /// Nouns that make a place the country of a war ("the war in Somalia").
    let warNouns: Set<String>
    /// "'s side", "'s behalf".
    let sideNouns: Set<String>
    /// Words of a speaker facing the press.
    let pressCues: Set<String>
    /// relations.rules' "future-date" list: words that put a weekday in the future.
    let futureDates: WordSet
    /// relations.rules' "present-date" list: verbs whose simple present puts a weekday in the
    /// future, but for a photograph's caption.
    let presentDates: WordSet
    /// The "future-date" and "present-date" lists together: the future cues of a sentence that
    /// is no photograph's caption (``futureCues(_:restOfLine:)``).
    let scheduleDates: WordSet
    /// relations.rules' "caption-word" list: a sentence with one is a caption, told in the
    /// historic present.
    let captionWords: WordSet
    /// relations.rules' "round-of" list: "a round of strikes" is no meeting.
    let roundsOfNoMeeting: Set<String>
    /// relations.rules' "met-no-meeting" list: "should meet the standards" is no meeting.
    let metNoMeeting: Set<String>
    /// relations.rules' "election" list: a sentence about a vote has rounds of no meeting.
    let electionWords: Set<String>
    /// relations.rules' "governing-noun" list: "the government in Khartoum" names the state.
    let governingNouns: WordSet
    /// A text's bodies start from these word lists (``TextBodies``).
    let bodies: TextBodies
    /// relations.rules' "reception" list: event words that are a meeting only before a person.
    let receptionWords: WordSet
    /// relations.rules' "reception-post" list: "received the French president" receives a person.
    let receptionPosts: Set<String>
    /// relations.rules' "company" list: event words that are a meeting only as time spent with a
    /// person ("spent two hours with Chamoun").
    let companyWords: WordSet
    /// relations.rules' "dialogue" and "dialogue-opener" lists: "the dialogue" is a meeting,
    /// "chose dialogue" is none.
    let dialogueWords: WordSet
    let dialogueOpeners: WordSet
    /// relations.rules' "sit-down" list: event words only before "down" ("sat down in Istanbul").
    let sitDownWords: WordSet
    /// relations.rules' "speech" list: under a timeline's entry, a person who speaks took part.
    let speechWords: WordSet
    /// ``DateResolver/cueWords`` as word ids: a sentence with none of them has no date.
    let dateCues: WordSet
    /// ``DateResolver/narrativeNouns`` as word ids.
    let narrativeCues: WordSet
    /// The names states went by before a renaming, which a text of the time uses.
    let formerNames = FormerNames.bundled
    /// ``Pronoun/personal`` and ``Pronoun/collective`` as word ids: every token is asked.
    let personalPronouns: WordSet
    let collectivePronouns: WordSet
    let neuterPronouns: WordSet

    /// The third-person and past forms of the predicate classes' verbs, and the third-person
    /// forms alone (one word each): "Russia backs Syria and Iran backs Hezbollah" — a list member
    /// right before one of these opens the next clause.
    let clauseVerbs: Set<String>
    let thirdPersonVerbs: Set<String>

    public init(lexicon: Lexicon, rules: RuleSet) {
        self.lexicon = lexicon
        let forms = rules.predicates.values.flatMap(\.lemmas).map { rules.lemmas.forms($0) }
        thirdPersonVerbs = Set(forms.flatMap(\.third).filter { !$0.contains(" ") })
        clauseVerbs = thirdPersonVerbs.union(forms.flatMap(\.past).filter { !$0.contains(" ") })
        stepNouns = rules.list("step")
        accusationWords = rules.list("accusation")
        withdrawalWords = rules.list("withdrawal")
        intervalUnits = rules.words(.intervalUnit)
        warNouns = rules.list("war")
        sideNouns = rules.list("side")
        pressCues = rules.list("press")
        roundsOfNoMeeting = rules.list("round-of")
        metNoMeeting = rules.list("met-no-meeting")
        electionWords = rules.list("election")
        self.rules = rules
        var vocabulary = Vocabulary()
        matcher = LexiconMatcher(lexicon: lexicon, vocabulary: &vocabulary)
        compiled = CompiledRules(rules, vocabulary: &vocabulary)
        placeCues = PlaceCues(rules, vocabulary: &vocabulary)
        var recognizer = PersonRecognizer(rules: rules, vocabulary: &vocabulary)
        receptionWords = vocabulary.set(rules.list("reception"))
        receptionPosts = rules.list("reception-post")
        companyWords = vocabulary.set(rules.list("company"))
        dialogueWords = vocabulary.set(rules.list("dialogue"))
        dialogueOpeners = vocabulary.set(rules.list("dialogue-opener"))
        sitDownWords = vocabulary.set(rules.list("sit-down"))
        speechWords = vocabulary.set(rules.list("speech"))
        governingNouns = vocabulary.set(rules.words(.governingNoun))
        descriptions = DefiniteDescriptions(lexicon: lexicon, rules: rules, vocabulary: &vocabulary)
        dateCues = vocabulary.set(DateResolver.cueWords)
        narrativeCues = vocabulary.set(DateResolver.narrativeNouns)
        futureDates = vocabulary.set(rules.list("future-date"))
        presentDates = vocabulary.set(rules.list("present-date"))
        scheduleDates = vocabulary.set(rules.list("future-date").union(rules.list("present-date")))
        captionWords = vocabulary.set(rules.list("caption-word"))
        personalPronouns = vocabulary.set(Pronoun.personal)
        collectivePronouns = vocabulary.set(Pronoun.collective)
        neuterPronouns = vocabulary.set(Pronoun.neuter)
        var capitals: [String: String] = [:]
        // A seat of power is a metonym the lexicon also writes with "the" ("the Kremlin|Kremlin"),
        // other than the capital itself ("the Vatican").
        var seats: Set<String> = []
        for entry in lexicon.entries where entry.kind == .state {
            if let code = entry.code, capitals[code] == nil, let capital = entry.metonyms.first { capitals[code] = capital }
            for metonym in entry.metonyms.dropFirst() where metonym.lowercased().hasPrefix("the ") {
                seats.insert(String(metonym.dropFirst(4)).lowercased())
            }
        }
        events = EventResolver(rules: rules, capitals: capitals, seats: seats, vocabulary: &vocabulary)
        membership = MembershipGuard.Words(rules, vocabulary: &vocabulary)
        presence = MeetingPresence(rules, vocabulary: &vocabulary)
        let cityStates = Set(rules.list("city-state"))
        countryNames = Set(lexicon.entries.filter { $0.kind == .state && !cityStates.contains($0.name.lowercased()) }.map { NameKey.of($0.name) })
        // (Interned last: the words they add take ids after every other list's.)
        bodies = TextBodies(rules: rules, vocabulary: &vocabulary)
        groups = GroupReferences(rules: rules, vocabulary: &vocabulary)
        self.vocabulary = vocabulary
        for (index, entry) in lexicon.entries.enumerated() where !entry.isTemplate && recognizer.knownActors[entry.name] == nil {
            recognizer.knownActors[entry.name] = matcher.ref(index)
        }
        self.recognizer = recognizer
        counted = CountedReferences(rules: rules)
        oppositionTemplate = lexicon.entries.firstIndex { $0.isTemplate && $0.kind == .armedGroup }
    }

    /// The words that put a weekday of the sentence `tokens` in the future: the simple present of
    /// a schedule counts, but not in a photograph's caption, whose present is historic. A caption's
    /// credit may follow on the sentence's line ("… on Saturday. (Photo: X)"): `restOfLine` is read
    /// only for a sentence with a present-date verb, the only one the answer changes.
    func futureCues(_ tokens: [Token], restOfLine: () -> [Token]) -> WordSet {
        guard tokens.contains(where: { presentDates.contains($0.word) }) else { return futureDates }
        let isCaption = { (t: Token) in captionWords.contains(t.word) }
        return tokens.contains(where: isCaption) || restOfLine().contains(where: isCaption) ? futureDates : scheduleDates
    }

    /// The findings of every document, in document order.
    public func extract(_ documents: [Document]) -> [DocumentFindings] {
        // Phase one keeps only the persons, so memory does not grow with the corpus's tokens;
        // phase two analyses each document again.
        let found = Self.parallelMap(documents) { persons($0) }
        let index = PersonIndex(found.map(\.all))
        return Self.parallelMap(Array(documents.indices)) { findings(analyze(documents[$0], persons: found[$0]), persons: index) }
    }

    /// The findings of every readable document of `folder`, in file order, and the warnings of
    /// the files skipped or repaired. Each document is read from disk in each of the two passes
    /// and let go, so memory holds a few documents and the findings, not the corpus.
    public func extract(_ folder: CorpusFolder, progress: BuildProgress? = nil) -> (findings: [DocumentFindings], warnings: [String]) {
        let reading = extract(folder, among: CorpusPersons([]), progress: progress)
        return (reading.findings, reading.warnings)
    }

    static func parallelMap<T: Sendable, U: Sendable>(_ items: [T], _ body: @Sendable (T) -> U) -> [U] {
        let results = UnsafeResults<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            results.set(i, body(items[i]))
        }
        return results.values
    }

    // MARK: Phase one

    struct Analysis: Sendable {
        var document: Document
        var scalars: [Unicode.Scalar]
        var sentences: [SentenceAnalysis]
        var generics: [Int: [(Range<Int>, Int)]]
        var warnings: [String]
        var country: String?
    }

    /// What phase one keeps of a document: the titled persons of each sentence it reads, and a
    /// fingerprint of the text, so that phase two takes the persons instead of recognising them
    /// again (and recognises them again if the file changed in between).
    struct PersonsFound: Sendable {
        var fingerprint: Int
        /// One entry per sentence read, in order.
        var bySentence: [[TitledPerson]]
        /// Every person of the document, in order: what the ``PersonIndex`` is built from.
        var all: [TitledPerson] { bySentence.flatMap { $0 } }
        /// What the furniture filter blanked (``Boilerplate/blankedRuns(_:_:)``): phase two
        /// blanks it again without searching for it.
        var blanked: [Range<Int>] = []
    }

    /// Phase one: the titled persons of each sentence, all that the person index needs. The
    /// sentences are read as ``analyze(_:persons:)`` reads them, up to the persons.
    func persons(_ document: Document) -> PersonsFound {
        let scalars = Array(document.text.unicodeScalars)
        let masked = Boilerplate.masked(scalars)
        let year = document.published.flatMap(SimpleDate.init(iso:))?.year
        var bySentence: [[TitledPerson]] = []
        _ = readSentences(masked) { _, _, tokens, mentions, _ in
            bySentence.append(recognizer.persons(tokens, mentions: mentions, scalars: masked, year: year))
        }
        Self.preferTextsFullNames(&bySentence)
        return PersonsFound(fingerprint: Self.fingerprint(document), bySentence: bySentence, blanked: Boilerplate.blankedRuns(scalars, masked))
    }

    /// "Mr Marshall" in a text that names David Marshall of Singapore: the text's full name, not
    /// the table's George Marshall; "Mr Vorster" in a text that names Mr John Vorster of South
    /// Africa, the side the table gives: the text's full name, not the table's B. J. Vorster. Read
    /// over the whole document, for the persons a known surname was given a full name
    /// (``TitledPerson/writtenSurname``).
    static func preferTextsFullNames(_ bySentence: inout [[TitledPerson]]) {
        var namedBySurname: [String: [(side: ActorRef?, name: String)]] = [:]
        for p in bySentence.joined() where p.writtenSurname == nil {
            let words = KnownPersons.words(p.name)
            if words.count >= 2, let last = words.last { namedBySurname[last, default: []].append((p.represents, p.name)) }
        }
        guard !namedBySurname.isEmpty else { return }
        for k in bySentence.indices {
            for f in bySentence[k].indices {
                guard let written = bySentence[k][f].writtenSurname, let named = namedBySurname[KnownPersons.words(written).last ?? ""] else { continue }
                bySentence[k][f].name = named.first { $0.side == bySentence[k][f].represents }?.name ?? written
            }
        }
    }

    /// A hash of the document's text: phase one's persons belong to phase two's sentences only
    /// when the text is the same.
    static func fingerprint(_ document: Document) -> Int {
        var hasher = Hasher()
        var text = document.text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    /// Reads each sentence of `masked` as both phases do: its tokens with word ids, the lexicon's
    /// names with the bodies marked, and the generic words still to resolve, handed to `body`
    /// with the sentence's index and range. Returns the number of sentences skipped as too long
    /// to be prose.
    private func readSentences(
        _ masked: [Unicode.Scalar],
        _ body: (_ index: Int, _ range: Range<Int>, _ tokens: [Token], _ mentions: inout [Mention], _ pending: inout [(Range<Int>, Int)]) -> Void
    ) -> Int {
        var skipped = 0
        var bodies = self.bodies
        for (index, range) in SentenceSplitter.sentences(masked).enumerated() {
            if range.count > Self.maximumSentenceLength {
                skipped += 1
                continue
            }
            // (With their word ids, found as each token is made.)
            let tokens = Tokenizer.tokens(masked, in: range, vocabulary: vocabulary)
            guard tokens.contains(where: \.isWord) else { continue }
            var (mentions, pending) = lexiconMentions(tokens)
            bodies.mark(tokens, &mentions)
            pending.removeAll { p in mentions.contains { $0.range.overlaps(p.0) } }
            body(index, range, tokens, &mentions, &pending)
        }
        return skipped
    }

    /// The analysis of a document; `found`, phase one's persons of it, spares recognising them again.
    func analyze(_ document: Document, persons found: PersonsFound? = nil) -> Analysis {
        let scalars = Array(document.text.unicodeScalars)
        // Phase one's reading, if of this text.
        let same = found.flatMap { $0.fingerprint == Self.fingerprint(document) ? $0 : nil }
        let masked = same.map { Boilerplate.blanking(scalars, $0.blanked) } ?? Boilerplate.masked(scalars)
        var sentences: [SentenceAnalysis] = []
        var generics: [Int: [(Range<Int>, Int)]] = [:]
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        let published = document.published.flatMap(SimpleDate.init(iso:))
        let known = same?.bySentence
        // The last day the text gave: "two days later" counts from it.
        var storyDay: SimpleDate? = nil
        // The first day of the last date the text gave: a date without its year soon after one
        // in a past year is in that year.
        var storyDate: SimpleDate? = nil
        // The day of the text's dateline, when it is before publication: what "today" means.
        var filed: SimpleDate? = nil
        var underHeading = false
        let skipped = readSentences(masked) { index, range, tokens, mentions, pending in
            // A place in a sentence about a meeting is a venue, often abroad ("talks in Doha"):
            // it says little about which country's war the text is about.
            let isMeetingSentence = tokens.contains { events.eventNouns.contains($0.word) }
            // An armed group fights at home: its country is likely the war's.
            for m in mentions where m.actor.kind == .armedGroup {
                if let code = m.actor.country, matcher.state(code: code) != nil {
                    counts[code, default: 0] += 2
                    if firstSeen[code] == nil { firstSeen[code] = firstSeen.count }
                }
            }
            for m in mentions where m.actor.kind == .state {
                if let code = m.actor.country {
                    // Where things happen ("in Syria", "the Syrian conflict") says more about what a
                    // document is about than who acts.
                    // (A border says little too: "clashes near the Sudan border".)
                    let near = m.role == .place && (isMeetingSentence || placeCues.namesBorder(tokens, m.range))
                    counts[code, default: 0] += m.role == .place ? (near ? 1 : 3) : (m.form == .demonym ? 2 : 1)
                    // "the war in Somalia", "Somalia's war": the country whose war the text is about.
                    if isWarCountry(tokens, m.range) { counts[code, default: 0] += 6 }
                    if firstSeen[code] == nil { firstSeen[code] = firstSeen.count }
                }
            }
            let persons: [TitledPerson]
            if let known, sentences.count < known.count {
                persons = known[sentences.count]
            } else {
                persons = recognizer.persons(tokens, mentions: mentions, scalars: masked, year: published?.year)
            }
            for p in persons {
                mentions.removeAll { $0.range.overlaps(p.mention) }
                pending.removeAll { $0.0.overlaps(p.mention) }
                mentions.append(Mention(range: p.mention, actor: ActorRef(name: p.name, kind: .person), form: .person))
            }
            mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
            var sentence = SentenceAnalysis(
                index: index, range: range, tokens: tokens, mentions: mentions, persons: persons, clauses: Clauses(tokens, rules: compiled))
            if tokens.contains(where: { dateCues.contains($0.word) }) {
                let cues = futureCues(tokens) {
                    let after = min(range.upperBound, scalars.count)
                    let lineEnd = scalars[after...].firstIndex(of: "\n") ?? scalars.endIndex
                    return Tokenizer.tokens(scalars, in: after..<lineEnd, vocabulary: vocabulary)
                }
                sentence.dates = DateResolver.dates(in: tokens, published: filed ?? published, futureCues: cues)
                // "VIENNA, JUNE 4 -- … here today" in the paper of June 5: a dateline's day, a day
                // or two before publication, is the story's "today".
                if filed == nil, sentences.count < 3, let published, let place = events.datelinePlace(sentence),
                    let first = sentence.dates.first, first.range.lowerBound >= place.upperBound, first.range.lowerBound <= place.upperBound + 2,
                    case .day(let day) = first.date, day < published, published.dayNumber - day.dayNumber <= 2
                {
                    filed = day
                    sentence.dates = DateResolver.dates(in: tokens, published: day, futureCues: cues)
                }
                if let storyDate, let published {
                    sentence.dates = DateResolver.storyYear(sentence.dates, in: tokens, after: storyDate, published: filed ?? published)
                }
                if let last = sentence.dates.last { storyDate = DateResolver.firstDay(of: last) }
            }
            // A day the sentence gives itself after the expression says more ("the same day, after
            // meeting X in Cairo on Monday"), unless another clause gives it ("was in Islamabad the
            // same day for talks, and in New Delhi on Thursday"); one it gives before is the
            // expression's anchor ("saw Sadat in Cairo on Dec 13 and flew on to Damascus two days
            // later"). Under a heading of a day ("13 January, Paris. A day later, …") the heading
            // has already counted the day on.
            if !underHeading, let storyDay, tokens.contains(where: { narrativeCues.contains($0.word) }) {
                let ownDays = sentence.dates.filter { if case .day = $0.date { true } else { false } }
                let told = DateResolver.narrativeDates(in: tokens, anchor: storyDay, dated: sentence.dates).filter { t in
                    !ownDays.contains { d in
                        d.range.lowerBound > t.range.lowerBound && !EventResolver.crossesClause(tokens, Range.ordered(t.range.upperBound, d.range.lowerBound))
                    }
                }
                if !told.isEmpty { sentence.dates = (sentence.dates + told).sorted { $0.range.lowerBound < $1.range.lowerBound } }
            }
            if let last = sentence.dates.last(where: { if case .day = $0.date { true } else { false } }), case .day(let day) = last.date {
                storyDay = day
                underHeading = tokens.lazy.filter(\.isWord).count <= 5
            } else {
                underHeading = false
            }
            sentences.append(sentence)
            if !pending.isEmpty { generics[index] = pending }
        }
        // (Without phase one's persons, its reading over the whole document, as phase one ends.)
        if known == nil {
            var bySentence = sentences.map(\.persons)
            Self.preferTextsFullNames(&bySentence)
            for k in sentences.indices { sentences[k].persons = bySentence[k] }
        }
        var warnings: [String] = []
        if skipped > 0 {
            warnings.append("\(document.name): \(skipped) sentence(s) longer than \(Self.maximumSentenceLength) characters skipped (not prose)")
        }
        let country = counts.keys.max { (counts[$0]!, -firstSeen[$0]!) < (counts[$1]!, -firstSeen[$1]!) }
        return Analysis(document: document, scalars: scalars, sentences: sentences, generics: generics, warnings: warnings, country: country)
    }

    /// The mention a state's possessive owns: "Sudan's RSF", "Syria's Assad", "Sudan's
    /// paramilitary RSF" (one lowercase word between), an armed group, a body or a person.
    static func possessed(by o: Mention, in s: SentenceAnalysis) -> Mention? {
        let t = s.tokens
        let e = o.range.upperBound
        guard o.actor.kind == .state, e + 1 < t.count, t[e].is(.possessive) else { return nil }
        for start in [e + 1, e + 2] where start < t.count {
            if start == e + 2 && !(t[e + 1].isWord && !t[e + 1].isCapitalized) { break }
            if let m = s.mentions.first(where: { $0.range.lowerBound == start && $0.role == .actor }) {
                return [.armedGroup, .person, .organization].contains(m.actor.kind) ? m : nil
            }
        }
        return nil
    }

    /// Whether "'s side" or "'s behalf" follows token `k - 1`.
    func isSideOf(_ tokens: [Token], after k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].norm == "'s" || tokens[k].norm == "'" else { return false }
        return sideNouns.contains(tokens[k + 1].norm)
    }

    /// Whether "'s plan", "'s peace plan", "'s eventual transition from power" follows token
    /// `k - 1`: "'s" and, after up to two lowercase modifiers, a step noun.
    func isStepOf(_ tokens: [Token], after k: Int) -> Bool {
        // "supported the Doha process", "backs a Chinese-Brazilian six-point plan": a name that
        // qualifies a step, with no possessive.
        if k < tokens.count, stepNouns.contains(tokens[k].norm) { return true }
        if k < tokens.count, tokens[k].norm == "-" {
            for t in tokens[k...].prefix(6) {
                if stepNouns.contains(t.norm) { return true }
                guard t.isWord || t.norm == "-" else { return false }
            }
        }
        guard k + 1 < tokens.count, tokens[k].norm == "'s" || tokens[k].norm == "'" else { return false }
        var j = k + 1
        while j < tokens.count, j - k <= 3 {
            if stepNouns.contains(tokens[j].norm) { return true }
            guard tokens[j].isWord, !tokens[j].isCapitalized else { return false }
            j += 1
        }
        return false
    }

    /// Whether the date `d` ends a range that opens on `day`: "from Tuesday to Thursday" (the
    /// date after "to", "until" or "through", with the range's first day right before).
    static func endsRange(_ d: DateMention, of s: SentenceAnalysis, containing day: SimpleDate) -> Bool {
        let k = d.range.lowerBound
        guard k >= 2, ["to", "until", "till", "through"].contains(s.tokens[k - 1].norm) else { return false }
        return s.dates.contains { $0.range.upperBound == k - 1 && $0.date.contains(day) }
    }

    /// Whether the mention at `range` is the one an accuser charges: a word of relations.rules'
    /// "accusation" list up to three words before it, and "of" ("accused X of") or "with"
    /// ("charged X with") right after it.
    func isAccused(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.upperBound < tokens.count, ["of", "with"].contains(tokens[range.upperBound].norm) else { return false }
        return tokens[max(0, range.lowerBound - 3)..<range.lowerBound].contains { accusationWords.contains($0.norm) }
    }

    /// Whether the mention at `range` names the country of a war ("war in X", "X's war", "X war")
    /// or of a meeting's topic ("talks on X").
    func isWarCountry(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let after = range.upperBound < tokens.count ? tokens[range.upperBound].norm : ""
        let after2 = range.upperBound + 1 < tokens.count ? tokens[range.upperBound + 1].norm : ""
        if warNouns.contains(after) || (after == "'s" && warNouns.contains(after2)) { return true }
        guard range.lowerBound >= 2 else { return false }
        // "a new round of talks on Syria": the country a meeting is about is the text's too.
        if ["on", "about", "over"].contains(tokens[range.lowerBound - 1].norm) { return Self.topicalMeetings.contains(tokens[range.lowerBound - 2].norm) }
        guard tokens[range.lowerBound - 1].norm == "in" else { return false }
        return warNouns.contains(tokens[range.lowerBound - 2].norm)
    }

    /// Meeting nouns whose topic ("talks on Syria") is the country a text is about.
    static let topicalMeetings: Set<String> = ["talks", "conference", "summit", "negotiations", "meeting", "consultations", "dialogue"]

    /// Lexicon names in a sentence, with places told apart from actors, and the generic words
    /// (template entries) still to resolve against the document's country.
    func lexiconMentions(_ tokens: [Token]) -> ([Mention], [(Range<Int>, Int)]) {
        var mentions: [Mention] = []
        // (Room for a sentence's usual few names at once: grown from empty, the array was
        // reallocated two or three times a sentence.)
        mentions.reserveCapacity(8)
        var pending: [(Range<Int>, Int)] = []
        let cues = placeCues
        var i = 0
        while i < tokens.count {
            // (Most tokens start no name: the trie's root is asked here, before the call.)
            var found = matcher.mayStart(tokens[i].word) ? matcher.longestMatch(tokens, at: i) : nil
            // "the political opposition": a generic word with one adjective after "the".
            if found == nil, tokens[i].is(.the), i + 1 < tokens.count, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized {
                found = matcher.genericSkippingAdjective(tokens, at: i)
            }
            guard let (end, hit) = found else { i += 1; continue }
            // (The two fields read, not the entry: copying it retained its name and lists.)
            let entryKind = lexicon.entries[hit.entry].kind
            let entryCode = lexicon.entries[hit.entry].code
            if hit.form == .generic {
                // "the rebel Forces Nouvelles": generic words that run from lowercase into a
                // capitalised word are the start of a name's description, not "rebel forces".
                if end - i >= 2, !tokens[i].isCapitalized, tokens[end - 1].isCapitalized {
                    i += 1
                    continue
                }
                pending.append((i..<end, hit.entry))
                i = end
                continue
            }
            var ref = matcher.ref(hit.entry)
            var range = i..<end
            var form = hit.form
            if hit.form == .demonym, let code = entryCode, let (tEnd, template) = matcher.template(afterDemonym: tokens, at: end),
                let instantiated = matcher.ref(template: template, country: code)
            {
                ref = instantiated
                range = i..<tEnd
                form = .generic
            }
            // (Words by id: no norm is copied or hashed. ``Vocabulary/unknown`` before the first
            // token is in no list.)
            // "the Syrian opposition": a leading "the" belongs to the mention.
            let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].word : Vocabulary.unknown
            // "in central Moscow": a direction word between "in" and the place.
            let skipsOne = range.lowerBound > 1
                && (previous == FixedWord.the.rawValue || cues.directionWords.contains(previous) && tokens[range.lowerBound - 2].is(.in))
            let beforeThe = skipsOne ? tokens[range.lowerBound - 2].word : previous
            var role = Mention.Role.actor
            // A body's seat ("in Brussels") is a place like a capital.
            if entryKind == .state && (form == .metonym || form == .name || form == .alias) || entryKind == .organization && form == .metonym {
                let next = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
                // "The Washington Post", "Washington CNN": a capital inside a longer name.
                if form == .metonym, let next, next.isWord, next.isCapitalized,
                    matcher.longestMatch(tokens, at: range.upperBound) == nil, recognizer.title(tokens, at: range.upperBound) == nil
                {
                    i = end
                    continue
                }
                // "fired rockets at Israel" targets a state; "talks at Geneva" names a venue.
                // "the government in Khartoum": a capital after a government noun names the state.
                let governs = beforeThe == FixedWord.in.rawValue && range.lowerBound >= 2
                    && governingNouns.contains(tokens[range.lowerBound - 2].word)
                let window = max(0, range.lowerBound - 5)..<max(0, range.lowerBound - 1)
                // ("troops in the Moscow-backed region of Abkhazia": a name qualifying the noun
                // after it is the backer, not the place.)
                if cues.locatives.contains(beforeThe), form == .metonym || !cues.metonymOnlyLocatives.contains(beforeThe), !governs,
                    !PreparedRuleMatcher.joinsQualifier(tokens, hyphenAt: range.upperBound)
                {
                    role = .place
                } else if form == .metonym, let next,
                    // (Not the last of a list of capitals: "when Chisinau and Tiraspol signed a
                    // protocol" names the signers.)
                    cues.eventNouns.contains(next.word) && previous != FixedWord.and.rawValue && previous != FixedWord.comma.rawValue
                    // "their latest Berlin crisis meeting": one or two lowercase words between.
                    || (1...2).contains(where: { n in
                        let k = range.upperBound + n
                        // (Not past a topic: "revive Gaza ceasefire talks" are about Gaza.)
                        return k < tokens.count && cues.eventNouns.contains(tokens[k].word)
                            && (range.upperBound..<k).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && !cues.meetingTopics.contains(tokens[$0].word) }
                    })
                {
                    role = .place  // "the Berlin conference"
                } else if form == .metonym, cues.visitVerbs.contains(previous) {
                    role = .place  // "visited Cairo on Tuesday, where he held talks with …"
                } else if beforeThe == FixedWord.to.rawValue, range.lowerBound >= 2,
                    window.contains(where: { cues.motionVerbs.contains(tokens[$0].word) || cues.eventNouns.contains(tokens[$0].word) }),
                    // "sent drones and missiles to Russia": a recipient, not a destination.
                    !window.contains(where: { cues.cargoNouns.contains(tokens[$0].word) })
                {
                    role = .place
                } else if form == .metonym, range.lowerBound == 0, next != nil,
                    events.opensDateline(tokens, placeEnd: range.upperBound) || (tokens[0].isUppercase && tokens[0].text.count >= 4)
                {
                    role = .place  // a dateline: "Moscow: …", "HAVANA, Cuba (AP) — …"
                } else if form == .metonym, range.upperBound + 1 < tokens.count, tokens[range.upperBound].is(.comma),
                    tokens[range.upperBound + 1].word == cues.whereWord
                {
                    role = .place  // "flew to Abu Dhabi, where they held talks": a city the clause happens in
                }
            }
            // "Britain's ambassador to the United Nations", "Sudan's UN envoy": where the envoy
            // serves, not whom the envoy acts for.
            // (Kept as a place, not dropped: "Britain's UN ambassador, Sir X" still names X's post.)
            if entryKind == .organization, form != .metonym,
                cues.namesPostOf(tokens, range, stateBefore: { k in mentions.last.map { $0.range.upperBound == k && $0.actor.kind == .state } ?? false })
            {
                role = .place
            }
            // "travelled to the Russian capital", "arrived in Iran's capital": a city named by its
            // state, a place.
            if entryKind == .state, range.upperBound < tokens.count {
                let e = range.upperBound
                if form == .demonym && tokens[e].word == cues.capitalWord
                    || (form == .name || form == .alias) && e + 1 < tokens.count && tokens[e].is(.possessive) && tokens[e + 1].word == cues.capitalWord
                {
                    role = .place
                } else if cues.namesNeighboursOf(tokens, range) {
                    // "the neighbours of Afghanistan met": whose neighbours, not one of them.
                    i = range.upperBound
                    continue
                }
            }
            mentions.append(Mention(range: range, actor: ref, role: role, form: form))
            i = range.upperBound
        }
        return (mentions, pending)
    }

    // MARK: Phase two

    /// The armed group named last by its own name before `position` of sentence `k` (of any
    /// country), or of `country` in one of the two sentences before it: what "the rebels" there
    /// stand for, rather than the country's opposition in general.
    static func namedArmedGroup(before position: Int, in sentences: [SentenceAnalysis], at k: Int, country: String) -> ActorRef? {
        let byName = { (m: Mention) in m.role == .actor && m.actor.kind == .armedGroup && [.name, .alias].contains(m.form) }
        let named = { (m: Mention) in byName(m) && m.actor.country == country }
        // "contacts with the M23, so that delegations from the DRC and the rebels …": in the
        // same sentence, the group named before, whatever the text's country.
        if let m = sentences[k].mentions.last(where: { $0.range.upperBound <= position && byName($0) }) { return m.actor }
        for back in stride(from: k - 1, through: max(0, k - 2), by: -1) {
            if let m = sentences[back].mentions.last(where: named) { return m.actor }
        }
        return nil
    }

    func findings(_ a: Analysis, persons index: PersonIndex) -> DocumentFindings {
        var sentences = a.sentences
        let doc = a.document
        // Generic words ("the rebels", "the regime") stand for the document's country.
        for k in sentences.indices {
            guard let pending = a.generics[sentences[k].index] else { continue }
            for (range, entry) in pending where !sentences[k].mentions.contains(where: { $0.range.overlaps(range) }) {
                // "Chad's army", "the Chadian army": the state named right before owns it, whatever
                // country the document is about.
                let tokens = sentences[k].tokens
                let possessor = range.lowerBound >= 1 && ["'s", "'"].contains(tokens[range.lowerBound - 1].norm)
                    ? sentences[k].mentions.first { $0.range.upperBound == range.lowerBound - 1 && $0.actor.kind == .state }
                    : sentences[k].mentions.first { $0.range.upperBound == range.lowerBound && $0.actor.kind == .state && $0.form == .demonym }
                // "In Guatemala, the army has fought the URNG": a sentence that opens on a state is
                // about that state's army, whatever country the document is mostly about.
                // Not past another state ("In Barbados, Venezuela's government and the opposition"),
                // though past a demonym ("In Mali, Russian fighters fight alongside the army").
                let fronted = tokens.first?.norm == "in"
                    ? sentences[k].mentions.first { f in
                        f.range.lowerBound == 1 && f.actor.kind == .state && f.range.upperBound <= range.lowerBound
                            && f.range.upperBound < tokens.count && tokens[f.range.upperBound].norm == ","
                            && !sentences[k].mentions.contains { $0.actor.kind == .state && $0.form != .demonym && $0.range.lowerBound > f.range.upperBound && $0.range.upperBound <= range.lowerBound }
                    }
                    : nil
                // "… in Syria, where Tehran is Assad's ally and Riyadh arms rebels fighting him": a
                // "where" clause about a state is about that state's rebels and army (not past
                // another place).
                let placed = sentences[k].mentions.last { w in
                    w.actor.kind == .state && w.role == .place && w.range.upperBound + 1 < range.lowerBound
                        && tokens[w.range.upperBound].norm == "," && tokens[w.range.upperBound + 1].norm == "where"
                }
                let whereClause = placed.flatMap { w in
                    sentences[k].mentions.contains { $0.role == .place && $0.range.lowerBound > w.range.upperBound && $0.range.upperBound <= range.lowerBound } ? nil : w
                }
                guard let code = possessor?.actor.country ?? fronted?.actor.country ?? whereClause?.actor.country ?? a.country else { continue }
                // "the regime of Bashar al-Assad", "the government in Khartoum" are left to the
                // nominal rules.
                if range.upperBound < sentences[k].tokens.count, sentences[k].tokens[range.upperBound].norm == "of" { continue }
                if range.upperBound < sentences[k].tokens.count, sentences[k].tokens[range.upperBound].norm == "in",
                    sentences[k].mentions.contains(where: { $0.range.lowerBound == range.upperBound + 1 && $0.actor.kind == .state })
                {
                    continue
                }
                // "The M23 seized Sake. The army has fought the rebels since 2021": rebels named
                // in this sentence or the two before are the ones the generic word means.
                if lexicon.entries[entry].kind == .armedGroup,
                    let named = Self.namedArmedGroup(before: range.lowerBound, in: sentences, at: k, country: code)
                {
                    sentences[k].mentions.append(Mention(range: range, actor: named, form: .generic))
                } else if let ref = matcher.ref(template: entry, country: code) {
                    sentences[k].mentions.append(Mention(range: range, actor: ref, form: .generic))
                }
            }
            sentences[k].mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        var out: [Finding] = []
        // Definite descriptions ("the coalition", "the kingdom"), then persons: canonical names,
        // represents edges, surnames, role references, pronouns.
        var lastPerson: ActorRef?
        // The one state or body the sentence before names, if it names one: whom "Its emir, X"
        // at the start of the next refers to.
        var lastSide: ActorRef?
        // The one state every official the text has tied to a state so far acts for: whose
        // cabinet an ownerless "Defence Minister X" after them sits in (none once officials of
        // two states are named).
        var officialStates: Set<ActorRef> = []
        var officials: Set<ActorRef> = []
        for k in sentences.indices {
            descriptions.resolve(&sentences, at: k)
            let found = out.count
            let homeState = officialStates.count == 1 && officials.count >= 2 ? officialStates.first : nil
            resolvePersons(
                &sentences[k], index: index, lastPerson: lastPerson, lastSide: lastSide, homeState: homeState,
                out: &out, doc: doc, scalars: a.scalars)
            for tie in out[found...] where tie.relation == .represents && !tie.isTentative {
                if case .actor(let state) = tie.object, state.kind == .state {
                    officialStates.insert(state)
                    officials.insert(tie.subject)
                }
            }
            if let p = sentences[k].mentions.last(where: { $0.actor.kind == .person }) { lastPerson = p.actor }
            // Only a next sentence that opens on the possessive asks (most sentences do not).
            let next = k + 1 < sentences.count ? sentences[k + 1].tokens.first?.norm : nil
            lastSide = nil
            if next == "its" || next == "their" {
                let sides = Set(sentences[k].mentions.lazy.filter { $0.role == .actor && ($0.actor.kind == .state || $0.actor.kind == .organization) }.map(\.actor))
                if sides.count == 1 { lastSide = sides.first }
            }
            counted.resolve(&sentences, at: k, stateNouns: groups.stateNounWords)
            counted.resolveThey(&sentences, at: k)
            markEvents(&sentences[k])
        }
        let (eventRefs, datedEvents, sceneMeetings, homeMeeting, asideMeetings) = events.resolveAll(
            sentences, published: doc.published.flatMap(SimpleDate.init(iso:)), title: doc.title)
        var actors: Set<ActorRef> = []
        var forms: [ActorRef: Set<String>] = [:]
        var lastEvent: EventRef?
        let datelineMeeting = self.datelineMeeting(sentences, eventRefs)
        // A country as an event's place ("talks on the war in Syria") names no venue, unless it is
        // the text's own venue, as in a text that names no city ("the forum in Nauru").
        let homeVenue = homeMeeting.map { NameKey.of($0.place) }.flatMap { home in events.countryVenue(sentences).map(NameKey.of) == home ? home : nil }
        let countryNames = self.countryNames
        let namesNoVenue = { (place: String) in countryNames.contains(NameKey.of(place)) && NameKey.of(place) != homeVenue }
        // What two closures below read of the event resolver, taken once per document: reading
        // `self.events` inside them copied the whole Extractor (every list it holds retained and
        // released) each time one was made, ~14 times a document.
        let futureCues = events.futureCues
        let resolver = events
        // (The same for the rules' relative openers, and for the lexicon's trie, which the
        // surface-form closure reads for every mention: capturing the matcher copied it whole.)
        let relativeOpeners = compiled.words.relativeOpeners
        let trie = matcher.trie
        // The two lookups closures below make for every mention and every sentence, made once:
        // each closure that read `trie` or `index` itself copied it (five arrays and some ten
        // tables retained and released), 32 K and 14 K times on the 2 MB corpus.
        let isDemonymAt = { (tokens: [Token], i: Int) -> Bool in trie.longestMatch(tokens, at: i)?.hit.form == .demonym }
        let representedBy = { (name: String) -> [ActorRef] in index.person(form: name)?.represents.sorted() ?? [] }
        let published = doc.published.flatMap(SimpleDate.init(iso:))
        let isAside = { (event: EventRef) -> Bool in
            guard case .span(let start, _)? = event.date, let published else { return false }
            return start > published
        }
        // A meeting dated to a day after the text's.
        let isToCome = { (event: EventRef) -> Bool in
            guard case .day(let day)? = event.date, let published else { return false }
            return day > published
        }
        var lastHeldEvent: EventRef?
        // Whether the sentence before heads a roster of participants or is one of its lines.
        var inRoster = false
        // Whether `lastEvent` is a seated body's session (``EventResolver/sessionSeat(_:event:)``).
        var lastEventIsSession = false
        // The sentences read in place: each `sentences[k].field` read through the array copied
        // the whole SentenceAnalysis (its five arrays retained and released), ~19 times a sentence.
        sentences.withUnsafeMutableBufferPointer { sentences in
        for k in sentences.indices {
            let sentenceStart = out.count
            // The named head of a delegation attended the meeting last mentioned (or the first of
            // this sentence): "Talks opened in Pretoria. Eritrea's team was led by Yemane Gebreab".
            let events = eventRefs[sentences[k].index, default: [:]].sorted { $0.key < $1.key }.map(\.value)
            for p in sentences[k].persons where p.headsDelegation {
                guard let event = events.first ?? lastEvent else { continue }
                let name = index.person(form: p.name)?.name ?? p.name
                let sentence = sentences[k]
                out.append(Finding(
                    subject: ActorRef(name: name, kind: .person), relation: .attended, object: .event(event),
                    evidence: self.evidence(doc, sentence, a.scalars, rule: Finding.delegationHeadRule)))
            }
            // A rule without a meeting noun reads the meeting named before its match in the
            // sentence, else one named after it ("greeted each delegation and joined the opening
            // session"), else the last one before the sentence. A meeting dated only to a month or
            // week still to come ("talks in Geneva next month") is an aside, never that meeting.
            let here = eventRefs[sentences[k].index, default: [:]].sorted { $0.key < $1.key }.filter { !isAside($0.value) }
            // "In Kabul, the defence secretary stood beside President Ghani this afternoon": a
            // sentence that names no meeting but opens on another venue is a meeting there.
            var previousEvent = lastEvent
            // "Ministers are due to meet in Washington on 17 March. Brazil was represented by its
            // foreign minister": a sentence with no cue of a meeting to come is about the last
            // meeting already held, not one named as still to come.
            if here.isEmpty, let last = lastEvent, isToCome(last), !sentences[k].tokens.contains(where: { futureCues.contains($0.word) }) {
                previousEvent = lastHeldEvent
            }
            if here.isEmpty, let venue = resolver.frontedVenue(sentences[k]), let before = lastEvent,
                EventResolver.key(venue) != EventResolver.key(before.place)
            {
                let day = sentences[k].dates.compactMap { d -> SimpleDate? in if case .day(let day) = d.date { day } else { nil } }.first
                // ("On the same day in Kabul": the day of the meeting before.)
                let sameDay = sentences[k].tokens.prefix(6).map(\.norm).joined(separator: " ").contains("same day")
                previousEvent = EventRef(place: venue, date: sameDay ? previousEvent?.date : (day ?? published).map { .day($0) })
            }
            let tokens = sentences[k].tokens
            // "Ban sat in the front row, beside Raul Castro, whose government hosted the
            // negotiations in Havana": a meeting named in a relative clause is not the one a
            // match outside the clause is about, nor the one the next sentences go on about.
            // (Its openers are the "relative-opener" list's; the clause runs to its next break, or
            // to the sentence's end where none comes: a meeting after the clause's comma is the
            // main clause's again.)
            let relativeClauses: [Range<Int>] = here.isEmpty ? [] : sentences[k].clauses.all.compactMap { c in
                c.kind == .relative && relativeOpeners.contains(c.opener) ? c.upToNextBreak(or: tokens.count) : nil
            }
            let eventBefore = { (match: Range<Int>) -> EventRef? in
                let usable = here.filter { e in !relativeClauses.contains { $0.contains(e.key) && !$0.overlaps(match) } }
                let token = match.lowerBound
                return usable.last { $0.key < token }?.value ?? usable.first { $0.key >= token }?.value ?? previousEvent
            }
            // A meeting in a clause about another place is not the one the next sentences go on about.
            let asides = asideMeetings[sentences[k].index] ?? []
            // (A clause's meeting is the text's first meeting where none came before, and one
            // whose clause names no place is the one before: "the Emir, who opened the talks here".)
            let placedClauses = relativeClauses.filter { clause in sentences[k].mentions.contains { $0.role == .place && clause.contains($0.range.lowerBound) } }
            if let last = here.last(where: { e in !asides.contains(e.key) && (lastEvent == nil || !placedClauses.contains { $0.contains(e.key) }) }) {
                lastEvent = last.value
                if !isToCome(last.value) { lastHeldEvent = last.value }
                // ("The Council met in New York …, whose chairman opened the debate": any of the
                // sentence's words for that meeting.)
                lastEventIsSession = here.contains { $0.value == last.value && resolver.sessionSeat(sentences[k], event: $0.key) != nil }
            }
            // "The Security Council met … The Soviet delegate, X, replied that …": a state's
            // delegate speaking right after a seated body's session was named spoke at it.
            if here.isEmpty, lastEventIsSession, let session = lastEvent, case .day(let day)? = session.date,
                !sentences[k].dates.contains(where: { !$0.date.contains(day) })
            {
                for p in presence.sessionSpeakers(in: sentences[k]) {
                    let name = index.person(form: p.name)?.name ?? p.name
                    out.append(Finding(
                        subject: ActorRef(name: name, kind: .person), relation: .attended, object: .event(session),
                        evidence: self.evidence(doc, sentences[k], a.scalars, rule: Finding.sessionSpeakerRule)))
                }
            }
            if let meeting = datelineMeeting {
                for p in sentences[k].persons where p.represents != nil && speaksAtTheVenue(p, sentences[k], meeting) {
                    let name = index.person(form: p.name)?.name ?? p.name
                    out.append(Finding(
                        subject: ActorRef(name: name, kind: .person), relation: .attended, object: .event(meeting),
                        evidence: self.evidence(doc, sentences[k], a.scalars, rule: Finding.datelineSpeakerRule)))
                }
            }
            // "22 January, Montreux. … Kerry told the hall …": under a timeline's or a live blog's
            // entry, a person who speaks there took part in its meeting.
            if let meeting = sceneMeetings[sentences[k].index] {
                for m in sentences[k].mentions where m.actor.kind == .person && speaks(after: m, in: sentences[k], at: meeting) {
                    out.append(Finding(
                        subject: m.actor, relation: .attended, object: .event(meeting),
                        evidence: self.evidence(doc, sentences[k], a.scalars, rule: Finding.sceneSpeakerRule)))
                }
            }
            for p in sentences[k].persons {
                let ref = ActorRef(name: index.person(form: p.name)?.name ?? p.name, kind: .person)
                forms[ref, default: []].insert(p.name)
                // "President Assad", read as the known "Hafez al-Assad": the surname as written too.
                let written = Gazetteer.text(sentences[k].tokens, p.range)
                if written != p.name { forms[ref, default: []].insert(written) }
            }
            // The quote is built only for sentences that yield an edge.
            let (sentenceIndex, sentenceRange) = (sentences[k].index, sentences[k].range)
            lazy var evidence = Evidence(
                doc: doc.name, sentence: sentenceIndex, quote: String(a.scalars, sentenceRange),
                start: sentenceRange.lowerBound, end: sentenceRange.upperBound)
            // "the US-led coalition": the leader its name gives is a member.
            for (leader, body) in leaders(&sentences[k]) {
                out.append(Finding(subject: leader, relation: .memberOf, object: .actor(body), evidence: evidence.read(by: Finding.leaderNameRule)))
            }
            // Nominal rules first: "groups fighting Assad" becomes a mention of the opposition.
            // A second round reads what the first derived: "groups fighting [the regime in
            // Damascus]".
            for _ in 0..<2 {
                let nominalMatches = RuleMatcher(tokens: sentences[k].tokens, mentions: sentences[k].mentions, clauses: sentences[k].clauses, compiled: compiled)
                    .matches(compiled.nominal)
                var derivedAny = false
                for match in nominalMatches {
                    guard let o = match.objects.first, let derived = derive(match.rule.product, from: o, index: index) else { continue }
                    if sentences[k].mentions.contains(where: { m in
                        m.range.overlaps(match.range) && m.form == .derived && !match.objects.contains { $0.range == m.range }
                    }) {
                        continue
                    }
                    // "the armies of Mali, Burkina Faso and Niger": each of the list stands for itself.
                    var partners: [ActorRef] = []
                    if match.rule.product == .same {
                        for m in match.objects.dropFirst() where m.actor != derived && !partners.contains(m.actor) { partners.append(m.actor) }
                    }
                    sentences[k].replace(with: Mention(range: match.range, actor: derived, form: .derived, partners: partners))
                    derivedAny = true
                    // "a former enemy of America": an opposition that is over.
                    let over = match.range.lowerBound > 0 && recognizer.formerWords.contains(sentences[k].tokens[match.range.lowerBound - 1].word)
                    if match.rule.product == .opposition, !over, !NegationGuard.voids(match, in: sentences[k].tokens, clauses: sentences[k].clauses, rules: compiled) {
                        for o in match.objects where o.actor != derived {
                            out.append(Finding(subject: derived, relation: .opposes, object: .actor(o.actor), evidence: evidence.read(by: match.rule)))
                        }
                    }
                }
                if !derivedAny { break }
            }
            // The closure reads the trie taken above (its five arrays retained per mention):
            // reading `self.matcher` in it copied the whole Extractor (every list it holds
            // retained) once per mention, and a local copy of the matcher copied the matcher.
            for m in sentences[k].mentions where m.role == .actor {
                actors.insert(m.actor)
                let tokens = sentences[k].tokens
                if let form = SurfaceForms.form(
                    of: m, tokens: tokens, scalars: a.scalars, index: index, delegates: recognizer.delegateNouns,
                        isDemonym: { isDemonymAt(tokens, $0) })
                {
                    forms[m.actor, default: []].insert(form)
                }
            }
            // "The leaders condemned …": the sides that so far attended the meeting in context.
            groups.resolve(&sentences[k]) { range in
                guard let meeting = eventBefore(range) else { return [] }
                var sides: [ActorRef] = []
                for f in out where f.relation == .attended && f.object == .event(meeting) {
                        let own = f.subject.kind == .person ? representedBy(f.subject.name) : [f.subject]
                    for side in own where !sides.contains(side) { sides.append(side) }
                }
                return sides
            }
            let matches = RuleMatcher(tokens: sentences[k].tokens, mentions: sentences[k].mentions, clauses: sentences[k].clauses, compiled: compiled)
                .matches(compiled.relational)
            for match in matches where !NegationGuard.voids(match, in: sentences[k].tokens, clauses: sentences[k].clauses, rules: compiled) {
                guard case .relation(let relation) = match.rule.product else { continue }
                let stated = evidence.read(by: match.rule)
                if relation == .memberOf, MembershipGuard.voids(match, in: sentences[k].tokens, clauses: sentences[k].clauses, words: membership) { continue }
                if relation == .attended {
                    // A rule without a meeting noun ("X also attended.") means the meeting last named.
                    // "has proposed that A and B meet at Tashkent": nobody is at a meeting agreed
                    // on or proposed yet, unless the rule reads the agreement itself.
                    if let e = match.event, let agreed = resolver.agreement(sentences[k], event: e), !match.range.contains(agreed) { continue }
                    let event: EventRef?
                    if let e = match.event, let named = eventRefs[sentences[k].index]?[e] {
                        event = named
                    } else if match.rule.elements.contains(.event) {
                        event = nil
                    } else if let home = homeMeeting, tokens[match.range].contains(where: { $0.norm == "here" }) {
                        event = home  // "X and Y are all here": the text's own meeting, whatever was named last.
                    } else {
                        event = eventBefore(match.range)
                    }
                    guard let event else { continue }
                    for m in match.subjects + match.objects {
                        // "the G20 summit in Bali", "a NATO summit in Brussels": a body's name before
                        // its own summit names the summit, not a participant.
                        if m.actor.kind == .organization, let e = match.event, m.range.upperBound == e,
                            ["summit", "summits"].contains(tokens[e].norm)
                        {
                            continue
                        }
                        out.append(Finding(subject: m.actor, relation: .attended, object: .event(event), evidence: stated))
                    }
                    continue
                }
                if match.objects.isEmpty {
                    for (x, s) in match.subjects.enumerated() {
                        for t in match.subjects[(x + 1)...] where s.actor != t.actor {
                            out.append(Finding(subject: s.actor, relation: relation, object: .actor(t.actor), evidence: stated))
                            if !relation.isSymmetric {
                                out.append(Finding(subject: t.actor, relation: relation, object: .actor(s.actor), evidence: stated))
                            }
                        }
                    }
                } else {
                    // "fought on Haftar's side": the object is the side fought for, not against.
                    if relation == .opposes, let o = match.objects.last, isSideOf(sentences[k].tokens, after: o.range.upperBound) { continue }
                    // "backed ASEAN's peace plan": backing a proposal is not taking the proposer's side.
                    // "will support Assad's eventual transition from power": backing a step, not a side.
                    if relation == .backs, let o = match.objects.last, isStepOf(sentences[k].tokens, after: o.range.upperBound) { continue }
                    // "accused Nicaragua of funnelling weapons to the FMLN", "accuses the army of
                    // collaborating with the FDLR": an accuser's claim.
                    if relation == .backs || relation == .coordinatesWith, let s = match.subjects.first, isAccused(sentences[k].tokens, s.range) { continue }
                    // "paused part of its aid to Ethiopia": aid withdrawn, not given (a few words before
                    // the match too: its subject may be the "its" of the aid).
                    if relation == .backs, let o = match.objects.first, o.range.lowerBound > match.range.lowerBound,
                        sentences[k].tokens[max(0, match.range.lowerBound - 3)..<o.range.lowerBound].contains(where: { withdrawalWords.contains($0.norm) })
                    {
                        continue
                    }
                    // "supplies weapons to Sudan's RSF", "backs Syria's Assad": the state's own side or
                    // leader the possessive names is the object.
                    var objects = match.objects.map { o in Self.possessed(by: o, in: sentences[k]) ?? o }
                    var subjects = match.subjects
                    let tokens = sentences[k].tokens
                    // The stance matched before token `start` whose object stands at `range`.
                    func stance(withObjectAt range: Range<Int>, before start: Int) -> RuleMatch? {
                        matches.first { m in m.isStance && m.range.lowerBound < start && m.objects.contains { $0.range == range } }
                    }
                    // "Russia backs Syria and Iran backs Hezbollah": the last object, right before a
                    // verb, is the next clause's subject ("Iran backed by Russia" is still an object).
                    if objects.count > 1, let last = objects.last, last.range.lowerBound > 0, last.range.upperBound + 1 < tokens.count,
                        tokens[last.range.lowerBound - 1].is(.and),
                        clauseVerbs.contains(tokens[last.range.upperBound].norm), tokens[last.range.upperBound + 1].norm != "by"
                    {
                        objects.removeLast()
                    }
                    // "Syria and Iran backs Hezbollah": a verb of one subject after a list has its last member.
                    // "Russia backed Syria and Iran backed Hezbollah": a list that opens on another
                    // match's object is that object and the next clause's subject.
                    if subjects.count > 1, let last = subjects.last, last.range.upperBound < tokens.count,
                        thirdPersonVerbs.contains(tokens[last.range.upperBound].norm)
                            || clauseVerbs.contains(tokens[last.range.upperBound].norm)
                                && stance(withObjectAt: subjects[0].range, before: match.range.lowerBound) != nil
                    {
                        subjects = [last]
                    }
                    // "Iran armed the Houthis and funded Hezbollah": a second verb joined by "and"
                    // after another match's object has that match's subject, not the object.
                    if subjects.count == 1, let only = subjects.first, only.range.upperBound + 1 < tokens.count,
                        tokens[only.range.upperBound].is(.and), clauseVerbs.contains(tokens[only.range.upperBound + 1].norm),
                        let earlier = stance(withObjectAt: only.range, before: only.range.lowerBound)
                    {
                        subjects = earlier.subjects
                    }
                    for s in subjects {
                        for o in objects where s.actor != o.actor {
                            // "X, envoy of Israeli Prime Minister Y": a person one acts for stands
                            // for the states and bodies that person acts for.
                            let sides = relation == .represents && o.actor.kind == .person ? representedBy(o.actor.name) : [o.actor]
                            for side in sides where side != s.actor {
                                out.append(Finding(subject: s.actor, relation: relation, object: .actor(side), evidence: stated))
                            }
                        }
                    }
                }
            }
            // "Around the table sat X and Y": after a meeting on a known day, a sentence that names
            // no meeting but a place in its scene (relations.rules' "scene" list) names persons
            // who were there.
            // "a bombing campaign backing President Bashar al-Assad": the object of a stance is
            // what the sentence is about, not someone in the room.
                // (Read in place: filtering the matches copied each whole match, ~1,100
                // instructions a sentence for a list nearly always empty.)
                lazy var stanceObjects = matches.withUnsafeBufferPointer { matches in
                    var ranges: [Range<Int>] = []
                    for i in matches.indices where matches[i].isStance {
                        for o in matches[i].objects { ranges.append(o.range) }
                    }
                    return ranges
                }
            if here.isEmpty, let event = lastEvent, case .day? = event.date {
                for m in presence.personsOnTheScene(in: sentences[k], excluding: stanceObjects).flatMap(\.members) {
                    out.append(Finding(subject: m.actor, relation: .attended, object: .event(event), evidence: evidence.read(by: Finding.scenePresenceRule)))
                }
                // "The guest list: the United States, Russia …": those at the meeting named before.
                for m in presence.guests(in: sentences[k]) {
                    out.append(Finding(subject: m.actor, relation: .attended, object: .event(event), evidence: evidence.read(by: Finding.guestListRule)))
                }
                // "Turkish President X, whose country has applied to join, was also in Kazan".
                for m in personsInVenue(sentences[k], venue: event.place) {
                    out.append(Finding(subject: m.actor, relation: .attended, object: .event(event), evidence: evidence.read(by: Finding.venuePresenceRule)))
                }
                // "Heads of delegation taking part in the Summit" and a line for each below it.
                if inRoster {
                    for m in presence.rosterEntries(in: sentences[k]) {
                        out.append(Finding(subject: m.actor, relation: .attended, object: .event(event), evidence: evidence.read(by: Finding.guestListRule)))
                    }
                }
            }
            inRoster = presence.headsRoster(sentences[k]) || (inRoster && MeetingPresence.opensOnBullet(sentences[k].tokens))
            // "Egypt is represented by Prime Minister X", "Pompeo and Mulvaney sat on the American
            // side": a sentence that names no meeting but places someone at one, by a rule, names
            // others who were there.
            if here.isEmpty {
                let ruled = out[sentenceStart...].filter { $0.relation == .attended }
                if case .event(let event)? = ruled.first?.object, ruled.allSatisfy({ $0.object == .event(event) }), case .day? = event.date,
                    !namesNoVenue(event.place)
                {
                    let present = Set(ruled.map(\.subject))
                    for m in presence.persons(in: sentences[k], excluding: stanceObjects).flatMap(\.members) where !present.contains(m.actor) {
                        out.append(Finding(subject: m.actor, relation: .attended, object: .event(event), evidence: evidence.read(by: Finding.companyPresenceRule)))
                    }
                }
            }
            // A person named in a sentence that names a meeting on a known day was there. The
            // meeting must be named in the sentence, in a city: "talks on the war in Syria" name
            // no venue.
            if !here.isEmpty {
                for m in presence.persons(in: sentences[k], excluding: stanceObjects).flatMap(\.members) {
                    // "fresh from the G7 summit in Apulia": not at a meeting told as a stop on the way.
                    guard let event = eventBefore(m.range), case .day(let day)? = event.date,
                        // ("A and B agree ceasefire and conference at Haradh": a meeting an
                        // agreement provides for has nobody at it yet.)
                        here.contains(where: { $0.value == event && !asides.contains($0.key) && !resolver.isAgreedOn(sentences[k], event: $0.key) }),
                        !namesNoVenue(event.place),
                        // "a step agreed last autumn in talks brokered by X": a sentence dated
                        // otherwise tells of another occasion ("since the riots began on 13 May"
                        // dates no occasion of the sentence's).
                        // (A day given in another coordinated clause than the person's is that
                        // clause's: "saw Sadat in Cairo on Dec 13, and flew on to Damascus two days
                        // later for a session with Assad".)
                        !sentences[k].dates.contains(where: { d in
                            !resolver.isSince(sentences[k].tokens, before: d.range.lowerBound) && !d.date.contains(day)
                                && !Self.endsRange(d, of: sentences[k], containing: day)
                                && !EventResolver.crossesClause(sentences[k].tokens, Range.ordered(min(d.range.upperBound, m.range.upperBound), max(d.range.lowerBound, m.range.lowerBound)))
                        }),
                        // "the 1947 accord struck by her father, General Aung San": another year, or
                        // "eight days after X fled", is another occasion.
                        !sentences[k].tokens.indices.prefix(m.range.lowerBound).contains(where: { i in
                            DateResolver.year(sentences[k].tokens, i).map { $0 != day.year } ?? false
                        }),
                        !countedBefore(sentences[k].tokens, m.range.lowerBound)
                    else { continue }
                    out.append(Finding(subject: m.actor, relation: .attended, object: .event(event), evidence: evidence.read(by: Finding.meetingPresenceRule)))
                }
            }
        }
        }
        // "the Prime Minister of Ceylon" in 1962: the state under its name of the time.
        if let year = doc.published.flatMap(SimpleDate.init(iso:))?.year, case let renamed = formerNames.names(in: year), !renamed.isEmpty {
            let rename = { (ref: ActorRef) in FormerNames.rename(ref, renamed) }
            for i in out.indices {
                out[i].subject = rename(out[i].subject)
                if case .actor(let o) = out[i].object { out[i].object = .actor(rename(o)) }
            }
            actors = Set(actors.map(rename))
            forms = forms.reduce(into: [:]) { $0[rename($1.key), default: []].formUnion($1.value) }
        }
        return DocumentFindings(document: doc.name, published: doc.published, findings: out, datedEvents: datedEvents, actors: actors, forms: forms, warnings: a.warnings)
    }

    /// Whether "eight days after", "two years before" comes up to eight words before token `k`
    /// in its clause: what follows is another occasion than the sentence's.
    /// (The units are relations.rules' "interval-unit" list.)
    func countedBefore(_ tokens: [Token], _ k: Int) -> Bool {
        var j = k - 1
        while j >= 2, k - j <= 8, ![",", ";", "—"].contains(tokens[j].norm) {
            if ["after", "before"].contains(tokens[j].norm), intervalUnits.contains(tokens[j - 1].norm) {
                return true
            }
            j -= 1
        }
        return false
    }

    /// The meeting a story is datelined at: "VIENNA (Reuters) — …" about talks in Vienna.
    func datelineMeeting(_ sentences: [SentenceAnalysis], _ eventRefs: [Int: [Int: EventRef]]) -> EventRef? {
        guard let (s, range) = sentences.prefix(3).lazy.compactMap({ s in events.datelinePlace(s).map { (s, $0) } }).first
        else { return nil }
        let place = NameKey.of(EventResolver.datelineName(s, range))
        let refs = eventRefs.sorted { $0.key < $1.key }.flatMap { $0.value.sorted { $0.key < $1.key }.map(\.value) }
        return refs.first { NameKey.of($0.place) == place && $0.date != nil }
    }

    /// Whether the person of mention `m` speaks in the sentence, on no other day: "Kerry told the
    /// hall", "X, speaking for the Coalition, demanded", "…, said Lavrov" (relations.rules'
    /// "speech" list).
    func speaks(after m: Mention, in s: SentenceAnalysis, at meeting: EventRef) -> Bool {
        let t = s.tokens
        var k = m.range.upperBound
        if k < t.count, t[k].norm == "," { k += 1 }
        let before = m.range.lowerBound > 0 && ["said", "says"].contains(t[m.range.lowerBound - 1].norm)
        guard before || k < t.count && speechWords.contains(t[k].word) else { return false }
        // "In Washington, President X said": another place, another day, another occasion.
        let venue = EventResolver.key(meeting.place)
        let elsewhere = s.mentions.contains { $0.role == .place && EventResolver.key(events.venueName($0, t)) != venue }
        return !elsewhere && !s.dates.contains { d in if case .day = d.date { true } else { false } }
    }

    /// Whether a titled person speaks in the sentence ("Lavrov told reporters", "…, said Foreign
    /// Minister X") with no other place or day named: in a story datelined at a meeting's venue,
    /// a speaker there that day took part in it.
    func speaksAtTheVenue(_ p: TitledPerson, _ s: SentenceAnalysis, _ meeting: EventRef) -> Bool {
        let tokens = s.tokens
        let after = tokens[p.mention.upperBound..<min(tokens.count, p.mention.upperBound + 2)]
        let before = tokens[max(0, p.mention.lowerBound - 2)..<p.mention.lowerBound]
        guard after.contains(where: { rules.reportingVerbs.contains($0.norm) }) || before.contains(where: { ["said", "says"].contains($0.norm) })
        else { return false }
        // On another day: "told reporters on Monday" (of a Tuesday meeting).
        if let day = meeting.date, s.dates.contains(where: { $0.date != day }) { return false }
        // At the venue: the sentence names it ("told reporters in Vienna"), or the speaker faces
        // the press with no other place named ("told a news conference").
        let venue = NameKey.of(meeting.place)
        // Words inside quotation marks are the speaker's, not the reporter's placing of them.
        let quoted = Token.insideQuotes(tokens)
        var places: [String] = s.mentions.filter { $0.role == .place && $0.range.lowerBound > 0 && !quoted[$0.range.lowerBound] }.map { m in
            tokens[m.range].filter { $0.norm != "the" }.map(\.text).joined(separator: " ")
        }
        for k in tokens.indices.dropLast() where (tokens[k].norm == "in" || tokens[k].norm == "at") && !quoted[k] && tokens[k + 1].isCapitalized && tokens[k + 1].isWord {
            places.append(tokens[k + 1].text)
        }
        if places.contains(where: { NameKey.of($0) == venue }) { return true }
        return places.isEmpty && tokens.contains { pressCues.contains($0.norm) }
    }

    func evidence(_ doc: Document, _ s: SentenceAnalysis, _ scalars: [Unicode.Scalar], rule: String) -> Evidence {
        Evidence(doc: doc.name, sentence: s.index, quote: String(scalars, s.range), start: s.range.lowerBound, end: s.range.upperBound, rule: rule)
    }

    /// The actor a nominal rule's mention stands for.
    func derive(_ product: RuleSet.Product, from o: Mention, index: PersonIndex) -> ActorRef? {
        let country: String?
        if o.actor.kind == .person {
            country = index.person(form: o.actor.name)?.represents.first(where: { $0.kind == .state })?.country
        } else {
            country = o.actor.country
        }
        switch product {
        case .same:
            return o.actor
        case .government:
            if o.actor.kind == .state { return o.actor }
            return country.flatMap { matcher.state(code: $0) }
        case .opposition:
            guard let country, let template = oppositionTemplate else { return nil }
            if o.actor.kind == .armedGroup { return nil }
            return matcher.ref(template: template, country: country)
        case .relation:
            return nil
        }
    }

    /// Whether a person's mention follows the reception word at `i` (after "by" or "the"), not
    /// as an owner ("Ruto's letter").
    func receivesAPerson(_ s: SentenceAnalysis, after i: Int) -> Bool {
        var k = i + 1
        // "received his Pakistani counterpart, Ishaq Dar": a role before the name.
        while k < s.tokens.count, k - i <= 6 {
            // "received the French president in Beijing": a state's head (or the person the text
            // named before), named by post.
            if let m = s.mentions.first(where: { $0.range.contains(k) && ($0.actor.kind == .state || $0.actor.kind == .person) }), m.range.count > 1,
                receptionPosts.contains(s.tokens[m.range.upperBound - 1].norm)
            {
                return true
            }
            if ["by", "the", "his", "her", "their", "its", "counterpart", ","].contains(s.tokens[k].norm) {
                k += 1
            } else if let m = s.mentions.first(where: { $0.range.lowerBound == k && $0.form == .demonym }) {
                k = m.range.upperBound
            } else {
                break
            }
        }
        // "received at Sharm el-Sheikh Chancellor X of Germany, …": the venue, and its day, between.
        if k + 1 < s.tokens.count, s.tokens[k].is(.in) || s.tokens[k].norm == "at",
            let place = s.mentions.first(where: { $0.range.lowerBound == k + 1 && $0.role == .place })?.range ?? events.gazetteer.match(s.tokens, at: k + 1)
        {
            k = place.upperBound
            if let day = s.dates.first(where: { $0.range.lowerBound == k || $0.range.lowerBound == k + 1 && s.tokens[k].is(.on) }) { k = day.range.upperBound }
            while k < s.tokens.count, s.tokens[k].is(.the) || s.tokens[k].is(.comma) { k += 1 }
        }
        // "was received in Pretoria on Thursday by President X".
        if i > 0, ["was", "were", "been", "being"].contains(s.tokens[i - 1].norm),
            let by = s.tokens[(i + 1)..<min(s.tokens.count, i + 7)].firstIndex(where: { $0.norm == "by" }),
            !s.mentions.contains(where: { $0.role == .actor && $0.range.lowerBound > i && $0.range.upperBound <= by })
        {
            k = by + 1
            while k < s.tokens.count, s.tokens[k].norm == "the" { k += 1 }
        }
        guard let m = s.mentions.first(where: { $0.range.lowerBound == k }), m.actor.kind == .person else { return false }
        guard m.range.upperBound < s.tokens.count else { return true }
        // "saw Assad as a bulwark", "want to see Assad hand over power": a view of the person or
        // a wish about him, no meeting with him. A meeting goes on with its place, day or partner.
        if ["saw", "sees", "see"].contains(s.tokens[i].norm),
            !["in", "at", "on", "and", ",", ".", ";", "for", "during", "before", "after", "yesterday", "today", "last", "this", "twice", "again", "there", "when"]
                .contains(s.tokens[m.range.upperBound].norm)
        {
            return false
        }
        return s.tokens[m.range.upperBound].norm != "'s"
    }

    /// The person that sentence `s` (which names no meeting nor day) opens on, when it places
    /// them in `venue`, the city of the meeting named before: "Turkish President X was also in
    /// Kazan", "X, whose country has applied to join the bloc, was also in Kazan" (a clause closed
    /// by a comma may follow the name). A plan or a negation places nobody.
    func personsInVenue(_ s: SentenceAnalysis, venue: String) -> [Mention] {
        let t = s.tokens
        guard s.dates.isEmpty, let p = s.persons.first, p.mention.lowerBound <= 1,
            let person = s.mentions.first(where: { $0.role == .actor && $0.actor.kind == .person && $0.range.overlaps(p.range) })
        else { return [] }
        var k = person.range.upperBound
        if k < t.count, t[k].is(.comma), let close = t[(k + 1)...].prefix(16).firstIndex(where: { $0.is(.comma) }) { k = close + 1 }
        guard k + 2 < t.count, t[k].norm == "was" || t[k].norm == "were" else { return [] }
        k += 1
        if ["also", "already", "still"].contains(t[k].norm) { k += 1 }
        guard k + 1 < t.count, t[k].is(.in) || t[k].norm == "at",
            t[k + 1].isCapitalized, t[k + 1].isWord,
            // (A city of one word is read off the text, as a venue is.)
            case let place = s.mentions.first(where: { $0.range.lowerBound == k + 1 && $0.role == .place })?.range ?? events.gazetteer.match(t, at: k + 1) ?? (k + 1)..<(k + 2),
            EventResolver.key(Gazetteer.text(t, place)) == EventResolver.key(venue),
            !t[..<k].contains(where: { presence.unfulfilled.contains($0.word) })
        else { return [] }
        return person.members
    }

    /// Whether the word at `i` ("spent") counts hours or days shared with an actor named after
    /// "with": "spent two hours with Chamoun at the palace", "spent four days in Peking with Mao".
    func spendsTimeWithAPerson(_ s: SentenceAnalysis, at i: Int) -> Bool {
        let t = s.tokens
        guard let unit = ((i + 1)..<min(t.count, i + 5)).first(where: { ["hours", "days", "minutes", "evening", "morning", "afternoon", "night", "day"].contains(t[$0].norm) }),
            let with = ((unit + 1)..<min(t.count, unit + 6)).first(where: { t[$0].norm == "with" }),
            // "spent 48 hours on the telephone with X": no meeting; nor across a clause.
            !t[i..<with].contains(where: { $0.is(.comma) || presence.remoteMedium.contains($0.word) })
        else { return false }
        var k = with + 1
        while k < t.count, ["the", "his", "her", "their"].contains(t[k].norm) { k += 1 }
        return s.mentions.contains { $0.range.lowerBound == k && $0.role == .actor && $0.actor.kind != .event }
    }

    /// Marks event nouns as event mentions.
    func markEvents(_ s: inout SentenceAnalysis) {
        for (i, t) in s.tokens.enumerated() where (events.eventNouns.contains(t.word) || companyWords.contains(t.word)) && !s.mentions.contains(where: { $0.range.contains(i) }) {
            // "hosted the first round in Caracas" is a meeting; "a round of strikes" is not (and in
            // "a round of talks" the talks are the meeting).
            if t.norm == "round", i + 1 < s.tokens.count, s.tokens[i + 1].norm == "of",
                s.tokens[(i + 2)..<min(s.tokens.count, i + 7)].contains(where: { rules.eventNouns.contains($0.norm) || roundsOfNoMeeting.contains($0.norm) })
            {
                continue
            }
            // "won the 25 May election in the first round": a round of voting.
            if t.norm == "round", s.tokens.contains(where: { electionWords.contains($0.norm) }) { continue }
            // "should meet the standards Australia sets": a test passed is no meeting.
            if ["meet", "meets", "met"].contains(t.norm), i + 1 < s.tokens.count {
                let k = ["the", "its", "their", "his", "her", "our", "all", "these", "those", "such"].contains(s.tokens[i + 1].norm) ? i + 2 : i + 1
                if k < s.tokens.count, metNoMeeting.contains(s.tokens[k].norm) { continue }
            }
            // "until its goals were met": a passive "met" is no meeting.
            if t.norm == "met", i > 0, ["were", "was", "been", "be", "are", "is", "being"].contains(s.tokens[i - 1].norm) { continue }
            // "received Kenya's president", "was received by King Abdullah": a reception is a
            // meeting; "received weapons", "received Ruto's letter" are none.
            if receptionWords.contains(t.word), !receivesAPerson(s, after: i) { continue }
            // "spent two hours with Chamoun", "spent four days in Peking with Mao": time spent with
            // a person is a meeting; "spent millions on arms" is none.
            if companyWords.contains(t.word), !spendsTimeWithAPerson(s, at: i) { continue }
            // "the national dialogue opened": a meeting; "chose dialogue over confrontation": none.
            if dialogueWords.contains(t.word), !(i > 0 && (dialogueOpeners.contains(s.tokens[i - 1].word) || s.tokens[i - 1].isCapitalized)) { continue }
            // "sat down in Istanbul", "will sit down with X": a meeting; "sat on the council" is none,
            // and in "sat down for talks" the talks are the meeting.
            // "sat the leaders of the two camps down together at Deuba": whom someone sat down.
            if sitDownWords.contains(t.word) {
                let down: Int?
                if i + 1 < s.tokens.count, s.tokens[i + 1].norm == "down" {
                    down = i + 1
                } else if i + 1 < s.tokens.count, ["the", "both", "all", "them"].contains(s.tokens[i + 1].norm) {
                    down = ((i + 2)..<min(s.tokens.count, i + 10)).prefix(while: { !s.tokens[$0].is(.comma) && !s.tokens[$0].is(.period) })
                        .first { s.tokens[$0].norm == "down" }
                } else {
                    down = nil
                }
                guard let down, !s.tokens[(down + 1)..<min(s.tokens.count, down + 6)].contains(where: { events.eventNouns.contains($0.word) }) else { continue }
            }
            // "the Mulungushi conference centre": a building's name, no meeting.
            if i + 1 < s.tokens.count, events.buildings.contains(s.tokens[i + 1].word) { continue }
            s.mentions.append(Mention(range: i..<(i + 1), actor: ActorRef(name: t.norm, kind: .event), role: .event, form: .eventNoun))
        }
        // "The Security Council adopted Resolution 1368", "the General Assembly voted on 14
        // October": a seated body's vote or debate is its session, where no meeting noun names one.
        if !s.mentions.contains(where: { $0.role == .event }),
            let i = s.tokens.indices.first(where: { i in
                events.sessionVerbs.contains(s.tokens[i].word) && !s.mentions.contains { $0.range.contains(i) } && events.sessionSeat(s, event: i) != nil
            })
        {
            s.mentions.append(Mention(range: i..<(i + 1), actor: ActorRef(name: s.tokens[i].norm, kind: .event), role: .event, form: .eventNoun))
        }
        // "The 31st Pacific Islands Forum opened in Tarawa on Friday": a body's numbered gathering
        // that opens or closes is a meeting, where no meeting noun names one.
        if !s.mentions.contains(where: { $0.role == .event }),
            let m = s.mentions.first(where: { m in
                m.actor.kind == .organization && m.range.lowerBound >= 1 && m.range.upperBound < s.tokens.count
                    && Self.isOrdinal(s.tokens[m.range.lowerBound - 1].norm)
                    && (events.openers.contains(s.tokens[m.range.upperBound].word) || events.closers.contains(s.tokens[m.range.upperBound].word))
            })
        {
            let i = m.range.upperBound
            s.mentions.append(Mention(range: i..<(i + 1), actor: ActorRef(name: s.tokens[i].norm, kind: .event), role: .event, form: .eventNoun))
        }
        // "came to Muscat on Saturday": an arrival stands for a meeting only where no meeting noun
        // does ("flew to Geneva for the talks" is about the talks).
        if !s.mentions.contains(where: { $0.role == .event }) {
            // "as Russia comes to Assad's assistance" names no venue, and is none.
            for (i, t) in s.tokens.enumerated()
            where events.arrivals.contains(t.word) && !s.mentions.contains(where: { $0.range.contains(i) }) && events.arrivalPlace(s, event: i) != nil {
                s.mentions.append(Mention(range: i..<(i + 1), actor: ActorRef(name: t.norm, kind: .event), role: .event, form: .eventNoun))
            }
        }
        s.mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
}

extension Extractor {
    /// Whether `norm` is an ordinal: "31st", "2nd", "fifth".
    static func isOrdinal(_ norm: String) -> Bool {
        if norm == "first" || EventResolver.ordinals[norm] != nil { return true }
        guard let first = norm.first, first.isNumber, norm.count >= 3 else { return false }
        return ["st", "nd", "rd", "th"].contains(String(norm.suffix(2))) && norm.dropLast(2).allSatisfy(\.isNumber)
    }
}

extension Evidence {
    /// This sentence as read by `rule`.
    func read(by rule: String) -> Evidence {
        var copy = self
        copy.rule = rule
        return copy
    }

    /// This sentence as read by a rule of a rule file: `file:line`.
    func read(by rule: RuleSet.Rule) -> Evidence { read(by: "\(rule.source):\(rule.line)") }
}

/// Results written by index from concurrent iterations; each index is written once.
final class UnsafeResults<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLockLike()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: T) { lock.withLock { storage[i] = value } }
    var values: [T] { storage.map { $0! } }
}
