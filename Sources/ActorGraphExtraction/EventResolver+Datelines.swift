// Datelines and headings: the place and day a text or an entry of it opens with.
extension EventResolver {
    /// The tokens of the place of a dateline at the start of one of a text's first sentences
    /// ("Vienna: …", "NAIROBI — …", "Addis Ababa (AFP) - …", "DOHA, Jan 15 (Reuters) - …",
    /// "Brussels, 27 February 2023 — …"), if it opens with one: a name the lexicon knows (a capital
    /// of several words), a city of several words ("SHARM EL-SHEIKH"), else the first word.
    func datelinePlace(_ s: SentenceAnalysis) -> Range<Int>? {
        // (Or a wire's dateline in capitals under a few lines of its service's header: "CONTINENTAL
        // PRESS -- FOREIGN SERVICE", "NIGHT LEAD -- STRESA CONFERENCE -- 580 WORDS", a headline, then
        // "STRESA, Italy, April 14 (CP) -- ….")
        guard s.index <= 5, let range = datelinePlace(opening: s), s.index <= 2 || isWireDateline(s, range) else { return nil }
        return range
    }

    /// The place of a wire's dateline in capitals opening a sentence anywhere in the text
    /// ("WASHINGTON, July 19 (IANA) - …" after a first story from elsewhere): where "here" is
    /// in the sentences after it.
    func sectionDatelinePlace(_ s: SentenceAnalysis) -> String? {
        // (Not a transcript's "SPOKESMAN:": a wire's dateline goes on with a comma or a dash. Its
        // first word in capitals is asked first: every sentence of every text is asked.)
        // A cable written all in capitals ("ARCHBISHOP MAKARIOS, PRESIDENT OF CYPRUS, …") has no
        // datelines inside it, and a person opens none.
        guard s.tokens.first?.isUppercase == true, let range = datelinePlace(opening: s), isWireDateline(s, range) else { return nil }
        return Self.datelineName(s, range)
    }

    /// Whether the dateline place at `range` opens a wire's dateline: in capitals, going on with a
    /// comma or a dash, naming no person, in a text not written all in capitals.
    private func isWireDateline(_ s: SentenceAnalysis, _ range: Range<Int>) -> Bool {
        s.tokens.first?.isUppercase == true && Self.isAllCapitals(s.tokens[range])
            && range.upperBound < s.tokens.count && [",", "\u{2014}", "\u{2013}", "-"].contains(s.tokens[range.upperBound].norm)
            && !s.mentions.contains(where: { $0.range.overlaps(range) && $0.actor.kind == .person }) && !Self.isInCapitals(s.tokens)
    }

    /// ``datelinePlace(_:)`` of any sentence.
    private func datelinePlace(opening s: SentenceAnalysis) -> Range<Int>? {
        let first = s.mentions.first { $0.range.lowerBound == 0 && $0.role != .event }
        let city = Gazetteer.bundled.match(s.tokens, at: 0)
        let end = first?.range.upperBound ?? city?.upperBound ?? Self.hyphenatedEnd(s.tokens, from: 0)
        // "Qingdao" alone on the text's first line: a dateline a page has lost its dash from (a
        // city of the gazetteer, a capital the lexicon knows, or one capitalised word that no
        // lexicon names and the "not-place" list does not hold: "Analysis", "World").
        if s.index == 0, s.tokens[0].isCapitalized, s.tokens[0].isWord, end == s.tokens.count || end + 1 == s.tokens.count && s.tokens[end].norm == "." {
            if city?.upperBound == end || first.map({ $0.form == .metonym && $0.actor.kind == .state }) == true { return 0..<end }
            if end == 1, first == nil, !notPlaces.contains(s.tokens[0].word), s.tokens[0].text.unicodeScalars.allSatisfy(\.properties.isAlphabetic) {
                return 0..<1
            }
        }
        return opensDateline(s.tokens, placeEnd: end) ? 0..<end : nil
    }

    /// The city of a letter's or a telegram's "dated" line: "Telegram No. 612-S., dated Simla, the
    /// 4th July 1914." (a capitalised place right after "dated", then a comma and the date).
    func datedLine(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        guard let k = t.indices.first(where: { t[$0].norm == "dated" }), k + 2 < t.count, t[k + 1].isCapitalized, t[k + 1].isWord,
            !notPlaces.contains(t[k + 1].word)
        else { return nil }
        let end = gazetteer.match(t, at: k + 1)?.upperBound ?? Self.hyphenatedEnd(t, from: k + 1)
        guard end < t.count, t[end].is(.comma), s.dates.contains(where: { $0.range.lowerBound == end + 1 || $0.range.lowerBound == end + 2 }) else { return nil }
        return Self.datelineName(s, (k + 1)..<end)
    }

