/// Gives each meeting noun of a document a place and a date.
///
/// A meeting's place is the nearest venue in its sentence ("talks in Vienna", "the Vienna talks",
/// "at a Vienna hotel", "visit to Moscow"), else the document's most frequent venue. Its date is
/// the nearest date expression in the sentence, else — for an undated mention — the document's
/// latest dated meeting on or before publication (or its earliest later one when the mention is
/// in the future tense: "will attend the talks"), else the date its lede gives ("… agreed on
/// Wednesday to …"). A meeting dated after publication whose sentence names no venue gets none:
/// "talks are to begin on March 10, at a venue not yet announced" are not the dateline's talks.
///
/// The words it decides by are relations.rules' lists, read as word ids of the extractor's
/// vocabulary: the tokens it reads must have theirs (``Vocabulary/assign(_:)``).
struct EventResolver {
    /// Each state's capital by ISO code, for "the Kenyan capital", "the South African capital".
    var capitals: [String: String] = [:]
    /// Cities of several words.
    var gazetteer = Gazetteer.bundled

    /// Reads its word lists from `rules`, as ids interned into `vocabulary`.
    init(rules: RuleSet, capitals: [String: String] = [:], vocabulary: inout Vocabulary) {
        self.capitals = capitals
        placeNouns = vocabulary.set(rules.list("place-noun"))
        buildings = vocabulary.set(rules.list("building"))
        futureCues = vocabulary.set(rules.list("future-meeting"))
        liveAuxiliaries = vocabulary.set(rules.list("live-aux"))
        liveVerbs = vocabulary.set(rules.list("live-meeting"))
        cityStates = vocabulary.set(rules.list("city-state"))
        openers = vocabulary.set(rules.list("meeting-opener"))
        closers = vocabulary.set(rules.list("meeting-closer"))
        arrivals = vocabulary.set(rules.list("arrival"))
        eventNouns = vocabulary.set(rules.eventNouns)
        motionVerbs = vocabulary.set(rules.motionVerbs)
        reportingVerbs = vocabulary.set(rules.reportingVerbs)
        notPlaces = vocabulary.set(rules.words(.notPlace))
        firstSessions = vocabulary.set(rules.words(.firstSession))
        laterDays = vocabulary.set(rules.words(.laterDay))
        deadlines = vocabulary.set(rules.words(.deadline))
    }

    /// relations.rules' "arrival" list: verbs of arriving, which stand for the meeting at the
    /// venue they arrive at.
    let arrivals: WordSet
    /// relations.rules' `event:`, `motion:` and `reporting:` words.
    let eventNouns: WordSet
    let motionVerbs: WordSet
    let reportingVerbs: WordSet

    /// The venue an arrival verb at `e` names within the next few words: "came to Muscat",
    /// "arrived last night in Geneva", "landed at Rambouillet".
    func arrivalPlace(_ s: SentenceAnalysis, event e: Int) -> String? {
        let tokens = s.tokens
        for i in (e + 1)..<min(tokens.count, e + 6) {
            if [",", ";", ".", "and", "but"].contains(tokens[i].norm) { return nil }
            guard ["in", "to", "at", "into"].contains(tokens[i].norm) else { continue }
            var k = i + 1
            if k < tokens.count, tokens[k].norm == "the" { k += 1 }
            if let m = s.mentions.first(where: { $0.range.lowerBound == k || $0.range.lowerBound == i + 1 }) {
                guard m.role == .place, m.form != .demonym else { return nil }
                return venueName(m, tokens)
            }
            if let (_, name) = namedVenue(s, at: k) { return name }
            guard k < tokens.count, tokens[k].isCapitalized, tokens[k].isWord, !notPlaces.contains(tokens[k].word),
                !Self.continuesName(tokens, after: k), !namesBuilding(tokens, k), !Self.namesLandmark(tokens, k)
            else { return nil }
            return tokens[k].text
        }
        return nil
    }

    /// The capital a descriptor names: "the Kenyan capital" (a state's demonym, then "capital"),
    /// "the capital of Burkina Faso".
    func capital(_ s: SentenceAnalysis, at k: Int) -> (range: Range<Int>, name: String)? {
        if k + 1 < s.tokens.count, s.tokens[k].norm == "capital", s.tokens[k + 1].norm == "of",
            let m = s.mentions.first(where: { $0.range.lowerBound == k + 2 }), m.actor.kind == .state, m.form == .name || m.form == .alias,
            let code = m.actor.country, let capital = capitals[code]
        {
            return (k..<m.range.upperBound, capital)
        }
        guard let m = s.mentions.first(where: { $0.range.lowerBound == k }), m.form == .demonym, m.actor.kind == .state,
            let code = m.actor.country, let capital = capitals[code],
            m.range.upperBound < s.tokens.count, s.tokens[m.range.upperBound].norm == "capital"
        else { return nil }
        return (k..<(m.range.upperBound + 1), capital)
    }

    /// The city a place mention stands for: a seat of power is in its state's capital ("at the
    /// White House" is in Washington, "in the Kremlin" in Moscow); other places are as written.
    func venueName(_ m: Mention, _ tokens: [Token]) -> String {
        let written = text(tokens, m.range)
        // A seat of power is written with "the" ("the Kremlin"); a capital, however spelt, without.
        let seat = tokens[m.range.lowerBound].norm == "the" || m.range.lowerBound > 0 && tokens[m.range.lowerBound - 1].norm == "the"
        guard seat, m.form == .metonym, m.actor.kind == .state, let code = m.actor.country, let capital = capitals[code] else { return written }
        return capital
    }

    /// Whether `m` names a state whose capital bears its name ("Singapore", "Djibouti"), so that
    /// "met on Tuesday in Singapore" names a city, not a country (relations.rules' "city-state").
    func isCityState(_ m: Mention, _ tokens: [Token]) -> Bool {
        m.actor.kind == .state && m.range.count == 1 && cityStates.contains(tokens[m.range.lowerBound].word)
    }
    /// relations.rules' "city-state" list.
    let cityStates: WordSet

    /// Whether the date `d` follows a place of `s` other than `place` within two words: "at the
    /// White House on Monday" dates a meeting in Washington.
    func datesAnotherVenue(_ d: DateMention, in s: SentenceAnalysis, than place: String) -> Bool {
        s.mentions.contains { m in
            m.role == .place && m.range.upperBound <= d.range.lowerBound && d.range.lowerBound - m.range.upperBound <= 2
                && Self.key(venueName(m, s.tokens)) != Self.key(place)
        }
    }

    /// A venue of more than one word starting at token `k`: a capital named by its descriptor
    /// ("the Kenyan capital") or a city of several words ("Dar es Salaam") that no mention covers.
    func namedVenue(_ s: SentenceAnalysis, at k: Int) -> (range: Range<Int>, name: String)? {
        if let found = capital(s, at: k) { return found }
        if let range = gazetteer.match(s.tokens, at: k), !s.mentions.contains(where: { $0.range.overlaps(range) }) {
            return (range, Gazetteer.text(s.tokens, range))
        }
        let t = s.tokens
        // "in Crans-Montana", "in Port-au-Prince": words a hyphen joins, without "the" before
        // ("the Franco-German summit") or a capitalised word after ("the Beau-Rivage Palace").
        let joined = Self.hyphenatedEnd(t, from: k)
        if joined > k + 1, k >= 1, !["the", "a", "an"].contains(t[k - 1].norm), t[k].isCapitalized, t[joined - 1].isCapitalized,
            !notPlaces.contains(t[k].word), !Self.continuesName(t, after: joined - 1), !buildings.contains(t[joined - 1].word),
            !s.mentions.contains(where: { $0.range.overlaps(k..<joined) })
        {
            return (k..<joined, Gazetteer.text(t, k..<joined))
        }
        // "at Camp David": two capitalised words no lexicon or gazetteer knows, without "the"
        // (which opens a building's or a body's name) and ending in no building word.
        guard k >= 1, k + 1 < t.count, t[k - 1].norm != "the", t[k].isCapitalized, t[k].isWord, t[k + 1].isCapitalized, t[k + 1].isWord,
            !notPlaces.contains(t[k].word), !notPlaces.contains(t[k + 1].word), !buildings.contains(t[k + 1].word),
            !Self.continuesName(t, after: k + 1), !(k + 2 < t.count && t[k + 2].norm == "'s"),
            !s.mentions.contains(where: { $0.range.overlaps(k..<(k + 2)) })
        else { return nil }
        return (k..<(k + 2), Gazetteer.text(t, k..<(k + 2)))
    }
    /// relations.rules' "not-place" list: capitalised words that are no venue (regions, months,
    /// weekdays, determiners, titles, a live blog's slugs, a cable's header fields).
    let notPlaces: WordSet
    /// relations.rules' "place-noun" list: after these, "of X" names a place ("the Kenyan port
    /// of Mombasa").
    let placeNouns: WordSet

