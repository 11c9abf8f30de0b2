/// What a date expression in a sentence pins down.
public enum ResolvedDate: Hashable, Codable, Sendable {
    /// One day ("Friday", "on 30 October", "yesterday").
    case day(SimpleDate)
    /// A span that an exact event date may fall in ("last week", "this past weekend"); events
    /// dated only so snap to a known event at the same place in the span, or stay undated.
    case span(SimpleDate, SimpleDate)

    /// Whether this date takes in `day`: it is that day, or a span around it.
    func contains(_ day: SimpleDate) -> Bool {
        switch self {
        case .day(let d): d == day
        case .span(let from, let to): from <= day && day <= to
        }
    }
}

/// A date expression found in a sentence: the tokens it covers and what it resolves to.
public struct DateMention: Hashable, Sendable {
    public var range: Range<Int>
    public var date: ResolvedDate
}

/// Resolves relative and absolute date expressions against a document's publication date:
/// weekdays (past by default, future after "next" or in a clause with "will"), "yesterday",
/// "today", "tomorrow", "last/this/next week", "this past weekend", "30 October", "October 30",
/// "Oct. 23". A month after "in" ("held in February") is a span: too coarse to date a meeting to
/// the day, but enough to keep it from taking another date.
public enum DateResolver {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// The months' names written in full (``months`` also holds their abbreviations).
    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// By fixed word id: the weekday's number (Monday 0) in ``weekdays``, or -1. Derived from
    /// ``weekdays`` itself, so the id reading is the String one.
    static let weekdayByWord: [Int8] = FixedWord.allCases.reduce(into: [Int8](repeating: -1, count: FixedWord.allCases.count + 1)) { table, w in
        if let day = weekdays.firstIndex(of: w.norm) { table[Int(w.rawValue)] = Int8(day) }
    }
    /// By fixed word id: the month ``months`` gives the word, or 0.
    static let monthByWord: [UInt8] = FixedWord.allCases.reduce(into: [UInt8](repeating: 0, count: FixedWord.allCases.count + 1)) { table, w in
        if let month = months[w.norm] { table[Int(w.rawValue)] = UInt8(month) }
    }

    /// The weekday (Monday 0) token `t` names, as `weekdays.firstIndex(of: t.norm)`.
    static func weekday(_ t: Token) -> Int? {
        let w = Int(t.word)
        guard w < weekdayByWord.count, weekdayByWord[w] >= 0 else { return nil }
        return Int(weekdayByWord[w])
    }

    /// The month token `t` names, as `months[t.norm]`.
    static func month(_ t: Token) -> Int? {
        let w = Int(t.word)
        guard w < monthByWord.count, monthByWord[w] > 0 else { return nil }
        return Int(monthByWord[w])
    }

    /// An ordinal day ("1st", "13th", "fifteenth"), as "the 1st of March" and "the fifteenth of
    /// September" write it: not a bare number. ("twenty-second" is three tokens:
    /// ``ordinalDay(_:endingAt:)``.)
    static func ordinalDay(_ t: Token) -> Int? {
        spelledOrdinals[t.norm] ?? (t.norm.last?.isLetter == true ? dayOfMonth(t) : nil)
    }

    /// The ordinal day whose last token is `k`, and its first token: "15th", "fifteenth", or
    /// "twenty - second" as the tokenizer splits "twenty-second".
    static func ordinalDay(_ tokens: [Token], endingAt k: Int) -> (day: Int, start: Int)? {
        guard let day = ordinalDay(tokens[k]) else { return nil }
        if day < 10, k >= 2, tokens[k - 1].is(.hyphen), let tens = ["twenty": 20, "thirty": 30][tokens[k - 2].norm] { return (tens + day, k - 2) }
        return (day, k)
    }

    /// The ordinal words of the days of a month that are one word.
    static let spelledOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
        "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]

