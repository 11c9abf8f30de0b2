import ActorGraphModel

/// Canonical names for the surface forms annotators and extractors use, read from an aliases TSV:
/// `canonical<TAB>kind<TAB>form|form|…`, with an optional header row.
public struct AliasTable: Sendable {
    private var canonicalByForm: [String: String] = [:]

    /// An empty table: every name is its own canonical form.
    public init() {}

    /// Parses the TSV text.
    public init(tsv: String) {
        for line in tsv.lines {
            let parts = line.hasSuffix("\r") ? line.dropLast().split(separator: "\t", omittingEmptySubsequences: false)
                : line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 2, parts[0] != "canonical", parts[0] != "id" else { continue }
            let canonical = String(parts[0])
            var forms = [canonical]
            if parts.count > 2, !parts[2].isEmpty { forms += parts[2].split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
            for form in forms where !form.allSatisfy(\.isWhitespace) {
                canonicalByForm[EvaluationName.normalize(form)] = canonical
            }
        }
    }

    /// The canonical name for a form, if the table lists it.
    public func canonical(of form: String) -> String? {
        canonicalByForm[EvaluationName.normalize(form)]
    }

    /// The comparison key of a name: its canonical form when listed, normalised.
    func key(of name: String) -> String {
        EvaluationName.normalize(canonical(of: name) ?? name)
    }
}
