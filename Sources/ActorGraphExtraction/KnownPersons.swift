import Foundation

/// Well-known heads of state and government, foreign ministers and heads of international
/// bodies (`leaders.tsv`), with the state or body each acted for.
///
/// News often names such a person with a title that names no state ("President Reagan",
/// "Secretary of State James Baker") or with no title at all ("Vladimir Putin met Xi Jinping");
/// the reader knows whom they act for, and so does the extractor.
struct KnownPersons: Sendable {
    /// A known person: the name to show and the lexicon name of whom they act for.
    struct Entry: Sendable, Hashable {
        let name: String
        let actor: String
        /// The years the person acted for `actor`: from the first, up to the last if they then
        /// acted for another side.
        var since: Int? = nil
        var until: Int? = nil

        /// Whether a text published in `year` may mean this person in this post.
        func holds(in year: Int?) -> Bool {
            guard let year else { return true }
            return (since.map { year >= $0 } ?? true) && (until.map { year <= $0 } ?? true)
        }
    }
    /// Entries by the normal forms of a full name or alias.
    private(set) var byWords: [[String]: Entry] = [:]
    /// Entries by a father's name with its "bin" or "ben" ("bin salman"), where the persons who
    /// have it act for one side: a surname, named alone only after a title.
    private(set) var byPatronym: [[String]: Entry] = [:]
    /// Entries by surname, earliest first. A lone surname ties where the known persons holding a
    /// post in the text's year who have it all act for one side (Laurent and Joseph Kabila). A
    /// surname that a known person of another side has as a given name is none ("Abdullah" of
    /// Abdullah Abdullah and of King Abdullah II), unless a one-word alias vouches for it
    /// ("Hemedti", "Abiy").
    private(set) var bySurname: [String: [Entry]] = [:]
    /// The first words of the known names, to skip tokens quickly.
    private(set) var firstWords: Set<String> = []
    /// Generational suffixes, which end a name but are no surname ("Ferdinand Marcos Jr.").
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
    /// The words before a father's name ("Mohammed bin Salman", "Zine El Abidine Ben Ali"): the
    /// father's name alone is no surname, the two words together name the person.
    static let patronymicWords: Set<String> = ["bin", "ibn", "bint", "ben"]

    /// The table shipped with ActorGraph (empty if its file is missing).
    static let bundled: KnownPersons = {
        guard let text = bundledText("leaders") else { return KnownPersons() }
        return KnownPersons(tsv: text)
    }()

    init() {}