    /// The day of the month token `t` gives: "13", or "13th", "1st", "22nd", "3rd" as British
    /// and older texts write it ("on 13th January", "Tuesday, 1st March").
    static func dayOfMonth(_ t: Token) -> Int? {
        let norm = t.norm
        var digits = Substring(norm)
        if norm.count > 2, ["st", "nd", "rd", "th"].contains(norm.suffix(2)) { digits = norm.dropLast(2) }
        guard digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// Parts of the day that "this" makes the report's day ("this morning").
    static let reportDayParts: Set<String> = ["morning", "afternoon", "evening"]

    /// Closes the window in which a future cue puts a weekday ahead.
    static let windowEnds = FixedWordSet(.semicolon, .period, .colon, .dash)

    /// Whether "the day `word`" comes right before token `i` ("the day before yesterday").
    static func dayBefore(_ tokens: [Token], _ i: Int, _ word: String) -> Bool {
        i >= 3 && tokens[i - 1].norm == word && tokens[i - 2].norm == "day" && tokens[i - 3].norm == "the"
    }

    /// Words after which "Saturday last" is a day ("on Saturday last, in the town hall", "on
    /// Friday last the ministers met"), not "Saturday last week".
    static let weekdayLastFollowers: Set<String> = ["in", "at", "on", "the", "a", "an", "he", "she", "they", "it", "we", "and", "when", "to", "with", "by"]

    /// Words that may follow a day of the month written alone ("on the fifth they announced").
    static let ordinalDayFollowers: Set<String> = ["they", "he", "she", "we", "it", "the", "both", "all", "and"]

    /// Every word a date expression is read from (weekdays, months, "yesterday", "week", …): a
    /// sentence with none of them has none, so a caller may skip ``dates(in:published:futureCues:)``.
    static var cueWords: [String] {
        weekdays + months.keys + ["yesterday", "night", "today", "tonight", "tomorrow", "month", "week", "weekend", "ago"] + reportDayParts
            + spelledOrdinals.keys
    }

    /// Every date expression in `tokens`, resolved against `published`. The tokens must have
    /// their word ids (``Vocabulary/assign(_:)``): words are compared by id.
    /// - Parameter futureCues: words that put a weekday in the future ("will meet on Wednesday"):
    ///   relations.rules' "future-date" list, as ids of the vocabulary that gave the tokens theirs.
    ///   (Internal since then: only a ``Vocabulary``, internal too, gives tokens their ids.)
    static func dates(in tokens: [Token], published: SimpleDate?, futureCues: WordSet) -> [DateMention] {
        guard let published else { return [] }
        Vocabulary.assertAssigned(tokens)
        let past = tellsPast(tokens, futureCues: futureCues)
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            // The word before (``Vocabulary/unknown`` at the start, which no fixed word is).
            let prev = i > 0 ? tokens[i - 1].word : Vocabulary.unknown
            // "and on the fifth they announced …": a day of the month written alone, the
            // report's month (or the one before, for a day still to come in it). Not "on the
            // fifth day", "on the first ballot": a clause or a pause must follow.
            if t.norm == "on", i + 2 < tokens.count, tokens[i + 1].is(.the), let day = spelledOrdinals[tokens[i + 2].norm],
                i + 3 == tokens.count || !tokens[i + 3].isWord || ordinalDayFollowers.contains(tokens[i + 3].norm)
            {
                let month = day <= published.day ? published : published.adding(days: -published.day)
                if let date = SimpleDate(year: month.year, month: month.month, day: day) {
                    found.append(DateMention(range: i..<(i + 3), date: .day(date)))
                    i += 3
                    continue
                }
            }
            if let wd = weekday(t), t.isCapitalized {
                // "Wednesday, 20 June 2018", "Monday, June 25": the calendar date that follows
                // says which Monday; it is read next.
                if explicitDateFollows(tokens, i + 1) {
                    i += 1
                    continue
                }
                // "Friday's talks" and "Friday" both count.
                let ahead = (wd - published.weekday + 7) % 7
                let behind = (published.weekday - wd + 7) % 7
                // "on Monday last week", "on Friday next week": that weekday of the week named.
                if i + 2 < tokens.count, tokens[i + 1].is(.last) || tokens[i + 1].is(.next), tokens[i + 2].is(.week) {
                    let monday = published.adding(days: -published.weekday)
                    let week = tokens[i + 1].is(.last) ? monday.adding(days: -7) : monday.adding(days: 7)
                    found.append(DateMention(range: i..<(i + 3), date: .day(week.adding(days: wd))))
                    i += 3
                    continue
                }
                // "on Thursday of last week": the same.
                if i + 3 < tokens.count, tokens[i + 1].norm == "of", tokens[i + 2].is(.last) || tokens[i + 2].is(.next), tokens[i + 3].is(.week) {
                    let monday = published.adding(days: -published.weekday)
                    let week = tokens[i + 2].is(.last) ? monday.adding(days: -7) : monday.adding(days: 7)
                    found.append(DateMention(range: i..<(i + 4), date: .day(week.adding(days: wd))))
                    i += 4
                    continue
                }
                // "On Saturday last, in the town hall": the last such weekday before the report,
                // as "last Saturday" (not "Saturday last week", read above).
                if i + 1 < tokens.count, tokens[i + 1].is(.last),
                    i + 2 == tokens.count || !tokens[i + 2].isWord || weekdayLastFollowers.contains(tokens[i + 2].norm)
                {
                    found.append(DateMention(range: i..<(i + 2), date: .day(published.adding(days: -(behind == 0 ? 7 : behind)))))
                    i += 2
                    continue
                }
                // "will join the talks in Cairo on Wednesday": a future cue earlier in the clause.
                var k = i
                while k > 0, i - k < 20, !tokens[k - 1].is(oneOf: windowEnds) { k -= 1 }
                let futureClause = tokens[k..<i].contains { futureCues.contains($0.word) }
                let target: SimpleDate
                if prev == FixedWord.next.rawValue {
                    target = published.adding(days: ahead == 0 ? 7 : ahead)
                } else if prev == FixedWord.last.rawValue {
                    target = published.adding(days: -(behind == 0 ? 7 : behind))
                } else if futureClause {
                    target = published.adding(days: ahead)
                } else {
                    target = published.adding(days: -behind)
                }
                found.append(DateMention(range: (prev == FixedWord.next.rawValue || prev == FixedWord.last.rawValue ? i - 1 : i)..<(i + 1), date: .day(target)))
                i += 1
                continue
            }
            // "a week ago", "three days ago": counted back from publication.
            if t.norm == "ago", i >= 2, let unit = ["day": 1, "days": 1, "week": 7, "weeks": 7][tokens[i - 1].norm],
                let count = Self.counts[tokens[i - 2].norm].flatMap({ $0 <= 6 ? $0 : nil })
                    ?? Int(tokens[i - 2].norm).flatMap({ (1...31).contains($0) ? $0 : nil })
            {
                found.append(DateMention(range: (i - 2)..<(i + 1), date: .day(published.adding(days: -count * unit))))
                i += 1
                continue
            }
            let (lastWord, thisWord, nextWord, pastWord) = (FixedWord.last.rawValue, FixedWord.this.rawValue, FixedWord.next.rawValue, FixedWord.past.rawValue)
            switch t.word {
            case FixedWord.yesterday.rawValue:
                // "the day before yesterday": two days back.
                if Self.dayBefore(tokens, i, "before") {
                    found.append(DateMention(range: (i - 3)..<(i + 1), date: .day(published.adding(days: -2))))
                } else {
                    found.append(DateMention(range: i..<(i + 1), date: .day(published.adding(days: -1))))
                }
            case FixedWord.night.rawValue where prev == lastWord:
                // "signed … last night": the evening before publication.
                found.append(DateMention(range: (i - 1)..<(i + 1), date: .day(published.adding(days: -1))))
            case FixedWord.today.rawValue, FixedWord.tonight.rawValue:
                // "Today: what happened at the conference, how Madrid reacted": a newsletter's
                // contents, not the day of what it lists.
                if i + 2 < tokens.count, tokens[i + 1].is(.colon), ["what", "how", "why", "who", "where", "when"].contains(tokens[i + 2].norm) { break }
                found.append(DateMention(range: i..<(i + 1), date: .day(published)))
            case _ where prev == thisWord && reportDayParts.contains(t.norm):
                // "signed at eleven this morning": the day of the report.
                found.append(DateMention(range: (i - 1)..<(i + 1), date: .day(published)))
            case FixedWord.tomorrow.rawValue:
                // "the day after tomorrow": two days on.
                if Self.dayBefore(tokens, i, "after") {
                    found.append(DateMention(range: (i - 3)..<(i + 1), date: .day(published.adding(days: 2))))
                } else {
                    found.append(DateMention(range: i..<(i + 1), date: .day(published.adding(days: 1))))
                }
            case FixedWord.month.rawValue where prev == lastWord || prev == thisWord || prev == nextWord:
                // "next month", "last month": too coarse for a meeting's day, so a span.
                let shift = prev == lastWord ? -1 : prev == nextWord ? 1 : 0
                var (year, month) = (published.year, published.month + shift)
                if month < 1 { (year, month) = (year - 1, 12) }
                if month > 12 { (year, month) = (year + 1, 1) }
                if let span = monthSpan(year: year, month: month) {
                    found.append(DateMention(range: (i - 1)..<(i + 1), date: span))
                }
            case FixedWord.week.rawValue, FixedWord.weekend.rawValue:
                let monday = published.adding(days: -published.weekday)
                let isWeekend = t.is(.weekend)
                var start: SimpleDate?
                if prev == lastWord || (prev == pastWord && i >= 2 && tokens[i - 2].is(.this)) {
                    start = monday.adding(days: -7)
                } else if prev == thisWord {
                    start = monday
                } else if prev == nextWord {
                    start = monday.adding(days: 7)
                }
                if var s = start {
                    var e = s.adding(days: 6)
                    if isWeekend {
                        // "this past weekend": the weekend just gone.
                        s = prev == pastWord || prev == lastWord ? monday.adding(days: -2) : s.adding(days: 5)
                        e = s.adding(days: 1)
                    }
                    found.append(DateMention(range: (i - 1)..<(i + 1), date: .span(s, e)))
                }
            default:
                if let month = month(t), t.isCapitalized {
                    // "October 30", "Oct. 23"
                    let next = i + 1 < tokens.count && tokens[i + 1].is(.period) ? i + 2 : i + 1
                    if next < tokens.count, let day = dayOfMonth(tokens[next]),
                        var date = dated(month: month, day: day, published: published, past: past)
                    {
                        var end = next + 1
                        // An explicit year: "Oct. 23, 2015".
                        let y = end < tokens.count && tokens[end].is(.comma) ? end + 1 : end
                        if let year = year(tokens, y), let explicit = SimpleDate(year: year, month: month, day: day) {
                            date = explicit
                            end = y + 1
                        } else if let (shifted, after) = relativeYear(tokens, end, month: month, day: day, published: published) {
                            date = shifted
                            end = after
                        } else if let past = lastOccurrence(tokens, end, date, published: published) {
                            date = past
                            end += 1
                        }
                        found.append(DateMention(range: i..<end, date: .day(date)))
                        i = end
                        continue
                    }
                    // "30 October", "the 30th of October"
                    // "6 to 10 March", "6-10 March": a meeting's days, dated by the first.
                    let (day, start): (Int?, Int) = {
                        if i >= 2, tokens[i - 1].norm == "of", let (day, start) = ordinalDay(tokens, endingAt: i - 2) {
                            return (day, start)
                        }
                        guard i > 0, let last = dayOfMonth(tokens[i - 1]) else { return (nil, i - 1) }
                        if i >= 3, tokens[i - 2].is(oneOf: rangeJoiners), let first = dayOfMonth(tokens[i - 3]), (1..<last).contains(first) {
                            return (first, i - 3)
                        }
                        // "on Tuesday 24 and Wednesday 25 June": each day with its weekday.
                        if i >= 4, weekday(tokens[i - 2]) != nil, tokens[i - 3].is(oneOf: rangeJoiners), let first = dayOfMonth(tokens[i - 4]),
                            (1..<last).contains(first)
                        {
                            return (first, i - 4)
                        }
                        return (last, i - 1)
                    }()
                    if let day, var date = dated(month: month, day: day, published: published, past: past) {
                        var end = i + 1
                        if let year = year(tokens, end), let explicit = SimpleDate(year: year, month: month, day: day) {
                            date = explicit
                            end += 1
                        } else if let (shifted, after) = relativeYear(tokens, end, month: month, day: day, published: published) {
                            date = shifted
                            end = after
                        } else if let past = lastOccurrence(tokens, end, date, published: published) {
                            date = past
                            end += 1
                        }
                        found.append(DateMention(range: start..<end, date: .day(date)))
                        i = end
                        continue
                    }
                    // "held in February", "in early March 2014": the month as a span, so that a
                    // meeting dated only so is not taken for one the text dates to the day.
                    // "last June", "next March": the month's nearest occurrence that way.
                    if prev == lastWord || prev == nextWord {
                        let year = prev == lastWord
                            ? (month < published.month ? published.year : published.year - 1)
                            : (month > published.month ? published.year : published.year + 1)
                        if let span = monthSpan(year: year, month: month) {
                            found.append(DateMention(range: (i - 1)..<(i + 1), date: span))
                            i += 1
                            continue
                        }
                    }
                    if monthOpeners.contains(prev), let first = dated(month: month, day: 1, published: published) {
                        var start = first
                        var end = i + 1
                        if let year = year(tokens, end), let explicit = SimpleDate(year: year, month: month, day: 1) {
                            start = explicit
                            end += 1
                        }
                        let next = month == 12 ? SimpleDate(year: start.year + 1, month: 1, day: 1) : SimpleDate(year: start.year, month: month + 1, day: 1)
                        if let next {
                            found.append(DateMention(range: i..<end, date: .span(start, next.adding(days: -1))))
                            i = end
                            continue
                        }
                    }
                }
            }
            i += 1
        }
        // "In October 1998 … talks opened on Thursday 15 October": a calendar date without its
        // year takes the one year the sentence gives after a month or "in".
        let years = Set(tokens.indices.compactMap { k -> Int? in
            guard k > 0, let y = year(tokens, k), month(tokens[k - 1]) != nil || tokens[k - 1].is(.in) else { return nil }
            return y
        })
        if years.count == 1, let y = years.first {
            for j in found.indices {
                let range = found[j].range
                guard case .day(let d) = found[j].date, d.year != y, range.contains(where: { month(tokens[$0]) != nil }),
                    !range.contains(where: { year(tokens, $0) != nil || tokens[$0].is(.year) }),
                    let dated = SimpleDate(year: y, month: d.month, day: d.day)
                else { continue }
                found[j].date = .day(dated)
            }
        }
        return found
    }

