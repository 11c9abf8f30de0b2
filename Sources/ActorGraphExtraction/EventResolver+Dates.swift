// Dates: the day a meeting noun's sentence gives it, and whether the meeting is past, live or to come.
extension EventResolver {
    /// Small counts of days, as written ("a two-day summit", "3 days of talks").
    static let counts: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5]
    /// "a second day of talks": the ordinal of a meeting's day.
    static let ordinals: [String: Int] = ["second": 2, "third": 3, "fourth": 4, "fifth": 5]

    /// Whether the date `d` follows a place of `s` other than `place` within two words: "at the
    /// White House on Monday" dates a meeting in Washington.
    func datesAnotherVenue(_ d: DateMention, in s: SentenceAnalysis, than place: String) -> Bool {
        // "On Monday the two Chief Ministers met in Kuala Lumpur", "On October 17 X came out of
        // the jungle at Klian Intan": a date opening the sentence, before "in" or "at" and a
        // capitalised name of another venue in its clause.
        let t = s.tokens
        if d.range.lowerBound <= 1, let k = (d.range.upperBound..<min(t.count - 1, d.range.upperBound + 8)).first(where: { k in
            t[k].is(.comma) || t[k].norm == ";" || (t[k].is(.in) || t[k].norm == "at") && t[k + 1].isCapitalized && t[k + 1].isWord
        }), !t[k].is(.comma), t[k].norm != ";" {
            let m = s.mentions.first { $0.range.lowerBound == k + 1 }
            let name = m.map { capital(s, at: k + 1)?.name ?? venueName($0, t) } ?? t[k + 1].text
            if m.map({ $0.role == .place }) ?? !notPlaces.contains(t[k + 1].word), Self.key(name) != Self.key(place),
                !Self.key(place).hasPrefix(Self.key(name))
            {
                return true
            }
        }
        return s.mentions.contains { m in
            // "in the Dominican capital on Friday" is in Santo Domingo.
            let capital = capital(s, at: m.range.lowerBound)
            let end = capital?.range.upperBound ?? m.range.upperBound
            guard m.role == .place, end <= d.range.lowerBound, Self.key(capital?.name ?? venueName(m, s.tokens)) != Self.key(place) else { return false }
            let between = d.range.lowerBound - end
            // "from Baghdad, where on Wednesday he met X, whose government was sworn in on Monday":
            // the clause and its dates are the place's.
            return between <= 2 || end + 1 < s.tokens.count && s.tokens[end].norm == "," && s.tokens[end + 1].norm == "where"
        }
    }

    /// The first day of a meeting of several days, where the sentence says it: "the talks, which
    /// opened on Monday"; "wrapping up two days of talks" on Tuesday (so they opened on Monday).
    /// `days`: the sentence's ``meetingDays(_:)``, when its caller has them.
    func startDay(_ s: SentenceAnalysis, event e: Int, days: [(Range<Int>, SimpleDate)]? = nil) -> SimpleDate? {
        let tokens = s.tokens
        let days = days ?? meetingDays(s)
        if let v = ((e + 1)..<min(tokens.count, e + 11)).first(where: { openers.contains(tokens[$0].word) }),
            // "opened at the Palais des Nations on Monday": a venue of a few words may come between.
            let found = days.first(where: { $0.0.lowerBound > v && $0.0.lowerBound <= v + 7 })
        {
            return found.1
        }
        // "at the end of talks which the Chairman of the Authority, President Soglo of Benin,
        // opened on Friday": a clause whose subject comes before its opener, however long.
        if e + 1 < tokens.count, ["which", "that"].contains(tokens[e + 1].norm),
            let v = ((e + 2)..<min(tokens.count, e + 40)).first(where: { openers.contains(tokens[$0].word) || tokens[$0].norm == ";" }),
            openers.contains(tokens[v].word), !s.mentions.contains(where: { $0.role == .event && ((e + 1)..<v).contains($0.range.lowerBound) }),
            let found = days.first(where: { $0.0.lowerBound > v && $0.0.lowerBound <= v + 3 })
        {
            return found.1
        }
        // "since the first session of the conference on Wednesday, August 9": a conference's first
        // session opened it.
        if e >= 1, tokens[e - 1].norm == "first", ["session", "sitting", "plenary"].contains(tokens[e].norm),
            let found = days.first(where: { $0.0.lowerBound > e && $0.0.lowerBound <= e + 7 })
        {
            return found.1
        }
        if let days = itsDays(s, event: e, days: days) { return days.first }
        // "met in Adana on Monday and Tuesday": the first of the days the meeting is given.
        for (a, b) in zip(days, days.dropFirst()) where a.0.lowerBound > e && a.0.lowerBound <= e + 6 && a.1 < b.1 {
            let between = tokens[a.0.upperBound..<b.0.lowerBound].map(\.norm)
            if between == ["and"] || between == ["and", "on"] { return a.1 }
        }
        // "had been meeting at Lincoln since Monday, 19 January": the day they have met since; "has
        // presided over the sittings since the opening on January 16", "since the first sitting on".
        if let v = ((e + 1)..<min(tokens.count, e + 11)).first(where: { tokens[$0].norm == "since" }),
            case let reach = sinceTheOpening(tokens, since: v) ? 5 : 3,
            let found = days.first(where: { $0.0.lowerBound > v && $0.0.lowerBound <= v + reach })
        {
            return found.1
        }
        // "signed … the agreement that we have been negotiating here since Friday": talks going on
        // since a day, later in the sentence, began that day.
        if let v = ((e + 1)..<tokens.count).first(where: { k in
                tokens[k].norm == "since" && tokens[max(e + 1, k - 4)..<k].contains { ongoingMeetings.contains($0.word) }
            }),
            let found = days.first(where: { $0.0.lowerBound > v && $0.0.lowerBound <= v + 3 })
        {
            return found.1
        }
        // "mediated by Riek Machar, who opened them on 14 July": an opener whose object is the
        // sentence's only meeting (or the one phrase its meeting nouns make: "the last session of
        // the Round Table Conference …, since it opened in The Hague on 23 August").
        let meetings = s.mentions.filter { $0.role == .event }
        if let first = meetings.first, let last = meetings.last, last.range.lowerBound - first.range.lowerBound <= 6,
            !Self.areTwoMeetings(tokens, first.range, last.range),
            let v = tokens.indices.first(where: { $0 > e && openers.contains(tokens[$0].word) && $0 + 1 < tokens.count && ["them", "it"].contains(tokens[$0 + 1].norm) })
                ?? tokens.indices.first(where: { $0 > e + 1 && openers.contains(tokens[$0].word) && ["them", "it"].contains(tokens[$0 - 1].norm) })
                // "four days of talks … at Cierna nad Tisou, a railway junction on the frontier,
                // which opened on 29 July": a clause on the sentence's one meeting after an aside.
                ?? tokens.indices.first(where: { $0 > e + 2 && openers.contains(tokens[$0].word) && tokens[$0 - 1].norm == "which" && tokens[$0 - 2].is(.comma) }),
            let found = days.first(where: { $0.0.lowerBound > v && $0.0.lowerBound <= v + 7 })
        {
            return found.1
        }
        // "began a second day of direct talks in Nairobi on Tuesday": the talks opened the day
        // before.
        if let of = [e - 1, e - 2].first(where: { $0 >= 2 && tokens[$0].norm == "of" }),
            of == e - 1 || tokens[e - 1].isWord && !tokens[e - 1].isCapitalized,
            tokens[of - 1].norm == "day", let n = Self.ordinals[tokens[of - 2].norm], days.count == 1
        {
            return days[0].1.adding(days: -(n - 1))
        }
        // "its opening session on June 28", "the first round on Monday"; a session's day may come
        // before it too: "When the delegates assembled on March 30 for the opening session of the
        // Conference".
        if e >= 1, firstSessions.contains(tokens[e - 1].word),
            let found = days.first(where: { $0.0.lowerBound > e && $0.0.lowerBound <= e + 3 })
                ?? (["session", "sitting", "plenary"].contains(tokens[e].norm) ? days.last(where: { $0.0.upperBound < e && $0.0.upperBound >= e - 7 }) : nil)
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

    /// The days a meeting's sentence gives it as a range, first and last: "The talks were held at
    /// Agra on 15 and 16 July", "The Summit Conference … met in Africa Hall, Addis Ababa, from 22
    /// to 25 May 1963" (after a venue of a few words, within its clause). Not a visit's: "a state
    /// visit to China from 14 to 16 February" opens no talks there.
    func itsDays(_ s: SentenceAnalysis, event e: Int, days: [(Range<Int>, SimpleDate)]? = nil) -> (first: SimpleDate, last: SimpleDate)? {
        let tokens = s.tokens
        guard !visitNouns.contains(tokens[e].word) else { return nil }
        let days = days ?? meetingDays(s)
        for (range, first) in days where range.lowerBound > e
            && (range.lowerBound <= e + 8
                || range.lowerBound <= e + 14 && !tokens[(e + 1)..<range.lowerBound].contains { Self.clauseOpeners.contains($0.norm) }
                    && !s.mentions.contains { $0.role == .event && ((e + 1)..<range.lowerBound).contains($0.range.lowerBound) })
        {
            // "24 and Wednesday 25 June": the last day may come with its weekday.
            func lastDayAfter(_ k: Int) -> Int? {
                guard k + 1 < range.upperBound else { return nil }
                if let day = DateResolver.dayOfMonth(tokens[k + 1]) { return day }
                guard DateResolver.weekday(tokens[k + 1]) != nil, k + 2 < range.upperBound else { return nil }
                return DateResolver.dayOfMonth(tokens[k + 2])
            }
            guard let k = range.dropFirst().first(where: { k in tokens[k].is(oneOf: DateResolver.rangeJoiners) && lastDayAfter(k) != nil }),
                let lastDay = lastDayAfter(k)
            else { continue }
            // "from 30 April to 2 May": the last day in the next month.
            let last = lastDay >= first.day ? first.adding(days: lastDay - first.day) : first.adding(days: 31 - first.day + lastDay)
            return (first, last)
        }
        return nil
    }

    /// The days among ``meetingDates(_:)``, with where the sentence says them.
    func meetingDays(_ s: SentenceAnalysis) -> [(Range<Int>, SimpleDate)] {
        meetingDates(s).compactMap { d in
            if case .day(let day) = d.date { (d.range, day) } else { nil }
        }
    }

    /// Words that open a clause of its own, beyond which a date is not the meeting's.
    static let clauseOpeners: Set<String> = ["which", "who", "where", "when", "while", "after", "before", ";"]

    /// Whether the sentence says a meeting's whole span after its noun at `e`: that it ended ("has
    /// thus ended after eight months"), or "first" before an opener ("since the Conference first
    /// assembled here on the 13th October last").
    func saysItsSpan(_ tokens: [Token], event e: Int) -> Bool {
        tokens[(e + 1)...].contains { enders.contains($0.word) }
            || tokens.indices.contains { $0 > e && $0 + 1 < tokens.count && tokens[$0].norm == "first" && openers.contains(tokens[$0 + 1].word) }
    }

    /// Whether "since" at `v` goes on "the opening", "the first …": "since the opening on January
    /// 16" dates the meeting's first day (``startDay``, ``isSince``).
    func sinceTheOpening(_ tokens: [Token], since v: Int) -> Bool {
        v + 3 < tokens.count && tokens[v + 1].norm == "the" && firstSessions.contains(tokens[v + 2].word)
    }

    /// Whether a sentence dates itself by the day it is written: "today", "tonight", "this
    /// morning", "this afternoon", "this evening".
    static func saysToday(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { k in
            tokens[k].norm == "today" || tokens[k].norm == "tonight"
                || tokens[k].norm == "this" && k + 1 < tokens.count && DateResolver.reportDayParts.contains(tokens[k + 1].norm)
        }
    }

    /// The number of days in "at the close of a two-day summit", "ended a three-day meeting": a
    /// meeting of several days whose end the sentence is about.
    func closingDays(_ tokens: [Token], event e: Int) -> Int? {
        // "The summit closed in Islamabad yesterday after three days".
        if let k = Range.ordered(e + 1, min(tokens.count - 2, e + 20)).prefix(while: { ![",", ";", "."].contains(tokens[$0].norm) }).first(where: { tokens[$0].norm == "after" }),
            let n = Self.counts[tokens[k + 1].norm], n > 1, tokens[k + 2].norm == "days",
            tokens[(e + 1)..<k].contains(where: { closers.contains($0.word) })
        {
            return n
        }
        // "at the end of a forty-four-hour visit", "a 48-hour visit" that ended today: the days
        // the hours reach back over (a visit of a day or more).
        if let h = Range.ordered(max(2, e - 3), e).first(where: { tokens[$0].norm == "hour" && tokens[$0 - 1].norm == "-" }),
            let hours = Self.hourCount(tokens, before: h - 1), hours >= 24,
            tokens[max(0, h - 10)..<h].contains(where: { closers.contains($0.word) })
        {
            return (hours + 23) / 24 + 1
        }
        // "ended two days of talks at Sde Boker by agreeing …" (a verb that ends them: "agreed
        // to a truce on Friday, after two days of talks" dates the truce, not the talks).
        if e >= 3, tokens[e - 1].norm == "of", tokens[e - 2].norm == "days", let n = Self.counts[tokens[e - 3].norm], n > 1,
            tokens[max(0, e - 6)..<(e - 3)].contains(where: { closers.contains($0.word) && $0.norm != "after" })
        {
            return n
        }
        // The meeting noun's mention may hold its modifier ("two-day summit") or not.
        guard let d = Range.ordered(max(2, e - 3), min(tokens.count, e + 4)).first(where: { tokens[$0].norm == "day" && tokens[$0 - 1].norm == "-" }),
            let n = Self.counts[tokens[d - 2].norm],
            tokens[max(0, d - 8)..<(d - 2)].contains(where: { closers.contains($0.word) })
        else { return nil }
        return n
    }

    /// The number of hours written before the hyphen at `k`: "48", "forty-four", "thirty".
    static func hourCount(_ tokens: [Token], before k: Int) -> Int? {
        guard k >= 1 else { return nil }
        let last = tokens[k - 1].norm
        if let n = Int(last) { return n }
        if let tens = tensWords[last] { return tens }
        guard let unit = unitWords[last] else { return nil }
        if k >= 3, tokens[k - 2].norm == "-", let tens = tensWords[tokens[k - 3].norm] { return tens + unit }
        return unit
    }
    /// Number words ``hourCount(_:before:)`` reads: the units, and the tens before them.
    static let unitWords: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9]
    static let tensWords: [String: Int] = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70]

    /// Whether the sentence opens the meeting at `e` on whatever day it is dated, by the sentence
    /// or by a heading: "The talks proper opened at the Palais des Nations" under "24 January,
    /// Geneva."; "arriving for a two-day summit" on Thursday opens it on Thursday.
    func opensOnItsDay(_ s: SentenceAnalysis, event e: Int) -> Bool {
        let tokens = s.tokens
        // ("On Friday evening, before the talks began, …": that day is before the first.)
        if ((e + 1)..<min(tokens.count, e + 3)).contains(where: { openers.contains(tokens[$0].word) }) {
            return !tokens[max(0, e - 3)..<e].contains { ["before", "after", "until"].contains($0.norm) }
        }
        // "The two leaders began their talks aboard the ship on Saturday": an opener before the
        // noun, with only lowercase words between.
        if opensBefore(s, event: e) { return true }
        guard closingDays(tokens, event: e) == nil,
            let k = Range.ordered(max(2, e - 3), e).first(where: { tokens[$0].norm == "day" && tokens[$0 - 1].norm == "-" })
        else { return false }
        return Self.counts[tokens[k - 2].norm] != nil
            && !tokens[max(0, k - 8)..<e].contains(where: { laterDays.contains($0.word) })
    }

    /// Whether an opener before the meeting noun at `e` opens it: "began their talks", "opened
    /// the seventh Arab summit conference here on Saturday" (lowercase words between, or words
    /// naming the meeting; not a place or a person: "opened the Geneva talks" may have opened on
    /// another day than the sentence gives).
    func opensBefore(_ s: SentenceAnalysis, event e: Int) -> Bool {
        let tokens = s.tokens
        guard let k = (max(0, e - 5)..<e).last(where: { openers.contains(tokens[$0].word) }), tokens[(k + 1)..<e].allSatisfy(\.isWord) else { return false }
        if e - k <= 3, tokens[(k + 1)..<e].allSatisfy({ !$0.isCapitalized }) { return true }
        return !s.mentions.contains { m in
            m.range.overlaps((k + 1)..<e) && (m.role == .place || m.actor.kind == .person || m.form == .metonym)
        }
    }

    /// Whether the date at `range` is the possessive of a noun other than a meeting's: "The team
    /// sent to investigate Sunday's attack on Guinea met Toure on Thursday" (not "Saturday's
    /// meeting in Niamey", nor "Sunday's two-day talks").
    func datesAnotherNoun(_ s: SentenceAnalysis, _ range: Range<Int>) -> Bool {
        let tokens = s.tokens
        // (A date never takes the possessive into its range: "Sunday", then "'s".)
        guard range.upperBound < tokens.count, tokens[range.upperBound].is(.possessive) else { return false }
        let k = range.upperBound + 1
        // The possessed noun phrase: up to four words, to the first preposition or punctuation.
        var j = k
        while j < tokens.count, j - k < 4, tokens[j].isWord || tokens[j].is(.hyphen), !["on", "in", "at", "of", "for", "with", "by", "to", "and"].contains(tokens[j].norm) {
            if s.mentions.contains(where: { $0.role == .event && $0.range.contains(j) }) { return false }
            j += 1
        }
        return j > k
    }

    /// "A second session was held this morning": a later sitting of a meeting already under way.
    static func continuesAMeeting(_ tokens: [Token], event e: Int) -> Bool {
        e >= 1 && ["session", "sitting"].contains(tokens[e].norm) && ordinals[tokens[e - 1].norm] != nil
    }

    /// Whether the sentence ends the meeting at `e` on its day: an ending verb right after the
    /// noun ("the talks ended on Friday"), or after ", which" ("the visit of Foreign Minister X
    /// to Moscow, which concluded this morning"; up to fifteen words between).
    func endsOnItsDay(_ s: SentenceAnalysis, event e: Int) -> Bool {
        let tokens = s.tokens
        return ((e + 1)..<min(tokens.count, e + 16)).contains { k in
            enders.contains(tokens[k].word) && (k == e + 1 || k >= e + 3 && tokens[k - 1].is(.which) && tokens[k - 2].is(.comma))
        }
    }

    /// The sentence's dates that may date a meeting: not a report's ("announced on Monday"), not
    /// a deadline's ("a March 31 deadline"), not the day an agreement takes effect ("a ceasefire,
    /// to take effect on Thursday").
    func meetingDates(_ s: SentenceAnalysis) -> [DateMention] {
        s.dates.filter { d in
            !afterReporting(s.tokens, d.range.lowerBound)
                && !(d.range.upperBound < s.tokens.count && deadlines.contains(s.tokens[d.range.upperBound].word))
                && !isSince(s.tokens, before: d.range.lowerBound)
                && !takesEffect(s.tokens, before: d.range.lowerBound)
        }
    }

    /// Whether the date at `k` is when something takes effect: "to take effect on Thursday",
    /// "effective Monday".
    func takesEffect(_ tokens: [Token], before k: Int) -> Bool {
        var j = k - 1
        if j >= 0, ["on", "from", "at", "by"].contains(tokens[j].norm) { j -= 1 }
        return j >= 0 && inForce.contains(tokens[j].word)
    }

    /// Whether "since" opens a clause about something other than a meeting that a date at `k`
    /// ends ("for the first time since the riots began on 13 May"): the date of what came
    /// before. "Talks under way since 1 November" and "since the talks opened on Monday" keep
    /// theirs.
    func isSince(_ tokens: [Token], before k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 6, ![",", ";", "(", "—"].contains(tokens[j].norm) {
            if tokens[j].norm == "since" {
                // ("since the opening on January 16": the day the meeting opened.)
                // ("since President Vargas opened it on the fifteenth": the meeting "it" is.)
                let opening = j + 3 < k && sinceTheOpening(tokens, since: j) && tokens[j + 3].norm == "on"
                    || ((j + 1)..<max(j + 1, k - 1)).contains { openers.contains(tokens[$0].word) && ["it", "them"].contains(tokens[$0 + 1].norm) }
                return j < k - 1 && !opening && !tokens[(j + 1)..<k].contains { eventNouns.contains($0.word) }
            }
            j -= 1
        }
        return false
    }

    /// Each meeting noun's own date (``nearestDate(_:event:)``), for the sentence's meetings: not
    /// the dates its other clauses give.
    func meetingNounDates(_ s: SentenceAnalysis) -> [DateMention] {
        s.mentions.filter { $0.role == .event }.compactMap { nearestDate(s, event: $0.range.lowerBound) }
    }

    /// The date nearest to the meeting noun at `e`.
    func date(_ s: SentenceAnalysis, event e: Int) -> ResolvedDate? {
        guard let found = nearestDate(s, event: e) else { return nil }
        // "On the eve of the Meeting, on Monday, July 20, …": the day named is the eve's; the
        // meeting is the day after.
        if case .day(let day) = found.date, found.range.lowerBound > e, Self.isEve(s.tokens, of: e),
            s.tokens[(e + 1)..<found.range.lowerBound].contains(where: { $0.is(.comma) })
        {
            return .day(day.adding(days: 1))
        }
        return found.date
    }

    /// Whether the meeting at `e` is told in the past perfect: "had met", "had held talks", "had
    /// been received" ("had" up to three words before it, in its clause).
    static func isPastPerfect(_ tokens: [Token], event e: Int) -> Bool {
        for k in stride(from: e - 1, through: max(0, e - 3), by: -1) {
            if tokens[k].norm == "had" { return true }
            if tokens[k].is(oneOf: clauseMarks) { return false }
        }
        return false
    }

    /// Whether the meeting noun at `e` follows "the eve of" ("on the eve of the summit").
    static func isEve(_ tokens: [Token], of e: Int) -> Bool {
        var k = e - 1
        // (Up to two words naming the meeting between: "the eve of the Vienna talks".)
        while k >= 0, e - k <= 3, tokens[k].norm != "of" { k -= 1 }
        return k >= 1 && tokens[k].norm == "of" && tokens[k - 1].norm == "eve"
    }

    /// The date expression nearest to the meeting noun at `e`, of those that may date a meeting.
    func nearestDate(_ s: SentenceAnalysis, event e: Int) -> DateMention? {
        var best: (Int, DateMention)?
        // "Anwar, who chairs the bloc this year, hosted the meeting": a clause about a person
        // dates no meeting.
        let asides = Self.asides(s.tokens, besidesMeetingAt: e)
        // "GUATEMALA CITY, Aug. 8 - … signed here on Friday": a dateline's date is when the story
        // was filed; a day the sentence itself gives comes first.
        let datelineEnd = datelinePlace(s).flatMap { place in
            (place.upperBound..<min(s.tokens.count, place.upperBound + 10)).first { [":", "—", "–", "-"].contains(s.tokens[$0].norm) }
        }
        for d in meetingDates(s) where !asides.contains(where: { $0.contains(d.range.lowerBound) }) && !datesAnotherNoun(s, d.range) {
            var distance = d.range.lowerBound > e ? d.range.lowerBound - e : e - d.range.upperBound + 1
            if let end = datelineEnd, d.range.upperBound <= end, end < e { distance += 1000 }
            // "carried the invitation in March, and Moon met Kim … on April 27": a date in another
            // clause dates the meeting only when its own clause gives none.
            let between = d.range.lowerBound > e ? Range.ordered(e + 1, d.range.lowerBound) : Range.ordered(d.range.upperBound, e)
            if Self.crossesClause(s.tokens, between) { distance += 20 }
            // "arrived on Tuesday and met Putin at Vostochny last Wednesday", "… and held talks":
            // a date before "and" and the meeting's verb belongs to the act before it.
            if let and = [e - 1, e - 2].first(where: { $0 >= d.range.upperBound && s.tokens[$0].norm == "and" }),
                s.tokens[and + 1].isWord, !s.tokens[and + 1].isCapitalized
            {
                distance += 20
            }
            // "The Doha meeting was held several days after the army regained Qusayr on June 5":
            // a day after "days after" or "weeks before" is the other act's.
            if d.range.lowerBound > e + 2, (e + 2..<d.range.lowerBound).contains(where: { k in
                intervalUnits.contains(s.tokens[k - 1].word) && (s.tokens[k].norm == "after" || s.tokens[k].norm == "before")
            }) {
                continue
            }
            // "arrived in Bali on Sunday for the summit": a day between an arrival and "for the"
            // meeting is the arrival's; the meeting keeps the day the text gives it elsewhere
            // (not "flew to Sochi on Monday for three hours of talks", the visit's own).
            if d.range.upperBound <= e, let f = (d.range.upperBound..<e).first(where: { s.tokens[$0].norm == "for" }), e - f <= 4,
                s.tokens[f + 1].is(.the),
                (max(0, d.range.lowerBound - 8)..<d.range.lowerBound).contains(where: { arrivals.contains(s.tokens[$0].word) })
            {
                continue
            }
            // "spent two hours with Figueres, … and flew on to Managua on Saturday": a day after
            // a journey to another venue is the journey's.
            if d.range.lowerBound > e + 1, (e + 1..<d.range.lowerBound).contains(where: { k in
                arrivals.contains(s.tokens[k].word) && arrivalPlace(s, event: k) != nil
            }) {
                continue
            }
            // "The Conference was prepared by a meeting of Foreign Ministers, which opened … on 15
            // May": a day after another meeting's noun is that meeting's.
            if d.range.lowerBound > e, Self.followsArticle(s.tokens, e), s.mentions.contains(where: { m in
                m.role == .event && m.range.lowerBound > e && m.range.upperBound <= d.range.lowerBound
                    && Self.followsArticle(s.tokens, m.range.lowerBound) && Self.areTwoMeetings(s.tokens, e..<(e + 1), m.range)
            }) {
                continue
            }
            if best == nil || distance < best!.0 { best = (distance, d) }
        }
        return best?.1
    }

    /// Whether the word at `k` follows an article, with one word between at most ("a meeting",
    /// "the final session"): a noun, not a verb ("met").
    static func followsArticle(_ tokens: [Token], _ k: Int) -> Bool {
        k >= 1 && articles.contains(tokens[k - 1].norm) || k >= 2 && tokens[k - 1].isWord && articles.contains(tokens[k - 2].norm)
    }

    static let articles: Set<String> = ["a", "an", "the"]

    /// Whether two meeting nouns of a sentence, `a` before `b`, name two meetings: a word other
    /// than an article, "of", "and" or a name between them ("The Conference was prepared by a
    /// meeting of Foreign Ministers"), not one phrase ("the last session of the Round Table
    /// Conference").
    static func areTwoMeetings(_ tokens: [Token], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        tokens[a.upperBound..<max(a.upperBound, b.lowerBound)].contains {
            $0.isWord && !$0.isCapitalized && !phraseJoiners.contains($0.norm)
        }
    }

    /// The words that may join two meeting nouns into one phrase (``areTwoMeetings``).
    static let phraseJoiners: Set<String> = ["of", "the", "a", "an", "its", "this", "and"]

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
        let t = s.tokens
        // "was meeting there for a long-planned summit": planned long ago, not still to come.
        let cued = (max(0, e - 8)..<e).contains { k in
            futureCues.contains(t[k].word) && !(k >= 2 && t[k - 1].norm == "-" && t[k - 2].norm == "long")
        }
        return cued || isAgreedOn(s, event: e)
    }

    /// Whether the meeting at `e` is what an agreement provides for: "agree ceasefire, withdrawal
    /// and conference at Haradh", "agreed to hold talks" (an agreeing word within eight words
    /// before it, with no word of the scene or end of clause between: "agreed at the talks" is
    /// where they agreed).
    func isAgreedOn(_ s: SentenceAnalysis, event e: Int) -> Bool {
        agreement(s, event: e) != nil
    }

    /// The agreeing word of ``isAgreedOn(_:event:)``: a rule that reads it itself ("the two
    /// sides agreed to meet again in Naqoura") says what the agreement means.
    func agreement(_ s: SentenceAnalysis, event e: Int) -> Int? {
        let t = s.tokens
        guard let k = (max(0, e - 8)..<e).last(where: { agreeing.contains(t[$0].word) }),
            !t[(k + 1)..<e].contains(where: { sceneWords.contains($0.word) || $0.is(oneOf: DateResolver.windowEnds) })
        else { return nil }
        return k
    }

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

    /// Whether ``isLive(_:event:)``'s reading is a perfect ("the two leaders have met"), not
    /// "have just signed".
    func isPerfect(_ s: SentenceAnalysis, event e: Int) -> Bool {
        let t = s.tokens
        for k in max(0, e - 10)..<min(t.count, e + 4) where t[k].norm == "has" || t[k].norm == "have" {
            let after = (k + 1)..<min(t.count, k + 4)
            if after.contains(where: { liveVerbs.contains(t[$0].word) }), !after.contains(where: { t[$0].norm == "just" }) { return true }
        }
        return false
    }

    /// The first day on or before publication that the document's first four sentences give (a
    /// headline, a byline, a dateline and the lede), unless it dates another venue than `place`:
    /// the lede of a news story dates its main event ("PRETORIA — Ethiopia and the TPLF agreed on
    /// Wednesday …").
    func ledeDate(_ sentences: [SentenceAnalysis], published: SimpleDate?, at place: String) -> SimpleDate? {
        guard let published else { return nil }
        // A date line ("13 September 2014", "Feature | 18 August 2019") is the day of publication,
        // not of the story's event.
        for s in sentences.prefix(5) where !isDateLine(s) {
            // A sentence that names a meeting dates it by the meeting's own date: "talks that broke
            // down in August, in a war that began on October 7, 2023" give no day.
            let dates = s.mentions.contains { $0.role == .event } ? meetingNounDates(s) : s.dates
            for d in dates.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !datesAnotherVenue(d, in: s, than: place) {
                if case .day(let day) = d.date, day <= published { return day }
            }
        }
        return nil
    }

    /// The days the text gives right after the name of `place` ("in New York yesterday", "in
    /// New York on Tuesday").
    func placeDates(_ sentences: [SentenceAnalysis], _ place: String) -> [SimpleDate] {
        let words = place.split(separator: " ").count
        let key = Self.key(place)
        return sentences.flatMap { s in
            s.dates.compactMap { d -> SimpleDate? in
                guard case .day(let day) = d.date else { return nil }
                var end = d.range.lowerBound
                if end > 0, s.tokens[end - 1].is(.on) { end -= 1 }
                guard end >= words, Self.key(Self.text(s.tokens, (end - words)..<end)) == key else { return nil }
                return day
            }
        }
    }

    /// Whether the text is a live report: its headline or masthead opens on "LIVE:" or carries
    /// "Live" between bars ("Korea Desk Live | Sunday 30 June 2019").
    static func isLiveReport(_ sentences: [SentenceAnalysis]) -> Bool {
        sentences.prefix(2).contains { s in
            let t = s.tokens
            // ("Ukraine live: …", "… - as it happened" name a live page too.)
            return t.indices.contains { k in
                t[k].norm == "live"
                    && (t[k].isCapitalized && (k == 0 && k + 1 < t.count && t[k + 1].norm == ":" || k + 1 < t.count && t[k + 1].norm == "|")
                        || k >= 1 && k <= 3 && k + 1 < t.count && t[k + 1].norm == ":")
            } || t.indices.dropLast(2).contains { k in t[k].norm == "as" && t[k + 1].norm == "it" && t[k + 2].norm == "happened" }
        }
    }

    /// Whether `s` is a short line that is little more than a date, or a masthead's date and the
    /// time it was filed or updated ("Regional | Tuesday, March 12, 2024 | Updated 11:20 a.m. AST").
    func isDateLine(_ s: SentenceAnalysis) -> Bool {
        let t = s.tokens
        guard !s.dates.isEmpty, t.count <= 24 else { return false }
        // Each token read once for a clock time. A stamp's words: its clock times, the token two
        // after one (the minutes of "11 : 20") and the "time-stamp" list's.
        let clock = t.indices.map { Self.timeOfDay(t, $0) }
        let stamped = clock.contains(true)
        guard t.count <= 10 || stamped else { return false }
        let others = t.indices.filter { k in
            t[k].isWord && !s.dates.contains { $0.range.contains(k) }
                && !(stamped && (stampWords.contains(t[k].word) || clock[k] || k >= 2 && clock[k - 2]))
        }
        return others.count <= 2
    }

    /// Whether token `k` is a clock time: "11:20" as one token, or the hour of "11 : 20".
    static func timeOfDay(_ t: [Token], _ k: Int) -> Bool {
        let n = t[k].norm
        let parts = n.split(separator: ":")
        if parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return true }
        return k + 2 < t.count && Int(n) != nil && t[k + 1].norm == ":" && Int(t[k + 2].norm) != nil
    }

    /// A meeting dated after publication whose sentence names no venue ("a meeting of its
    /// foreign ministers may be called next week": a week to come is no day either).
    func isUnplacedAndToCome(_ local: Local, _ published: SimpleDate?) -> Bool {
        guard local.place == nil, let published else { return false }
        switch local.date {
        case .day(let day)?: return day > published
        case .span(let from, _)?: return from > published
        case nil: return false
        }
    }
}
