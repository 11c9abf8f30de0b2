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
        // (Blanking keeps every "\n", so the lines of `out` are those of `scalars`.)
        out.withUnsafeMutableBufferPointer { text in
            // One buffer for the bytes of every line checked (shorter than `checkedLength`):
            // an array per line cost an allocation and a uniqueness check per byte.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: checkedLength) { scratch in
                // (Taken once: a static read in the loop asks for its initialisation each time.)
                let markers = MarkerTables.shared
                var lineStart = 0
                let n = text.count
                // Until the text's first line that is not blank has been read.
                var first = true
                while lineStart < n {
                    var lineEnd = lineStart
                    while lineEnd < n, text[lineEnd] != "\n" { lineEnd += 1 }
                    let line = lineStart..<lineEnd
                    // (Asked only until the first line is read: after it, blank or not changes nothing.)
                    let blank = first && text[line].allSatisfy { $0.properties.isWhitespace }
                    maskLine(text, line, scratch, markers, first: first && !blank)
                    if !blank { first = false }
                    lineStart = lineEnd + 1
                }
            }
        }
        return out
    }

    /// Lines this long or longer are prose, not furniture: only their credits are looked for.
    static let checkedLength = 400

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

    /// The marker tables and the byte classes, read once per document.
    struct MarkerTables {
        var byFirstByte: [[[UInt8]]]
        var openings: [UInt64]
        var haveTwoBytes: Bool
        /// The first four bytes of every marker, hashed (``quadHash(_:)``) into a bit set of
        /// 4,096: where a pair of bytes opens a marker, as "re", "co" or "on" do at many places
        /// of prose, four bytes nearly always say that none starts there. Empty when a marker
        /// is shorter than four bytes.
        var quads: [UInt64]
        /// For each byte of a lowered line (``maskLine(_:_:_:_:)``), the classes its tests ask
        /// about, as ``ByteClass`` bits.
        var classes: [UInt8]

        static let shared: MarkerTables = {
            var quads = [UInt64](repeating: 0, count: 64)
            for marker in lineMarkers {
                let bytes = Array(marker.utf8)
                guard bytes.count >= 4 else {
                    quads = []
                    break
                }
                let quad = UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24
                let h = quadHash(quad)
                quads[h >> 6] |= 1 << UInt64(h & 63)
            }
            var classes = [UInt8](repeating: 0, count: 256)
            for b in 0..<256 {
                // (Lowered bytes: no capital reaches the table, and 0x80 stands for any non-ASCII scalar.)
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x80 { classes[b] |= ByteClass.word }
                if b == 0x2E { classes[b] |= ByteClass.dot }
                if b == 0x22 { classes[b] |= ByteClass.quote }
                if b == 0x3A { classes[b] |= ByteClass.colon }
                if b == 0x2F { classes[b] |= ByteClass.slash }
                if b == 0x28 { classes[b] |= ByteClass.paren }
            }
            return MarkerTables(byFirstByte: markersByFirstByte, openings: markerOpenings, haveTwoBytes: markersHaveTwoBytes, quads: quads, classes: classes)
        }()

        /// Twelve bits of four bytes (little-endian in `quad`).
        @inline(__always)
        static func quadHash(_ quad: UInt32) -> Int { Int((quad &* 0x9E37_79B1) >> 20) }
    }

    /// The classes of a lowered byte that ``maskLine(_:_:_:_:)`` asks about.
    enum ByteClass {
        static let word: UInt8 = 1
        static let dot: UInt8 = 2
        static let quote: UInt8 = 4
        static let colon: UInt8 = 8
        static let slash: UInt8 = 16
        static let paren: UInt8 = 32
    }

    /// Whether `bytes` contains one of the line markers.
    static func containsMarker(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { containsMarker($0, MarkerTables.shared) }
    }

    static func containsMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ markers: MarkerTables) -> Bool {
        // Every marker has at least four bytes (else `quads` is empty): the last three bytes
        // open none, and a place whose four bytes no marker starts with opens none.
        if !markers.quads.isEmpty {
            guard bytes.count >= 4, let base = bytes.baseAddress else { return false }
            return markers.quads.withUnsafeBufferPointer { quads in
                let raw = UnsafeRawPointer(base)
                for i in 0...(bytes.count - 4) {
                    let h = MarkerTables.quadHash(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
                    guard quads[h >> 6] & (1 << UInt64(h & 63)) != 0 else { continue }
                    for marker in markers.byFirstByte[Int(bytes[i])] where i + marker.count <= bytes.count {
                        var k = 1
                        while k < marker.count, bytes[i + k] == marker[k] { k += 1 }
                        if k == marker.count { return true }
                    }
                }
                return false
            }
        }
        // Every marker has at least two bytes, so the last byte opens none.
        guard bytes.count >= 2, markers.haveTwoBytes else { return containsMarkerByFirstByte(Array(bytes)) }
        return markers.openings.withUnsafeBufferPointer { openings in
            for i in 0..<(bytes.count - 1) {
                let pair = Int(bytes[i]) << 8 | Int(bytes[i + 1])
                guard openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for marker in markers.byFirstByte[Int(bytes[i])] where i + marker.count <= bytes.count {
                    var k = 1
                    while k < marker.count, bytes[i + k] == marker[k] { k += 1 }
                    if k == marker.count { return true }
                }
            }
            return false
        }
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

    /// Blanks `text[range]`, one line, if it is furniture, else its credits. The text's `first`
    /// line may be a dateline a page has lost its dash from ("Qingdao"): one word written as a
    /// name stays there.
    static func maskLine(
        _ text: UnsafeMutableBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ scratch: UnsafeMutableBufferPointer<UInt8>,
        _ markers: MarkerTables, first: Bool = false
    ) {
        guard !range.isEmpty else { return }
        // Very long lines are prose, not furniture; skip the checks.
        guard range.count < checkedLength, scratch.count >= range.count else {
            blankCredits(text, range)
            return
        }
        // The line as lowercase ASCII (other scalars become 0x80), its word count, and which of
        // the marks the tests below need it holds: a test whose mark the line lacks cannot
        // pass, and most lines lack most of them.
        var count = 0
        var words = 0
        var inWord: UInt8 = 0
        var seen: UInt8 = 0
        markers.classes.withUnsafeBufferPointer { classes in
            for k in range {
                let v = text[k].value
                let byte: UInt8 = v < 0x80 ? UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v) : 0x80
                scratch[count] = byte
                count += 1
                let c = classes[Int(byte)]
                seen |= c
                let isWord = c & ByteClass.word
                // (A word starts at a word byte after a byte of no word.)
                words += Int(isWord & ~inWord)
                inWord = isWord
            }
        }
        let hasDot = seen & ByteClass.dot != 0
        let hasQuote = seen & ByteClass.quote != 0
        let hasColon = seen & ByteClass.colon != 0
        let hasSlash = seen & ByteClass.slash != 0
        let hasParen = seen & ByteClass.paren != 0
        let bytes = UnsafeBufferPointer(rebasing: scratch[0..<count])
        // (The tests of ``maskLine(_:_:)``, cheapest first; each asks for its mark.)
        let isFurniture =
            // (Not "By a Staff Correspondent in Denpasar": where the story was written.)
            (words <= 8 && hasPrefix(bytes, "by ") && find(" in ", in: bytes) == nil)
            || (hasDot && (hasSuffix(bytes, ".jpg") || hasSuffix(bytes, ".png") || find(".jpg ", in: bytes) != nil))
            // "Brendan Smialowski / AP", "02:42 - Source: CNN": short credit lines.
            || (words <= 6 && hasSlash && find(" / ", in: bytes) != nil)
            // (Not a telegram's "FROM: Brussels": the city it was sent from.)
            || (words <= 3 && !hasDot && !hasQuote && !namesADay(bytes) && !(first && words == 1 && Self.isTitleCaseWord(ArraySlice(text[range])))
                && !(hasColon && hasPrefix(bytes, "from:")))
            || containsMarker(bytes, markers)
        if isFurniture {
            blank(text, range)
            return
        }
        // "Image Credit: AFP" at the end of a caption.
        if hasColon, let offset = find("image credit:", in: bytes) {
            blank(text, (range.lowerBound + offset)..<range.upperBound)
        }
        // (A credit is in parentheses; blanking adds none.)
        if hasParen { blankCredits(text, range) }
    }

    /// ``masked(_:)``'s reading of one line of `out`.
    static func maskLine(_ out: inout [Unicode.Scalar], _ range: Range<Int>, first: Bool = false) {
        let range = range.clamped(to: 0..<out.count)
        out.withUnsafeMutableBufferPointer { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: checkedLength) { scratch in
                maskLine(text, range, scratch, MarkerTables.shared, first: first)
            }
        }
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
    static func namesADay(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// The offset of the first `needle` (ASCII) in `haystack`.
    static func find(_ needle: StaticString, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard n > 0, haystack.count >= n else { return nil }
        let word = needle.utf8Start
        let first = word[0]
        var i = 0
        let last = haystack.count - n
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < n, haystack[i + k] == word[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        for k in 0..<n where bytes[k] != prefix.utf8Start[k] { return false }
        return true
    }

    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        let from = bytes.count - n
        for k in 0..<n where bytes[from + k] != suffix.utf8Start[k] { return false }
        return true
    }

    /// Blanks "(…)" groups made only of credit words and capitalised names followed by a slash,
    /// such as "(AFP)", "(L)", "(Russian Foreign Ministry Press Service/EPA)".
    static func blankCredits(_ text: UnsafeMutableBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            guard text[i] == "(" else { i += 1; continue }
            var j = i + 1
            while j < range.upperBound, text[j] != ")", j - i < 120 { j += 1 }
            guard j < range.upperBound, text[j] == ")" else { i += 1; continue }
            let inner = String(ascribing: ArraySlice(text[(i + 1)..<j]))
            let words = inner.lowercased().split { !$0.isLetter }.map(String.init)
            let isCredit =
                !words.isEmpty
                && (words.allSatisfy { creditWords.contains($0) }
                    || inner.contains("/") || words.contains("photo") || words.contains("afp"))
            if isCredit { blank(text, i..<(j + 1)) }
            i = j + 1
        }
    }

    static func blank(_ text: UnsafeMutableBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        for k in range where text[k] != "\n" { text[k] = " " }
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
