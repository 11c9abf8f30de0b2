import Foundation
import Testing

@testable import ActorGraphExtraction

/// The splitter reads through a buffer pointer and lowers ASCII words in place: it must split
/// as the splitter before did (kept here verbatim as the oracle), on the seeds, every fixture's
/// articles and texts made to reach its other branches (non-ASCII words before dots, marks after
/// dots, ellipses, closers, line and paragraph separators).
@Suite struct SentenceSplitterOracleTests {
    /// The splitter as it was before it read through a buffer pointer.
    enum Reference {
        /// The scalar ranges of the sentences of `scalars`, trimmed, empty ones dropped.
        static func sentences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var start = 0
            var i = 0
            let n = scalars.count
            func close(_ end: Int) {
                var s = start
                var e = end
                while s < e, isSpace(scalars[s]) { s += 1 }
                while e > s, isSpace(scalars[e - 1]) { e -= 1 }
                if s < e { result.append(s..<e) }
                start = end
            }
            while i < n {
                let c = scalars[i]
                if c == "\n" || c == "\u{2029}" {
                    close(i)
                    i += 1
                    continue
                }
                if c == "." || c == "!" || c == "?" {
                    var j = i + 1
                    // Ellipses (". . ." or "...") do not end sentences.
                    if c == ".", j < n, scalars[j] == "." || (scalars[j] == " " && j + 1 < n && scalars[j + 1] == ".") {
                        i = j
                        while i < n, scalars[i] == "." || scalars[i] == " " { i += 1 }
                        continue
                    }
                    while j < n, isCloser(scalars[j]) { j += 1 }
                    guard j < n, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\u{00A0}" else {
                        if j >= n || scalars[j] == "\n" { close(j) ; i = j; continue }
                        i = j
                        continue
                    }
                    var k = j
                    while k < n, scalars[k] == " " || scalars[k] == "\t" || scalars[k] == "\u{00A0}" { k += 1 }
                    guard k < n, startsSentence(scalars[k]) else { i = k; continue }
                    if c == ".", !endsSentence(scalars, dot: i, next: k) { i = k; continue }
                    close(j)
                    i = k
                    continue
                }
                i += 1
            }
            close(n)
            return result
        }

        static func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? (s == " " || s == "\n" || s == "\t" || s == "\r") : s.properties.isWhitespace
        }

        static func isCloser(_ s: Unicode.Scalar) -> Bool {
            s == "\"" || s == "\u{201D}" || s == "\u{2019}" || s == "'" || s == ")" || s == "]"
        }

        static func startsSentence(_ s: Unicode.Scalar) -> Bool {
            s.properties.isUppercase || s == "\"" || s == "\u{201C}" || s == "\u{2018}" || s == "'"
                || s == "(" || s == "[" || ("0"..."9").contains(s)
        }

        /// Whether the dot at `dot` ends a sentence, judging by the word before it.
        static func endsSentence(_ scalars: [Unicode.Scalar], dot: Int, next: Int) -> Bool {
            var w = dot
            while w > 0, Tokenizer.isWordScalar(scalars[w - 1]) || scalars[w - 1] == "." { w -= 1 }
            let word = String(ascribing: scalars[w..<dot])
            if word.isEmpty { return true }
            let lower = word.lowercased()
            // A single capital letter is an initial ("John F. Kerry").
            if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return false }
            if SentenceSplitter.abbreviations.contains(lower) { return false }
            // "U.S." / "U.N." end a sentence only before a typical sentence opener.
            if word.contains(".") {
                var e = next
                while e < scalars.count, Tokenizer.isWordScalar(scalars[e]) { e += 1 }
                let following = String(ascribing: scalars[next..<e]).lowercased()
                return SentenceSplitter.sentenceStarters.contains(following)
            }
            return true
        }
    }

    private func texts() throws -> [String] {
        var out = [
            "Gen. Abdel Fattah al-Burhan met John F. Kennedy Jr. in Sept. last year. The talks failed.",
            "Sanctions were imposed by the U.S. The talks ended. U.N. envoys met. Dr. Who? Yes! No.",
            "GEN. X met MR. Y. DR. Z left. İ. Kaya spoke. Ölmez Dr. Çelik. \u{212A}. Kelvin. Ms. Ana.",
            "The U.\u{0345}S. The talks. A.\u{0301}B. Then it ended. É. Zola wrote. Sept.\u{00A0}The end.",
            "We must save . . . state institutions... And then. “Never.”\nKyiv replied.\u{2029}Next (one.) [Two.] 3. Four.",
            "no dot at the end", "", " . ", ".", "A.", "a. B", "x.\t\tY", "“Q?” ‘R’ ok. 'S' (T) [U] 9 lives.", "日本. 東京. Ünal. Z",
            "Lt. Col. Sgt. Capt. St. Louis. Inc. The firm. Co. The end. etc. The rest. vs. The rest.",
        ]
        let folders = try Fixture.articleFolders()
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
                out.append(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            }
        }
        return out
    }

    @Test func splitsAsBefore() throws {
        let texts = try texts()
        #expect(texts.count > 100)
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            #expect(SentenceSplitter.sentences(scalars) == Reference.sentences(scalars), "\(text.prefix(80).debugDescription)")
            // Upper-cased, the abbreviations and openers take the same path as the lowercase.
            let upper = Array(text.uppercased().unicodeScalars)
            #expect(SentenceSplitter.sentences(upper) == Reference.sentences(upper), "\(text.prefix(80).debugDescription), upper-cased")
        }
    }
}
