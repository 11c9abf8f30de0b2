import Foundation

/// The text of a table shipped in the module's resources (`cities.tsv`, `leaders.tsv`,
/// `lemmas.tsv`), or nil when it is missing or unreadable: each table then starts empty.
func bundledText(_ name: String, _ ext: String = "tsv") -> String? {
    guard let url = Bundle.module.url(forResource: name, withExtension: ext) else { return nil }
    return try? String(contentsOf: url, encoding: .utf8)
}

/// The tables' lines read as bytes: what `text.split(whereSeparator: \.isNewline)` gives, without
/// stepping through `Character`s (which cost the gazetteer and the persons' table most of their
/// reading, paid by every update). Newlines and tabs never join a grapheme with what follows
/// (Unicode breaks a cluster before and after a control, CR or LF), so the bytes split where the
/// characters did.
enum TableLines {
    /// Calls `body` with each non-empty line of `text`, without its line end (LF, CR LF, CR, VT,
    /// FF, NEL, LS, PS: `Character.isNewline`).
    static func forEach(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0, i = 0
            while i < utf8.count {
                // Every line end starts with a byte up to CR, or with C2 or E2 (one test for most bytes).
                let byte = utf8[i]
                if byte > 0x0D && byte != 0xC2 && byte != 0xE2 { i += 1; continue }
                let end = newlineLength(utf8, at: i)
                guard end > 0 else { i += 1; continue }
                if i > start { body(UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                i += end
                start = i
            }
            if utf8.count > start { body(UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
    }

    /// Whether `line` starts with the character "#" (not "#" with a combining mark, another
    /// character): a comment, as `hasPrefix("#")` of the line read it.
    static func isComment(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.first == UInt8(ascii: "#") else { return false }
        // Only a non-ASCII byte after it can join it: asked as characters then.
        return line.count == 1 || line[1] < 0x80 || String(decoding: line, as: UTF8.self).hasPrefix("#")
    }

    /// The tab-separated cells of `line`, as strings (empty cells kept).
    static func cells(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        var cells: [String] = []
        var start = 0
        for i in 0...line.count where i == line.count || line[i] == 0x09 {
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: line[start..<i]), as: UTF8.self))
            start = i + 1
        }
        return cells
    }

    /// The length in bytes of the newline at `i` (LF, CR LF, CR, VT, FF, NEL, LS, PS), or 0.
    private static func newlineLength(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch utf8[i] {
        case 0x0D: return i + 1 < utf8.count && utf8[i + 1] == 0x0A ? 2 : 1
        case 0x0A, 0x0B, 0x0C: return 1
        case 0xC2: return i + 1 < utf8.count && utf8[i + 1] == 0x85 ? 2 : 0
        case 0xE2: return i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }
}

/// Rule and lexicon text searched and split by bytes where that reads as the characters read: in
/// ASCII text every byte is a `Character` of its own (but CR LF, which no line holds: lines end
/// there), and the bundled files' lines nearly all are. By `Character`s, the searches and splits
/// were a third of reading the bundled rules, which every update pays.
enum BytewiseText {
    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { utf8 in utf8.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `text` holds the byte `byte`: read in place (stepping through the UTF-8 view
    /// cost some 20 instructions a byte, and the lexicon's names are asked thousands of times).
    static func contains(_ byte: UInt8, in text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    /// `text.firstIndex(of: character)`, for an ASCII `character`; `ascii` says `isASCII(text)`.
    static func firstIndex<S: StringProtocol>(of character: Character, in text: S, ascii: Bool) -> String.Index? {
        guard ascii, !character.isNewline, let byte = character.asciiValue else { return text.firstIndex(of: character) }
        guard let offset = text.utf8.withContiguousStorageIfAvailable({ $0.firstIndex(of: byte) }) else { return text.utf8.firstIndex(of: byte) }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// Calls `body` with each statement line of rule-file text and its line number: the line
    /// before a "#" (a comment), without the spaces and tabs at either end (Foundation's
    /// `whitespaces`), when anything is left. Lines end at LF, CR LF or CR (`lines`).
    ///
    /// An ASCII line is read off its bytes, one string made of what is left: as strings, the
    /// line, its comment's cut and its trim were a sixth of reading the bundled rules, which
    /// every command pays. Any other line is read by `Character`s, as before.
    static func forEachStatement(in text: String, _ body: (_ lineNumber: Int, _ line: String) throws -> Void) rethrows {
        var text = text
        try text.withUTF8 { utf8 in
            var lineNumber = 0
            var start = 0
            while start <= utf8.count {
                lineNumber += 1
                var end = start
                var bits: UInt8 = 0
                while end < utf8.count, utf8[end] != 0x0A, utf8[end] != 0x0D {
                    bits |= utf8[end]
                    end += 1
                }
                let next = end < utf8.count && utf8[end] == 0x0D && end + 1 < utf8.count && utf8[end + 1] == 0x0A ? end + 2 : end + 1
                defer { start = next }
                guard bits >= 0x80 else {
                    var last = start
                    while last < end, utf8[last] != UInt8(ascii: "#") { last += 1 }
                    var first = start
                    while first < last, utf8[first] == 0x20 || utf8[first] == 0x09 { first += 1 }
                    while last > first, utf8[last - 1] == 0x20 || utf8[last - 1] == 0x09 { last -= 1 }
                    if last > first { try body(lineNumber, String(decoding: UnsafeBufferPointer(rebasing: utf8[first..<last]), as: UTF8.self)) }
                    continue
                }
                var line = String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
                if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
                line = line.trimmingWhitespace()
                if !line.isEmpty { try body(lineNumber, line) }
            }
        }
    }

    /// `text.split(separator: character).map(String.init)`, for an ASCII `character`; `ascii`
    /// says `isASCII(text)`.
    static func split(_ text: Substring, by character: Character, ascii: Bool) -> [String] {
        guard ascii, !character.isNewline, let byte = character.asciiValue else { return text.split(separator: character).map(String.init) }
        // Over the bytes in place, each part made from its bytes at once: the collection's split
        // made an array of views first, and this splits every cell of the bundled tables and
        // every word list of the rules, which every command reads.
        let parts = text.utf8.withContiguousStorageIfAvailable { utf8 -> [String] in
            var parts: [String] = []
            var start = 0
            for i in 0...utf8.count where i == utf8.count || utf8[i] == byte {
                // Empty parts are left out, as `split` leaves them out.
                if i > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return parts
        }
        return parts ?? text.utf8.split(whereSeparator: { $0 == byte }).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `line.split(separator: "\t", omittingEmptySubsequences: false)`, found by bytes: a tab is
    /// always a `Character` of its own (Unicode breaks a cluster before and after a control), so
    /// the bytes split where the characters did, at a fraction of the cost.
    static func cells(_ line: Substring) -> [Substring] {
        var cells: [Substring] = []
        var start = line.startIndex
        let utf8 = line.utf8
        var at = utf8.startIndex
        while at != utf8.endIndex {
            if utf8[at] == 0x09 {
                cells.append(line[start..<at])
                start = utf8.index(after: at)
            }
            at = utf8.index(after: at)
        }
        cells.append(line[start..<line.endIndex])
        return cells
    }
}