    /// The tokens of the place of a dateline at the start of one of a text's first sentences
    /// ("Vienna: …", "NAIROBI — …", "Addis Ababa (AFP) - …", "DOHA, Jan 15 (Reuters) - …",
    /// "Brussels, 27 February 2023 — …"), if it opens with one: a name the lexicon knows (a capital
    /// of several words), a city of several words ("SHARM EL-SHEIKH"), else the first word.
    func datelinePlace(_ s: SentenceAnalysis) -> Range<Int>? {
        guard s.index <= 2 else { return nil }
        let end = s.mentions.first { $0.range.lowerBound == 0 && $0.role != .event }?.range.upperBound
            ?? Gazetteer.bundled.match(s.tokens, at: 0)?.upperBound ?? Self.hyphenatedEnd(s.tokens, from: 0)
        return opensDateline(s.tokens, placeEnd: end) ? 0..<end : nil
    }

    /// The end of a name whose words a hyphen joins without spaces ("AL-ULA", "Crans-Montana",
    /// "al-Ula"), starting at `k`: one word without a hyphen.
    static func hyphenatedEnd(_ tokens: [Token], from k: Int) -> Int {
        var end = k + 1
        while end + 1 < tokens.count, tokens[end].norm == "-", tokens[end - 1].end == tokens[end].start, tokens[end].end == tokens[end + 1].start,
            tokens[end + 1].isWord
        {
            end += 2
        }
        return end
    }

    /// Whether the capitalised words before `placeEnd` open a dateline: what follows is a dash or
    /// a colon, after at most a country (", Kenya"), a date (", Jan 15", ", 27 February 2023") and
    /// an agency in brackets ("(AP)"). An all-capitals place may end at its comma ("NAIROBI, …").
    func opensDateline(_ tokens: [Token], placeEnd: Int) -> Bool {
        guard placeEnd < tokens.count, tokens[0].isCapitalized, tokens[0].isWord, !notPlaces.contains(tokens[0].word) else { return false }
        let letters = tokens[0..<placeEnd].filter(\.isWord)
        if letters.allSatisfy(\.isUppercase) && letters.reduce(0, { $0 + $1.text.count }) >= 4 && tokens[placeEnd].norm == "," { return true }
        var j = placeEnd
        if tokens[j].norm == "," {
            j += 1
            // A country or a date: capitalised words, numbers and a month's dot, at most four.
            let start = j
            while j < tokens.count, j - start < 4, tokens[j].isCapitalized || Int(tokens[j].norm) != nil || tokens[j].norm == "." { j += 1 }
            guard j > start else { return false }
        }
        if j < tokens.count, tokens[j].norm == "(" {
            guard let close = (j..<min(tokens.count, j + 6)).first(where: { tokens[$0].norm == ")" }) else { return false }
            j = close + 1
        }
        guard j < tokens.count else { return false }
        // A hyphen is a dash only with a space before it: "Belgrade-Pristina Dialogue" is a name.
        return [":", "—", "–"].contains(tokens[j].norm) || (tokens[j].norm == "-" && tokens[j - 1].end < tokens[j].start)
    }

    /// A dateline's place as written in running text: "NAIROBI" → "Nairobi", "ADDIS ABABA" →
    /// "Addis Ababa".
    static func datelineName(_ s: SentenceAnalysis, _ range: Range<Int>) -> String {
        var out = ""
        for k in range {
            if k > range.lowerBound, s.tokens[k - 1].end < s.tokens[k].start { out += " " }
            out += datelineName(s.tokens[k])
        }
        return out
    }

    static func datelineName(_ t: Token) -> String {
        guard t.isUppercase, t.text.count > 1 else { return t.text }
        return t.text.prefix(1) + t.text.dropFirst().lowercased()
    }

    /// The index of X in "resort of X", "the port city of X", if X is one capitalised word.
    func placeAfterNoun(_ tokens: [Token], _ i: Int, covered: (Int) -> Bool) -> Range<Int>? {
        guard tokens[i].norm == "of", i > 0, placeNouns.contains(tokens[i - 1].word), i + 1 < tokens.count else { return nil }
        let k = i + 1
        // "the Egyptian resort of Sharm el-Sheikh": a city of several words.
        if let range = gazetteer.match(tokens, at: k), !range.contains(where: covered) { return range }
        // "the desert city of al-Ula": an article joined by a hyphen.
        if ["al", "el", "ad", "ar", "as", "an", "at"].contains(tokens[k].norm), !tokens[k].isCapitalized {
            let end = Self.hyphenatedEnd(tokens, from: k)
            if end > k + 1, tokens[end - 1].isCapitalized, !(k..<end).contains(where: covered) { return k..<end }
        }
        guard tokens[k].isCapitalized, tokens[k].isWord, !notPlaces.contains(tokens[k].word), !covered(k),
            k + 1 >= tokens.count || !(tokens[k + 1].isCapitalized && tokens[k + 1].isWord)
        else { return nil }
        return k..<(k + 1)
    }
    /// relations.rules' "building" list: "the Europa building" names no city.
    let buildings: WordSet

    /// relations.rules' "future-meeting" list: cues of a meeting still to come.
    let futureCues: WordSet

    struct Local {
        var sentence: Int
        var token: Int
        var place: String?
        var date: ResolvedDate?
        var future: Bool
        /// "held talks there", "met there": the venue is the meeting named before.
        var there = false
        /// The first day of a meeting of several days, where its sentence says it (``startDay``).
        var start: SimpleDate? = nil
        /// "signed at the close of a two-day summit": the meeting's day is the last of this many.
        var lastOfDays: Int? = nil
        /// Dated by the day of publication only because it is going on as the text is written
        /// (``isLive(_:event:)``): a heading's day says more.
        var live = false
        /// "talks here", "met here": the text's own venue.
        var here = false
        /// Dated by a heading of a day alone ("THURSDAY 4 SEPTEMBER"), which names no place.
        var dayHeaded = false
        /// "the talks opened", "for a two-day summit": its day, once known, is the meeting's first
        /// (``opensOnItsDay``).
        var opens = false
        /// The building words of the buildings its sentence names ("the Elysee Palace").
        var buildings: [String] = []
        /// "at the palace": a building named before, by its word, where the sentence names no venue.
        var building: String? = nil
        /// Whether its own sentence dates it.
        var ownDate = false
    }