    /// "6 to 10 March", "6-10 March", "6 and 10 March" ("–" is never a norm, but was named).
    static let rangeJoiners = FixedWordSet(.to, .hyphen, .enDash, .and)
    /// "in February", "during", "early", "late", "mid", "this March": a month as a span.
    static let monthOpeners = FixedWordSet(.in, .during, .early, .late, .mid, .this)

    /// Whether a calendar date ("20 June", "June 20", "Oct. 23") starts at token `k`, after an
    /// optional comma.
    static func explicitDateFollows(_ tokens: [Token], _ k: Int) -> Bool {
        var j = k
        if j < tokens.count, tokens[j].is(.comma) { j += 1 }
        guard j + 1 < tokens.count else { return false }
        let isDay = { (t: Token) in dayOfMonth(t) != nil }
        if isDay(tokens[j]), month(tokens[j + 1]) != nil, tokens[j + 1].isCapitalized { return true }
        // "Tuesday, the 1st of March", "the twenty-first of March"
        if j + 1 < tokens.count, tokens[j].norm == "the", let end = ((j + 1)..<min(tokens.count, j + 5)).first(where: { tokens[$0].norm == "of" }),
            end + 1 < tokens.count, ordinalDay(tokens, endingAt: end - 1)?.start == j + 1, month(tokens[end + 1]) != nil, tokens[end + 1].isCapitalized
        {
            return true
        }
        guard month(tokens[j]) != nil, tokens[j].isCapitalized else { return false }
        let next = tokens[j + 1].is(.period) ? j + 2 : j + 1
        return next < tokens.count && isDay(tokens[next])
    }