    /// Reads `name<TAB>actor<TAB>aliases<TAB>years` rows ("1981", "2014-2019"); `#` lines and the
    /// header are skipped.
    ///
    /// The last word of each name and alias is a surname ("President Reagan"). A one-word alias
    /// that is the name's first word is what the person is called alone instead: a family name
    /// written first ("Xi" for Xi Jinping, "Moon" for Moon Jae-in) or a Thai given name ("Thaksin"),
    /// and the last words of the person's names ("Jinping", "Jae-in") are then no surnames. Any
    /// other one-word form, a one-word name ("Suharto") or alias ("Lula"), is also a full name,
    /// where no other person has that word as a surname or name.
    init(tsv text: String) {
        var surnames: [String: [Entry]] = [:]
        var oneWordNames: [String: [Entry]] = [:]
        var vouched: Set<String> = []
        var givenBy: [String: [String]] = [:]  // a first word of a name: the sides whose persons have it
        var patronyms: [[String]: [Entry]] = [:]  // "bin salman", "ben ali"
        // Room for the bundled table at once (a row is some 40 bytes and gives a name or two of
        // several words): grown a row at a time, the tables were rehashed a dozen times each.
        let rows = text.utf8.count / 40
        byWords.reserveCapacity(2 * rows)
        firstWords.reserveCapacity(2 * rows)
        surnames.reserveCapacity(rows)
        givenBy.reserveCapacity(rows)
        /// Adds `element` to a list unless it holds it: one hash for the list's lookup and its change.
        func add<Element: Equatable>(_ element: Element, to list: inout [Element]) {
            if !list.contains(element) { list.append(element) }
        }
        // Lines and cells as bytes (``TableLines``): split a `Character` at a time, they were a
        // third of reading the table, which every update pays.
        TableLines.forEach(in: text) { line in
            guard !TableLines.isComment(line) else { return }
            let cells = TableLines.cells(line)
            guard cells.count >= 2, cells[0] != "name" else { return }
            let years = cells.count > 3 ? BytewiseText.split(cells[3], by: "-", ascii: BytewiseText.isASCII(cells[3])).compactMap { Int($0) } : []
            let entry = Entry(name: cells[0], actor: cells[1], since: years.first, until: years.count > 1 ? years[1] : nil)
            let aliases = cells.count > 2 ? BytewiseText.split(cells[2], by: "|", ascii: BytewiseText.isASCII(cells[2])) : []
            let nameWords = Self.words(cells[0])
            // (The forms in one array of their size, not three made and joined.)
            var forms: [[String]] = []
            forms.reserveCapacity(1 + aliases.count)
            for words in [nameWords] + aliases.map(Self.words) where !words.isEmpty { forms.append(words) }
            let calledByFirst = nameWords.count >= 2 && forms.contains { $0.count == 1 && $0[0] == nameWords[0] }
            for words in forms {
                if words.count == 1 {
                    add(entry, to: &surnames[words[0], default: []])
                    vouched.insert(words[0])
                    // ("Erdogan" and "Erdoğan" fold to one word: one entry.)
                    if !calledByFirst { add(entry, to: &oneWordNames[words[0], default: []]) }
                    continue
                }
                byWords[words] = entry
                firstWords.insert(words[0])
                // (The sides of a given name are a few: a list, not a set of its own per name.)
                add(entry.actor, to: &givenBy[words[0], default: []])
                if words.count >= 3, Self.patronymicWords.contains(words[words.count - 2]) {
                    patronyms[Array(words.suffix(2)), default: []].append(entry)
                } else if !calledByFirst {
                    add(entry, to: &surnames[Self.surname(words), default: []])
                }
            }
        }
        // A text's first word is asked as written: every spelling of a folded name opens one.
        for (spelling, folded) in Self.transliterations where firstWords.contains(folded) { firstWords.insert(spelling) }
        for (word, entries) in oneWordNames where entries.count == 1 && surnames[word] == entries {
            byWords[[word]] = entries[0]
            firstWords.insert(word)
        }
        for (words, entries) in patronyms where byWords[words] == nil && Set(entries.map(\.actor)).count == 1 {
            byPatronym[words] = entries.min { ($0.since ?? 0, $0.name) < ($1.since ?? 0, $1.name) }
        }
        bySurname.reserveCapacity(surnames.count)
        for (surname, entries) in surnames {
            // Every side that has the surname as a given name is one of the surname's own sides
            // (asked of the entries, a few, without making a set of them for each surname).
            guard vouched.contains(surname) || (givenBy[surname] ?? []).allSatisfy({ side in entries.contains { $0.actor == side } }) else { continue }
            bySurname[surname] = entries.sorted { ($0.since ?? 0, $0.name) < ($1.since ?? 0, $1.name) }
        }
    }

    /// The surname of a name's words: the last, past a generational suffix.
    static func surname(_ words: [String]) -> String {
        words.last { !suffixes.contains($0) } ?? words[words.count - 1]
    }

    /// A name's normal forms, without hyphens and dots ("George H. W. Bush" → george h w bush),
    /// with the common spellings of one Arabic given name folded together ("Mohammed Morsi" is
    /// the table's "Mohamed Morsi").
    static func words(_ name: String) -> [String] {
        // In place: a new array grown a word at a time was reallocated for most names, and this
        // reads every name and alias of the table, which every update pays.
        var words = Tokenizer.normalizedWords(name)
        words.removeAll { $0 == "-" || $0 == "." }
        for k in words.indices {
            if let folded = folded(words[k]) { words[k] = folded }
        }
        return words
    }

