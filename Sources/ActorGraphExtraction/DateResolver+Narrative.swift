extension DateResolver {
    /// The nouns every narrative date expression has ("two days later", "that afternoon"): a
    /// sentence with none of them has none, so a caller may skip ``narrativeDates(in:anchor:)``.
    static let narrativeNouns = ["day", "days", "week", "weeks", "morning", "afternoon", "evening", "night"]

    /// Day counts written out, for "two days later" (and "three days ago").
    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]

    /// Parts of a day: "that afternoon" is the day before it in the story.
    private static let dayParts: Set<String> = ["day", "morning", "afternoon", "evening", "night"]

    /// Days a story counts from the day it told last: "two days later", "a week later", "three
    /// days earlier", "the next day", "the following morning", "the previous evening", "that
    /// afternoon", "the same day", "later that day". A biography or an analysis tells its
    /// meetings in order and dates the later ones only so; against the publication date they
    /// would all fall on the day of the report.
    ///
    /// - Parameter anchor: the last day the text gave before `tokens`, if any. A day the
    ///   sentence itself gives before the expression takes its place (`dated`: the sentence's
    ///   other date mentions).
    static func narrativeDates(in tokens: [Token], anchor: SimpleDate?, dated: [DateMention]) -> [DateMention] {
        var found: [DateMention] = []
        func anchorBefore(_ k: Int) -> SimpleDate? {
            let own = (dated + found).filter { $0.range.upperBound <= k }.max { $0.range.lowerBound < $1.range.lowerBound }
            if let own { if case .day(let d) = own.date { return d } else { return nil } }
            return anchor
        }
        let norms = tokens.map(\.norm)
        func norm(_ k: Int) -> String? { k >= 0 && k < norms.count ? norms[k] : nil }
        // "the day before the vote": a day counted from something else.
        func endsClause(_ k: Int) -> Bool { norm(k).map { !($0.first?.isLetter ?? false) } ?? true }
        for i in norms.indices where narrativeNouns.contains(norms[i]) {
            guard !dated.contains(where: { $0.range.contains(i) }) else { continue }
            let noun = norms[i]
            var shift: Int?
            var start = i
            var end = i + 1
            switch (norm(i - 2), norm(i - 1), noun, norm(i + 1)) {
            // "the next day", "the following morning".
            case ("the"?, "next"?, let part, _) where dayParts.contains(part), ("the"?, "following"?, let part, _) where dayParts.contains(part):
                shift = 1
                start = i - 2
            // "the previous evening".
            case ("the"?, "previous"?, let part, _) where dayParts.contains(part):
                shift = -1
                start = i - 2
            // "the day after." "the day before,": the story's day, counted on by one.
            case (_, "the"?, "day", "after"?) where endsClause(i + 2):
                shift = 1
                start = i - 1
                end = i + 2
            case (_, "the"?, "day", "before"?) where endsClause(i + 2):
                shift = -1
                start = i - 1
                end = i + 2
            // "that afternoon", "the same day", "later that day".
            case (_, "that"?, let part, _) where dayParts.contains(part), ("the"?, "same"?, let part, _) where dayParts.contains(part):
                shift = 0
                start = norms[i - 1] == "same" ? i - 2 : i - 1
            // "two days later", "a week earlier", "three days after": counted from the story's day.
            case (_, let n?, "day", let d?), (_, let n?, "days", let d?), (_, let n?, "week", let d?), (_, let n?, "weeks", let d?):
                guard let count = counts[n] ?? Int(n).flatMap({ (1...60).contains($0) ? $0 : nil }) else { continue }
                let days = noun.hasPrefix("week") ? 7 * count : count
                if d == "later" || (d == "after" && endsClause(i + 2)) {
                    shift = days
                } else if d == "earlier" || (d == "before" && endsClause(i + 2)) {
                    shift = -days
                }
                start = i - 1
                end = i + 2
            default:
                continue
            }
            guard let shift, start >= 0, let base = anchorBefore(start) else { continue }
            found.append(DateMention(range: start..<end, date: .day(base.adding(days: shift))))
        }
        return found
    }
}

extension DateResolver {
    /// How many days after the text's last dated year a calendar date without its year may fall
    /// and still be read in that year ("in January 1967 … on 4 January … on 5 January").
    static let storyYearWindow = 62

    /// Whether date mention `m` gives its own year ("4 January 1967", "January 1967").
    static func givesYear(_ m: DateMention, in tokens: [Token]) -> Bool {
        m.range.contains { year(tokens, $0) != nil }
    }

    /// The day a date mention starts on: its day, or its span's first day.
    static func firstDay(of m: DateMention) -> SimpleDate {
        switch m.date {
        case .day(let d): d
        case .span(let from, _): from
        }
    }

    /// "For two days in January 1967 … On 4 January, at Aburi, …": a calendar date without its
    /// year, told soon after a date the text gave in another year than publication's, is in the
    /// story's year. An obituary or a retrospective tells its past in order; against the
    /// publication date "4 January" would fall in the year it was written.
    ///
    /// - Parameter anchor: the first day of the last date the text gave before `tokens` (as
    ///   read, in the story's year or the publication's: a date of the publication's year ends
    ///   the story's past).
    /// - Returns: `found`, with each such date (a day, or a month: "in July") moved into the
    ///   story's year when that puts its first day on or after `anchor` and within
    ///   ``storyYearWindow`` days of it.
    static func storyYear(_ found: [DateMention], in tokens: [Token], after anchor: SimpleDate, published: SimpleDate) -> [DateMention] {
        guard anchor.year != published.year else { return found }
        return found.map { m in
            let d = firstDay(of: m)
            guard !givesYear(m, in: tokens), d.year != anchor.year, m.range.contains(where: { month(tokens[$0]) != nil }) else { return m }
            for y in [anchor.year, anchor.year + 1] {
                guard let moved = SimpleDate(year: y, month: d.month, day: d.day), moved >= anchor,
                    moved.dayNumber - anchor.dayNumber <= storyYearWindow
                else { continue }
                switch m.date {
                case .day: return DateMention(range: m.range, date: .day(moved))
                case .span(let from, let to): return DateMention(range: m.range, date: .span(moved, moved.adding(days: to.dayNumber - from.dayNumber)))
                }
            }
            return m
        }
    }
}
