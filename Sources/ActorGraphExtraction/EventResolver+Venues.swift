// Venues: the place a meeting noun names, and the document's venues.
extension EventResolver {
    /// The capital a descriptor names: "the Kenyan capital" (a state's demonym, then "capital"),
    /// "the capital of Burkina Faso", "Iran's capital".
    func capital(_ s: SentenceAnalysis, at k: Int) -> (range: Range<Int>, name: String)? {
        if k + 1 < s.tokens.count, s.tokens[k].norm == "capital", s.tokens[k + 1].norm == "of",
            let m = s.mentions.first(where: { $0.range.lowerBound == k + 2 }), m.actor.kind == .state, m.form == .name || m.form == .alias,
            let code = m.actor.country, let capital = capitals[code]
        {
            return (k..<m.range.upperBound, capital)
        }
        if let m = s.mentions.first(where: { $0.range.lowerBound == k }), m.actor.kind == .state, m.form == .name || m.form == .alias,
            let code = m.actor.country, let capital = capitals[code],
            m.range.upperBound + 1 < s.tokens.count, s.tokens[m.range.upperBound].is(.possessive),
            s.tokens[m.range.upperBound + 1].norm == "capital"
        {
            return (k..<(m.range.upperBound + 2), capital)
        }
        guard let m = s.mentions.first(where: { $0.range.lowerBound == k }), m.form == .demonym, m.actor.kind == .state,
            let code = m.actor.country, let capital = capitals[code],
            m.range.upperBound < s.tokens.count, s.tokens[m.range.upperBound].norm == "capital"
        else { return nil }
        return (k..<(m.range.upperBound + 1), capital)
    }

    /// The capitals a text writes its own way, by the lexicon's name: "Tananarive" for
    /// Antananarivo, "Peking" for Beijing, where the text never writes the lexicon's name. The
    /// venue "the Malagasy capital" names is then written as the text writes it (one word for
    /// one word: "Delhi" is not New Delhi's spelling).
    func capitalSpellings(_ sentences: [SentenceAnalysis]) -> [String: String] {
        var own: [String: String] = [:]
        var named: Set<String> = []
        for s in sentences {
            for m in s.mentions where m.actor.kind == .state && m.form == .metonym {
                guard let code = m.actor.country, let capital = capitals[code] else { continue }
                let written = venueName(m, s.tokens)
                if written == capital {
                    named.insert(capital)
                } else if m.range.count == 1, !capital.contains(" "), own[capital] == nil {
                    own[capital] = written
                }
            }
        }
        return own.filter { !named.contains($0.key) }
    }

    /// The city a place mention stands for: a seat of power is in its state's capital ("at the
    /// White House" is in Washington, "in the Kremlin" in Moscow); other places are as written.
    func venueName(_ m: Mention, _ tokens: [Token]) -> String {
        let written = Self.text(tokens, m.range)
        // A seat of power is written with "the" ("the Kremlin"); a capital, however spelt, without.
        let seat = tokens[m.range.lowerBound].norm == "the" || m.range.lowerBound > 0 && tokens[m.range.lowerBound - 1].norm == "the"
            || seats.contains(written.lowercased())
        guard seat, m.form == .metonym, m.actor.kind == .state, let code = m.actor.country, let capital = capitals[code] else { return written }
        return capital
    }

    /// Whether `m` names a state whose capital bears its name ("Singapore", "Djibouti"), so that
    /// "met on Tuesday in Singapore" names a city, not a country (relations.rules' "city-state").
    func isCityState(_ m: Mention, _ tokens: [Token]) -> Bool {
        m.actor.kind == .state && m.range.count == 1 && cityStates.contains(tokens[m.range.lowerBound].word)
    }

    /// A venue of more than one word starting at token `k`: a capital named by its descriptor
    /// ("the Kenyan capital") or a city of several words ("Dar es Salaam") that no mention covers.
    func namedVenue(_ s: SentenceAnalysis, at k: Int) -> (range: Range<Int>, name: String)? {
        if let found = capital(s, at: k) { return found }
        // "in The Hague": a city whose name opens with the article the callers skip.
        if k >= 1, s.tokens[k - 1].is(.the), let range = gazetteer.match(s.tokens, at: k - 1), range.upperBound > k,
            !s.mentions.contains(where: { $0.range.overlaps(range) })
        {
            return (range, Gazetteer.text(s.tokens, range))
        }
        let t = s.tokens
        // (Not "the San Martin Palace in Buenos Aires": a building named after a person or a
        // place, in the city named after it.)
        if let range = gazetteer.match(t, at: k), !s.mentions.contains(where: { $0.range.overlaps(range) }),
            !(range.upperBound + 2 < t.count && t[range.upperBound].isCapitalized && buildings.contains(t[range.upperBound].word)
                && t[range.upperBound + 1].is(.in) && t[range.upperBound + 2].isCapitalized)
        {
            return (range, Gazetteer.text(t, range))
        }
        // "in Crans-Montana", "in Port-au-Prince": words a hyphen joins, without "the" before
        // ("the Franco-German summit") or a capitalised word after ("the Beau-Rivage Palace").
        let joined = Self.hyphenatedEnd(t, from: k)
        if joined > k + 1, k >= 1, !["the", "a", "an"].contains(t[k - 1].norm), t[k].isCapitalized, t[joined - 1].isCapitalized,
            !notPlaces.contains(t[k].word), !Self.continuesName(t, after: joined - 1), !buildings.contains(t[joined - 1].word),
            !s.mentions.contains(where: { $0.range.overlaps(k..<joined) })
        {
            return (k..<joined, Gazetteer.text(t, k..<joined))
        }
        // "at Cierna nad Tisou", "at Ras en Naqoura": two capitalised words a lowercase particle
        // of place names joins, without "the" before.
        if k >= 1, k + 2 < t.count, !t[k - 1].is(.the), t[k].isCapitalized, t[k].isWord, placeParticles.contains(t[k + 1].word),
            !t[k + 1].isCapitalized, t[k + 2].isCapitalized, t[k + 2].isWord, !notPlaces.contains(t[k].word), !buildings.contains(t[k + 2].word),
            !s.mentions.contains(where: { $0.range.overlaps(k..<(k + 3)) })
        {
            return (k..<(k + 3), Gazetteer.text(t, k..<(k + 3)))
        }
        // "at Camp David": two capitalised words no lexicon or gazetteer knows, without "the"
        // (which opens a building's or a body's name) and ending in no building word. In a
        // sentence written in capitals ("AT HEAVY COST"), capitals say nothing.
        guard k >= 1, k + 1 < t.count, t[k - 1].norm != "the", t[k].isCapitalized, t[k].isWord, t[k + 1].isCapitalized, t[k + 1].isWord,
            !Self.isInCapitals(t),
            !notPlaces.contains(t[k].word), !notPlaces.contains(t[k + 1].word), !buildings.contains(t[k + 1].word),
            // "at Nikola Tesla airport": the building's name.
            !(k + 2 < t.count && buildings.contains(t[k + 2].word)),
            !Self.continuesName(t, after: k + 1), !(k + 2 < t.count && t[k + 2].norm == "'s"),
            !s.mentions.contains(where: { $0.range.overlaps(k..<(k + 2)) })
        else { return nil }
        return (k..<(k + 2), Gazetteer.text(t, k..<(k + 2)))
    }