    /// "November 21 last year", "March 3 next year", "May 2 this year": the year named relative
    /// to publication, and the index past it.
    /// "On March 31 of last year" too.
    static func relativeYear(_ tokens: [Token], _ k: Int, month: Int, day: Int, published: SimpleDate) -> (SimpleDate, Int)? {
        let k = k < tokens.count && tokens[k].norm == "of" ? k + 1 : k
        guard k + 1 < tokens.count, tokens[k + 1].is(.year), let shift = yearShift(tokens[k]),
            let date = SimpleDate(year: published.year + shift, month: month, day: day)
        else { return nil }
        return (date, k + 2)
    }

    /// "opened on November 20 last" (in July): the date's last occurrence before publication,
    /// where "last" follows it alone (not "last year", "last week").
    static func lastOccurrence(_ tokens: [Token], _ k: Int, _ date: SimpleDate, published: SimpleDate) -> SimpleDate? {
        guard k < tokens.count, tokens[k].is(.last), k + 1 == tokens.count || !tokens[k + 1].isWord || weekdayLastFollowers.contains(tokens[k + 1].norm)
        else { return nil }
        return date <= published ? date : SimpleDate(year: date.year - 1, month: date.month, day: date.day)
    }

    /// "last" -1, "this" 0, "next" 1 (a year's shift), else nil.
    static func yearShift(_ t: Token) -> Int? {
        if t.is(.last) { return -1 }
        if t.is(.this) { return 0 }
        if t.is(.next) { return 1 }
        return nil
    }

