import ActorGraphModel
import Foundation

/// The actors the extractor knows by name: states, bodies, armed groups and country-relative
/// templates, read from lexicon files (see ``LexiconFile``).
public struct Lexicon: Sendable {
    /// The entries, in file order; a later file's entry replaces an earlier one of the same kind
    /// and name.
    public private(set) var entries: [LexiconEntry] = []
    private var indexByKey: [String: Int] = [:]

    public init(entries: [LexiconEntry] = []) {
        for entry in entries { add(entry) }
    }

    /// Adds an entry, replacing the entry of the same kind and name.
    public mutating func add(_ entry: LexiconEntry) {
        let key = entry.kind.rawValue + "\t" + NameKey.of(entry.name)
        if let index = indexByKey[key] {
            entries[index] = entry
        } else {
            indexByKey[key] = entries.count
            entries.append(entry)
        }
    }

    /// Adds (or overrides with) every entry of `other`.
    public mutating func merge(_ other: Lexicon) {
        // Into an empty lexicon, the other one is what adding its entries gives (its keys are
        // distinct): taken whole, its names are not keyed again.
        guard !entries.isEmpty else {
            self = other
            return
        }
        for entry in other.entries { add(entry) }
    }

    /// The state with this ISO alpha-3 code.
    public func state(code: String) -> LexiconEntry? {
        entries.first { $0.kind == .state && $0.code == code }
    }

    /// The lexicon shipped with ActorGraph: `world.tsv`, `bodies.tsv` and `generic.tsv` from the
    /// module's resources, those that are present.
    public static func bundled() throws -> Lexicon {
        var lexicon = Lexicon()
        for name in ["world", "bodies", "generic"] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv") else { continue }
            lexicon.merge(try LexiconFile.load(url))
        }
        return lexicon
    }
}