    /// Token ranges of the appositions and relative clauses of a sentence that do not hold the
    /// token `e`: ", the group's deputy chief in Gaza," describes a person, and its place is not
    /// the venue of the meeting the sentence is about.
    static func asides(_ tokens: [Token], excluding e: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for k in tokens.indices where tokens[k].norm == "," && k + 1 < tokens.count
            && ["the", "a", "an", "who", "which", "whose", "whom"].contains(tokens[k + 1].norm)
        {
            guard let close = ((k + 1)..<min(tokens.count, k + 20)).first(where: { [",", ";", "."].contains(tokens[$0].norm) }),
                tokens[close].norm == ","
            else { continue }
            if !(k..<close).contains(e) { out.append(k..<close) }
        }
        return out
    }

    /// Whether the capitalised word at `k` is only the first of a longer name: "the Rixos
    /// President Hotel", "the Beau-Rivage Palace" are not the cities "Rixos" and "Beau".
    static func continuesName(_ tokens: [Token], after k: Int) -> Bool {
        var j = k + 1
        // "the Chateau de Bossey", "the Palais des Nations": a particle joins the next word.
        if j + 1 < tokens.count, tokens[j].norm == "-" || ["de", "du", "des", "del", "di", "la", "le"].contains(tokens[j].norm) { j += 1 }
        return j < tokens.count && tokens[j].isCapitalized && tokens[j].isWord
    }

    /// Whether the capitalised word at `k`, after "the", names a landmark rather than a city: "at
    /// the Istana", "at the Elysee" (a city written with "the", "The Hague", is in the gazetteer).
    static func namesLandmark(_ tokens: [Token], _ k: Int) -> Bool {
        k > 0 && tokens[k - 1].norm == "the"
    }

    /// Whether the word at `k` names a building: "the Europa building", "the Peace House".
    /// "the Mulungushi conference centre": one lowercase word may come between.
    func namesBuilding(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0, tokens[k - 1].norm == "the", k + 1 < tokens.count else { return false }
        if buildings.contains(tokens[k + 1].word) { return true }
        return k + 2 < tokens.count && tokens[k + 1].isWord && !tokens[k + 1].isCapitalized && buildings.contains(tokens[k + 2].word)
    }

    /// A place as a key: "Lomé" (a capital from the lexicon) and "Lome" (as an article spells it)
    /// are one venue.
    static func key(_ place: String) -> String {
        // An ASCII name (most are) folds to its lowercase; Foundation's folding bridges to
        // NSString for every call.
        if place.utf8.allSatisfy({ $0 < 0x80 }) { return place.lowercased() }
        return place.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// relations.rules' "meeting-opener" list: "the talks, which opened on Monday".
    let openers: WordSet
    /// relations.rules' "meeting-closer" list: "wrapping up two days of talks" on Tuesday.
    let closers: WordSet
    /// relations.rules' "first-session" list: "its opening session on June 28" is the first day.
    let firstSessions: WordSet
    /// relations.rules' "later-day" list: "the second day of a two-day summit" opens nothing.
    let laterDays: WordSet
    /// relations.rules' "deadline" list: "a March 31 deadline" dates no meeting.
    let deadlines: WordSet
    static let counts: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5]

    /// The first day of a meeting of several days, where the sentence says it: "the talks, which
    /// opened on Monday"; "wrapping up two days of talks" on Tuesday (so they opened on Monday).
    func startDay(_ s: SentenceAnalysis, event e: Int) -> SimpleDate? {
        let tokens = s.tokens
        let days: [(Range<Int>, SimpleDate)] = meetingDates(s).compactMap { d in
            if case .day(let day) = d.date { (d.range, day) } else { nil }
        }
        if let v = ((e + 1)..<min(tokens.count, e + 11)).first(where: { openers.contains(tokens[$0].word) }),
            // "opened at the Palais des Nations on Monday": a venue of a few words may come between.
            let found = days.first(where: { $0.0.lowerBound > v && $0.0.lowerBound <= v + 7 })
        {
            return found.1
        }
        // "had been meeting at Lincoln since Monday, 19 January": the day they have met since.
        if let v = ((e + 1)..<min(tokens.count, e + 11)).first(where: { tokens[$0].norm == "since" }),
            let found = days.first(where: { $0.0.lowerBound > v && $0.0.lowerBound <= v + 3 })
        {
            return found.1
        }
        // "mediated by Riek Machar, who opened them on 14 July": an opener whose object is the
        // sentence's only meeting.
        if s.mentions.filter({ $0.role == .event }).count == 1,
            let v = tokens.indices.first(where: { $0 > e && openers.contains(tokens[$0].word) && $0 + 1 < tokens.count && ["them", "it"].contains(tokens[$0 + 1].norm) }),
            let found = days.first(where: { $0.0.lowerBound > v + 1 && $0.0.lowerBound <= v + 4 })
        {
            return found.1
        }
        // "its opening session on June 28", "the first round on Monday".
        if e >= 1, firstSessions.contains(tokens[e - 1].word),
            let found = days.first(where: { $0.0.lowerBound > e && $0.0.lowerBound <= e + 3 })
        {
            return found.1
        }
        if e >= 3, tokens[e - 1].norm == "of", tokens[e - 2].norm == "days", let n = Self.counts[tokens[e - 3].norm],
            tokens[max(0, e - 6)..<(e - 3)].contains(where: { closers.contains($0.word) }), days.count == 1
        {
            return days[0].1.adding(days: -(n - 1))
        }
        // "held three days of talks in Geneva that ended on Wednesday" (so they opened on Monday).
        if e >= 3, tokens[e - 1].norm == "of", tokens[e - 2].norm == "days", let n = Self.counts[tokens[e - 3].norm],
            let c = ((e + 1)..<min(tokens.count, e + 9)).first(where: { closers.contains(tokens[$0].word) }),
            let found = days.first(where: { $0.0.lowerBound > c && $0.0.lowerBound <= c + 3 })
        {
            return found.1.adding(days: -(n - 1))
        }
        return nil
    }

    /// The city in ", a manor house in Vantaa" after a venue's name ending at `k`: a description
    /// of a building (a few lowercase words, a building word), then "in" and one capitalised word.
    func describedBuildingCity(_ tokens: [Token], after k: Int, covered: (Int) -> Bool) -> String? {
        guard k + 3 < tokens.count, tokens[k].norm == ",", ["a", "an", "the"].contains(tokens[k + 1].norm) else { return nil }
        var j = k + 2
        while j < tokens.count, j - k <= 6, tokens[j].isWord, !tokens[j].isCapitalized, !buildings.contains(tokens[j].word) { j += 1 }
        // "a manor house": building words may follow one another.
        while j + 1 < tokens.count, buildings.contains(tokens[j].word), buildings.contains(tokens[j + 1].word) { j += 1 }
        guard j + 2 < tokens.count, buildings.contains(tokens[j].word), ["in", "near", "outside"].contains(tokens[j + 1].norm) else { return nil }
        return isOneWordCity(tokens, j + 2, covered: covered) ? tokens[j + 2].text : nil
    }

    /// Whether the word at `c` is a city of one word: capitalised, no month or title, not the
    /// first word of a longer name, in no mention.
    func isOneWordCity(_ tokens: [Token], _ c: Int, covered: (Int) -> Bool) -> Bool {
        tokens[c].isCapitalized && tokens[c].isWord && !notPlaces.contains(tokens[c].word) && !Self.continuesName(tokens, after: c) && !covered(c)
    }

    /// The city in "the Greentree estate in Manhasset" after a building named by the word
    /// at `k`: the building word (one lowercase word may come before it), "in" and one
    /// capitalised word no mention covers. "Near" names another place: "Lincoln University near
    /// Christchurch" is in Lincoln.
    func buildingCity(_ tokens: [Token], after k: Int, covered: (Int) -> Bool) -> String? {
        var j = k + 1
        if j + 1 < tokens.count, !tokens[j].isCapitalized, !buildings.contains(tokens[j].word) { j += 1 }
        guard j + 2 < tokens.count, buildings.contains(tokens[j].word), tokens[j + 1].norm == "in" else { return nil }
        return isOneWordCity(tokens, j + 2, covered: covered) ? tokens[j + 2].text : nil
    }