    /// Whether most words of a sentence are written in capitals (a cable's or a wire's style).
    static func isInCapitals(_ t: [Token]) -> Bool {
        let words = t.lazy.filter { $0.isWord && $0.text.count > 1 }
        let upper = words.filter(\.isUppercase).count
        return upper * 2 > words.count
    }

    /// Whether every word of `tokens` is written in capitals: a cable's header line ("FROM JEDDAH
    /// TO FOREIGN OFFICE"), an office's line, a wire's dateline.
    static func isAllCapitals(_ tokens: some Collection<Token>) -> Bool {
        tokens.allSatisfy { !$0.isWord || $0.isUppercase }
    }

    /// The index of X in "resort of X", "the port city of X", if X is one capitalised word.
    /// Whether token `i` follows a place noun: ``placeAfterNoun(_:_:covered:)``'s first test,
    /// asked by its callers before they make its closure (most tokens fail it).
    @inline(__always)
    func followsPlaceNoun(_ tokens: [Token], _ i: Int) -> Bool { i > 0 && i < tokens.count && placeNouns.contains(tokens[i - 1].word) }

    /// Whether the place noun before `i` names a landmark the venue is near, after a comma: "at a
    /// house in Bilandkhel, in Orakzai Agency, near the town of Thall".
    private static func isNearLandmark(_ tokens: [Token], _ i: Int) -> Bool {
        guard let near = (max(1, i - 4)..<max(1, i - 1)).last(where: { ["near", "outside"].contains(tokens[$0].norm) }) else { return false }
        return tokens[near - 1].is(.comma)
    }

