/// Where an edge is stated: a sentence of a document, with the quote and its character offsets,
/// and the extraction rule that read the edge from it.
///
/// Two pieces of evidence are the same when they cite the same sentence: ``rule`` says how the
/// sentence was read, not where the edge is stated, so it takes no part in equality. Where several
/// rules read one edge from one sentence, the list keeps the one that sorts first: of one rule
/// file, the one written first (``ruleSortsBefore(_:_:)``).
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

    /// Document, sentence, offsets and quote equal (the rule is not compared), in that order;
    /// field by field rather than as tuples, which copied (retained and released) both strings
    /// of each side on every comparison.
    public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
        lhs.doc == rhs.doc && lhs.sentence == rhs.sentence && lhs.start == rhs.start && lhs.end == rhs.end && lhs.quote == rhs.quote
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(doc)
        hasher.combine(sentence)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(quote)
    }

    /// Sentence order; for the same sentence, the rule decides (``ruleSortsBefore(_:_:)``), so
    /// that a sorted list's first copy of a sentence is the same whatever the input order.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs != rhs {
            return (lhs.doc, lhs.sentence, lhs.start, lhs.end, lhs.quote) < (rhs.doc, rhs.sentence, rhs.start, rhs.end, rhs.quote)
        }
        return ruleSortsBefore(lhs.rule, rhs.rule)
    }

    /// Whether rule label `a` sorts before `b`: none first, then rule lines by file name and line
    /// number ("relations.rules:812" before "relations.rules:1033"), then built-in readings by
    /// name ("named at the meeting", "title"), and the label as written last (so that the order
    /// is total). A rule line before a built-in reading: where both read an edge from one
    /// sentence, the evidence names the line a user can open. By number, not as text: as text,
    /// inserting lines above two rules that read the same edge could make the other one sort
    /// first and relabel the edge.
    public static func ruleSortsBefore(_ a: String?, _ b: String?) -> Bool {
        let (x, y) = (a ?? "", b ?? "")
        let (p, q) = (ruleKey(x), ruleKey(y))
        let group = { (label: String, key: (file: Substring, line: Int)) in label.isEmpty ? 0 : key.line < 0 ? 2 : 1 }
        return (group(x, p), p.file, p.line, x) < (group(y, q), q.file, q.line, y)
    }

    /// A rule label's file and line: "relations.rules:57" is ("relations.rules", 57); a label
    /// that does not end in ":" and digits is itself, with line -1.
    static func ruleKey(_ label: String) -> (file: Substring, line: Int) {
        guard let colon = label.lastIndex(of: ":") else { return (label[...], -1) }
        let digits = label[label.index(after: colon)...]
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 &- 0x30 < 10 }), let line = Int(digits) else { return (label[...], -1) }
        return (label[..<colon], line)
    }

    /// The sentence's text as duplicates are recognised: lowercase letters and digits, every
    /// other run of characters one space. A wire story reprinted with other quotes, dashes or
    /// spacing has the same key.
    public var sentenceKey: String { Self.sentenceKey(quote) }

    /// The key ``sentenceKey`` gives `text`.
    public static func sentenceKey(_ text: String) -> String {
        // Byte by byte over the UTF-8, ASCII by arithmetic and the rest by its Unicode
        // properties: support and the folding counts read every quote of a graph, and news text
        // is mostly ASCII with typographic quotes and dashes. The key is written through a
        // pointer into scratch space (an array's append checks capacity and uniqueness per byte,
        // which was most of the time), then copied once into the string. All state is local to
        // the closure (a captured variable would be checked for exclusive access on every byte).
        var text = text
        return text.withUTF8 { utf8 in
            // A key is never longer than three times its text: an ASCII byte gives at most
            // itself and a space, a scalar of two or more bytes at most three bytes of lower
            // case (İ, two bytes, gives i and a combining dot, three) and a space.
            let capacity = 3 * utf8.count + 8
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
                var n = 0
                var pendingSpace = false
                var i = 0
                while i < utf8.count {
                    let byte = utf8[i]
                    if byte < 0x80 {
                        i += 1
                        let lower = byte | 0x20
                        let kept: UInt8
                        if lower &- 0x61 < 26 {
                            kept = lower
                        } else if byte &- 0x30 < 10 {
                            kept = byte
                        } else {
                            pendingSpace = true
                            continue
                        }
                        if pendingSpace && n > 0 {
                            out[n] = 0x20
                            n += 1
                        }
                        pendingSpace = false
                        out[n] = kept
                        n += 1
                        continue
                    }
                    // A multi-byte scalar (a String's UTF-8 is valid): decoded here, judged by
                    // its Unicode properties.
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length where i + k < utf8.count { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                    i += length
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                        if pendingSpace && n > 0 {
                            out[n] = 0x20
                            n += 1
                        }
                        pendingSpace = false
                        for b in scalar.properties.lowercaseMapping.utf8 {
                            // The bound above holds for Unicode's case tables as they are; this
                            // keeps a future table from writing past the scratch space.
                            guard n < capacity else { return slowSentenceKey(utf8) }
                            out[n] = b
                            n += 1
                        }
                    } else {
                        pendingSpace = true
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
            }
        }
    }

    /// ``sentenceKey(_:)`` into a growing array: the same key, for the case the scratch space's
    /// bound does not hold.
    private static func slowSentenceKey(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out += " " }
                pendingSpace = false
                out += scalar.properties.lowercaseMapping
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// `evidence` sorted, with one copy of each sentence (the first in sort order).
    public static func sortedUnique(_ evidence: some Sequence<Evidence>) -> [Evidence] {
        sortedUnique(Array(evidence))
    }

    static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
        // Most edges have one sentence: the list is kept, not copied.
        guard evidence.count > 1 else { return evidence }
        // A list already sorted and unique (an aggregated edge's evidence comes in document and
        // sentence order; an update decodes every kept edge's) is kept: one pass of comparisons
        // instead of a sort that copies and compares every item many times.
        if evidence.withUnsafeBufferPointer(Self.strictlyIncreasing) { return evidence }
        var out: [Evidence] = []
        for e in Self.sorted(evidence) where out.last != e { out.append(e) }
        return out
    }

    /// Whether each item comes strictly before the next: sorted with no two copies of a sentence.
    private static func strictlyIncreasing(_ items: UnsafeBufferPointer<Evidence>) -> Bool {
        for i in 1..<items.count where !precedes(items[i - 1], items[i]) { return false }
        return true
    }

    /// `a != b && a < b` in one pass over the fields, without copying either: the order's fields
    /// (document, sentence, offsets, quote) compared as a tuple; the rule only orders items
    /// equal in all of them, which this says are not in order.
    @inline(__always)
    private static func precedes(_ a: borrowing Evidence, _ b: borrowing Evidence) -> Bool {
        // `<` first: in a sorted list two documents are told apart by one comparison (`!=` and
        // then `<` compared their names twice), and copies of one name are equal at once.
        if a.doc < b.doc { return true }
        if a.doc != b.doc { return false }
        if a.sentence != b.sentence { return a.sentence < b.sentence }
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.quote < b.quote
    }

    /// `evidence` sorted. A list whose documents come in order (an aggregated edge's: documents
    /// in name order, each one's sentences in the order found) is sorted one document's run at a
    /// time: the document is the first thing compared, so the runs in order are the whole list in
    /// order, and sorting a few sentences at a time compares far fewer names.
    private static func sorted(_ evidence: [Evidence]) -> [Evidence] {
        for i in evidence.indices.dropFirst() where evidence[i].doc < evidence[i - 1].doc {
            return evidence.sorted()
        }
        var out: [Evidence] = []
        out.reserveCapacity(evidence.count)
        var start = 0
        while start < evidence.count {
            var end = start + 1
            while end < evidence.count, evidence[end].doc == evidence[start].doc { end += 1 }
            out.append(contentsOf: evidence[start..<end].sorted())
            start = end
        }
        return out
    }
}

extension [Evidence] {
    /// Adds a sorted, unique list to this sorted, unique one, keeping it so.
    mutating func formSortedUnion(_ more: [Evidence]) {
        guard !more.isEmpty else { return }
        // Evidence of later documents (an update's new ones, named after the old) goes at the
        // end: one comparison instead of a pass over the whole list.
        if let last, let first = more.first, last != first, last < first {
            append(contentsOf: more)
            return
        }
        self = isEmpty ? more : Evidence.sortedUnique(self + more)
    }
}
