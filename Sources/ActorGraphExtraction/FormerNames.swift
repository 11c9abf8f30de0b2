/// The names states went by before a renaming (bundled `former-names.tsv`): a text published by
/// the last year of a name calls the state so ("Ceylon" in 1962), and its node is named so.
struct FormerNames: Sendable {
    struct Entry: Sendable {
        var name: String
        var code: String
        var until: Int
        /// The first year of the name, for a union the state was part of ("Soviet Union" for
        /// Russia, 1922-1991); nil for a name the state had from its start.
        var since: Int?
    }

    var entries: [Entry] = []

    static let bundled: FormerNames = bundledText("former-names").map(FormerNames.init(tsv:)) ?? FormerNames()

    init() {}

    /// Reads `name<TAB>state<TAB>code<TAB>until[<TAB>since]` rows; `#` lines and the header are
    /// skipped, and so is a row whose year is no number.
    init(tsv: String) {
        for line in tsv.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 4, let until = Int(cells[3]) else { continue }
            entries.append(Entry(name: cells[0], code: cells[2], until: until, since: cells.count > 4 ? Int(cells[4]) : nil))
        }
    }

    /// The former name of each state, by its code, that a text published in `year` uses.
    func names(in year: Int) -> [String: String] {
        var out: [String: String] = [:]
        for e in entries where year <= e.until && e.since.map({ $0 <= year }) != false { out[e.code] = e.name }
        return out
    }

    /// `ref` as a text of that time names it: a state of `renamed`'s codes under its former name.
    static func rename(_ ref: ActorRef, _ renamed: [String: String]) -> ActorRef {
        guard ref.kind == .state, let code = ref.country, let name = renamed[code] else { return ref }
        return ActorRef(name: name, kind: .state, country: code)
    }
}