    /// The city of a location line heading a transcript or a release: "ATLAPA Convention Center,
    /// Panama City, Panama" (capitalised words in parts a comma ends, the last a country, up to the
    /// line's end or a date), the part before the country.
    func locationLine(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        let end = s.dates.first.map(\.range.lowerBound) ?? (t.last?.norm == "." ? t.count - 1 : t.count)
        let dashes: Set<String> = ["-", "\u{2014}"]
        guard end >= 3, end <= 14, t[..<end].allSatisfy({ $0.isWord && $0.isCapitalized || $0.norm == "," || dashes.contains($0.norm) }) else { return nil }
        // "EMBASSY OF THE REPUBLIC OF PANAMA - WASHINGTON DC": an office's line ends on its city.
        if let dash = t[..<end].lastIndex(where: { dashes.contains($0.norm) }), dash > 0,
            let city = gazetteer.match(t, at: dash + 1), !notPlaces.contains(t[dash + 1].word),
            end - city.upperBound <= 1, city.upperBound == end || t[city.upperBound].text.count <= 2
        {
            // "WASHINGTON DC": the city, without its district's letters.
            let short = city.count > 1 && t[city.upperBound - 1].text.count <= 2 ? city.lowerBound..<(city.upperBound - 1) : city
            return Self.text(t, short)
        }
        let commas = t[..<end].indices.filter { t[$0].norm == "," }
        // "UNITED NATIONS INFORMATION SERVICE, GENEVA": an office's line in capitals, its city
        // after the one comma (a city of one or two words, or a capital).
        if commas.count == 1, let comma = commas.first, comma >= 2, end - comma <= 3, Self.isAllCapitals(t[..<end]),
            !notPlaces.contains(t[comma + 1].word)
        {
            if let m = s.mentions.first(where: { $0.range.lowerBound == comma + 1 }) {
                if m.range.upperBound == end, m.actor.kind == .state, m.form == .metonym { return venueName(m, t) }
            } else if let city = gazetteer.match(t, at: comma + 1), city.upperBound == end {
                return Self.datelineName(s, city)
            } else if end == comma + 2 {
                return Self.datelineName(s, (comma + 1)..<end)
            }
        }
        guard let last = commas.last, let country = s.mentions.first(where: { $0.range == (last + 1)..<end }), country.actor.kind == .state else { return nil }
        let start = commas.dropLast().last.map { $0 + 1 } ?? 0
        guard start < last, !notPlaces.contains(t[start].word), !buildings.contains(t[last - 1].word) else { return nil }
        if let m = s.mentions.first(where: { $0.range == start..<last }) {
            return m.actor.kind == .state && m.form == .metonym ? venueName(m, t) : nil
        }
        return Gazetteer.text(t, start..<last)
    }

