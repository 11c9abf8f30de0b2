import ActorGraphModel

/// `report.md`: the actors by kind, each relation with its evidence quotes, the documents that
/// yielded nothing and the warnings.
public enum Report {
    /// Quotes listed per relation; the rest are counted (graph.json keeps them all).
    public static let quotesPerRelation = 10

    /// The report of `result`; `folding` is `DuplicateSentences(result.graph)` when the caller has
    /// counted it already (it reads every quote of the graph).
    public static func markdown(_ result: BuildResult, folding: DuplicateSentences? = nil) -> String {
        let graph = result.graph
        var out = "# ActorGraph build report\n\n"
        out += "\(result.summaries.count) document(s), \(graph.actorCount) actor(s), \(graph.relationCount) relation(s).\n"
        let folding = folding ?? DuplicateSentences(graph)
        out += "\(folding.foldedSentences) duplicate sentence(s) folded: a sentence several documents carry counts once toward support; \(folding.foldedDocuments) document(s) only repeat others.\n"
        for kind in ActorKind.allCases {
            let actors = graph.actors.filter { $0.kind == kind }
            guard !actors.isEmpty else { continue }
            out += "\n## Actors: \(kind.rawValue) (\(actors.count))\n\n"
            for a in actors.sorted(by: { $0.name < $1.name }) { out += "- \(escape(a.name))\n" }
        }
        for kind in RelationKind.allCases {
            let relations = graph.relations.filter { $0.kind == kind }
            guard !relations.isEmpty else { continue }
            out += "\n## Relations: \(kind.rawValue) (\(relations.count))\n"
            for r in relations {
                let s = graph[r.subject]?.name ?? r.subject.rawValue
                let o = graph[r.object]?.name ?? r.object.rawValue
                out += "\n### \(escape(s)) \(kind.rawValue) \(escape(o)) (support \(r.support))\n\n"
                for e in r.evidence.prefix(quotesPerRelation) {
                    let rule = e.rule.map { " (rule: \(escape($0)))" } ?? ""
                    out += "- \(escape(e.doc)) #\(e.sentence) [\(e.start)–\(e.end)]\(rule): “\(escape(e.quote))”\n"
                }
                if r.evidence.count > quotesPerRelation {
                    out += "- … and \(r.evidence.count - quotesPerRelation) more sentence(s) in graph.json\n"
                }
            }
        }
        let empty = result.summaries.filter(\.yieldedNothing).map(\.name)
        out += "\n## Documents that yielded nothing (\(empty.count))\n\n"
        out += empty.isEmpty ? "None.\n" : empty.map { "- \(escape($0))\n" }.joined()
        out += "\n## Warnings (\(result.warnings.count))\n\n"
        out += result.warnings.isEmpty ? "None.\n" : result.warnings.map { "- \(escape($0))\n" }.joined()
        return out
    }

    /// Keeps names and quotes from breaking the Markdown (and from being read as HTML): `<` and
    /// `>` as entities, Markdown's marks behind a backslash, line breaks as spaces.
    ///
    /// By UTF-8 bytes: every character it changes is ASCII, and no byte of a longer sequence is
    /// ASCII, so this is the scalar-by-scalar rewrite it replaces (appending to a
    /// `UnicodeScalarView` one scalar at a time was nine tenths of the report's time), and a text
    /// with nothing to escape is returned as it is.
    static func escape(_ text: String) -> String {
        // The bytes in place (most quotes need no escape, and the UTF-8 view's iterator cost some
        // twenty instructions a byte to find that out).
        var copy = text
        let escaped = copy.withUTF8 { bytes -> String? in
            let table = escapeClass
            var first = 0
            while first < bytes.count, table[Int(bytes[first])] == 0 { first += 1 }
            guard first < bytes.count else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for byte in bytes[first...] {
                switch table[Int(byte)] {
                case 0: out.append(byte)
                case 1: out.append(UInt8(ascii: "\\")); out.append(byte)
                case 2: out.append(UInt8(ascii: " "))
                default: out.append(contentsOf: byte == UInt8(ascii: "<") ? "&lt;".utf8 : "&gt;".utf8)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// What ``escape(_:)`` does with each byte: 0 keeps it, 1 puts a backslash before it, 2 makes
    /// it a space, 3 writes it as an entity.
    private static let escapeClass: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for c in "*_`[]#|\\".utf8 { table[Int(c)] = 1 }
        for c in "\n\r".utf8 { table[Int(c)] = 2 }
        for c in "<>".utf8 { table[Int(c)] = 3 }
        return table
    }()
}
