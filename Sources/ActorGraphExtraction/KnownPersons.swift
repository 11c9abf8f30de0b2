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
    /// Entries by surname, earliest first, where the known persons who have it all act for one side
    /// (Laurent and Joseph Kabila) and no known person of another side has it as a given name
    /// ("Ahmed" of Abiy Ahmed and of Ahmed al-Sharaa, "Abdullah" of Abdullah Abdullah and of King
    /// Abdullah II: "King Abdullah" is not Afghanistan's); a one-word alias ("Hemedti", "Abiy") is a
    /// surname the table vouches for. A father's name after "bin" or "ben" is no surname alone: "bin
    /// Salman", "Ben Ali" name the person, where the persons who have them act for one side, and
    /// "Salman", "Ali" do not.
    private(set) var bySurname: [String: [Entry]] = [:]
    /// The first words of the known names, to skip tokens quickly.
    private(set) var firstWords: Set<String> = []

    /// The table shipped with ActorGraph (empty if its file is missing).
    static let bundled: KnownPersons = {
        guard let text = bundledText("leaders") else { return KnownPersons() }
        return KnownPersons(tsv: text)
    }()

    init() {}

    /// Reads `name<TAB>actor<TAB>aliases<TAB>years` rows ("1981", "2014-2019"); `#` lines and the
    /// header are skipped.
    init(tsv text: String) {
        var surnames: [String: Set<Entry>] = [:]
        var vouched: Set<String> = []
        var givenBy: [String: Set<String>] = [:]  // a first word of a name: the actors whose persons have it
        var patronyms: [[String]: Set<Entry>] = [:]  // "bin Salman", "Ben Ali"
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2, cells[0] != "name" else { continue }
            let years = cells.count > 3 ? cells[3].split(separator: "-").compactMap { Int($0) } : []
            let entry = Entry(name: cells[0], actor: cells[1], since: years.first, until: years.count > 1 ? years[1] : nil)
            let aliases = cells.count > 2 ? cells[2].split(separator: "|").map(String.init) : []
            for form in [cells[0]] + aliases {
                let words = Self.words(form)
                if words.count == 1, let only = words.first, form != cells[0] {
                    surnames[only, default: []].insert(entry)
                    vouched.insert(only)
                }
                guard words.count >= 2, let first = words.first, let last = words.last else { continue }
                byWords[words] = entry
                firstWords.insert(first)
                givenBy[first, default: []].insert(entry.actor)
                if words.count >= 3, Self.patronymicWords.contains(words[words.count - 2]) {
                    patronyms[Array(words.suffix(2)), default: []].insert(entry)
                } else {
                    surnames[last, default: []].insert(entry)
                }
            }
        }
        for (words, entries) in patronyms where byWords[words] == nil && Set(entries.map(\.actor)).count == 1 {
            byWords[words] = entries.min { ($0.since ?? 0, $0.name) < ($1.since ?? 0, $1.name) }
        }
        for (surname, entries) in surnames {
            let sides = Set(entries.map(\.actor))
            guard sides.count == 1, vouched.contains(surname) || givenBy[surname, default: []].subtracting(sides).isEmpty
            else { continue }
            bySurname[surname] = entries.sorted { ($0.since ?? 0, $0.name) < ($1.since ?? 0, $1.name) }
        }
    }

    /// The words before a father's name ("Mohammed bin Salman", "Zine El Abidine Ben Ali").
    static let patronymicWords: Set<String> = ["bin", "ibn", "bint", "ben"]

    /// A name's normal forms, without hyphens and dots ("George H. W. Bush" → george h w bush).
    static func words(_ name: String) -> [String] {
        Tokenizer.normalizedWords(name).filter { $0 != "-" && $0 != "." }
    }

    /// The known person a full name (or, with `surnameAlone`, a lone surname) names, if a text
    /// published in `year` may mean them.
    func entry(named name: String, surnameAlone: Bool = false, in year: Int?) -> Entry? {
        candidates(named: name, surnameAlone: surnameAlone).first { $0.holds(in: year) }
    }

    /// The known person a full name (or, with `surnameAlone`, a lone surname) names.
    func entry(named name: String, surnameAlone: Bool = false) -> Entry? {
        candidates(named: name, surnameAlone: surnameAlone).first
    }

    /// The known persons a name may be, all of one side.
    private func candidates(named name: String, surnameAlone: Bool) -> [Entry] {
        let words = Self.words(name)
        // "Tayyip Erdogan" for "Recep Tayyip Erdogan": a known surname and a word of the name.
        if words.count >= 2, let first = words.first, let last = words.last {
            if let found = byWords[words] { return [found] }
            return (bySurname[last] ?? []).filter { Self.words($0.name).contains(first) }
        }
        guard surnameAlone, let only = words.first else { return [] }
        return bySurname[only] ?? []
    }
}
