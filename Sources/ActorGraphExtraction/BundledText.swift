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
        // (Room for every cell at once: grown a cell at a time, a row's array was reallocated
        // twice or three times.)
        cells.reserveCapacity(line.reduce(1) { $1 == 0x09 ? $0 + 1 : $0 })
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

    /// The byte of a one-byte character that is no line end, or nil: what `asciiValue` gives
    /// such a character (and the searches and splits by bytes take), without its cost (some
    /// 170 instructions, asked at every split of a table's cells). A line end (LF, VT, FF, CR,
    /// CR LF) is left to the `Character` path, which keeps CR LF whole.
    static func byte(of character: Character) -> UInt8? {
        let utf8 = character.utf8
        guard utf8.count == 1, let byte = utf8.first, byte < 0x80, byte < 0x0A || byte > 0x0D else { return nil }
        return byte
    }

    /// Whether `text` holds the byte `byte`: read in place (stepping through the UTF-8 view
    /// cost some 20 instructions a byte, and the lexicon's names are asked thousands of times).
    static func contains(_ byte: UInt8, in text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
    }

    /// `text.firstIndex(of: character)`, for an ASCII `character`; `ascii` says `isASCII(text)`.
    static func firstIndex<S: StringProtocol>(of character: Character, in text: S, ascii: Bool) -> String.Index? {
        guard ascii, let byte = Self.byte(of: character) else { return text.firstIndex(of: character) }
        guard let offset = text.utf8.withContiguousStorageIfAvailable({ $0.firstIndex(of: byte) }) else { return text.utf8.firstIndex(of: byte) }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// Calls `body` with each line of `text` as its UTF-8 bytes, with its line number: the lines
    /// of ``Swift/StringProtocol/lines`` (ending at LF, CR LF or CR alike, empty ones counted),
    /// without making a substring of each.
    static func forEachLine(in text: String, _ body: (_ lineNumber: Int, _ line: UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var text = text
        try text.withUTF8 { utf8 in
            var lineNumber = 0
            var start = 0
            while start <= utf8.count {
                lineNumber += 1
                var end = start
                while end < utf8.count, utf8[end] != 0x0A, utf8[end] != 0x0D { end += 1 }
                try body(lineNumber, UnsafeBufferPointer(rebasing: utf8[start..<end]))
                start = end < utf8.count && utf8[end] == 0x0D && end + 1 < utf8.count && utf8[end + 1] == 0x0A ? end + 2 : end + 1
            }
        }
    }

    /// The bytes of `text` without the spaces and tabs at either end, or nil where an end is not
    /// ASCII (it may be other whitespace, which ``Swift/StringProtocol/trimmingWhitespace()``
    /// trims by scalars).
    static func trimmedASCII(_ text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var start = 0, end = text.count
        while start < end, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
        while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x09 { end -= 1 }
        guard start == end || text[start] < 0x80 && text[end - 1] < 0x80 else { return nil }
        return UnsafeBufferPointer(rebasing: text[start..<end])
    }

    /// Calls `body` with each statement line of rule-file text and its line number: the line
    /// before a "#" (a comment), without the spaces and tabs at either end (Foundation's
    /// `whitespaces`), when anything is left.
    ///
    /// An ASCII line is read off its bytes, one string made of what is left: as strings, the
    /// line, its comment's cut and its trim were a sixth of reading the bundled rules, which
    /// every command pays. Any other line is read by `Character`s, as before.
    static func forEachStatement(in text: String, _ body: (_ lineNumber: Int, _ line: String) throws -> Void) rethrows {
        try forEachLine(in: text) { lineNumber, line in
            guard line.allSatisfy({ $0 < 0x80 }) else {
                var line = String(decoding: line, as: UTF8.self)
                if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
                line = line.trimmingWhitespace()
                if !line.isEmpty { try body(lineNumber, line) }
                return
            }
            let statement = UnsafeBufferPointer(rebasing: line[..<(line.firstIndex(of: UInt8(ascii: "#")) ?? line.count)])
            if let trimmed = trimmedASCII(statement), !trimmed.isEmpty { try body(lineNumber, String(decoding: trimmed, as: UTF8.self)) }
        }
    }

    /// `text.split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }`: a
    /// lexicon cell's list. An ASCII cell is split and trimmed by bytes, each item made once.
    static func listItems(_ text: String) -> [String] {
        var text = text
        let items = text.withUTF8 { utf8 -> [String]? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            var items: [String] = []
            var start = 0
            for i in 0...utf8.count where i == utf8.count || utf8[i] == UInt8(ascii: "|") {
                if let item = trimmedASCII(UnsafeBufferPointer(rebasing: utf8[start..<i])), !item.isEmpty {
                    items.append(String(decoding: item, as: UTF8.self))
                }
                start = i + 1
            }
            return items
        }
        return items ?? text.split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// `text.split(separator: character).map(String.init)`, for an ASCII `character`; `ascii`
    /// says `isASCII(text)`.
    static func split(_ text: Substring, by character: Character, ascii: Bool) -> [String] {
        guard ascii, let byte = Self.byte(of: character) else { return text.split(separator: character).map(String.init) }
        // Over the bytes in place, each part made from its bytes at once: the collection's split
        // made an array of views first, and this splits every cell of the bundled tables and
        // every word list of the rules, which every command reads.
        return text.utf8.withContiguousStorageIfAvailable { split($0, at: byte) }
            ?? text.utf8.split(whereSeparator: { $0 == byte }).map { String(decoding: $0, as: UTF8.self) }
    }

    /// ``split(_:by:ascii:)`` of a whole string: its bytes read in place at once (a substring's
    /// are found through its base, some thousand instructions a cell of the persons' table).
    static func split(_ text: String, by character: Character, ascii: Bool) -> [String] {
        guard ascii, let byte = Self.byte(of: character) else { return text.split(separator: character).map(String.init) }
        var text = text
        return text.withUTF8 { split($0, at: byte) }
    }

    /// The non-empty parts of `utf8` between the bytes `byte`, as strings.
    private static func split(_ utf8: UnsafeBufferPointer<UInt8>, at byte: UInt8) -> [String] {
        var parts: [String] = []
        parts.reserveCapacity(utf8.reduce(1) { $1 == byte ? $0 + 1 : $0 })
        var start = 0
        for i in 0...utf8.count where i == utf8.count || utf8[i] == byte {
            // Empty parts are left out, as `split` leaves them out.
            if i > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<i]), as: UTF8.self)) }
            start = i + 1
        }
        return parts
    }

    /// `line.split(separator: "\t", omittingEmptySubsequences: false)`, found by bytes: a tab is
    /// always a `Character` of its own (Unicode breaks a cluster before and after a control), so
    /// the bytes split where the characters did, at a fraction of the cost.
    static func cells(_ line: Substring) -> [Substring] {
        let utf8 = line.utf8
        // The tabs' offsets read in place (stepping through the view cost some 20 instructions a
        // byte), the cells then cut at them, the array given its size at once.
        let tabs = utf8.withContiguousStorageIfAvailable { bytes in bytes.indices.filter { bytes[$0] == 0x09 } }
            ?? utf8.enumerated().filter { $0.element == 0x09 }.map(\.offset)
        var cells: [Substring] = []
        cells.reserveCapacity(tabs.count + 1)
        var start = line.startIndex
        for tab in tabs {
            let at = utf8.index(utf8.startIndex, offsetBy: tab)
            cells.append(line[start..<at])
            start = utf8.index(after: at)
        }
        cells.append(line[start..<line.endIndex])
        return cells
    }
}
