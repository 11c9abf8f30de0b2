import Foundation

/// Cities whose names are more than one word ("Dar es Salaam", "Tel Aviv", "Mexico City"), from
/// GeoNames (`cities.tsv`, made by `scripts/generate-gazetteer.py`), so that a meeting held in one
/// of them has a venue. One-word venues are read from the text itself ("talks in Lausanne").
struct Gazetteer: Sendable {
    /// The normal forms of a name's words, by the first word.
    private(set) var names: [String: [[String]]] = [:]

    /// The gazetteer shipped with ActorGraph (empty if its file is missing).
    static let bundled: Gazetteer = {
        guard let text = bundledText("cities") else { return Gazetteer() }
        return Gazetteer(tsv: text)
    }()

    init() {}

    /// Reads `form<TAB>name<TAB>country` rows; `#` lines and the header are skipped. Lines end
    /// where a character is a newline (`Character.isNewline`).
    ///
    /// Read as bytes (``TableLines``): split a `Character` at a time, the 20,000 rows of the
    /// bundled file took a third of the extractor's setup, which every update pays.
    init(tsv text: String) {
        TableLines.forEach(in: text) { line in
            guard !TableLines.isComment(line) else { return }
            let form = UnsafeBufferPointer(rebasing: line[..<(line.firstIndex(of: 0x09) ?? line.count)])
            let words: [String]
            // A plain form's words are read off the line's bytes (no string of the form made);
            // plain forms are ASCII, so the header's is "form" exactly when its bytes are.
            if let plain = Tokenizer.plainNormalizedWords(form) {
                guard !form.elementsEqual("form".utf8) else { return }
                words = plain
            } else {
                let string = String(decoding: form, as: UTF8.self)
                guard string != "form" else { return }
                words = Tokenizer.normalizedWords(string)
            }
            guard words.count >= 2, let first = words.first else { return }
            names[first, default: []].append(words)
        }
        // Each list sorted where it lies (`mapValues` keeps the table's layout: nothing is hashed
        // again); looked up by key, the 7,500 first words cost two hashes each. A list of one
        // name is already in order.
        names = names.mapValues { list in
            guard list.count > 1 else { return list }
            var list = list
            list.sort { $0.count > $1.count }
            return list
        }
    }

    /// The longest city name starting at token `k` (its first word capitalised): the tokens it
    /// covers.
    func match(_ tokens: [Token], at k: Int) -> Range<Int>? {
        guard k < tokens.count, tokens[k].isCapitalized, let candidates = names[tokens[k].norm] else { return nil }
        // (By index: zipping with a slice of the tokens copied each token it read, strings and all,
        // and `covers` asks this six times per token.)
        for words in candidates where k + words.count <= tokens.count {
            if words.indices.allSatisfy({ words[$0] == tokens[k + $0].norm }) { return k..<(k + words.count) }
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
