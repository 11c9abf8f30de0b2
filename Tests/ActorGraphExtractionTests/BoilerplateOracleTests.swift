import Foundation
import Testing

@testable import ActorGraphExtraction

/// ``Boilerplate/masked(_:)`` reads each line once into a reused buffer, skips a test whose mark
/// (a dot, a slash, a colon, a parenthesis) the line lacks, and filters the markers' places by
/// their first four bytes: it must blank what the furniture filter before these changes blanked
/// (kept here verbatim as the oracle, ``Before``), on every text of the seeds and the fixtures,
/// their upper-cased copies, lines made to reach each test and random lines.
@Suite struct BoilerplateOracleTests {
    static func expectSame(_ text: String, _ context: String) {
        let scalars = Array(text.unicodeScalars)
        let new = Boilerplate.masked(scalars)
        let old = Before.masked(scalars)
        #expect(new == old, "\(context)")
        if new != old, let k = new.indices.first(where: { new[$0] != old[$0] }) {
            let line = scalars[max(0, k - 60)..<min(scalars.count, k + 60)]
            Issue.record("first difference at \(k): \(String(String.UnicodeScalarView(line)))")
        }
    }

    @Test func everyFixtureTextIsMaskedAsBefore() throws {
        var blanked = 0
        for folder in try Fixture.articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                Self.expectSame(document.text, document.name)
                Self.expectSame(document.text.uppercased(), document.name + " (upper-cased)")
                let scalars = Array(document.text.unicodeScalars)
                blanked += zip(scalars, Boilerplate.masked(scalars)).filter { $0 != $1 }.count
            }
        }
        // (The texts do hold furniture.)
        #expect(blanked > 1_000)
    }

    @Test func madeLinesAtEachTest() {
        var lines: [String] = []
        for marker in Boilerplate.lineMarkers {
            lines += [marker, marker.uppercased(), "Some words " + marker + " and more words here.", "x" + marker, String(marker.dropLast())]
        }
        lines += [
            "By John Smith", "By John Smith and Jane Doe of the Associated Press in Kyiv and Moscow", "by the way, talks resumed",
            "photo.jpg", "Photo.PNG", "the file photo.jpg shows", "a.jpg", ".jpg", "jpg", "x.jp",
            "Brendan Smialowski / AP", "02:42 - Source: CNN", "a / b c d e f g h", "a/b", " / ",
            "THURSDAY 4 SEPTEMBER", "Monday", "Talks", "Two words", "Three words here", "Four words are here",
            "\"Quoted\"", "A.", "Abdel Fattah al-Burhan in Port Sudan (AFP Photo)", "Kyiv (Reuters/EPA) said.",
            "(L) Putin and (R) Erdogan", "(AFP)", "(unclosed AFP", "()", "( )", "(The talks)", "text (Getty Images) more",
            "The minister spoke. Image Credit: AFP", "image credit:", "Image credit: Reuters", "image credit",
            "Zürich talks ended.", "Genève", "naïve café", "日本", "", " ", "\r", "a\r\nb", "—", "“quoted”",
            String(repeating: "word ", count: 79) + "(AFP)", String(repeating: "word ", count: 80) + "(AFP)",
            String(repeating: "a", count: 399), String(repeating: "a", count: 400), String(repeating: "newsletter ", count: 40),
            String(repeating: "x", count: 395) + "(AFP)", String(repeating: "x", count: 396) + " (AFP)",
            "Related News", "Skip to main content", "Sign up for our weekly newsletter", "nwsletter", "newslette",
            "- source: x", "-- source: y", "read more: here", "read more about it", "Learn more about republishing",
            // A lone name on the first line that is not blank is a dateline (7467fe0).
            "Qingdao", " Qingdao ", "\n \nQingdao\nTalks resumed.", "ANALYSIS", "Addis-Ababa", "O'Neill", "Qi", "Qingdao Talks",
        ]
        for line in lines {
            Self.expectSame(line, line)
            Self.expectSame(line + "\n" + line, line + " (twice)")
            Self.expectSame("Prose before it, which is long enough to be prose.\n" + line + "\nAnd after.", line + " (between)")
        }
    }

    /// Random lines over the characters the tests ask about.
    @Test func randomLines() {
        var generator = SplitMix(seed: 0x5EED_0014)
        let pieces = [
            "a", "e", "r", "o", "n", "s", "t", "B", "Y", "R", " ", " ", " ", ".", "/", ":", "(", ")", "\"", "\n", "é", "—", "1",
            "by ", ".jpg", ".png", " / ", "image credit:", "newsletter", "related", "copyright", "AFP", "Reuters", "photo",
            "Monday", "march", "sign up", "click here", "- source:", "the talks",
        ]
        for _ in 0..<3_000 {
            let n = Int(generator.next() % 40)
            var text = ""
            for _ in 0..<n { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            Self.expectSame(text, text.debugDescription)
        }
    }

    /// A seeded generator, so that a failure repeats.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The furniture filter before the fourteenth speed pass, verbatim as main has it at 7467fe0
    /// (the first line's dateline kept), its data (the markers, credit words and day names) read
    /// from ``Boilerplate``.
    enum Before {
        /// `scalars` with furniture blanked out.
        static func masked(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var out = scalars
            var lineStart = 0
            let n = scalars.count
            var first = true
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, scalars[lineEnd] != "\n" { lineEnd += 1 }
                let line = lineStart..<lineEnd
                let blank = scalars[line].allSatisfy { $0.properties.isWhitespace }
                maskLine(&out, line, first: first && !blank)
                if !blank { first = false }
                lineStart = lineEnd + 1
            }
            return out
        }

        /// Lowercase ASCII bytes of the markers, by their first byte: a line is searched once for all
        /// of them, trying at each position only the markers that start with its byte.
        static let markersByFirstByte: [[[UInt8]]] = {
            var table = [[[UInt8]]](repeating: [], count: 256)
            for marker in Boilerplate.lineMarkers {
                let bytes = Array(marker.utf8)
                table[Int(bytes[0])].append(bytes)
            }
            return table
        }()

        /// The first two bytes of every marker, as a bit set over the 65,536 byte pairs: most
        /// positions of a line start no marker, and one bit test says so.
        static let markerOpenings: [UInt64] = {
            var bits = [UInt64](repeating: 0, count: 1024)
            for marker in Boilerplate.lineMarkers {
                let bytes = Array(marker.utf8)
                let pair = Int(bytes[0]) << 8 | Int(bytes.count > 1 ? bytes[1] : 0)
                bits[pair >> 6] |= 1 << UInt64(pair & 63)
            }
            return bits
        }()

        static let markersHaveTwoBytes = Boilerplate.lineMarkers.allSatisfy { $0.utf8.count >= 2 }

        /// Whether `bytes` contains one of the line markers.
        static func containsMarker(_ bytes: [UInt8]) -> Bool {
            let openings = markerOpenings
            // Every marker has at least two bytes, so the last byte opens none.
            guard bytes.count >= 2, markersHaveTwoBytes else { return containsMarkerByFirstByte(bytes) }
            for i in 0..<(bytes.count - 1) {
                let pair = Int(bytes[i]) << 8 | Int(bytes[i + 1])
                guard openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for marker in markersByFirstByte[Int(bytes[i])] where i + marker.count <= bytes.count {
                    var k = 1
                    while k < marker.count, bytes[i + k] == marker[k] { k += 1 }
                    if k == marker.count { return true }
                }
            }
            return false
        }

        /// ``containsMarker(_:)`` trying every marker of the byte at each position.
        static func containsMarkerByFirstByte(_ bytes: [UInt8]) -> Bool {
            for i in bytes.indices {
                for marker in markersByFirstByte[Int(bytes[i])] where i + marker.count <= bytes.count {
                    var k = 1
                    while k < marker.count, bytes[i + k] == marker[k] { k += 1 }
                    if k == marker.count { return true }
                }
            }
            return false
        }

        /// Blanks the line at `range` if it is furniture. The text's `first` line may be a dateline
        /// a page has lost its dash from ("Qingdao"): one word written as a name stays there.
        static func maskLine(_ out: inout [Unicode.Scalar], _ range: Range<Int>, first: Bool = false) {
            guard !range.isEmpty else { return }
            // Very long lines are prose, not furniture; skip the checks.
            if range.count < 400 {
                // The line as lowercase ASCII (other scalars become 0x80), and its word count.
                var bytes: [UInt8] = []
                bytes.reserveCapacity(range.count)
                var words = 0
                var inWord = false
                var hasDot = false
                var hasQuote = false
                for scalar in out[range] {
                    let v = scalar.value
                    let byte: UInt8 = v < 0x80 ? UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v) : 0x80
                    bytes.append(byte)
                    let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x80
                    if isWordByte && !inWord { words += 1 }
                    inWord = isWordByte
                    if byte == 0x2E { hasDot = true }
                    if byte == 0x22 { hasQuote = true }
                }
                let isFurniture =
                    containsMarker(bytes)
                    || (hasPrefix(bytes, "by ") && words <= 8 && find(Array(" in ".utf8), in: bytes) == nil)
                    || hasSuffix(bytes, ".jpg") || hasSuffix(bytes, ".png") || find(Array(".jpg ".utf8), in: bytes) != nil
                    // "Brendan Smialowski / AP", "02:42 - Source: CNN": short credit lines.
                    || (words <= 6 && find(Array(" / ".utf8), in: bytes) != nil)
                    || (words <= 3 && !hasDot && !hasQuote && !namesADay(bytes) && !(first && words == 1 && Self.isTitleCaseWord(out[range]))
                        && !hasPrefix(bytes, "from:"))
                if isFurniture {
                    blank(&out, range)
                    return
                }
                // "Image Credit: AFP" at the end of a caption.
                if let offset = find(Array("image credit:".utf8), in: bytes) {
                    blank(&out, (range.lowerBound + offset)..<range.upperBound)
                }
            }
            blankCredits(&out, range)
        }

        /// Whether `line` is one word written as a name is ("Qingdao", "Addis-Ababa"): a capital,
        /// then lowercase letters (hyphens and apostrophes between); not a masthead or a section in
        /// capitals ("ANALYSIS").
        static func isTitleCaseWord(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            let word = line.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()
            guard let head = word.first, head.properties.isUppercase, word.count >= 3 else { return false }
            return word.dropFirst().allSatisfy { $0.properties.isLowercase || $0 == "-" || $0 == "'" }
        }

        /// Weekdays and months, lowercase: a short line naming one ("THURSDAY 4 SEPTEMBER") is a
        /// live blog's or a timeline's heading, whose day dates the entries under it.
        static let dayWords: [[UInt8]] = (DateResolver.weekdays + DateResolver.monthNames).map { Array($0.utf8) }

        /// Whether the lowercase line `bytes` holds a weekday or a month as a whole word.
        static func namesADay(_ bytes: [UInt8]) -> Bool {
            let isLetter = { (b: UInt8) in b >= 0x61 && b <= 0x7A }
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, isLetter(bytes[end]) { end += 1 }
                if end > start, dayWords.contains(where: { $0.elementsEqual(bytes[start..<end]) }) { return true }
                start = end + 1
            }
            return false
        }

        static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
            guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
            let first = needle[0]
            var i = 0
            let last = haystack.count - needle.count
            while i <= last {
                if haystack[i] == first {
                    var k = 1
                    while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return i }
                }
                i += 1
            }
            return nil
        }

        static func hasPrefix(_ bytes: [UInt8], _ prefix: String) -> Bool { bytes.starts(with: prefix.utf8) }
        static func hasSuffix(_ bytes: [UInt8], _ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return bytes.count >= s.count && Array(bytes[(bytes.count - s.count)...]) == s
        }

        /// Blanks "(…)" groups made only of credit words and capitalised names followed by a slash,
        /// such as "(AFP)", "(L)", "(Russian Foreign Ministry Press Service/EPA)".
        static func blankCredits(_ out: inout [Unicode.Scalar], _ range: Range<Int>) {
            var i = range.lowerBound
            while i < range.upperBound {
                guard out[i] == "(" else { i += 1; continue }
                var j = i + 1
                while j < range.upperBound, out[j] != ")", j - i < 120 { j += 1 }
                guard j < range.upperBound, out[j] == ")" else { i += 1; continue }
                let inner = String(ascribing: out[(i + 1)..<j])
                let words = inner.lowercased().split { !$0.isLetter }.map(String.init)
                let isCredit =
                    !words.isEmpty
                    && (words.allSatisfy { Boilerplate.creditWords.contains($0) }
                        || inner.contains("/") || words.contains("photo") || words.contains("afp"))
                if isCredit { blank(&out, i..<(j + 1)) }
                i = j + 1
            }
        }

        static func blank(_ out: inout [Unicode.Scalar], _ range: Range<Int>) {
            for k in range where out[k] != "\n" { out[k] = " " }
        }

    }
}