    /// The number of days in "at the close of a two-day summit", "ended a three-day meeting": a
    /// meeting of several days whose end the sentence is about.
    func closingDays(_ tokens: [Token], event e: Int) -> Int? {
        // The meeting noun's mention may hold its modifier ("two-day summit") or not.
        guard let d = Range.ordered(max(2, e - 3), min(tokens.count, e + 4)).first(where: { tokens[$0].norm == "day" && tokens[$0 - 1].norm == "-" }),
            let n = Self.counts[tokens[d - 2].norm],
            tokens[max(0, d - 8)..<(d - 2)].contains(where: { closers.contains($0.word) })
        else { return nil }
        return n
    }

    /// The comma of a ", where" that opens the clause of the meeting word at `e` (within eight
    /// words before it): "…, where Kuleba sat down with Lavrov".
    static func whereClause(_ tokens: [Token], event e: Int) -> Int? {
        Range.ordered(max(1, e - 8), e).last { tokens[$0].norm == "where" && tokens[$0 - 1].norm == "," }.map { $0 - 1 }
    }

    /// Whether "here" stands right by the meeting noun at `e` ("our talks here", "met here on 26
    /// February", "the meeting here"): the place the text is written from.
    static func isHere(_ tokens: [Token], event e: Int) -> Bool {
        tokens[(e + 1)..<min(tokens.count, e + 3)].contains { $0.norm == "here" }
    }

    /// Whether the sentence opens the meeting at `e` on whatever day it is dated, by the sentence
    /// or by a heading: "The talks proper opened at the Palais des Nations" under "24 January,
    /// Geneva."; "arriving for a two-day summit" on Thursday opens it on Thursday.
    func opensOnItsDay(_ s: SentenceAnalysis, event e: Int) -> Bool {
        let tokens = s.tokens
        if ((e + 1)..<min(tokens.count, e + 3)).contains(where: { openers.contains(tokens[$0].word) }) { return true }
        guard closingDays(tokens, event: e) == nil,
            let k = Range.ordered(max(2, e - 3), e).first(where: { tokens[$0].norm == "day" && tokens[$0 - 1].norm == "-" })
        else { return false }
        return Self.counts[tokens[k - 2].norm] != nil
            && !tokens[max(0, k - 8)..<e].contains(where: { laterDays.contains($0.word) })
    }

    /// The building words of the named buildings of a sentence: "palace" in "at the Elysee
    /// Palace", "lodge" in "the Simba Lodge".
    func namedBuildings(_ tokens: [Token]) -> [String] {
        tokens.indices.dropFirst().filter { k in
            buildings.contains(tokens[k].word) && tokens[k].isCapitalized && tokens[k - 1].isCapitalized && tokens[k - 1].isWord
        }.map { tokens[$0].norm }
    }

    /// The building word of "at the palace", "in the lodge": a building the text has named
    /// before, by its word alone.
    func buildingReference(_ tokens: [Token]) -> String? {
        tokens.indices.dropFirst(2).first { k in
            buildings.contains(tokens[k].word) && !tokens[k].isCapitalized && tokens[k - 1].norm == "the"
                && ["at", "in", "inside", "outside"].contains(tokens[k - 2].norm)
        }.map { tokens[$0].norm }
    }

    /// Whether "there" stands right by the meeting noun at `e` ("held talks there", "met there").
    static func isThere(_ tokens: [Token], event e: Int) -> Bool {
        tokens[(e + 1)..<min(tokens.count, e + 3)].contains { $0.norm == "there" }
    }

    /// The venue nearest to the event noun at `e`; with `before`, of the venues before it only
    /// ("travelled to Pyongyang, meeting Kim there": "there" is the place named before).
    func place(_ s: SentenceAnalysis, event e: Int, before: Bool = false) -> String? {
        let tokens = s.tokens
        var best: (distance: Int, name: String)?
        let asides = Self.asides(tokens, excluding: e)
        let own = nearestDate(s, event: e)
        func consider(_ range: Range<Int>, _ name: String, within limit: Int = 10) {
            if asides.contains(where: { $0.contains(range.lowerBound) }) { return }
            if before, range.upperBound > e { return }
            // "travelled to Pyongyang last month to arrange today's meeting": a place dated
            // otherwise than the meeting, by a date between them, is another event's.
            let between = range.lowerBound < e ? Range.ordered(range.upperBound, e) : Range.ordered(e + 1, range.lowerBound)
            if s.dates.contains(where: { d in d.range != own?.range && between.contains(d.range.lowerBound) && d.range.upperBound <= between.upperBound }) { return }
            let d = range.lowerBound > e ? range.lowerBound - e : e - range.upperBound + 1
            if d <= limit, best == nil || d < best!.distance { best = (d, name) }
        }
        for m in s.mentions where m.role == .place && m.form != .demonym && !afterReporting(tokens, m.range.lowerBound) {
            // A country is a venue only right by the meeting ("flew to Turkey to meet"); "talks on
            // the war in Syria" are not held in Syria.
            // "In Doha on Sunday, the envoy … met …": a fronted place sets the scene for the
            // whole sentence.
            let city = m.form == .metonym || isCityState(m, tokens)
            let fronted = city && m.range.lowerBound <= 2 && m.range.lowerBound >= 1
                && ["in", "at"].contains(tokens[m.range.lowerBound - 1].norm)
            // "The signing came sixteen days later, on 16 January, in the great hall of a castle in
            // Mexico City": a city with no other meeting or place between it and the meeting noun
            // may stand further off.
            let span = m.range.lowerBound > e ? Range.ordered(e + 1, m.range.lowerBound) : Range.ordered(m.range.upperBound, e)
            // Not a place another verb governs ("the peace process launched in Madrid two years
            // ago").
            let governed = m.range.lowerBound >= 2 && tokens[m.range.lowerBound - 2].norm.hasSuffix("ed")
                || s.dates.contains { d in d.range != own?.range && d.range.lowerBound >= m.range.upperBound && d.range.lowerBound <= m.range.upperBound + 3 }
            let alone = !governed && !s.mentions.contains { o in (o.role == .event || o.role == .place) && span.contains(o.range.lowerBound) }
            consider(m.range, venueName(m, tokens), within: fronted ? 40 : city ? (alone ? 24 : 14) : 3)
        }
        if let range = datelinePlace(s) {
            consider(range, Self.datelineName(s, range))
        }
        for i in tokens.indices {
            if let range = placeAfterNoun(tokens, i, covered: { k in s.mentions.contains { $0.range.contains(k) } }), !afterReporting(tokens, i) {
                consider(range, Gazetteer.text(tokens, range))
            }
        }
        for i in tokens.indices where ["in", "at", "to", "outside", "near"].contains(tokens[i].norm) {
            var k = i + 1
            if k < tokens.count, ["a", "the"].contains(tokens[k].norm) { k += 1 }
            // "signed an agreement on sharing oil revenues at the Simba Lodge in Naivasha": with
            // no other meeting or place between, a city may stand as far off as a known one.
            let span = k > e ? Range.ordered(e + 1, k) : Range.ordered(k + 1, e)
            let alone = !s.mentions.contains { o in (o.role == .event || o.role == .place) && span.contains(o.range.lowerBound) }
            if let (range, name) = namedVenue(s, at: k) {
                if !afterReporting(tokens, i) { consider(range, name, within: alone ? 24 : 10) }
                continue
            }
            guard k < tokens.count, tokens[k].isCapitalized, tokens[k].isWord, !notPlaces.contains(tokens[k].word),
                !s.mentions.contains(where: { $0.range.contains(k) }), !afterReporting(tokens, i)
            else { continue }
            // "talks to …", "flew to …", "travelled twice to …"; "sent a high-level delegation to …"
            // (a motion verb a few words back, in the same clause).
            if tokens[i].norm == "to", !tokens[max(0, i - 2)..<i].contains(where: { eventNouns.contains($0.word) }),
                !tokens[max(0, i - 6)..<i].reversed().prefix(while: { $0.norm != "," }).contains(where: { motionVerbs.contains($0.word) })
            {
                continue
            }
            // One capitalised word ("Geneva"), or a hotel or venue named after the city ("a Vienna hotel").
            if Self.continuesName(tokens, after: k) { continue }
            if namesBuilding(tokens, k) {
                // "at the Greentree estate in Manhasset": a named building in the city after it.
                if let city = buildingCity(tokens, after: k, covered: { j in s.mentions.contains { $0.range.contains(j) } }) {
                    consider(k..<(k + 1), city)
                }
                continue
            }
            // "at Koenigstedt, a manor house in Vantaa": a building the text describes is in the
            // city its description names.
            if let city = describedBuildingCity(tokens, after: k + 1, covered: { j in s.mentions.contains { $0.range.contains(j) } }) {
                consider(k..<(k + 1), city)
                continue
            }
            // "at the Istana": a landmark, not a city.
            if Self.namesLandmark(tokens, k) { continue }
            consider(k..<(k + 1), tokens[k].text, within: alone ? 24 : 10)
        }
        // "the Vienna talks": a capitalised word right before the event noun.
        if e > 0, tokens[e - 1].isCapitalized, tokens[e - 1].isWord, !notPlaces.contains(tokens[e - 1].word),
            !s.mentions.contains(where: { $0.range.contains(e - 1) }), e - 1 > 0, tokens[e - 2].norm == "the", !namesBuilding(tokens, e - 1)
        {
            consider((e - 1)..<e, tokens[e - 1].text)
        }
        guard let best else { return nil }
        return best.name
    }