    /// The form ``transliterations`` reads `word` as, if it is one of its spellings.
    static func folded(_ word: String) -> String? {
        // Every spelling is ASCII of a few bytes, and no other string equals one (no character
        // decomposes to a lowercase ASCII letter): a word that is none is no spelling. A probe
        // by the word's bytes instead of a String hash, for every word of every name.
        guard let key = ShortWords.key(word) else { return nil }
        let found = spellings.index.find(key)
        return found == Vocabulary.unknown ? nil : spellings.folds[Int(found) - 1]
    }

    /// ``transliterations`` by the spellings' bytes: the table's number of each, one up from
    /// its form's place in `folds`.
    private static let spellings: (index: ShortWords, folds: [String]) = {
        var index = ShortWords(capacity: transliterations.count)
        var folds: [String] = []
        for (spelling, folded) in transliterations {
            folds.append(folded)
            index.file(spelling, Vocabulary.Word(folds.count))
        }
        return (index, folds)
    }()

    /// Spellings of one given name that news transliterates in several ways, and the one form
    /// each is read as.
    static let transliterations: [String: String] = [
        "mohammed": "muhammad", "mohamed": "muhammad", "mohammad": "muhammad", "muhammed": "muhammad", "mohamad": "muhammad",
        "ahmed": "ahmad", "abdel": "abd", "abdul": "abd", "abdal": "abd", "abdallah": "abdullah",
        "hussein": "husayn", "hussain": "husayn", "husain": "husayn", "husein": "husayn", "yousef": "yusuf", "youssef": "yusuf",
        "yousuf": "yusuf", "usama": "osama", "umar": "omar", "mahmud": "mahmoud", "mahmood": "mahmoud",
    ]

    /// The known person a full name (or, with `surnameAlone`, a lone surname) names, if a text
    /// published in `year` may mean them.
    func entry(named name: String, surnameAlone: Bool = false, in year: Int?) -> Entry? {
        let words = Self.words(name)
        if let found = byWords[words] { return found.holds(in: year) ? found : nil }
        // "Ben Gurion airport", "al-Jubeir", "bin Salman": a name that starts with a particle is a
        // surname, which names a person alone only after a title.
        if words.count >= 2, PersonRecognizer.particles.contains(words[0]), !surnameAlone { return nil }
        if let found = byPatronym[words] { return found.holds(in: year) ? found : nil }
        // "Tayyip Erdogan" for "Recep Tayyip Erdogan": a known surname and a word of the name;
        // "S. Jaishankar" for "Subrahmanyam Jaishankar": an initial of the first.
        if words.count >= 2 {
            let first = words[0]
            return Self.oneSide(bySurname[Self.surname(words)]?.filter { entry in
                let known = Self.words(entry.name)
                return known.contains(first) || first.count == 1 && known.count >= 2 && known[0].hasPrefix(first)
            }, in: year)
        }
        guard surnameAlone, let only = words.first else { return nil }
        return Self.oneSide(bySurname[only], in: year)
    }

    /// The known person a full name of two words or more names exactly, whatever the year: the
    /// person is the same out of office ("Morgan Tsvangirai" in 2008, before he was prime
    /// minister), only whom they act for is not known.
    func person(fullName name: String) -> Entry? {
        let words = Self.words(name)
        guard words.count >= 2 else { return nil }
        return byWords[words]
    }

    /// The known person a full name (or, with `surnameAlone`, a lone surname) names.
    func entry(named name: String, surnameAlone: Bool = false) -> Entry? {
        entry(named: name, surnameAlone: surnameAlone, in: nil)
    }

    /// One of `entries` holding a post in `year`, where all that do act for one side: the one who
    /// took up a post last before `year` ("Bush" in 2003 is George W.; "Clinton" in 2012 is
    /// Hillary), or the earliest when the year is unknown.
    private static func oneSide(_ entries: [Entry]?, in year: Int?) -> Entry? {
        guard let holding = entries?.filter({ $0.holds(in: year) }), let first = holding.first,
            holding.allSatisfy({ $0.actor == first.actor })
        else { return nil }
        guard year != nil else { return first }
        return holding.max { ($0.since ?? 0, $1.name) < ($1.since ?? 0, $0.name) }
    }
}
