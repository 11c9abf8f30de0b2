/// Where an edge is stated: a sentence of a document, with the quote and its character offsets,
/// and the extraction rule that read the edge from it.
///
/// Two pieces of evidence are the same when they cite the same sentence: ``rule`` says how the
/// sentence was read, not where the edge is stated, so it takes no part in equality. Where several
/// rules read one edge from one sentence, the list keeps the one that sorts first.
public struct Evidence: Hashable, Comparable, Codable, Sendable {
    /// The document's name (its file name for a corpus).
    public var doc: String
    /// The sentence's index in the document, from 0.
    public var sentence: Int
    /// The sentence text that states the relation.
    public var quote: String
    /// Offset of the quote's first character in the document (in Unicode scalars).
    public var start: Int
    /// Offset just past the quote's last character (in Unicode scalars).
    public var end: Int
    /// The rule that read the edge from the sentence, as `file:line` of a rule file
    /// ("relations.rules:57"), or the name of a built-in reading ("title"); nil for hand-made
    /// graphs.
    public var rule: String?

    public init(doc: String, sentence: Int = 0, quote: String, start: Int = 0, end: Int = 0, rule: String? = nil) {
        self.doc = doc
        self.sentence = sentence
        self.quote = quote
        self.start = start
        self.end = end
        self.rule = rule
    }

    public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.doc, lhs.sentence, lhs.start, lhs.end, lhs.quote) == (rhs.doc, rhs.sentence, rhs.start, rhs.end, rhs.quote)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(doc)
        hasher.combine(sentence)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(quote)
    }

    /// Sentence order; for the same sentence, the rule's name decides (none first), so that a
    /// sorted list's first copy of a sentence is the same whatever the input order.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs != rhs {
            return (lhs.doc, lhs.sentence, lhs.start, lhs.end, lhs.quote) < (rhs.doc, rhs.sentence, rhs.start, rhs.end, rhs.quote)
        }
        return (lhs.rule ?? "") < (rhs.rule ?? "")
    }

    /// The sentence's text as duplicates are recognised: lowercase letters and digits, every
    /// other run of characters one space. A wire story reprinted with other quotes, dashes or
    /// spacing has the same key.
    public var sentenceKey: String { Self.sentenceKey(quote) }

    /// The key ``sentenceKey`` gives `text`.
    public static func sentenceKey(_ text: String) -> String {
        // Byte by byte over the UTF-8, ASCII by arithmetic and the rest by its Unicode
        // properties: support and the folding counts read every quote of a graph, and news text
        // is mostly ASCII with typographic quotes and dashes. All state is local to the closure
        // (a captured variable would be checked for exclusive access on every byte).
        var text = text
        let key: [UInt8] = text.withUTF8 { utf8 in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            var pendingSpace = false
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                if byte < 0x80 {
                    i += 1
                    let kept: UInt8
                    if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                        kept = byte
                    } else if (0x41...0x5A).contains(byte) {
                        kept = byte + 0x20
                    } else {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(kept)
                    continue
                }
                // A multi-byte scalar (a String's UTF-8 is valid): decoded here, judged by its
                // Unicode properties.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < utf8.count { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                i += length
                guard let scalar = Unicode.Scalar(value) else { continue }
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    pendingSpace = true
                }
            }
            return out
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// `evidence` sorted, with one copy of each sentence (the first in sort order).
    public static func sortedUnique(_ evidence: some Sequence<Evidence>) -> [Evidence] {
        sortedUnique(Array(evidence))
    }

    static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
        // Most edges have one sentence: the list is kept, not copied.
        guard evidence.count > 1 else { return evidence }
        var out: [Evidence] = []
        for e in evidence.sorted() where out.last != e { out.append(e) }
        return out
    }
}

extension [Evidence] {
    /// Adds a sorted, unique list to this sorted, unique one, keeping it so.
    mutating func formSortedUnion(_ more: [Evidence]) {
        guard !more.isEmpty else { return }
        self = isEmpty ? more : Evidence.sortedUnique(self + more)
    }
}