    /// The venue a sentence opens on: "In Kabul, …", "15:10 — In Kabul, …" (a capital or a
    /// state named as a place, after "In" or "At" at the start, then a comma).
    static func frontedVenue(_ s: SentenceAnalysis) -> String? {
        guard let m = s.mentions.first(where: { $0.role == .place && $0.actor.kind == .state && $0.form == .metonym }),
            m.range.lowerBound >= 1, m.range.lowerBound <= 6, ["in", "at"].contains(s.tokens[m.range.lowerBound - 1].norm),
            s.tokens[m.range.lowerBound - 1].isCapitalized, m.range.upperBound < s.tokens.count, s.tokens[m.range.upperBound].norm == ","
        else { return nil }
        return Gazetteer.text(s.tokens, m.range)
    }

    /// The city a sentence opens on: "Yesterday, in Jeddah, …", "At Camp David, …" (a capital
    /// or a city named as a place after "in" or "at" among its first words, then a comma).
    func openingPlace(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        guard let i = t.prefix(4).firstIndex(where: { ["in", "at"].contains($0.norm) }), i + 2 < t.count else { return nil }
        if let m = s.mentions.first(where: { $0.range.lowerBound == i + 1 }) {
            guard m.role == .place, m.form == .metonym, m.range.upperBound < t.count, t[m.range.upperBound].norm == "," else { return nil }
            return venueName(m, t)
        }
        // A city no lexicon names ("in Jeddah,"): the gazetteer's, or one capitalised word.
        let end = Gazetteer.bundled.match(t, at: i + 1)?.upperBound ?? i + 2
        guard end < t.count, t[end].norm == ",", t[i + 1].isCapitalized, t[i + 1].isWord, !notPlaces.contains(t[i + 1].word),
            !s.mentions.contains(where: { $0.range.overlaps((i + 1)..<end) })
        else { return nil }
        return Gazetteer.text(t, (i + 1)..<end)
    }

    /// The place and day of a heading line: "Friday, August 15: Anchorage", "Day 2 - Geneva,
    /// 14 June", "Geneva, 14 June": a short sentence with no meeting noun, a day, and a place
    /// after a colon or a dash, or opening it.
    func scene(_ s: SentenceAnalysis) -> (place: String?, date: ResolvedDate)? {
        let t = s.tokens
        guard t.count <= 10, !s.mentions.contains(where: { $0.role == .event }),
            let day = s.dates.first(where: { if case .day = $0.date { true } else { false } })
        else { return nil }
        let dated = { (k: Int) in s.dates.contains { $0.range.contains(k) } }
        func place(at k: Int) -> (Range<Int>, String)? {
            guard k < t.count, t[k].isCapitalized, t[k].isWord, !notPlaces.contains(t[k].word), !dated(k) else { return nil }
            if let m = s.mentions.first(where: { $0.range.lowerBound == k }) {
                guard m.actor.kind == .state, m.form == .metonym || m.form == .name else { return nil }
                return (m.range, venueName(m, t))
            }
            if let r = gazetteer.match(t, at: k) { return (r, Gazetteer.text(t, r)) }
            let end = Self.hyphenatedEnd(t, from: k)
            return (k..<end, Gazetteer.text(t, k..<end))
        }
        var found: (Range<Int>, String)?
        if let colon = t.firstIndex(where: { [":", "—", "–", "-"].contains($0.norm) }), let p = place(at: colon + 1) {
            found = p
        } else if let p = place(at: 0), p.0.upperBound < t.count, t[p.0.upperBound].norm == "," {
            found = p  // "Geneva, 14 June"
        } else if let comma = t.firstIndex(where: { $0.norm == "," }), comma > 0, dated(comma - 1), let p = place(at: comma + 1) {
            found = p  // "12 January, Paris."
        }
        guard let (range, name) = found else {
            // "THURSDAY 4 SEPTEMBER": a heading of a day alone dates what follows it.
            let words = t.indices.filter { t[$0].isWord }
            guard words.count <= 5, words.allSatisfy({ dated($0) || DateResolver.weekday(t[$0]) != nil }) else { return nil }
            return (nil, day.date)
        }
        // Every other word is the date's: a heading, not a clause.
        let rest = t.indices.filter { !range.contains($0) && !dated($0) && t[$0].isWord }
        guard rest.allSatisfy({ ["day", "on"].contains(t[$0].norm) || DateResolver.weekday(t[$0]) != nil || Int(t[$0].norm) != nil })
        else { return nil }
        return (name, day.date)
    }

