import Foundation

/// Cities whose names are more than one word ("Dar es Salaam", "Tel Aviv", "Mexico City"), from
/// GeoNames (`cities.tsv`, made by `scripts/generate-gazetteer.py`), so that a meeting held in one
/// of them has a venue. One-word venues are read from the text itself ("talks in Lausanne").
struct Gazetteer: Sendable {
    /// The normal forms of a name's words, by the first word.
    private var names: [String: [[String]]] = [:]

    /// The gazetteer shipped with ActorGraph (empty if its file is missing).
    static let bundled: Gazetteer = {
        guard let text = bundledText("cities") else { return Gazetteer() }
        return Gazetteer(tsv: text)
    }()

    init() {}

    /// Reads `form<TAB>name<TAB>country` rows; `#` lines and the header are skipped.
    init(tsv text: String) {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            guard let form = line.split(separator: "\t", omittingEmptySubsequences: false).first, form != "form" else { continue }
            let words = Tokenizer.normalizedWords(String(form))
            guard words.count >= 2, let first = words.first else { continue }
            names[first, default: []].append(words)
        }
        for key in names.keys { names[key]!.sort { $0.count > $1.count } }
    }

    /// The longest city name starting at token `k` (its first word capitalised): the tokens it
    /// covers.
    func match(_ tokens: [Token], at k: Int) -> Range<Int>? {
        guard k < tokens.count, tokens[k].isCapitalized, let candidates = names[tokens[k].norm] else { return nil }
        for words in candidates where k + words.count <= tokens.count {
            if zip(words, tokens[k...]).allSatisfy({ $0 == $1.norm }) { return k..<(k + words.count) }
        }
        return nil
    }

    /// Whether token `k` lies inside a city name that starts before it ("Sheikh" in "Sharm
    /// el-Sheikh"); names run to five words, some with hyphens as words of their own.
    func covers(_ tokens: [Token], _ k: Int) -> Bool {
        (max(0, k - 6)..<k).contains { j in match(tokens, at: j).map { $0.contains(k) } ?? false }
    }

    /// The text of `tokens[range]` as written: "Dar es Salaam", "Kafr el-Sheikh".
    static func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        var out = ""
        for k in range {
            if k > range.lowerBound, tokens[k - 1].end < tokens[k].start { out += " " }
            out += tokens[k].text
        }
        return out
    }
}
