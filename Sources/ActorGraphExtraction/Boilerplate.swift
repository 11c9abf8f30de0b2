/// Page furniture that must yield no actors: newsletter prompts, "Related News", "Skip to main
/// content", photo credits and bylines. The filter blanks it out (replacing scalars with spaces,
/// so offsets stay valid) rather than deleting it.
public enum Boilerplate {
    /// Lines containing one of these (lowercased) are furniture as a whole. Each is specific to
    /// furniture: "sign up to" alone would blank "Arab states sign up to the campaign", "more
    /// about" any sentence that knows more about something.
    static let lineMarkers = [
        "sign up for", "sign up to get", "sign up to receive", "sign up to our", "newsletter", "related news",
        "skip to main content", "get email updates",
        "on your tv", "story highlights", "contributed to this report", "contributed reporting",
        "all rights reserved", "copyright", "follow us on", "click here", "read more:", "subscribe to our",
        "advertisement", "share this article", "share this story", "republishing this content", "can be found here",
        "learn more about", "read more about",
        "delivers independent", "wire services", "source: cnn", "- source:", "related:", "image credit",
        "photo credit", "stay informed", "download the app", "listen to this article", "reporting by",
        "editing by", "writing by",
    ]
    /// Parenthesised credits inside captions: "(AFP)", "(AFP Photo)", "(Reuters/EPA)".
    static let creditWords: Set<String> = [
        "afp", "ap", "epa", "reuters", "getty", "photo", "photos", "images", "image", "file", "l", "r", "c",
        "left", "right", "center", "press", "service", "anadolu", "xinhua", "tass", "ria", "sana", "irna",
        "wana", "pool", "handout", "via",
    ]

    /// `scalars` with furniture blanked out.
    public static func masked(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
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
        for marker in lineMarkers {
            let bytes = Array(marker.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        return table
    }()

    /// The first two bytes of every marker, as a bit set over the 65,536 byte pairs: most
    /// positions of a line start no marker, and one bit test says so.
    static let markerOpenings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for marker in lineMarkers {
            let bytes = Array(marker.utf8)
            let pair = Int(bytes[0]) << 8 | Int(bytes.count > 1 ? bytes[1] : 0)
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    static let markersHaveTwoBytes = lineMarkers.allSatisfy { $0.utf8.count >= 2 }

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
                || (hasPrefix(bytes, "by ") && words <= 8)
                || hasSuffix(bytes, ".jpg") || hasSuffix(bytes, ".png") || find(Array(".jpg ".utf8), in: bytes) != nil
                // "Brendan Smialowski / AP", "02:42 - Source: CNN": short credit lines.
                || (words <= 6 && find(Array(" / ".utf8), in: bytes) != nil)
                || (words <= 3 && !hasDot && !hasQuote && !namesADay(bytes) && !(first && words == 1 && Self.isTitleCaseWord(out[range])))
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
                && (words.allSatisfy { creditWords.contains($0) }
                    || inner.contains("/") || words.contains("photo") || words.contains("afp"))
            if isCredit { blank(&out, i..<(j + 1)) }
            i = j + 1
        }
    }

    static func blank(_ out: inout [Unicode.Scalar], _ range: Range<Int>) {
        for k in range where out[k] != "\n" { out[k] = " " }
    }

    /// The runs of `scalars` that `masked` (their ``masked(_:)`` form) blanks: kept by the
    /// extractor's first pass, so that the second masks the text again by ``blanking(_:_:)``
    /// instead of searching it for furniture.
    static func blankedRuns(_ scalars: [Unicode.Scalar], _ masked: [Unicode.Scalar]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var k = 0
        let n = min(scalars.count, masked.count)
        while k < n {
            guard scalars[k] != masked[k] else { k += 1; continue }
            let start = k
            while k < n, scalars[k] != masked[k] { k += 1 }
            runs.append(start..<k)
        }
        return runs
    }

    /// `scalars` with `runs` (from ``blankedRuns(_:_:)``) blanked: the same as ``masked(_:)``.
    static func blanking(_ scalars: [Unicode.Scalar], _ runs: [Range<Int>]) -> [Unicode.Scalar] {
        var out = scalars
        for run in runs where run.upperBound <= out.count { blank(&out, run) }
        return out
    }
}