    /// The cities a document places things in, weighted: a dateline ("Vienna: …") counts three,
    /// every "in Vienna", "at a Vienna hotel" or "the Vienna talks" one. Countries are left out:
    /// "in Syria" says where a war is, not where diplomats meet.
    func venues(_ sentences: [SentenceAnalysis]) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for s in sentences {
            let tokens = s.tokens
            if let range = datelinePlace(s) {
                out.append((Self.datelineName(s, range), 3))
            } else if s.index < 4, let name = placeBeforeDate(s) {
                out.append((name, 3))  // "Rixos hotel, Almaty, Saturday 6 April 2013."
            }
            // A place named in a sentence about a meeting is more likely its venue.
            let weight = s.mentions.contains { $0.role == .event } ? 2 : 1
            for i in tokens.indices {
                if let range = placeAfterNoun(tokens, i, covered: { k in s.mentions.contains { $0.range.contains(k) } }) {
                    out.append((Gazetteer.text(tokens, range), weight))
                }
            }
            // A capital counts as any other city ("in Doha" as "in Geneva"). A place dated by a
            // month or a week ("hammered out in Paris last month") is another occasion's.
            let spanAfter = { (end: Int) in s.dates.contains { d in
                if case .span = d.date { (end..<(end + 3)).contains(d.range.lowerBound) } else { false }
            } }
            for m in s.mentions where m.role == .place && (m.form == .metonym || isCityState(m, tokens)) && !spanAfter(m.range.upperBound) {
                out.append((venueName(m, tokens), weight))
            }
            for i in tokens.indices where tokens[i].norm == "in" || tokens[i].norm == "at" {
                var k = i + 1
                if k < tokens.count, ["a", "the"].contains(tokens[k].norm) { k += 1 }
                if let (range, name) = namedVenue(s, at: k) {
                    if !spanAfter(range.upperBound) { out.append((name, weight)) }
                    continue
                }
                guard k < tokens.count, tokens[k].isCapitalized, tokens[k].isWord, !notPlaces.contains(tokens[k].word),
                    !s.mentions.contains(where: { $0.range.contains(k) }), !Self.continuesName(tokens, after: k), !namesBuilding(tokens, k),
                    !Self.namesLandmark(tokens, k), !spanAfter(k + 1)
                else { continue }
                out.append((tokens[k].text, weight))
            }
            for m in s.mentions where m.role == .event {
                let e = m.range.lowerBound
                if e > 1, tokens[e - 2].norm == "the", tokens[e - 1].isCapitalized, tokens[e - 1].isWord,
                    !s.mentions.contains(where: { $0.range.contains(e - 1) }), !notPlaces.contains(tokens[e - 1].word),
                    !namesBuilding(tokens, e - 1)
                {
                    out.append((tokens[e - 1].text, 1))
                }
            }
        }
        return out
    }

    /// The city a heading line places itself in before its date: "Rixos hotel, Almaty, Saturday 6
    /// April 2013" (a capitalised word or a capital, then a comma and a day).
    func placeBeforeDate(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        for d in s.dates {
            // "Saturday 6 April 2013": the weekday before the date is part of it.
            var start = d.range.lowerBound
            if start > 0, DateResolver.weekday(t[start - 1]) != nil { start -= 1 }
            guard case .day = d.date, start >= 2, t[start - 1].norm == "," else { continue }
            let k = start - 2
            if let m = s.mentions.first(where: { $0.range.upperBound == k + 1 }) {
                if m.role == .place || m.form == .metonym { return venueName(m, t) }
                continue
            }
            guard t[k].isCapitalized, t[k].isWord, !notPlaces.contains(t[k].word), !namesBuilding(t, k),
                k == 0 || t[k - 1].norm == ","
            else { continue }
            return t[k].text
        }
        return nil
    }

    /// The city a document places things in for each state, by ISO code: a dateline's city
    /// with its country ("PUTRAJAYA, Malaysia, July 29 -"), else a capital it names as a place.
    func citiesByCountry(_ sentences: [SentenceAnalysis]) -> [String: String] {
        var out: [String: String] = [:]
        for s in sentences {
            if let range = datelinePlace(s), range.upperBound + 1 < s.tokens.count, s.tokens[range.upperBound].norm == ",",
                let m = s.mentions.first(where: { $0.range.lowerBound == range.upperBound + 1 }), m.actor.kind == .state,
                let code = m.actor.country
            {
                out[code] = Self.datelineName(s, range)
            }
        }
        for s in sentences {
            for m in s.mentions where m.role == .place && m.form == .metonym && m.actor.kind == .state {
                if let code = m.actor.country, out[code] == nil { out[code] = venueName(m, s.tokens) }
            }
        }
        return out
    }

    /// The states a document names as places, by the text of the name: "Malaysia" → "MYS".
    func countryNames(_ sentences: [SentenceAnalysis]) -> [String: String] {
        var out: [String: String] = [:]
        for s in sentences {
            for m in s.mentions where m.role == .place && (m.form == .name || m.form == .alias) && m.actor.kind == .state {
                if let code = m.actor.country { out[venueName(m, s.tokens)] = code }
            }
        }
        return out
    }

    func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        var k = range.lowerBound
        if tokens[k].norm == "the", range.count > 1 { k += 1 }
        // "NAIROBI —": a dateline's capitals are not part of the name.
        return tokens[k..<range.upperBound].map { $0.text.count >= 4 ? Self.datelineName($0) : $0.text }.joined(separator: " ")
    }

    /// The sentence's dates that may date a meeting: not a report's ("announced on Monday"), not
    /// a deadline's ("a March 31 deadline").
    func meetingDates(_ s: SentenceAnalysis) -> [DateMention] {
        s.dates.filter { d in
            !afterReporting(s.tokens, d.range.lowerBound)
                && !(d.range.upperBound < s.tokens.count && deadlines.contains(s.tokens[d.range.upperBound].word))
        }
    }

    /// The date nearest to the meeting noun at `e`.
    func date(_ s: SentenceAnalysis, event e: Int) -> ResolvedDate? {
        nearestDate(s, event: e)?.date
    }

    /// The date expression nearest to the meeting noun at `e`, of those that may date a meeting.
    func nearestDate(_ s: SentenceAnalysis, event e: Int) -> DateMention? {
        var best: (Int, DateMention)?
        // "Anwar, who chairs the bloc this year, hosted the meeting": a clause about a person
        // dates no meeting.
        let asides = Self.asides(s.tokens, excluding: e)
        // "GUATEMALA CITY, Aug. 8 - … signed here on Friday": a dateline's date is when the story
        // was filed; a day the sentence itself gives comes first.
        let datelineEnd = datelinePlace(s).flatMap { place in
            (place.upperBound..<min(s.tokens.count, place.upperBound + 10)).first { [":", "—", "–", "-"].contains(s.tokens[$0].norm) }
        }
        for d in meetingDates(s) where !asides.contains(where: { $0.contains(d.range.lowerBound) }) {
            var distance = d.range.lowerBound > e ? d.range.lowerBound - e : e - d.range.upperBound + 1
            if let end = datelineEnd, d.range.upperBound <= end, end < e { distance += 1000 }
            // "carried the invitation in March, and Moon met Kim … on April 27": a date in another
            // clause dates the meeting only when its own clause gives none.
            let between = d.range.lowerBound > e ? Range.ordered(e + 1, d.range.lowerBound) : Range.ordered(d.range.upperBound, e)
            if Self.crossesClause(s.tokens, between) { distance += 20 }
            if best == nil || distance < best!.0 { best = (distance, d) }
        }
        return best?.1
    }

    /// Whether the tokens of `range` hold the boundary of two coordinated clauses: a semicolon,
    /// or a comma before "and", "but", "while" or "whereas" ("…, and Moon met Kim").
    static func crossesClause(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.contains { k in
            tokens[k].norm == ";"
                || (tokens[k].norm == "," && k + 1 < tokens.count && ["and", "but", "while", "whereas"].contains(tokens[k + 1].norm))
        }
    }

    /// Whether a reporting verb ("said", "announced") comes just before token `k`: "announced in
    /// Tehran on Wednesday" dates and places the announcement, not the meeting.
    func afterReporting(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[max(0, k - 4)..<k].contains { reportingVerbs.contains($0.word) }
    }

    func isFuture(_ s: SentenceAnalysis, event e: Int) -> Bool {
        s.tokens[max(0, e - 8)..<e].contains { futureCues.contains($0.word) }
    }

    /// relations.rules' "live-aux" and "live-meeting" lists.
    let liveAuxiliaries: WordSet
    let liveVerbs: WordSet

    /// Whether the meeting at `e` is going on as the text is written: "Trump has arrived in
    /// Cairo, where Sisi is co-chairing the summit", "the talks have opened" (a live blog's or a
    /// wire's present, which a day it does not give dates to the day of publication).
    func isLive(_ s: SentenceAnalysis, event e: Int) -> Bool {
        let t = s.tokens
        return (max(0, e - 10)..<min(t.count, e + 4)).contains { k in
            liveAuxiliaries.contains(t[k].word)
                && ((k + 1)..<min(t.count, k + 4)).contains { liveVerbs.contains(t[$0].word) }
        }
    }

    /// The first day on or before publication that the document's first four sentences give (a
    /// headline, a byline, a dateline and the lede), unless it dates another venue than `place`:
    /// the lede of a news story dates its main event ("PRETORIA — Ethiopia and the TPLF agreed on
    /// Wednesday …").
    func ledeDate(_ sentences: [SentenceAnalysis], published: SimpleDate?, at place: String) -> SimpleDate? {
        guard let published else { return nil }
        for s in sentences.prefix(4) {
            for d in s.dates.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !datesAnotherVenue(d, in: s, than: place) {
                if case .day(let day) = d.date, day <= published { return day }
            }
        }
        return nil
    }

    /// A meeting dated after publication whose sentence names no venue.
    func isUnplacedAndToCome(_ local: Local, _ published: SimpleDate?) -> Bool {
        guard local.place == nil, let published, case .day(let day)? = local.date else { return false }
        return day > published
    }

    /// Events for every event noun of the document, keyed by (sentence, token).
    func resolve(_ sentences: [SentenceAnalysis], published: SimpleDate?) -> [Int: [Int: EventRef]] {
        resolveAll(sentences, published: published).bySentence
    }

    /// Events for every event noun, keyed by (sentence, token), every event the document dates
    /// to the day (whether or not a rule names who attended), and the meeting of each sentence
    /// under a heading that sets a place and a day ("22 January, Montreux."), by sentence.
    func resolveAll(
        _ sentences: [SentenceAnalysis], published: SimpleDate?
    ) -> (bySentence: [Int: [Int: EventRef]], dated: Set<EventRef>, scenes: [Int: EventRef]) {
        var locals: [Local] = []
        var placeCounts: [String: Int] = [:]
        var placeOrder: [String] = []
        var arrivalLocals: [Local] = []
        for s in sentences {
            // The sentence's named buildings and its "at the palace": once for all its meetings.
            lazy var named = namedBuildings(s.tokens)
            lazy var referenced = buildingReference(s.tokens)
            for m in s.mentions where m.role == .event {
                let e = m.range.lowerBound
                if arrivals.contains(s.tokens[e].word) {
                    if let p = arrivalPlace(s, event: e) {
                        arrivalLocals.append(Local(sentence: s.index, token: e, place: p, date: date(s, event: e), future: isFuture(s, event: e)))
                    }
                    continue
                }
                // "in the resort of Antalya on March 10, where X sat down with Y": the place is
                // the one "where" refers to, named before its comma.
                let isThere = Self.isThere(s.tokens, event: e)
                let p = Self.whereClause(s.tokens, event: e).flatMap { comma in
                    s.mentions.contains { $0.range.contains(comma) } ? nil : place(s, event: comma, before: true)
                }
                    ?? place(s, event: e, before: isThere)
                let there = p == nil && isThere
                var day = date(s, event: e)
                var live = false
                if day == nil, let published, isLive(s, event: e) {
                    day = .day(published)
                    live = true
                }
                let here = p == nil && Self.isHere(s.tokens, event: e)
                locals.append(Local(
                    sentence: s.index, token: e, place: p, date: day, future: isFuture(s, event: e), there: there,
                    start: startDay(s, event: e), lastOfDays: closingDays(s.tokens, event: e),
                    live: live, here: here, opens: opensOnItsDay(s, event: e), buildings: named, building: p == nil ? referenced : nil,
                    ownDate: day != nil))
            }
        }
        // "Friday, August 15: Anchorage": a heading sets the scene for the meetings after it, up
        // to the next heading (a week in review, a live blog's days).
        var scenes: [(sentence: Int, place: String?, date: ResolvedDate)] = []
        for s in sentences { if let found = scene(s) { scenes.append((s.index, found.place, found.date)) } }
        // A day alone heads a day's entries only where several do: "Tuesday, 3 December 2024"
        // over a statement is its date line.
        if scenes.filter({ $0.place == nil }).count < 2 { scenes.removeAll { $0.place == nil } }
        if !scenes.isEmpty {
            for n in locals.indices {
                guard let current = scenes.last(where: { $0.sentence < locals[n].sentence }) else { continue }
                // A month or a year ("since the invasion in February 2022") dates no meeting here.
                let undated: Bool
                if case .day? = locals[n].date, !locals[n].live { undated = false } else { undated = true }
                guard let scenePlace = current.place else {
                    // A live blog's "THURSDAY 4 SEPTEMBER": its entries' meetings are that day's.
                    if undated, !locals[n].future {
                        locals[n].date = current.date
                        locals[n].live = false
                        locals[n].dayHeaded = true
                    }
                    continue
                }
                if locals[n].place == nil, !locals[n].there, !locals[n].here {
                    locals[n].place = scenePlace
                    if undated { locals[n].date = current.date }
                } else if let place = locals[n].place, Self.key(place) == Self.key(scenePlace), undated {
                    locals[n].date = current.date
                }
            }
        }
        // "… the IGAD summit in Nairobi on Friday. The talks were also attended by …": a meeting
        // named with neither place nor date right after a placed one is that one.
        // "Yesterday, in Jeddah, the two men put their signatures to the agreement. … also
        // attended the signing": a sentence that opens on a place, with no meeting noun, sets
        // the scene for the next two as a placed meeting would.
        let openings: [Local] = sentences.compactMap { s in
            guard !s.mentions.contains(where: { $0.role == .event }), let place = openingPlace(s) else { return nil }
            let day = s.dates.first { if case .day = $0.date { true } else { false } }
            return Local(sentence: s.index, token: 0, place: place, date: day?.date, future: false)
        }
        var previous: Local?
        for n in locals.indices {
            if let opening = openings.last(where: { $0.sentence < locals[n].sentence }), opening.sentence > previous?.sentence ?? -1 {
                previous = opening
            }
            if locals[n].there, let p = previous {
                locals[n].place = p.place
                if locals[n].date == nil { locals[n].date = p.date }
            }
            // "Salinas hosted the ceremony", "A signed for the government; B signed with the
            // commanders": an earlier meeting noun of the same sentence counts too.
            if locals[n].place == nil, !locals[n].here, locals[n].date == nil || locals[n].dayHeaded, !locals[n].future, let p = previous,
                locals[n].sentence - p.sentence <= 2, locals[n].sentence >= p.sentence
            {
                locals[n].place = p.place
                if !locals[n].dayHeaded { locals[n].date = p.date }
            }
            // "met in France last June": a meeting dated only to a month is an aside, not the one
            // the next sentences go on about.
            if locals[n].place != nil {
                if case .span? = locals[n].date { continue }
                previous = locals[n]
            }
        }
        for (place, weight) in venues(sentences) {
            if placeCounts[place] == nil { placeOrder.append(place) }
            placeCounts[place, default: 0] += weight
        }
        // "PUTRAJAYA, Malaysia - … at talks in Malaysia": a country is the venue only when the
        // text names no city of it (the guidelines' convention).
        let cities = citiesByCountry(sentences)
        let countries = cities.isEmpty ? [:] : countryNames(sentences)
        if !cities.isEmpty {
            for n in locals.indices {
                if let place = locals[n].place, let code = countries[place], let city = cities[code] { locals[n].place = city }
            }
        }
        let docPlace = placeOrder.max { (placeCounts[$0]!, -placeOrder.firstIndex(of: $0)!) < (placeCounts[$1]!, -placeOrder.firstIndex(of: $1)!) }
        // "We met here on 26 February": the text's own venue, whatever meeting it named last.
        for n in locals.indices where locals[n].here && locals[n].place == nil { locals[n].place = docPlace }
        // "talks at the Elysee Palace … Putin met Hollande at the palace": the meeting at the
        // building named last with that word.
        var buildingMeetings: [String: Local] = [:]
        for n in locals.indices {
            if let word = locals[n].building, let named = buildingMeetings[word] {
                locals[n].place = named.place ?? docPlace
                if !locals[n].ownDate { locals[n].date = named.date }
            }
            for word in locals[n].buildings { buildingMeetings[word] = locals[n] }
        }
        // A meeting of several days is one event, keyed by its first day: its other days, at the
        // same place, take that one.
        var starts: [String: [SimpleDate]] = [:]
        // "The talks opened" on a day a heading gives: a start only the next fortnight's days of
        // that venue join ("24 January, Geneva. The talks opened … 31 January, Geneva. The round
        // closed"), since the sentence says nothing of the meeting's length.
        var openedOn: [String: [SimpleDate]] = [:]
        for local in locals where local.opens && local.start == nil {
            if case .day(let d)? = local.date, let place = local.place ?? docPlace { openedOn[Self.key(place), default: []].append(d) }
        }
        for local in locals {
            if let start = local.start, let place = local.place ?? docPlace { starts[Self.key(place), default: []].append(start) }
        }
        // "The accord was signed at the close of a two-day summit" (the lede gave Friday): the
        // summit opened the day before the day the text gives it.
        for (n, local) in locals.enumerated() {
            guard let days = local.lastOfDays, let place = local.place ?? docPlace else { continue }
            let key = Self.key(place)
            let own: ResolvedDate? = local.date ?? locals[..<n].last(where: { l in
                if case .day? = l.date { Self.key(l.place ?? docPlace ?? "") == key } else { false }
            })?.date
            if case .day(let day)? = own { starts[key, default: []].append(day.adding(days: -(days - 1))) }
        }
        // Two days at most, or sixty for a meeting over by publication: "the talks opened on Jan. 4
        // … agreed yesterday at the end of a week of talks" is one conference, while "the round
        // opened on Saturday … will join the talks on Wednesday" is a round still to come.
        func firstDay(_ date: ResolvedDate?, at place: String) -> ResolvedDate? {
            guard case .day(let day)? = date else { return date }
            let over = published.map { day <= $0 } ?? false
            let window = over ? 60 : 2
            let stated = starts[Self.key(place), default: []].filter { $0 <= day && day.dayNumber - $0.dayNumber <= window }
            let opened = openedOn[Self.key(place), default: []].filter { $0 <= day && day.dayNumber - $0.dayNumber <= min(window, 14) }
            guard let start = (stated + opened).min() else { return date }
            return .day(start)
        }
        for n in locals.indices {
            if let place = locals[n].place ?? docPlace { locals[n].date = firstDay(locals[n].date, at: place) }
        }
        // An undated past meeting at the text's venue: the latest day any meeting sentence gives,
        // except a date right after another venue ("met at the White House on Monday" dates no
        // conference in Annapolis), else the lede's, else publication. The same for every such
        // meeting, so read once.
        var docPlaceDate: ResolvedDate??
        func undatedAtDocPlace(_ place: String, published: SimpleDate) -> ResolvedDate? {
            if let known = docPlaceDate { return known }
            let all = sentences.filter { s in s.mentions.contains { $0.role == .event } }
                .flatMap { s in meetingDates(s).filter { d in !datesAnotherVenue(d, in: s, than: place) } }
            let past: [SimpleDate] = all.compactMap { if case .day(let d) = $0.date, d <= published { d } else { nil } }
            let found = past.max() ?? ledeDate(sentences, published: published, at: place) ?? published
            docPlaceDate = .day(found)
            return .day(found)
        }
        var result: [Int: [Int: EventRef]] = [:]
        for local in locals {
            if isUnplacedAndToCome(local, published) { continue }
            // "In August Egypt signed a defence pact with Somalia": a meeting the sentence dates
            // only to a month or longer and places nowhere is another occasion than the text's
            // own ("this week" may still be its own).
            if local.place == nil, case .span(let from, let to)? = local.date, to.dayNumber - from.dayNumber >= 27 { continue }
            guard let place = local.place ?? docPlace else { continue }
            var date = local.date
            if date == nil, let published {
                let sameVenue = locals.filter { ($0.place ?? docPlace) == place }
                let days: [SimpleDate] = sameVenue.compactMap { if case .day(let d) = $0.date { d } else { nil } }
                if local.future {
                    // "expected to meet Putin in Budapest, but no date has been set": a meeting
                    // still to come at a venue the text dates no meeting at is no event yet.
                    if days.isEmpty { continue }
                    date = days.filter { $0 > published }.min().map { .day($0) }
                } else {
                    // The lede's meeting at this venue is the story's ("… are due to sign the deal
                    // in Juba today"); else the latest held there. "Commanders were due to meet on
                    // Tuesday": a meeting still to come when written dates no meeting already held.
                    let lede = sameVenue.first { l in
                        if l.sentence < 4, case .day(let d) = l.date { d <= published } else { false }
                    }
                    let held: [SimpleDate] = sameVenue.compactMap { if !$0.future, case .day(let d) = $0.date { d } else { nil } }
                    date = lede?.date ?? held.filter { $0 <= published }.max().map { .day($0) }
                    if date == nil {
                        // A venue the text mentions in passing, dated nowhere: the day of the report.
                        date = place == docPlace ? undatedAtDocPlace(place, published: published) : .day(published)
                    }
                }
            }
            result[local.sentence, default: [:]][local.token] = EventRef(place: place, date: firstDay(date, at: place))
        }
        // "came to Muscat on Saturday": an arrival is at the meeting its venue holds nearest its
        // day (from thirty days after that meeting opened to the day before it); a venue that
        // holds no meeting then gives none.
        let held = Set(result.values.flatMap(\.values))
        for arrival in arrivalLocals {
            guard var place = arrival.place else { continue }
            if let code = countries[place], let city = cities[code] { place = city }
            let atVenue = held.filter { Self.key($0.place) == Self.key(place) }
                .compactMap { ref -> (EventRef, SimpleDate)? in if case .day(let d)? = ref.date { (ref, d) } else { nil } }
            let chosen: EventRef?
            if case .day(let day)? = arrival.date {
                chosen = atVenue.filter { $0.1.dayNumber - day.dayNumber <= 1 && day.dayNumber - $0.1.dayNumber <= 30 }
                    .min { (abs($0.1.dayNumber - day.dayNumber), $0.1) < (abs($1.1.dayNumber - day.dayNumber), $1.1) }?.0
            } else {
                let past = atVenue.filter { pair in published.map { pair.1 <= $0 } ?? true }
                chosen = (past.isEmpty ? atVenue : past).max { $0.1 < $1.1 }?.0
            }
            if let chosen { result[arrival.sentence, default: [:]][arrival.token] = chosen }
        }
        var dated: Set<EventRef> = []
        for local in locals where !isUnplacedAndToCome(local, published) {
            if case .day? = local.date, let place = local.place ?? docPlace { dated.insert(EventRef(place: place, date: local.date)) }
        }
        // "22 January, Montreux. The conference opened in Montreux … Kerry told the hall …": the
        // meeting a heading's entry names at the heading's place is the scene of every sentence
        // up to the next heading.
        var sceneMeetings: [Int: EventRef] = [:]
        for (n, scene) in scenes.enumerated() {
            guard let place = scene.place else { continue }
            let end = n + 1 < scenes.count ? scenes[n + 1].sentence : Int.max
            let meeting = locals.lazy.filter { $0.sentence > scene.sentence && $0.sentence < end }
                .compactMap { result[$0.sentence]?[$0.token] }
                .first { Self.key($0.place) == Self.key(place) && $0.date == scene.date }
            guard let meeting else { continue }
            for s in sentences where s.index > scene.sentence && s.index < end { sceneMeetings[s.index] = meeting }
        }
        return (result, dated, sceneMeetings)
    }
}