    /// A whole month as a span.
    static func monthSpan(year: Int, month: Int) -> ResolvedDate? {
        guard let first = SimpleDate(year: year, month: month, day: 1),
            let next = month == 12 ? SimpleDate(year: year + 1, month: 1, day: 1) : SimpleDate(year: year, month: month + 1, day: 1)
        else { return nil }
        return .span(first, next.adding(days: -1))
    }

    /// A four-digit year at token `k`.
    static func year(_ tokens: [Token], _ k: Int) -> Int? {
        guard k < tokens.count, tokens[k].norm.count == 4, let y = Int(tokens[k].norm), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// The date in the publication's year, or the year before when that would put it more than
    /// six months after publication.
    static func dated(month: Int, day: Int, published: SimpleDate, past: Bool = false) -> SimpleDate? {
        guard let date = SimpleDate(year: published.year, month: month, day: day) else { return nil }
        if date.dayNumber - published.dayNumber > (past ? pastWindow : 183) {
            return SimpleDate(year: published.year - 1, month: month, day: day)
        }
        return date
    }

    /// How many days after publication a calendar date without its year may fall in a sentence
    /// that tells the past ("On 14 May Michel hosted …" in a report of February) and still be
    /// read in the publication's year: a report may date its own day a little ahead.
    static let pastWindow = 7

    /// Words that put a date ahead though written in the past: "the talks, expected on 14 May",
    /// "asked to respond by 10 November", "agreed to meet on 2 June".
    static let unrealisedPast: Set<String> = [
        "expected", "planned", "scheduled", "slated", "proposed", "intended", "supposed", "timed", "earmarked", "pencilled", "penciled",
        "tipped", "billed", "asked", "urged", "invited", "agreed", "decided", "promised", "pledged", "vowed", "deadline", "by", "before",
        "until", "till", "ahead",
    ]

    /// After "to", words that are no verb: "went to the talks" tells the past; "is to meet", "agreed
    /// to meet" do not.
    static let nounOpeners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "power", "office"]

    /// Irregular past forms that tell what happened ("met", "held", "spent").
    static let irregularPast: Set<String> = ["met", "held", "spent", "sat", "saw", "took", "went", "came", "gave", "made", "led", "flew", "began", "won", "fought", "struck", "told", "sent", "brought", "left", "kept", "stood", "wrote", "spoke", "chose", "drew", "broke", "ran", "paid", "laid", "fell", "rose"]

    /// Whether a sentence tells the past: a past form ("hosted", "met") and nothing that puts
    /// it ahead (a future cue, "expected", "asked", "by", an infinitive).
    static func tellsPast(_ tokens: [Token], futureCues: WordSet) -> Bool {
        var past = false
        for (k, t) in tokens.enumerated() where t.isWord {
            if futureCues.contains(t.word) || unrealisedPast.contains(t.norm) { return false }
            if t.norm == "to", k + 1 < tokens.count, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized, !nounOpeners.contains(tokens[k + 1].norm) { return false }
            if !past, irregularPast.contains(t.norm) || (t.norm.count >= 5 && t.norm.hasSuffix("ed") && !t.isCapitalized) { past = true }
        }
        return past
    }
}

