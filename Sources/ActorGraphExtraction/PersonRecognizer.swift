/// A person named with a title in a sentence, and whom the title says they act for.
public struct TitledPerson: Hashable, Sendable {
    /// The name as written ("Sergei Lavrov", "Bashar al-Assad").
    public var name: String
    /// The name's tokens in the sentence.
    public var range: Range<Int>
    /// The state or body the title names ("Russian Foreign Minister" → Russia), if any.
    public var represents: ActorRef?
    /// The title as normalised words ("foreign minister").
    public var title: String
    /// Whether the title names a head of state or government.
    public var isHead: Bool
    /// The tokens of the whole mention: the name with its title, the country in the title
    /// and any appositive ("Michael Ratney, the U.S. coordinator for Syria").
    public var mention: Range<Int>
    /// Named as the head of a delegation or negotiating team ("the delegation was led by X"):
    /// the person attended the meeting the text is about.
    public var headsDelegation = false
}

/// Recognises persons from title patterns, never from a list of names:
/// "Russian Foreign Minister Sergei Lavrov", "U.S. Secretary of State John Kerry",
/// "Saudi Arabia's Foreign Minister Adel Al Jubeir", "the U.N. envoy to Syria, Staffan de Mistura",
/// "Michael Ratney, the U.S. coordinator for Syria", "High Representative of the EU … Federica
/// Mogherini", "Turkey's Feridun Sinirlioglu", "President Obama".
struct PersonRecognizer {
    let rules: RuleSet
    private let titleTrie: [String: [[String]]]

    static let particles: Set<String> = ["al", "el", "de", "da", "di", "bin", "ibn", "van", "von", "der", "la", "le", "du", "ben", "ould", "dos", "del"]
    static let notNames: Set<String> = [
        "the", "a", "an", "on", "in", "at", "for", "of", "and", "but", "after", "before", "while", "said", "says",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "he", "she", "it", "they", "we", "i", "this", "that", "his", "her", "their", "its", "mr", "mrs", "ms",
    ]
    /// Last words of a government organ between a country and a title ("Foreign Ministry").
    static let ministryWords: Set<String> = ["ministry", "office", "department"]
    /// Words that may stand between a country or body and a title ("Hamas political chief").
    static let titleQualifiers: Set<String> = ["political", "military", "senior", "top", "chief", "deputy", "acting", "interim"]
    /// Titles of posts named after the country they deal with: "the special envoy for Libya"
    /// acts for whoever sent them, not for Libya.
    static let postTitles: Set<String> = ["envoy", "special envoy", "representative", "special representative", "coordinator", "mediator"]
    /// Verbs of leading a delegation ("was led by", "headed by").
    static let headedBy: Set<String> = ["led", "headed"]
    /// Nouns for a negotiating team.
    static let delegationNouns: Set<String> = ["delegation", "team", "negotiators", "delegations"]
    /// The title given to an untitled person named as the head of a delegation.
    static let delegationHead = "head of delegation"
    /// Last words that make a capitalised run an institution, not a person.
    static let institutionWords: Set<String> = [
        "fleet", "sea", "province", "army", "forces", "force", "ministry", "council", "party", "front", "airport",
        "university", "institute", "agency", "bank", "company", "group", "news", "post", "times", "television",
        "tv", "observatory", "state", "states", "union", "nations", "department", "office", "brigade", "brigades",
        "militia", "movement", "square", "palace", "house", "city", "region", "guard", "guards", "corps", "command",
        "commission", "secretariat", "parliament", "assembly",
    ]

    init(rules: RuleSet) {
        self.rules = rules
        var trie: [String: [[String]]] = [:]
        for title in rules.titles { trie[title[0], default: []].append(title) }
        for key in trie.keys { trie[key]!.sort { $0.count > $1.count } }
        titleTrie = trie
    }

    /// The longest title starting at `i`: its end.
    func title(_ tokens: [Token], at i: Int) -> Int? {
        guard let candidates = titleTrie[tokens[i].norm] else { return nil }
        for title in candidates where i + title.count <= tokens.count {
            var ok = true
            for (k, word) in title.enumerated() where tokens[i + k].norm != word { ok = false; break }
            if ok { return i + title.count }
        }
        return nil
    }

