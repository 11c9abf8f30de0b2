import Foundation

/// Cities whose names are more than one word ("Dar es Salaam", "Tel Aviv", "Mexico City"), from
/// GeoNames (`cities.tsv`, made by `scripts/generate-gazetteer.py`), so that a meeting held in one
/// of them has a venue. One-word venues are read from the text itself ("talks in Lausanne").
struct Gazetteer: Sendable {
    /// The normal forms of the names' words, one name after another.
    private var words: [String] = []
    /// Where each name's words lie in ``words``, the names of one first word in one run, longest
    /// first.
    private var names: [Range<Int32>] = []
    /// The run of ``names`` of each first word, by its number: run `r` is `runStarts[r]..<runStarts[r + 1]`.
    private var runs: [String: Int32] = [:]
    private var runStarts: [Int32] = [0]

    /// The gazetteer shipped with ActorGraph (empty if its file is missing).
    static let bundled: Gazetteer = {
        guard let text = bundledText("cities") else { return Gazetteer() }
        return Gazetteer(tsv: text)
    }()

    init() {}

    /// Reads `form<TAB>name<TAB>country` rows; `#` lines and the header are skipped. Lines end
    /// where a character is a newline (`Character.isNewline`).
    ///
    /// Read as bytes (``TableLines``) into flat arrays: split a `Character` at a time, the
    /// 20,000 rows of the bundled file took a third of the extractor's setup, which every update
    /// pays, and an array of words per name and a list of names per first word (sorted over a
    /// second copy of the table) were still most of it.
    init(tsv text: String) {
        // (Locals, assigned at the end: one name's run is numbered while the runs are open.)
        var words: [String] = []
        var names: [Range<Int32>] = []
        var runs: [String: Int32] = [:]
        var runStarts: [Int32] = [0]
        var runOfName: [Int32] = []
        // Room for the bundled table's first words at once (a row is some 30 bytes; about one in
        // two rows opens a run), so that the dictionary is not rehashed as it grows.
        runs.reserveCapacity(text.utf8.count / 64)
        TableLines.forEach(in: text) { line in
            guard !TableLines.isComment(line) else { return }
            let form = UnsafeBufferPointer(rebasing: line[..<(line.firstIndex(of: 0x09) ?? line.count)])
            let start = words.count
            // A plain form's words are read off the line's bytes (no string of the form made);
            // plain forms are ASCII, so the header's is "form" exactly when its bytes are.
            if Tokenizer.appendPlainNormalizedWords(form, to: &words) != nil {
                guard !form.elementsEqual("form".utf8) else {
                    words.removeSubrange(start...)
                    return
                }
            } else {
                let string = String(decoding: form, as: UTF8.self)
                guard string != "form" else { return }
                words += Tokenizer.normalizedWords(string)
            }
            guard words.count - start >= 2 else {
                words.removeSubrange(start...)
                return
            }
            // One hash a name: a new first word takes the next run's number where it lies.
            func number(_ run: inout Int32) -> Int32 {
                if run < 0 {
                    run = Int32(runStarts.count - 1)
                    runStarts.append(0)
                }
                return run
            }
            runOfName.append(number(&runs[words[start], default: -1]))
            names.append(Int32(start)..<Int32(words.count))
        }
        // The names gathered into their runs (a counting sort: file order within a run), each
        // run then sorted longest first. Two names of one length and first word that both match
        // cover the same tokens, so the order among them does not change a match.
        for run in runOfName { runStarts[Int(run) + 1] += 1 }
        for r in runStarts.indices.dropFirst() { runStarts[r] += runStarts[r - 1] }
        var next = runStarts
        var gathered = [Range<Int32>](repeating: 0..<0, count: names.count)
        for (name, run) in zip(names, runOfName) {
            gathered[Int(next[Int(run)])] = name
            next[Int(run)] += 1
        }
        for r in runStarts.indices.dropLast() where runStarts[r + 1] - runStarts[r] > 1 {
            gathered[Int(runStarts[r])..<Int(runStarts[r + 1])].sort { $0.count > $1.count }
        }
        self.words = words
        self.names = gathered
        self.runs = runs
        self.runStarts = runStarts
    }

    /// The names by their first word, longest first, each as its words (for tests: what the
    /// dictionary of word lists this type once kept held).
    var namesByFirstWord: [String: [[String]]] {
        runs.mapValues { run in
            names[Int(runStarts[Int(run)])..<Int(runStarts[Int(run) + 1])].map { Array(words[Int($0.lowerBound)..<Int($0.upperBound)]) }
        }
    }

    /// The longest city name starting at token `k` (its first word capitalised): the tokens it
    /// covers.
    func match(_ tokens: [Token], at k: Int) -> Range<Int>? {
        guard k < tokens.count, tokens[k].isCapitalized, let run = runs[tokens[k].norm].map(Int.init) else { return nil }
        // (By index: zipping with a slice of the tokens copied each token it read, strings and all,
        // and `covers` asks this six times per token.)
        for name in names[Int(runStarts[run])..<Int(runStarts[run + 1])] where k + name.count <= tokens.count {
            let first = Int(name.lowerBound)
            if (0..<name.count).allSatisfy({ words[first + $0] == tokens[k + $0].norm }) { return k..<(k + name.count) }
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