    /// The end of a name whose words a hyphen joins without spaces ("AL-ULA", "Crans-Montana",
    /// "al-Ula"), starting at `k`: one word without a hyphen.
    static func hyphenatedEnd(_ tokens: [Token], from k: Int) -> Int {
        var end = k + 1
        while end + 1 < tokens.count, tokens[end].norm == "-", tokens.touchesBothNeighbours(end),
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
        // ("THE HAGUE --": a city whose name opens with the article, which opens no place alone.)
        guard placeEnd < tokens.count, tokens[0].isCapitalized, tokens[0].isWord,
            !notPlaces.contains(tokens[0].word) || tokens[0].is(.the) && placeEnd > 1 && gazetteer.match(tokens, at: 0)?.upperBound == placeEnd
        else { return false }
        let letters = tokens[0..<placeEnd].filter(\.isWord)
        // (Not "OPENANNALS, the free wiki |": a site's name, which a lowercase word goes on from.)
        if letters.allSatisfy(\.isUppercase) && letters.reduce(0, { $0 + $1.text.count }) >= 4 && tokens[placeEnd].norm == ",",
            placeEnd + 1 == tokens.count || !tokens[placeEnd + 1].isWord || tokens[placeEnd + 1].isCapitalized
        {
            return true
        }
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
        guard [":", "—", "–"].contains(tokens[j].norm) || (tokens[j].norm == "-" && tokens[j - 1].end < tokens[j].start) else { return false }
        // "UNITED NATIONS -- DEPARTMENT OF PUBLIC INFORMATION": an office's heading, a few words
        // in capitals and no text after the dash.
        let rest = tokens[(j + 1)...].drop { !$0.isWord }
        return rest.isEmpty || rest.count > 6 || !rest.allSatisfy { $0.isWord && $0.isUppercase }
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

    /// The place and day of a heading line: "Friday, August 15: Anchorage", "Day 2 - Geneva,
    /// 14 June", "Geneva, 14 June": a short sentence with no meeting noun, a day, and a place
    /// after a colon or a dash, or opening it.
    /// A fact box's line that says where and when ("Where and when: Abidjan, Tuesday 27 March 2012,
    /// at the invitation of …") is such a heading, whatever follows its day.
    func scene(_ s: SentenceAnalysis) -> (place: String?, date: ResolvedDate)? {
        let t = s.tokens
        let label = Self.factBoxLabel(t, naming: sceneLabels)
        // "[02:15] Kuwait City, Monday.": a show's or a live page's time stamp before the heading.
        let lead = Self.clockStampEnd(t)
        guard t.count - lead <= 10 || label != nil, !s.mentions.contains(where: { $0.role == .event }),
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
        if let colon = t[lead...].firstIndex(where: { [":", "—", "–", "-"].contains($0.norm) }), let p = place(at: colon + 1) {
            found = p
        } else if let p = place(at: lead), p.0.upperBound < t.count,
            t[p.0.upperBound].norm == "," || p.0.upperBound + 1 < t.count && t[p.0.upperBound].norm == "again" && t[p.0.upperBound + 1].norm == ","
        {
            found = p  // "Geneva, 14 June"
        } else if let comma = t[lead...].firstIndex(where: { $0.norm == "," }), comma > lead, dated(comma - 1), let p = place(at: comma + 1) {
            found = p  // "12 January, Paris."
        }
        guard let (range, name) = found else {
            // "THURSDAY 4 SEPTEMBER": a heading of a day alone dates what follows it.
            let words = t.indices.filter { t[$0].isWord }
            guard words.count <= 5, words.allSatisfy({ dated($0) || DateResolver.weekday(t[$0]) != nil }) else { return nil }
            return (nil, day.date)
        }
        // Every other word is the date's: a heading, not a clause. (A fact box's label before, and
        // whatever its line adds after the day.)
        let rest = t.indices.filter { k in
            !range.contains(k) && !dated(k) && t[k].isWord && label.map { k > $0 && k < day.range.upperBound } ?? true
        }
        // ("Doha again, Thursday.": a show's second stop in a city.)
        guard rest.allSatisfy({ ["day", "on", "again"].contains(t[$0].norm) || DateResolver.weekday(t[$0]) != nil || Int(t[$0].norm) != nil })
        else { return nil }
        return (name, day.date)
    }

    /// The end of a clock time opening a line, in brackets or before a dash ("[02:15]", "(14:05)",
    /// "08:55 —"): 0 when the line opens on none.
    static func clockStampEnd(_ t: [Token]) -> Int {
        var k = 0
        let bracket = !t.isEmpty && ["[", "("].contains(t[0].norm)
        if bracket { k = 1 }
        guard k < t.count, timeOfDay(t, k) else { return 0 }
        k += t[k].norm.contains(":") ? 1 : 3
        if bracket {
            guard k < t.count, ["]", ")"].contains(t[k].norm) else { return 0 }
            return k + 1
        }
        guard k < t.count, t[k].is(.dash) || t[k].is(.enDash) || t[k].is(.hyphen) else { return 0 }
        return k + 1
    }

    /// The colon of a fact box's label opening the line (one to three words, all of `labels`, the
    /// first capitalised): "Where and when:", "What:" (``sceneLabels``, ``factBoxLabels``).
    static func factBoxLabel(_ t: [Token], naming labels: WordSet) -> Int? {
        guard let colon = t.prefix(4).firstIndex(where: { $0.is(.colon) }), colon > 0, t[0].isCapitalized,
            t[..<colon].allSatisfy({ labels.contains($0.word) })
        else { return nil }
        return colon
    }

    /// The city a heading line places itself in before its date: "Rixos hotel, Almaty, Saturday 6
    /// April 2013" (a capitalised word or a capital, then a comma and a day).
    func placeBeforeDate(_ s: SentenceAnalysis) -> String? {
        let t = s.tokens
        for d in s.dates {
            // "Saturday 6 April 2013": the weekday before the date is part of it.
            var start = d.range.lowerBound
            if start > 0, DateResolver.weekday(t[start - 1]) != nil { start -= 1 }
            // "SAN FRANCISCO, SATURDAY, SEPTEMBER 8, 1951": a weekday and a comma before it too.
            if start > 1, t[start - 1].norm == ",", DateResolver.weekday(t[start - 2]) != nil { start -= 2 }
            guard case .day = d.date, start >= 2, t[start - 1].norm == "," else { continue }
            let k = start - 2
            // "HOME EDITION -- SAN FRANCISCO, SATURDAY, …": a city of several words after the
            // line's start, a comma or a dash.
            if let b = (max(0, k - 3)..<k).first(where: { b in gazetteer.match(t, at: b)?.upperBound == k + 1 }),
                b == 0 || t[b - 1].is(.comma) || t[b - 1].is(.dash) || t[b - 1].is(.hyphen), !s.mentions.contains(where: { $0.range.overlaps(b...k) })
            {
                return Self.datelineName(s, b..<(k + 1))
            }
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
}