    /// The person name starting at `i`: capitalised words, particles and hyphen joins, ending on
    /// a capitalised word; nil when there is none or it runs into a known actor.
    func name(_ tokens: [Token], at i: Int, covered: [Bool], maxWords: Int = 5) -> Range<Int>? {
        var j = i
        var lastGood: Int?
        var words = 0
        while j < tokens.count, words < maxWords {
            let t = tokens[j]
            if covered[j] { break }
            // A title word is not part of a name ("Foreign Minister", "Gen.").
            if title(tokens, at: j) != nil { break }
            if t.isWord, t.isCapitalized, !Self.notNames.contains(t.norm) || (j > i && t.norm != "the") {
                if j == i && Self.notNames.contains(t.norm) { return nil }
                words += 1
                j += 1
                // Initials: "F." inside a name.
                if t.norm.count == 1, j < tokens.count, tokens[j].norm == "." { j += 1 }
                lastGood = j
                continue
            }
            if t.isWord, Self.particles.contains(t.norm), j > i || t.norm == "al" || t.norm == "el" {
                j += 1
                continue
            }
            // Hyphen joins without spaces: "al-Assad", "Ki-moon".
            if t.norm == "-", j > i, tokens[j - 1].end == t.start, j + 1 < tokens.count, tokens[j + 1].start == t.end,
                tokens[j + 1].isWord
            {
                j += 1
                let next = tokens[j]
                words += 1
                j += 1
                if next.isCapitalized || next.norm.count >= 2 { lastGood = j }
                continue
            }
            break
        }
        guard let end = lastGood, end > i else { return nil }
        if Self.institutionWords.contains(tokens[end - 1].norm) { return nil }
        return i..<end
    }