    /// The place "the town of X" names after the place noun before `i` (not a landmark the venue
    /// is near: ``isNearLandmark(_:_:)``).
    func placeAfterNoun(_ tokens: [Token], _ i: Int, covered: (Int) -> Bool) -> Range<Int>? {
        // (The place noun by id first: comparing every token's norm with "of" cost more.)
        guard i > 0, placeNouns.contains(tokens[i - 1].word), tokens[i].norm == "of", i + 1 < tokens.count, !Self.isNearLandmark(tokens, i) else { return nil }
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

    /// Token ranges of the appositions, relative clauses and attributions of a sentence that do
    /// not hold the token `e`: ", the group's deputy chief in Gaza," describes a person, and its
    /// place is not the venue of the meeting the sentence is about.
    static func asides(_ tokens: [Token], excluding e: Int) -> [Range<Int>] {
        commaAsides(tokens, excluding: e) + attributions(tokens, excluding: e)
    }

    /// "…, according to the presidential office in Seoul": where the source sits, not the
    /// meeting (to the end of its clause).
    static func attributions(_ tokens: [Token], excluding e: Int) -> [Range<Int>] {
        tokens.indices.dropLast().compactMap { k in
            guard tokens[k].norm == "according", tokens[k + 1].norm == "to" else { return nil }
            let close = ((k + 2)..<tokens.count).first { tokens[$0].is(oneOf: clauseMarks) } ?? tokens.count
            return (k..<close).contains(e) ? nil : k..<close
        }
    }

    /// The appositions and relative clauses a comma opens (``asides(_:excluding:)``).
    /// (The punctuation by word id, the opener by a switch: comparing every token's norm with ","
    /// and making a list of openers at every comma cost more than the rest of the search.)
    static func commaAsides(_ tokens: [Token], excluding e: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let marks = clauseMarks
        for k in tokens.indices where tokens[k].is(.comma) && k + 1 < tokens.count && opensAside(tokens[k + 1].norm) {
            // "on Monday, the first of September, in Jerusalem": the day's date, no aside.
            guard !DateResolver.explicitDateFollows(tokens, k + 1), let close = ((k + 1)..<min(tokens.count, k + 20)).first(where: { tokens[$0].is(oneOf: marks) }),
                tokens[close].is(.comma)
            else { continue }
            if !(k..<close).contains(e) { out.append(k..<close) }
        }
        return out
    }

    /// Whether the name at `range` is joined by a hyphen to another capitalised name, before or
    /// after it: "Belgrade-Pristina", "Kenya-Uganda".
    static func hyphenPairs(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let joined = { (k: Int) in tokens[k].is(.hyphen) || tokens[k].norm == "–" }
        if range.lowerBound >= 2, joined(range.lowerBound - 1), tokens[range.lowerBound - 2].isCapitalized, tokens[range.lowerBound - 2].isWord { return true }
        let u = range.upperBound
        return u + 1 < tokens.count && joined(u) && tokens[u + 1].isCapitalized && tokens[u + 1].isWord
    }

    /// ``asides(_:excluding:)`` but a relative clause on the meeting noun at `e` itself ("their
    /// plenary sessions, which began in Peking on Monday,"), which says where and when it was.
    static func asides(_ tokens: [Token], besidesMeetingAt e: Int) -> [Range<Int>] {
        asides(tokens, excluding: e).filter { !($0.lowerBound == e + 1 && tokens[e + 2].norm == "which") }
    }

    /// ",", ";" and ".": what ends an aside (``asides(_:excluding:)``) or a stretch of travel.
    static let clauseMarks = FixedWordSet(.comma, .semicolon, .period)

    /// Whether a word after a comma opens an aside: "the", "a", "an", "who", "which", "whose" or "whom".
    @inline(__always)
    static func opensAside(_ norm: String) -> Bool {
        switch norm {
        case "the", "a", "an", "who", "which", "whose", "whom": true
        default: false
        }
    }

    /// The venue named before the meeting noun at `e`, if one is, and its name: "the Vienna
    /// talks" (after "the", a capitalised word no lexicon names), or a city with up to two
    /// lowercase words between ("the Geneva peace talks", "their latest Berlin crisis meeting").
    func venueBeforeMeeting(_ s: SentenceAnalysis, event e: Int) -> (range: Range<Int>, name: String)? {
        guard let city = placeBeforeMeeting(s, event: e) else { return nil }
        let metonym = s.mentions.first { $0.range == city && $0.form == .metonym }
        return (city, metonym.map { venueName($0, s.tokens) } ?? Gazetteer.text(s.tokens, city))
    }

    /// The tokens of ``venueBeforeMeeting(_:event:)``'s venue.
    private func placeBeforeMeeting(_ s: SentenceAnalysis, event e: Int) -> Range<Int>? {
        if namesMeetingAfterPlace(s, event: e) { return (e - 1)..<e }
        let t = s.tokens
        var end = e
        while end > 0, e - end < 2, t[end - 1].isWord, !t[end - 1].isCapitalized, !Self.modifierStops.contains(t[end - 1].norm) { end -= 1 }
        // "the Johannesburg BRICS summit", "the Vilnius NATO summit": the forum whose meeting it is
        // stands between the city and the noun.
        if let forum = s.mentions.first(where: { $0.range.upperBound == end && $0.role == .actor && $0.actor.kind == .organization }),
            forum.range.lowerBound > 1
        {
            end = forum.range.lowerBound
        }
        // "the Gaza ceasefire talks": about the city, not in it.
        guard end < e, end > 1, !t[end..<e].contains(where: { meetingTopics.contains($0.word) }) else { return nil }
        // A city of several words ("the Sharm el-Sheikh peace summit").
        for start in max(1, end - 5)..<end {
            guard let city = gazetteer.match(t, at: start), city.upperBound == end,
                Self.meetingDeterminers.contains(t[start - 1].norm),
                !s.mentions.contains(where: { $0.range.overlaps(city) })
            else { continue }
            return city
        }
        // A capital ("their latest Berlin crisis meeting").
        if let m = s.mentions.first(where: { $0.range.upperBound == end && $0.form == .metonym }), m.range.lowerBound > 0,
            Self.meetingDeterminers.contains(t[m.range.lowerBound - 1].norm)
        {
            return m.range
        }
        // One capitalised word no lexicon names, as "the Vienna talks" (no acronym: "the FIPIC
        // leaders' summit").
        let c = end - 1
        guard Self.meetingDeterminers.contains(t[c - 1].norm), t[c].isCapitalized, t[c].isWord, !t[c].isUppercase,
            !notPlaces.contains(t[c].word), !s.mentions.contains(where: { $0.range.contains(c) }), !namesBuilding(t, c),
            !gazetteer.covers(t, c)
        else { return nil }
        return c..<end
    }

    /// Lowercase words that cannot stand between a city and its meeting noun.
    static let modifierStops: Set<String> = ["the", "a", "an", "of", "and", "or", "in", "at", "to", "for", "with", "on", "by", "from", "was", "were", "is", "are", "held", "said"]
    /// Words a named meeting follows: "the Geneva peace talks", "their Berlin crisis meeting".
    static let meetingDeterminers: Set<String> = ["the", "a", "an", "their", "its", "his", "her", "latest", "last", "next", "first", "second", "third", "new", "this", "that"]

    /// Whether the meeting noun at `e` follows "the" and a capitalised word no lexicon names, which
    /// is then its venue ("the Vienna talks"): not a building's word, nor a forum's acronym in a
    /// text that is not in capitals ("the FIPIC summit").
    func namesMeetingAfterPlace(_ s: SentenceAnalysis, event e: Int) -> Bool {
        let t = s.tokens
        guard e > 1, t[e - 2].norm == "the", t[e - 1].isCapitalized, t[e - 1].isWord, !notPlaces.contains(t[e - 1].word),
            !s.mentions.contains(where: { $0.range.contains(e - 1) }), !namesBuilding(t, e - 1)
        else { return false }
        let acronym = t[e - 1].isUppercase && t[e - 1].text.count >= 2 && !t[e].isUppercase
        // "the Episcopal Conference of Nicaragua": a body of a state's, not a meeting held at a
        // place called "Episcopal".
        var owner = e + 2
        if owner < t.count, t[owner].norm == "the" { owner += 1 }
        let ownedBody = e + 1 < t.count && t[e + 1].norm == "of"
            && s.mentions.contains { $0.range.lowerBound == owner && $0.role == .actor && $0.actor.kind == .state }
        return !acronym && !ownedBody
    }

    /// The city of a byline that says where its reporters are ("Reporting: Kila Tau and Joanne
    /// Amini in Port Moresby; Priya Raman in Sydney"): the first one.
    func bylinePlace(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        // "(FROM OUR LONDON CORRESPONDENT.)": a correspondent's line in brackets.
        if t.count >= 5, t[0].norm == "(", t[1].norm == "from", let k = correspondentCity(t, from: 1) { return Self.datelineName(s, k..<(k + 1)) }
        guard let first = t.first, ["reporting", "by", "from", "fm"].contains(first.norm) else { return nil }
        // A cable's "FM AMEMBASSY MOGADISCIO", "FROM: EMBASSY BANJUL": the post it was sent from.
        if let k = t.prefix(4).firstIndex(where: { ["amembassy", "embassy", "amconsul", "consulate", "usmission", "usun"].contains($0.norm) }), k + 1 < t.count,
            t[k + 1].isCapitalized, t[k + 1].isWord, !notPlaces.contains(t[k + 1].word)
        {
            let end = gazetteer.match(t, at: k + 1)?.upperBound ?? k + 2
            return Self.datelineName(s, (k + 1)..<end)
        }
        // A telegram's "FROM JEDDAH TO FOREIGN OFFICE": the city it was sent from, in capitals
        // before "TO" (one to three words).
        if ["from", "fm"].contains(first.norm), t.count >= 4, Self.isAllCapitals(t) {
            let k = t[1].norm == ":" ? 2 : 1
            if let to = t[k...].prefix(4).firstIndex(where: { $0.is(.to) }), to > k, !notPlaces.contains(t[k].word),
                t[k..<to].allSatisfy(\.isWord)
            {
                return Self.datelineName(s, k..<to)
            }
        }
        // A telegram's header line "FROM: Brussels": a city alone after the colon.
        if first.norm == "from", t.count >= 3, t[1].norm == ":", t[2].isCapitalized, !notPlaces.contains(t[2].word) {
            let capital = s.mentions.first { $0.range.lowerBound == 2 && ($0.form == .metonym || isCityState($0, t)) }
            if let city = capital?.range ?? gazetteer.match(t, at: 2),
                city.upperBound == t.count || t[city.upperBound].start > t[city.upperBound - 1].end && t[city.upperBound].isUppercase
            {
                return capital.map { venueName($0, t) } ?? Self.datelineName(s, city)
            }
        }
        if let k = correspondentCity(t, from: 0) { return Self.datelineName(s, k..<(k + 1)) }
        // "From Our Own Correspondent, VICTORIA FALLS": the place after the correspondent.
        if let c = t.prefix(5).firstIndex(where: { ["correspondent", "reporter"].contains($0.norm) }), c + 2 < t.count, t[c + 1].is(.comma),
            t[c + 2].isCapitalized, t[c + 2].isWord, !notPlaces.contains(t[c + 2].word)
        {
            let end = gazetteer.match(t, at: c + 2)?.upperBound ?? c + 3
            return Self.datelineName(s, (c + 2)..<end)
        }
        for i in t.indices.dropLast() where t[i].norm == "in" {
            if let m = s.mentions.first(where: { $0.range.lowerBound == i + 1 }), m.role == .place, m.form == .metonym || isCityState(m, t) {
                return venueName(m, t)
            }
            if let city = gazetteer.match(t, at: i + 1), !notPlaces.contains(t[i + 1].word) { return Gazetteer.text(t, city) }
            // "By a Staff Correspondent in Denpasar": one word ending the line (the gazetteer holds
            // the cities of several words).
            if i + 2 == t.count, t[i + 1].isCapitalized, t[i + 1].isWord, !notPlaces.contains(t[i + 1].word),
                !s.mentions.contains(where: { $0.range.contains(i + 1) })
            {
                return t[i + 1].text
            }
        }
        return nil
    }

    /// "From our Moshi correspondent": where the city a correspondent writes from is, the line's
    /// "From" at `f`.
    private func correspondentCity(_ t: [Token], from f: Int) -> Int? {
        let k = f + 2
        guard t.count >= f + 4, t[f + 1].norm == "our", ["correspondent", "reporter", "staff"].contains(t[k + 1].norm), t[k].isCapitalized, t[k].isWord,
            !notPlaces.contains(t[k].word), !["own", "special", "diplomatic", "political", "foreign", "defence", "defense"].contains(t[k].norm)
        else { return nil }
        return k
    }

    /// Whether the capitalised word at `k` is only the first of a longer name: "the Rixos
    /// President Hotel", "the Beau-Rivage Palace" are not the cities "Rixos" and "Beau".
    static func continuesName(_ tokens: [Token], after k: Int) -> Bool {
        var j = k + 1
        // "the Chateau de Bossey", "the Palais des Nations", "Huis ten Bosch": a particle joins the
        // next word.
        if j + 1 < tokens.count, tokens[j].norm == "-" || ["de", "du", "des", "del", "di", "la", "le", "ten", "ter", "van", "von", "den", "der"].contains(tokens[j].norm) { j += 1 }
        return j < tokens.count && tokens[j].isCapitalized && tokens[j].isWord
    }

    /// Whether the capitalised word at `k`, after "the", names a landmark rather than a city: "at
    /// the Istana", "at the Elysee" (a city written with "the", "The Hague", is in the gazetteer).
    static func namesLandmark(_ tokens: [Token], _ k: Int) -> Bool {
        k > 0 && tokens[k - 1].norm == "the"
    }

    /// A place as a key: "Lomé" (a capital from the lexicon) and "Lome" (as an article spells it)
    /// are one venue.
    static func key(_ place: String) -> String {
        // An ASCII name (most are) folds to its lowercase; Foundation's folding bridges to
        // NSString for every call.
        if place.utf8.allSatisfy({ $0 < 0x80 }) { return place.lowercased() }
        return place.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The comma of a ", where" that opens the clause of the meeting word at `e` (within eight
    /// words before it, or twenty with no punctuation between): "…, where Kuleba sat down with
    /// Lavrov", "from Munich, where in the early hours of this morning he signed".
    static func whereClause(_ tokens: [Token], event e: Int) -> Int? {
        // ("Now to Entebbe, where President X of South Sudan and Y are due this morning at State
        // House for a summit": sixteen words.)
        Range.ordered(max(1, e - 20), e).last { k in
            tokens[k].norm == "where" && tokens[k - 1].norm == "," && (e - k <= 8 || !tokens[(k + 1)..<e].contains { !$0.isWord })
        }.map { $0 - 1 }
    }

    /// The place a base is named for: "Kitona" in "the Kitona military base", "the Bagram air
    /// base" (a capitalised word, at most one lowercase word, then "base").
    static func namesBase(_ tokens: [Token], _ k: Int) -> String? {
        var j = k + 1
        if j < tokens.count, !tokens[j].isCapitalized, ["military", "air", "naval", "army", "airforce"].contains(tokens[j].norm) { j += 1 }
        // (So are a cosmodrome and an airbase: "at the Vostochny cosmodrome".)
        guard j < tokens.count, ["base", "airbase", "cosmodrome", "spaceport"].contains(tokens[j].norm), !(j + 1 < tokens.count && tokens[j + 1].norm == "in") else { return nil }
        return tokens[k].text
    }

    /// The comma of a ", when" that opens the clause of the meeting word at `e`, with no other
    /// clause mark between: "It took its present form in Lusaka on 7 December, when …".
    static func whenClause(_ tokens: [Token], event e: Int) -> Int? {
        guard let w = Range.ordered(1, e).last(where: { tokens[$0].norm == "when" }), tokens[w - 1].is(.comma),
            !tokens[w..<e].contains(where: { $0.is(.semicolon) || $0.is(.period) })
        else { return nil }
        return w - 1
    }

    /// The city named right before the comma at `comma` ("arrived from St Petersburg, where he
    /// met …"): a city of the gazetteer or one capitalised word no actor's name covers.
    func nameBefore(_ s: SentenceAnalysis, _ comma: Int) -> String? {
        let tokens = s.tokens
        for start in max(0, comma - 5)..<comma {
            if let range = gazetteer.match(tokens, at: start), range.upperBound == comma { return Gazetteer.text(tokens, range) }
        }
        let k = comma - 1
        // ("beside the Jungfernsee, where …": after "the", a landmark, not a city.)
        guard k > 0, tokens[k].isCapitalized, tokens[k].isWord, !notPlaces.contains(tokens[k].word), !tokens[k - 1].isCapitalized, !Self.namesLandmark(tokens, k),
            !s.mentions.contains(where: { $0.range.contains(k) })
        else { return nil }
        // "from Newport in Wales, where …": the town, not its region.
        let mentions = s.mentions
        if let town = townBeforeRegion(tokens, at: k - 1, covered: { j in mentions.contains { $0.range.contains(j) } }) {
            return tokens[town].text
        }
        return tokens[k].text
    }

    /// Whether "here" stands right by the meeting noun at `e` ("our talks here", "met here on 26
    /// February", "the meeting here"): the place the text is written from.
    static func isHere(_ tokens: [Token], event e: Int) -> Bool {
        tokens[(e + 1)..<min(tokens.count, e + 3)].contains { $0.norm == "here" }
    }

    /// Whether "there" stands right by the meeting noun at `e` ("held talks there", "met there").
    static func isThere(_ tokens: [Token], event e: Int) -> Bool {
        tokens[(e + 1)..<min(tokens.count, e + 3)].contains { $0.norm == "there" }
    }

    /// Whether the sentence opens on a "There" that places the meeting at `e` (within its first
    /// four words) at the place named before: "There he met Rajiv Gandhi", not "There were talks".
    func opensOnThere(_ tokens: [Token], event e: Int) -> Bool {
        e <= 4 && tokens.count > 1 && tokens[0].norm == "there" && !existentials.contains(tokens[1].word)
    }

    /// "north of Islamabad": words of a bearing from a place.
    static let bearings: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]

    /// Whether the place at `k` follows "outside" or "near" (after "just", "right") right after
    /// a capitalised word and a comma: "in Arlington, just outside Washington".
    static func isNearby(_ tokens: [Token], before k: Int) -> Bool {
        var j = k - 1
        guard j >= 0, ["outside", "near"].contains(tokens[j].norm) else { return false }
        if j >= 1, ["just", "right"].contains(tokens[j - 1].norm) { j -= 1 }
        return j >= 2 && tokens[j - 1].norm == "," && tokens[j - 2].isCapitalized && tokens[j - 2].isWord
    }

    /// The venue nearest to the event noun at `e`; with `before`, of the venues before it only
    /// ("travelled to Pyongyang, meeting Kim there": "there" is the place named before).
    func place(_ s: SentenceAnalysis, event e: Int, before: Bool = false) -> String? {
        let tokens = s.tokens
        var best: (distance: Int, name: String, before: Bool)?
        // A country is the venue only when the sentence names no city for the meeting ("fighting
        // in the Democratic Republic of Congo signed a ceasefire in the Zambian capital").
        var bestCountry: (distance: Int, name: String)?
        // "agreed for the port of Hodeidah during talks in Sweden": a country right after the
        // meeting noun and "in" is where the meeting is, over a city further off.
        var attachedCountry: String?
        // "to prepare the meeting, shuttling between Luanda and Savimbi's base at Jamba": travel
        // back and forth names no venue ("…, arriving in Addis Ababa" does).
        let travels = tokens.indices.compactMap { k -> Range<Int>? in
            guard tokens[k].is(.comma), k + 2 < tokens.count, motionVerbs.contains(tokens[k + 1].word), tokens[k + 2].norm == "between" else { return nil }
            let close = ((k + 1)..<tokens.count).first { tokens[$0].is(oneOf: Self.clauseMarks) } ?? tokens.count
            return (k..<close).contains(e) ? nil : k..<close
        }
        let asides = Self.asides(tokens, besidesMeetingAt: e) + travels
        let own = nearestDate(s, event: e)
        // "had flown to Cairo after meeting X in Jerusalem": a place someone went to before
        // "after" is where the clause it ends went, not where the meeting after it was held
        // ("speaking in Ankara after talks with X" is where both were).
        let after = (max(0, e - 2)..<e).last { k in
            ["after", "following"].contains(tokens[k].norm) && (k + 1 == e || ["a", "the", "their", "his", "her", "its"].contains(tokens[k + 1].norm))
        }
        func consider(_ range: Range<Int>, _ name: String, within limit: Int = 10, country: Bool = false, scene: Bool = false) {
            if asides.contains(where: { $0.contains(range.lowerBound) }) { return }
            if let after, range.upperBound <= after, tokens[max(0, range.lowerBound - 3)..<range.lowerBound].contains(where: { motionVerbs.contains($0.word) }) {
                return
            }
            if before, range.upperBound > e { return }
            // "saw the king at the palace before flying on to Ankara": where someone went after
            // the meeting.
            if range.lowerBound > e, let b = (e..<range.lowerBound).last(where: { tokens[$0].norm == "before" }),
                tokens[b..<range.lowerBound].contains(where: { motionVerbs.contains($0.word) })
            {
                return
            }
            if namesEnvoyPost(tokens, range) { return }
            // "travelled to Pyongyang last month to arrange today's meeting": a place dated
            // otherwise than the meeting, by a date between them, is another event's.
            let between = range.lowerBound < e ? Range.ordered(range.upperBound, e) : Range.ordered(e + 1, range.lowerBound)
            // "Factions sign Beijing declaration; Netanyahu in Washington": a semicolon ends the
            // clause (but "In Kampala, X faced Y; the talks opened on May 23": a fronted place is
            // the scene of the whole sentence).
            if !scene, between.contains(where: { tokens[$0].norm == ";" }) { return }
            if s.dates.contains(where: { d in d.range != own?.range && between.contains(d.range.lowerBound) && d.range.upperBound <= between.upperBound }) { return }
            // "held talks with X in Guangzhou on 5 April, and in Beijing on Sunday she met Y": a
            // place after the meeting with another day of its own right after it is another event's.
            if range.lowerBound > e, let own, case .day = own.date,
                s.dates.contains(where: { d in d.range != own.range && (range.upperBound...(range.upperBound + 1)).contains(d.range.lowerBound) })
            {
                return
            }
            let d = range.lowerBound > e ? range.lowerBound - e : e - range.upperBound + 1
            if country {
                if d <= limit, bestCountry == nil || d < bestCountry!.distance { bestCountry = (d, name) }
            } else if d <= limit, best == nil || d < best!.distance {
                best = (d, name, range.upperBound <= e)
            }
        }
        let dateline = datelinePlace(s)
        for m in s.mentions where m.role == .place && m.form != .demonym && !afterReporting(tokens, m.range.lowerBound) {
            // (The dateline's own place is asked last, below.)
            if let dateline, m.range.overlaps(dateline) { continue }
            // "to end the war in Gaza": where the fighting is.
            if namesWarPlace(tokens, m.range) { continue }
            if m.range.lowerBound >= 1, Self.goesBack(tokens, to: m.range.lowerBound - 1) { continue }
            // "in the hill resort of Murree, north of Islamabad": a bearing's reference point is
            // not where the meeting is.
            if m.range.lowerBound >= 2, tokens[m.range.lowerBound - 1].norm == "of", Self.bearings.contains(tokens[m.range.lowerBound - 2].norm) { continue }
            // "in Arlington, just outside Washington": after a place and a comma, a place the
            // first is near.
            if Self.isNearby(tokens, before: m.range.lowerBound) { continue }
            // "the Belgrade-Pristina dialogue", "the Israel-Egypt talks": two places a hyphen joins
            // name the meeting's two sides, not where it is held.
            if Self.hyphenPairs(tokens, m.range) { continue }
            // "at the State Department's training centre in Arlington": an owner of the venue.
            if m.range.upperBound < tokens.count, tokens[m.range.upperBound].is(.possessive) { continue }
            // "Washington-mediated negotiations in Switzerland": a place joined to a participle
            // qualifies the meeting; it is not where it is held.
            if m.range.upperBound + 1 < tokens.count, tokens[m.range.upperBound].is(.hyphen), tokens[m.range.upperBound + 1].isWord,
                !tokens[m.range.upperBound + 1].isCapitalized
            {
                continue
            }
            // A country is a venue only right by the meeting ("flew to Turkey to meet"); "talks on
            // the war in Syria" are not held in Syria.
            // "In Doha on Sunday, the envoy … met …": a fronted place sets the scene for the
            // whole sentence.
            let city = m.form == .metonym || isCityState(m, tokens)
            // "The mini-summit on peace in eastern DRC was convened …": a region of a country.
            if !city, m.range.lowerBound >= 1, directions.contains(tokens[m.range.lowerBound - 1].word) { continue }
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
            // "Nicaragua's national dialogue, called by the bishops after a month of protests, opened
            // in Managua": the place the meeting opened in, however long its subject.
            let openedIn = city && alone && m.range.lowerBound > e + 1 && m.range.lowerBound >= 2
                && ["in", "at"].contains(tokens[m.range.lowerBound - 1].norm) && openers.contains(tokens[m.range.lowerBound - 2].word)
            consider(m.range, venueName(m, tokens), within: fronted || openedIn ? 40 : city ? (alone ? 24 : 14) : 3, country: !city && m.actor.kind == .state,
                scene: fronted)
            if !city, m.actor.kind == .state, m.range.lowerBound > e + 1, tokens[e + 1].is(.in),
                m.range.lowerBound == e + 2 || m.range.lowerBound == e + 3 && tokens[e + 2].is(.the),
                !asides.contains(where: { $0.contains(m.range.lowerBound) })
            {
                attachedCountry = venueName(m, tokens)
            }
        }
        // "signed what China calls the Beijing Declaration": a text named after a city is signed
        // there, and so is the meeting it was signed at ("wrapped up their summit after signing
        // the Islamabad Declaration").
        if tokens[max(0, e - 8)..<min(tokens.count, e + 9)].contains(where: { signings.contains($0.word) }) {
            for city in documentCities(tokens) { consider(city, Gazetteer.text(tokens, city)) }
        }
        // (The mentions taken once: a closure that reads `s` copied the whole sentence per token.)
        let mentions = s.mentions
        for i in tokens.indices where followsPlaceNoun(tokens, i) {
            if let range = placeAfterNoun(tokens, i, covered: { k in mentions.contains { $0.range.contains(k) } }), !afterReporting(tokens, i) {
                // "a meeting between the Afghan government and the Taliban, in the hill resort of
                // Murree": with no other meeting or place between, as far off as a known city.
                let span = range.lowerBound > e ? Range.ordered(e + 1, range.lowerBound) : Range.ordered(range.upperBound, e)
                let alone = !s.mentions.contains { o in (o.role == .event || o.role == .place) && span.contains(o.range.lowerBound) }
                consider(range, Gazetteer.text(tokens, range), within: alone ? 24 : 10)
            }
        }
        for i in tokens.indices where Self.isVenuePreposition(tokens[i].norm) && !followsWarTopic(tokens, i) {
            var k = i + 1
            if k < tokens.count, ["a", "the"].contains(tokens[k].norm) { k += 1 }
            // "signed an agreement on sharing oil revenues at the Simba Lodge in Naivasha": with
            // no other meeting or place between, a city may stand as far off as a known one.
            if Self.isNearby(tokens, before: k) { continue }
            let span = k > e ? Range.ordered(e + 1, k) : Range.ordered(k + 1, e)
            let alone = !s.mentions.contains { o in (o.role == .event || o.role == .place) && span.contains(o.range.lowerBound) }
            if let (range, name) = namedVenue(s, at: k) {
                if !afterReporting(tokens, i) { consider(range, name, within: alone ? 24 : 10) }
                continue
            }
            // ("Talks With Adoula at Base": in a headline's title case, a building word is no city.)
            guard k < tokens.count, tokens[k].isCapitalized, tokens[k].isWord, !notPlaces.contains(tokens[k].word), !buildings.contains(tokens[k].word),
                !s.mentions.contains(where: { $0.range.contains(k) }), !afterReporting(tokens, i)
            else { continue }
            if Self.goesBack(tokens, to: i) { continue }
            // "from Newport in Wales": the town is the venue, not the region it lies in.
            if let town = townBeforeRegion(tokens, at: i, covered: { j in mentions.contains { $0.range.contains(j) } }) {
                consider(town..<(town + 1), tokens[town].text, within: alone ? 24 : 10)
                continue
            }
            // "talks to …", "flew to …", "travelled twice to …"; "sent a high-level delegation to …"
            // (a motion verb a few words back, in the same clause).
            if tokens[i].norm == "to", !tokens[max(0, i - 2)..<i].contains(where: { eventNouns.contains($0.word) }),
                !tokens[max(0, i - 6)..<i].reversed().prefix(while: { $0.norm != "," }).contains(where: { motionVerbs.contains($0.word) })
            {
                continue
            }
            // "at the Arava crossing": a border crossing is named for its place.
            if tokens[i].norm == "at", k + 1 < tokens.count, crossings.contains(tokens[k + 1].word) {
                consider(k..<(k + 1), tokens[k].text, within: alone ? 24 : 10)
                continue
            }
            // One capitalised word ("Geneva"), or a hotel or venue named after the city ("a Vienna hotel").
            if Self.continuesName(tokens, after: k) { continue }
            if namesBuilding(tokens, k) {
                // "at the Greentree estate in Manhasset": a named building in the city after it.
                if let city = buildingCity(tokens, after: k, covered: { j in mentions.contains { $0.range.contains(j) } }) {
                    consider(k..<(k + 1), city)
                } else if let base = Self.namesBase(tokens, k) {
                    // "at the Kitona military base": a base is named for its place.
                    consider(k..<(k + 1), base, within: alone ? 24 : 10)
                }
                continue
            }
            // "at Koenigstedt, a manor house in Vantaa": a building the text describes is in the
            // city its description names.
            if let city = describedBuildingCity(tokens, after: k + 1, covered: { j in mentions.contains { $0.range.contains(j) } }) {
                consider(k..<(k + 1), city)
                continue
            }
            // "at the Istana": a landmark, not a city.
            if Self.namesLandmark(tokens, k) { continue }
            // "at Palam airport" (in the city after it, if one is named: "at Entebbe airport in
            // Kampala").
            if namesBuildingAfter(tokens, k) {
                if let city = buildingCity(tokens, after: k, covered: { j in mentions.contains { $0.range.contains(j) } }) { consider(k..<(k + 1), city) }
                continue
            }
            consider(k..<(k + 1), tokens[k].text, within: alone ? 24 : 10)
        }
        if let venue = venueBeforeMeeting(s, event: e) { consider(venue.range, venue.name) }
        // "From The Hague: the EU-Russia summit ended yesterday": a live entry's opening place.
        // (After a timestamp: "17:40 From The Hague: …".)
        if let f = tokens.prefix(4).firstIndex(where: { $0.norm == "from" }), tokens[..<f].allSatisfy({ $0.is(.colon) || $0.norm.allSatisfy(\.isNumber) }), f + 3 < tokens.count,
            let (range, name) = namedVenue(s, at: tokens[f + 1].is(.the) ? f + 2 : f + 1) ?? mentionedCity(s, at: f + 1),
            range.upperBound < tokens.count, tokens[range.upperBound].is(.colon)
        {
            consider(range, name, within: 40, scene: true)
        }
        // (A city before the meeting noun stays the venue only right before it: "the Geneva talks".)
        if let attachedCountry, !before, best.map({ $0.before ? $0.distance > 2 : $0.distance > 6 }) ?? true { return attachedCountry }
        // "WASHINGTON - … confirmed talks between A and B would start in Jeddah on Saturday": the
        // dateline is where the report was filed; only a sentence that names no venue of its own
        // meets there.
        if best == nil, let range = dateline {
            consider(range, Self.datelineName(s, range))
        }
        return best?.name ?? bestCountry?.name
    }

    /// The town before the "in" at `i` that names the region it lies in: "from Newport in Wales",
    /// "at Nyon in Switzerland" (a capitalised word no mention `covered`, after "from", "in", "at"
    /// or "near", and a capitalised word after "in"; neither a `not-place` word: "at Haradh in
    /// November" names a month).
    func townBeforeRegion(_ tokens: [Token], at i: Int, covered: (Int) -> Bool) -> Int? {
        guard i >= 2, i + 1 < tokens.count, tokens[i].is(.in),
            tokens[i + 1].isCapitalized, tokens[i + 1].isWord, !notPlaces.contains(tokens[i + 1].word),
            tokens[i - 1].isCapitalized, tokens[i - 1].isWord, !notPlaces.contains(tokens[i - 1].word), !covered(i - 1),
            ["from", "in", "at", "near"].contains(tokens[i - 2].norm)
        else { return nil }
        return i - 1
    }

    /// Whether token `k` is the "to" of "flew back to Washington this evening, before the
    /// conference had finished": where someone went home to, not where the meeting is.
    static func goesBack(_ tokens: [Token], to k: Int) -> Bool {
        k >= 1 && tokens[k].is(.to) && ["back", "home"].contains(tokens[k - 1].norm)
    }

    /// The city a mention at token `k` names: a capital ("Moscow") or a city-state.
    func mentionedCity(_ s: SentenceAnalysis, at k: Int) -> (range: Range<Int>, name: String)? {
        // (Role aside: after "From" a capital may have been read as its state acting.)
        guard let m = s.mentions.first(where: { $0.range.lowerBound == k }), m.form == .metonym || m.role == .place && isCityState(m, s.tokens) else { return nil }
        return (m.range, venueName(m, s.tokens))
    }

    /// "in", "at", "to", "outside", "near" or "off" (a ship "at anchor off Kieta"): the words
    /// before a venue ``place(_:event:before:)`` reads. (A switch, not an array literal's
    /// `contains`: that array was made and destroyed for every token of every sentence with a
    /// meeting.)
    @inline(__always)
    static func isVenuePreposition(_ norm: String) -> Bool {
        // (Most norms are of another length: one count, not six comparisons.)
        switch norm.utf8.count {
        case 2, 3, 4, 7: break
        default: return false
        }
        return switch norm {
        case "in", "at", "to", "outside", "near", "off": true
        default: false
        }
    }

    /// The venue a sentence opens on: "In Kabul, …", "15:10 — In Kabul, …" (a capital or a
    /// state named as a place, after "In" or "At" at the start, then a comma).
    func frontedVenue(_ s: SentenceAnalysis) -> String? {
        guard let m = s.mentions.first(where: { $0.role == .place && $0.actor.kind == .state && $0.form == .metonym }),
            m.range.lowerBound >= 1, m.range.lowerBound <= 6, ["in", "at"].contains(s.tokens[m.range.lowerBound - 1].norm),
            // ("On the same day in Kabul, …": a time before it may open the sentence.)
            s.tokens[m.range.lowerBound - 1].isCapitalized || s.tokens[..<(m.range.lowerBound - 1)].allSatisfy({ timeOpeners.contains($0.word) }),
            m.range.upperBound < s.tokens.count, s.tokens[m.range.upperBound].norm == ","
        else { return nil }
        return Gazetteer.text(s.tokens, m.range)
    }

    /// The city of a building a sentence places someone in on a given day: "walked to the lectern
    /// in a Doha hotel ballroom on Saturday", "met at a Harare hotel on 21 July" (a city's one
    /// capitalised word, or a capital, after "in" or "at" and an article, then a building word).
    /// The caller checks the day.
    func buildingScene(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        for i in t.indices where t[i].norm == "in" || t[i].norm == "at" {
            var k = i + 1
            if k < t.count, ["a", "an", "the"].contains(t[k].norm) { k += 1 }
            // (A capitalised building word names the building: "at Harambee House".)
            guard k + 1 < t.count, buildings.contains(t[k + 1].word), !t[k + 1].isCapitalized, t[k].isCapitalized, t[k].isWord,
                !notPlaces.contains(t[k].word)
            else { continue }
            if let m = s.mentions.first(where: { $0.range.contains(k) }) {
                // "a Doha hotel": a capital, read as the state it stands for.
                guard m.form == .metonym, m.actor.kind == .state, m.range == k..<(k + 1) else { continue }
                return venueName(m, t)
            }
            return t[k].text
        }
        return nil
    }

    /// A question heading that ends on a place: "What happened in Santo Domingo?" sets the
    /// scene for the answer below it, as "In Santo Domingo, …" would.
    func questionPlace(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        guard t.count <= 8, t.count >= 4, t[t.count - 1].norm == "?" else { return nil }
        let end = t.count - 1
        for i in t.indices.dropLast(2) where t[i].norm == "in" || t[i].norm == "at" {
            if let m = s.mentions.first(where: { $0.range.lowerBound == i + 1 }) {
                guard m.role == .place, m.form == .metonym, m.range.upperBound == end else { return nil }
                return venueName(m, t)
            }
            if let (range, name) = namedVenue(s, at: i + 1), range.upperBound == end { return name }
            if i + 2 == end, t[i + 1].isCapitalized, t[i + 1].isWord, !notPlaces.contains(t[i + 1].word) { return t[i + 1].text }
        }
        return nil
    }

    /// The city a sentence opens on: "Yesterday, in Jeddah, …", "At Camp David, …" (a capital
    /// or a city named as a place after "in" or "at" among its first words, then a comma), or
    /// "On Sunday, in the Red Sea resort of Aqaba, …" (a place noun's "of X").
    func openingPlace(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        guard let i = t.prefix(4).firstIndex(where: { ["in", "at"].contains($0.norm) }), i + 2 < t.count else { return nil }
        if t[i + 1].norm == "the", let of = ((i + 3)..<min(t.count, i + 7)).first(where: { t[$0].norm == "of" }),
            !t[(i + 2)..<of].contains(where: { !$0.isWord }),
            let range = placeAfterNoun(t, of, covered: { k in s.mentions.contains { $0.range.contains(k) && $0.role != .place } }),
            range.upperBound < t.count, t[range.upperBound].norm == ","
        {
            return Gazetteer.text(t, range)
        }
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

    /// The cities of the texts a sentence names after them: "the Beijing Declaration", "the Minsk
    /// agreements" (a city of the gazetteer or a capital, after "the", before a "document" word).
    func documentCities(_ tokens: [Token]) -> [Range<Int>] {
        tokens.indices.compactMap { i in
            guard tokens[i].norm == "the", i + 2 < tokens.count, tokens[i + 1].isCapitalized else { return nil }
            let capital = capitalNames.contains(tokens[i + 1].norm) ? (i + 1)..<(i + 2) : nil
            guard let city = gazetteer.match(tokens, at: i + 1) ?? capital, city.upperBound < tokens.count,
                documents.contains(tokens[city.upperBound].word), !notPlaces.contains(tokens[i + 1].word)
            else { return nil }
            return city
        }
    }

    /// The cities a document places things in, weighted: a dateline ("Vienna: …") counts three,
    /// every "in Vienna", "at a Vienna hotel" or "the Vienna talks" one. Countries are left out:
    /// "in Syria" says where a war is, not where diplomats meet.
    func venues(_ sentences: [SentenceAnalysis], headline: Int? = nil, published: SimpleDate? = nil) -> [(String, Int)] {
        var out: [(String, Int)] = []
        // With no dateline, the lede's first dated sentence names the story's occasion ("On
        // Sunday, in the Red Sea resort of Aqaba, …"). A dateline outweighs it: "DAYTON, Ohio — …
        // at an Air Force base in Ohio". (The first line is not weighed: on a web page it may be
        // another story's caption, "Syrian rebels criticize peace talks in Geneva".)
        // (A telegram's "FROM JEDDAH TO FOREIGN OFFICE" places the text as a dateline does. A
        // paper's masthead, "THE MATABELELAND MAIL, Bulawayo, Wednesday, 27 August 1975", yields
        // to its correspondent's line, "From Our Own Correspondent, VICTORIA FALLS".)
        // (Within the first ten lines: a paper's stacked headline decks come before its
        // "(FROM OUR LONDON CORRESPONDENT.)".)
        // (Each read once, by sentence index.)
        let bylines = Dictionary(sentences.prefix(10).compactMap { s in bylinePlace(s).map { (s.index, $0) } }) { a, _ in a }
        let datedLines = Dictionary(sentences.prefix(8).compactMap { s in s.index < 8 ? datedLine(s).map { (s.index, $0) } : nil }) { a, _ in a }
        let bylined = !bylines.isEmpty
        let datelined = !datedLines.isEmpty || sentences.contains { s in
            datelinePlace(s) != nil || s.index < 4 && ((bylined ? nil : placeBeforeDate(s)) ?? locationLine(s)) != nil
        }
        let headerPlaced = headline != nil && (datelined || bylined)
        // (Not a day still to come: a live blog's "Trade ministers will hold an emergency meeting
        // in Brasilia next Tuesday" is news of another occasion.)
        let lede = datelined ? nil : sentences.prefix(8).first { s in
            !isDateLine(s) && s.dates.contains { if case .day(let d) = $0.date { published.map { d <= $0 } ?? true } else { false } }
        }?.index
        // The city the text's header places it in, which its "here" names.
        var header: String?
        for s in sentences {
            let tokens = s.tokens
            // "The next summit will be held in Kazan next year": another occasion's venue.
            if namesNextMeeting(s) { continue }
            if let range = datelinePlace(s) {
                // (A masthead's "LEEDS, WEDNESDAY, DECEMBER 18, 1912." yields to its
                // correspondent's line, "(FROM OUR LONDON CORRESPONDENT.)", as below.)
                let masthead = bylined && s.index < 4 && s.dates.last.map { $0.range.upperBound >= tokens.count - 1 } == true
                if !masthead {
                    out.append((Self.datelineName(s, range), 3))
                    if header == nil { header = Self.datelineName(s, range) }
                }
            } else if s.index < 4, let name = (bylined ? nil : placeBeforeDate(s)) ?? locationLine(s) {
                out.append((name, 3))  // "Rixos hotel, Almaty, Saturday 6 April 2013."
                if header == nil { header = name }
            } else if let name = (s.index < 10 ? bylines[s.index] : nil) ?? datedLines[s.index] {
                // "Reporting: A and B in Port Moresby; C in Sydney"; "Telegram No. 612, dated Simla, …".
                out.append((name, 3))
                if header == nil { header = name }
            } else if let header, s.mentions.contains(where: { $0.role == .event }), tokens.contains(where: { $0.norm == "here" }) {
                // "signed an agreement here last night" under "FROM JEDDAH": a meeting held there.
                out.append((header, 1))
            }
            // A place named in a sentence about a meeting is more likely its venue; one in the
            // lede more still, unless an apposition about a person names it ("Qatar's envoy, the
            // former ambassador in Paris, joined …").
            let base = s.mentions.contains { $0.role == .event } ? 2 : 1
            let ledeAsides = s.index == lede ? Self.asides(tokens, excluding: -1) : []
            // A headline (the manifest's title) with no dateline under it that puts its story
            // "at Locarno" or "in Kaesong" names the text's venue as a dateline would. (A first
            // line that is no title may be another story's caption.)
            let isHeadline = s.index == headline && !headerPlaced
            func weight(at k: Int) -> Int {
                if isHeadline, k > 0, tokens[k - 1].is(.in) || tokens[k - 1].norm == "at" { return 3 }
                return base + (s.index == lede && !ledeAsides.contains { $0.contains(k) } ? 2 : 0)
            }
            // (As in ``place(_:event:before:)``: the closure reads the mentions, not the sentence.)
            let mentions = s.mentions
            for i in tokens.indices where followsPlaceNoun(tokens, i) {
                if let range = placeAfterNoun(tokens, i, covered: { k in mentions.contains { $0.range.contains(k) } }) {
                    out.append((Gazetteer.text(tokens, range), weight(at: range.lowerBound)))
                }
            }
            // A capital counts as any other city ("in Doha" as "in Geneva"). A place dated by a
            // month or a week ("hammered out in Paris last month") is another occasion's.
            let spanAfter = { (end: Int) in s.dates.contains { d in
                if case .span = d.date { (end..<(end + 3)).contains(d.range.lowerBound) } else { false }
            } }
            for m in s.mentions where m.role == .place && (m.form == .metonym || isCityState(m, tokens)) && !spanAfter(m.range.upperBound)
                && !namesWarPlace(tokens, m.range) && !namesEnvoyPost(tokens, m.range)
            {
                out.append((venueName(m, tokens), weight(at: m.range.lowerBound)))
            }
            for i in tokens.indices where (tokens[i].is(.in) || tokens[i].norm == "at") && !followsWarTopic(tokens, i) {
                var k = i + 1
                if k < tokens.count, ["a", "the"].contains(tokens[k].norm) { k += 1 }
                if let (range, name) = namedVenue(s, at: k) {
                    if !spanAfter(range.upperBound), !namesEnvoyPost(tokens, range) { out.append((name, weight(at: range.lowerBound))) }
                    continue
                }
                if let town = townBeforeRegion(tokens, at: i, covered: { j in mentions.contains { $0.range.contains(j) } }) {
                    out.append((tokens[town].text, weight(at: town)))
                    continue
                }
                guard k < tokens.count, tokens[k].isCapitalized, tokens[k].isWord, !notPlaces.contains(tokens[k].word),
                    !s.mentions.contains(where: { $0.range.contains(k) }), !Self.continuesName(tokens, after: k), !namesBuilding(tokens, k),
                    !Self.namesLandmark(tokens, k), !spanAfter(k + 1), !Self.namesLegation(tokens, k..<(k + 1))
                else { continue }
                out.append((tokens[k].text, weight(at: k)))
            }
            // "The Helsinki Bargain", "under the Minsk agreements": a text named after a city was
            // agreed there.
            for city in documentCities(tokens) { out.append((Gazetteer.text(tokens, city), 1)) }
            // (A headline's "the London Conference" weighs as its "in Westminster" does.)
            for m in s.mentions where m.role == .event {
                let e = m.range.lowerBound
                if let venue = venueBeforeMeeting(s, event: e) {
                    out.append((venue.name, isHeadline ? 3 : 1))
                } else if isHeadline, let start = (max(0, e - 4)..<e).first(where: { k in
                    // (Or after "in": "Malik and Razak Reach Accord in Bangkok Talks".)
                    (k == 0 || tokens[k - 1].norm == ":" || tokens[k - 1].is(.in) || tokens[k - 1].norm == "at")
                        && (gazetteer.match(tokens, at: k)?.upperBound == e || k == e - 1 && tokens[k].isCapitalized && capitalNames.contains(tokens[k].norm))
                }) {
                    // A headline drops the article: "Live: Rome Conference on Lebanon Ends …",
                    // "… in Bangkok Talks".
                    out.append((Gazetteer.text(tokens, start..<e), 3))
                }
            }
        }
        return out
    }

    /// Whether the sentence is about the next meeting, still to come: "the next summit" (or "the
    /// next round of talks") with a cue of the future after it ("will be held in Kazan"). "The next
    /// round opened in Geneva on Monday" is the text's own.
    func namesNextMeeting(_ s: SentenceAnalysis) -> Bool {
        let t = s.tokens
        return s.mentions.contains { m in
            let e = m.range.lowerBound
            guard m.role == .event, (max(0, e - 3)..<e).contains(where: { t[$0].norm == "next" }) else { return false }
            return t[m.range.upperBound...].contains { futureCues.contains($0.word) && $0.norm != "next" }
        }
    }

    /// The country a document's meetings are held in, where it names no city: the first state
    /// named right after a meeting word and "in" ("the Pacific Islands Forum in Nauru", "talks
    /// in Qatar"). "the war in Syria" has no meeting word before it.
    func countryVenue(_ sentences: [SentenceAnalysis]) -> String? {
        for s in sentences {
            for m in s.mentions where m.role == .place && (m.form == .name || m.form == .alias) && m.actor.kind == .state && m.range.lowerBound >= 2 {
                let k = m.range.lowerBound
                guard s.tokens[k - 1].is(.in), eventNouns.contains(s.tokens[k - 2].word) else { continue }
                return venueName(m, s.tokens)
            }
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

    /// A place's words as running text writes them: without a leading "the", and out of a
    /// dateline's capitals ("NAIROBI" → "Nairobi", "NEW DELHI" → "New Delhi").
    static func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        var k = range.lowerBound
        if tokens[k].norm == "the", range.count > 1 { k += 1 }
        // "NAIROBI —": a dateline's capitals are not part of the name; nor are "NEW DELHI"'s, every
        // word of which is in capitals (a short word alone may be an acronym).
        let words = tokens[k..<range.upperBound]
        let capitals = words.count > 1 && Self.isAllCapitals(words)
        return words.map { capitals || $0.text.count >= 4 ? Self.datelineName($0) : $0.text }.joined(separator: " ")
    }
}