    /// Persons with titles in one sentence.
    func persons(_ tokens: [Token], mentions: [Mention], scalars: [Unicode.Scalar]) -> [TitledPerson] {
        var covered = [Bool](repeating: false, count: tokens.count)
        var mentionEndingAt: [Int: Mention] = [:]
        var mentionStartingAt: [Int: Mention] = [:]
        for m in mentions where m.role != .event {
            for k in m.range { covered[k] = true }
            mentionEndingAt[m.range.upperBound] = m
            mentionStartingAt[m.range.lowerBound] = m
        }
        var found: [TitledPerson] = []
        var taken = [Bool](repeating: false, count: tokens.count)
        func add(_ range: Range<Int>, _ rep: ActorRef?, _ title: String, mention: Range<Int>) {
            let whole = min(range.lowerBound, mention.lowerBound)..<max(range.upperBound, mention.upperBound)
            guard !whole.contains(where: { taken[$0] }) else { return }
            for k in whole { taken[k] = true }
            let text = String(String.UnicodeScalarView(scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]))
            found.append(TitledPerson(name: text, range: range, represents: rep, title: title, isHead: rules.headTitles.contains(title), mention: whole))
        }
        /// The state or body named just before token `i` ("Russian", "Saudi Arabia's", "U.N."),
        /// and where its mention starts.
        func prefix(before i: Int) -> (ActorRef, Int)? {
            var k = i
            // "Russian Foreign Ministry spokeswoman": a capitalised ministry between.
            if k > 1, tokens[k - 1].isCapitalized, Self.ministryWords.contains(tokens[k - 1].norm) {
                var j = k - 1
                while j > 0, k - j <= 3, tokens[j - 1].isCapitalized, tokens[j - 1].isWord, mentionEndingAt[j] == nil { j -= 1 }
                if mentionEndingAt[j] != nil { k = j }
            }
            // "Hamas political chief", "Kenyan deputy president": one qualifying word between.
            if k > 1, Self.titleQualifiers.contains(tokens[k - 1].norm), !tokens[k - 1].isCapitalized { k -= 1 }
            if k > 0, tokens[k - 1].norm == "'s" || tokens[k - 1].norm == "'" { k -= 1 }
            // An armed group's title ("Taliban negotiator X") makes a person too; the
            // graph keeps `represents` for states and bodies only.
            guard let m = mentionEndingAt[k], m.actor.kind == .state || m.actor.kind == .organization || m.actor.kind == .armedGroup
            else { return nil }
            return (m.actor, m.range.lowerBound)
        }
        var i = 0
        while i < tokens.count {
            guard !covered[i], let titleEnd = title(tokens, at: i) else { i += 1; continue }
            let titleText = tokens[i..<titleEnd].map(\.norm).joined(separator: " ")
            let pre = prefix(before: i)
            var rep = pre?.0
            var mentionStart = pre?.1 ?? i
            // "CIA Director William Burns": an unknown acronym before the title belongs to it.
            if pre == nil, i > 0, tokens[i - 1].isUppercase, tokens[i - 1].isWord, !covered[i - 1], tokens[i - 1].norm.count >= 2 {
                mentionStart = i - 1
            }
            let capitalTitle = tokens[i].isCapitalized
            var j = titleEnd
            // "High Representative of the EU for Foreign Affairs … Federica Mogherini",
            // "his counterpart from Jordan Nasser Judeh", "the U.N. envoy to Syria, Staffan de Mistura".
            if j < tokens.count, ["of", "for", "from", "to"].contains(tokens[j].norm) {
                var k = j + 1
                if k < tokens.count, tokens[k].norm == "the" { k += 1 }
                if let m = mentionStartingAt[k], m.actor.kind == .state || m.actor.kind == .organization {
                    if tokens[j].norm == "to" || (tokens[j].norm == "for" && Self.postTitles.contains(titleText)) {
                        // "envoy to Syria": the country is where the person works, not whom they act for.
                        j = m.range.upperBound
                    } else {
                        if rep == nil { rep = m.actor }
                        j = m.range.upperBound
                        // "the head of the African Union Commission, X": the body's organ.
                        if j + 1 < tokens.count, tokens[j].isCapitalized, Self.institutionWords.contains(tokens[j].norm), tokens[j + 1].norm == "," {
                            j += 1
                        }
                        // Skip a capitalised portfolio ("for Foreign Affairs and Security Policy").
                        if j < tokens.count, tokens[j].norm == "for" {
                            var run = j + 1
                            var lastCap = j
                            while run < tokens.count, run - j < 10,
                                tokens[run].isCapitalized || tokens[run].norm == "and" || tokens[run].norm == "of"
                            {
                                if tokens[run].isCapitalized { lastCap = run }
                                run += 1
                            }
                            // The name is the last two capitalised words of the run.
                            if lastCap - 1 > j + 1, let r = name(tokens, at: lastCap - 1, covered: covered), r.upperBound == lastCap + 1 {
                                add(r, rep, titleText, mention: mentionStart..<r.upperBound)
                                i = r.upperBound
                                continue
                            }
                        }
                    }
                }
            }
            if j < tokens.count, tokens[j].norm == "," { j += 1 }  // "the U.N. envoy to Syria, Staffan de Mistura"
            if let r = name(tokens, at: j, covered: covered) {
                // A lowercase title needs a country or a full name ("eastern commander Khalifa Haftar").
                if capitalTitle || rep != nil || r.count >= 2 {
                    add(r, rep, titleText, mention: mentionStart..<r.upperBound)
                }
                i = r.upperBound
                continue
            }
            // "Michael Ratney, the U.S. coordinator for Syria": the name before the appositive.
            if rep != nil, i >= 3 {
                var k = i - 1
                while k > 0, tokens[k].norm != "," { k -= 1 }
                // "Mr Ruto, the Kenyan president,": a person already named just before the comma.
                if k >= 1, tokens[k].norm == ",", Range.ordered(k + 1, mentionStart).allSatisfy({ tokens[$0].norm == "the" }),
                    let f = found.firstIndex(where: { $0.mention.upperBound == k && $0.represents == nil })
                {
                    found[f].represents = rep
                    if found[f].title.isEmpty || ["mr", "mrs", "ms", "dr"].contains(found[f].title) { found[f].title = titleText }
                    found[f].isHead = found[f].isHead || rules.headTitles.contains(titleText)
                    for t in Range.ordered(k, j) { taken[t] = true }
                    i = titleEnd
                    continue
                }
                if k >= 1, tokens[k].norm == ",", let start = (0..<k).first(where: { s in
                    name(tokens, at: s, covered: covered).map { $0.upperBound == k } ?? false
                }), let r = name(tokens, at: start, covered: covered), r.count >= 2 || start == 0 {
                    let between = Range.ordered(k + 1, mentionStart).filter { tokens[$0].norm != "the" }
                    if between.isEmpty {
                        add(r, rep, titleText, mention: r.lowerBound..<j)
                    }
                }
            }
            i = titleEnd
        }
        // "the Ethiopian delegation was headed by Redwan Hussien", "Eritrea's team was led
        // by Yemane Gebreab": an untitled full name that heads a country's delegation.
        for k in tokens.indices where k >= 2 && k + 2 < tokens.count && Self.headedBy.contains(tokens[k].norm) && tokens[k + 1].norm == "by" {
            guard let noun = (max(0, k - 2)..<k).last(where: { Self.delegationNouns.contains(tokens[$0].norm) }) else { continue }
            // "led by Mossad chief X": a titled person already found heads it.
            var start = k + 2
            if start < tokens.count, tokens[start].norm == "the" { start += 1 }
            if let f = found.firstIndex(where: { $0.mention.lowerBound == start || $0.mention.lowerBound == k + 2 }) {
                found[f].headsDelegation = true
                continue
            }
            guard let r = name(tokens, at: k + 2, covered: covered), r.count >= 2, !r.contains(where: { taken[$0] }) else { continue }
            let rep = prefix(before: noun)
            add(r, rep?.0, Self.delegationHead, mention: r)
            found[found.count - 1].headsDelegation = true
        }
        // "Turkey's Feridun Sinirlioglu": a state's possessive before a two- or three-word name.
        for m in mentions where m.actor.kind == .state && (m.form == .name || m.form == .alias) {
            let k = m.range.upperBound
            guard k + 2 < tokens.count, tokens[k].norm == "'s", !taken[k + 1],
                let r = name(tokens, at: k + 1, covered: covered), r.count >= 2, r.count <= 4
            else { continue }
            if r.upperBound < tokens.count, tokens[r.upperBound].isCapitalized { continue }
            add(r, m.actor, "", mention: m.range.lowerBound..<r.upperBound)
        }
        return found
    }
}
