import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An SVG that Graphviz drew, given the tooltips of another DOT text of the same drawing.
///
/// Tooltips are hover text: Graphviz writes them into the SVG (each node's and edge's anchor,
/// `<g id="a_ID"><a xlink:title="…">`) but they take no part in the layout. When an update
/// changes only the evidence of edges (the tooltips list an edge's quotes), the drawing of the
/// last build is the new one but for those attributes: an update takes the kept SVG and writes
/// the new tooltips into it instead of laying the graph out again (most of Graphviz's time).
///
/// Conservative by construction: every anchor of the SVG must carry an id that the DOT gives a
/// tooltip to, and every tooltip of the DOT must have exactly one anchor; anything else (edge
/// labels with anchors of their own, an attribute list with a tooltip but no id, tooltips turned
/// off) gives nil, and the caller draws with Graphviz. A build keeps an SVG only when writing
/// its own DOT's tooltips into it gives back its very bytes (``retitled(_:tooltips:)`` against
/// Graphviz's output), so an escaping this type does not know is never written.
public enum SVGTooltips {
    /// The tooltip of each element of `dot` that has an `id` and a `tooltip` (as Graphviz reads
    /// the text: DOT's escapes undone), by id; nil when the text cannot be read so (an attribute
    /// list with a tooltip and no id, an id given twice, an unterminated string).
    public static func tooltips(inDOT dot: String) -> [String: [UInt8]]? {
        var dot = dot
        return dot.withUTF8 { bytes in
            var scanner = DOTScanner(bytes: bytes)
            return scanner.tooltips()
        }
    }

    /// `svg` (Graphviz's, decorated by ``SVGDecorator``) with each anchor's `xlink:title`
    /// replaced by the tooltip `tooltips` gives its id, escaped as Graphviz 2.42 escapes it, and
    /// the `<title>` the decorator made of the old tooltip (a node's or an edge's, the line
    /// before its anchor's) made of the new one; nil unless the anchors and the tooltips match
    /// one to one (see the type's discussion).
    public static func retitled(_ svg: Data, tooltips: [String: [UInt8]]) -> Data? {
        svg.withUnsafeBytes { raw -> Data? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + bytes.count / 8)
            var used = Set<String>()
            var copied = 0
            var at = 0
            let anchor = Array(#"<g id="a_"#.utf8), title = Array(#" xlink:title=""#.utf8)
            while let start = find(anchor, in: bytes, from: at) {
                let idStart = start + anchor.count
                guard let idEnd = find([UInt8(ascii: "\"")], in: bytes, from: idStart) else { return nil }
                let lineEnd = find([UInt8(ascii: "\n")], in: bytes, from: idEnd) ?? bytes.count
                guard let titleAt = find(title, in: bytes, from: idEnd), titleAt < lineEnd else { return nil }
                let valueStart = titleAt + title.count
                guard let valueEnd = find([UInt8(ascii: "\"")], in: bytes, from: valueStart), valueEnd < lineEnd else { return nil }
                guard let id = unescapedID(bytes[idStart..<idEnd]), let tooltip = tooltips[id], used.insert(id).inserted else { return nil }
                var escaped = [UInt8]()
                escaped.reserveCapacity(tooltip.count + tooltip.count / 8)
                appendEscaped(tooltip, to: &escaped)
                if let line = decoratedTitle(before: start, in: bytes, from: copied) {
                    // The decorator's title: the first line of the tooltip as written.
                    out.append(contentsOf: bytes[copied..<line.lowerBound])
                    out.append(contentsOf: "<title>".utf8)
                    out.append(contentsOf: SVGDecorator.firstLine(of: String(decoding: escaped, as: UTF8.self)).utf8)
                    out.append(contentsOf: "</title>".utf8)
                    copied = line.upperBound
                }
                out.append(contentsOf: bytes[copied..<valueStart])
                out.append(contentsOf: escaped)
                copied = valueEnd
                at = valueEnd
            }
            // Every tooltip went to an anchor, and every title of the SVG was an anchor's.
            guard used.count == tooltips.count, count(title, in: bytes) == used.count else { return nil }
            out.append(contentsOf: bytes[copied...])
            return Data(out)
        }
    }

    /// The `<title>…</title>` line (without its line break) before the anchor line at `start`
    /// when the line before it opens a node or an edge (``SVGDecorator`` sets such a title to
    /// the tooltip's first line), not before `floor`; nil otherwise.
    static func decoratedTitle(before start: Int, in bytes: UnsafeBufferPointer<UInt8>, from floor: Int) -> Range<Int>? {
        guard start > 0, bytes[start - 1] == 0x0A else { return nil }
        let titleEnd = start - 1
        guard let titleStart = lineStart(before: titleEnd, in: bytes), titleStart >= floor, titleStart > 0 else { return nil }
        let line = UnsafeBufferPointer(rebasing: bytes[titleStart..<titleEnd])
        guard line.starts(with: "<title>".utf8), line.reversed().starts(with: "</title>".utf8.reversed()) else { return nil }
        guard let groupStart = lineStart(before: titleStart - 1, in: bytes) else { return nil }
        let group = String(decoding: UnsafeBufferPointer(rebasing: bytes[groupStart..<(titleStart - 1)]), as: UTF8.self)
        guard group.hasPrefix(#"<g id=""#), let classes = SVGDecorator.attribute("class", in: group),
              let first = classes.split(separator: " ").first, first == "node" || first == "edge"
        else { return nil }
        return titleStart..<titleEnd
    }

    /// The offset where the line ending at `end` (a line break, or the end) starts.
    private static func lineStart(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard end >= 0, end <= bytes.count else { return nil }
        var i = end
        while i > 0, bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// `text` as Graphviz 2.42 writes an attribute value of raw text into SVG (`xml_string0`
    /// with `raw`): `&`, `<`, `>`, `"`, `'`, `-` (not allowed in comments), line breaks and
    /// every space after a space as character references.
    static func appendEscaped(_ text: [UInt8], to out: inout [UInt8]) {
        var previous: UInt8 = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "-"): out.append(contentsOf: "&#45;".utf8)
            case UInt8(ascii: " ") where previous == UInt8(ascii: " "): out.append(contentsOf: "&#160;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case 0x0A: out.append(contentsOf: "&#10;".utf8)
            case 0x0D: out.append(contentsOf: "&#13;".utf8)
            default: out.append(byte)
            }
            previous = byte
        }
    }

    /// An anchor's id as written in the SVG, its character references undone (Graphviz writes
    /// `-` as `&#45;`); nil for a reference other than the few Graphviz writes.
    static func unescapedID(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard bytes[i] == UInt8(ascii: "&") else {
                out.append(bytes[i])
                i += 1
                continue
            }
            guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ";")) else { return nil }
            switch String(decoding: bytes[i...end], as: UTF8.self) {
            case "&#45;": out.append(UInt8(ascii: "-"))
            case "&amp;": out.append(UInt8(ascii: "&"))
            case "&lt;": out.append(UInt8(ascii: "<"))
            case "&gt;": out.append(UInt8(ascii: ">"))
            case "&quot;": out.append(UInt8(ascii: "\""))
            case "&#39;": out.append(UInt8(ascii: "'"))
            case "&#160;": out.append(UInt8(ascii: " "))
            default: return nil
            }
            i = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// How many times `needle` occurs in `bytes`.
    static func count(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0, at = 0
        while let found = find(needle, in: bytes, from: at) {
            count += 1
            at = found + needle.count
        }
        return count
    }

    /// The first place of `needle` in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard !needle.isEmpty, from <= bytes.count, let base = bytes.baseAddress else { return nil }
        // memchr for the first byte, memcmp for the rest (Glibc's module has no memmem).
        return needle.withUnsafeBytes { n -> Int? in
            guard let rest = n.baseAddress else { return nil }
            var i = from
            while i + needle.count <= bytes.count {
                guard let hit = memchr(base + i, Int32(needle[0]), bytes.count - needle.count + 1 - i) else { return nil }
                let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                if memcmp(base + at, rest, needle.count) == 0 { return at }
                i = at + 1
            }
            return nil
        }
    }
}

/// Reads the attribute lists (`[…]`) of DOT text as ``DOTEncoder`` writes it, skipping quoted
/// strings and HTML-like strings (`<…>`) outside them.
private struct DOTScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func tooltips() -> [String: [UInt8]]? {
        var found: [String: [UInt8]] = [:]
        while at < bytes.count {
            switch bytes[at] {
            case UInt8(ascii: "\""):
                guard quoted() != nil else { return nil }
            case UInt8(ascii: "<"):
                guard html() else { return nil }
            case UInt8(ascii: "["):
                at += 1
                guard let (id, tooltip) = attributes() else { return nil }
                if let tooltip {
                    guard let id, found.updateValue(tooltip, forKey: id) == nil else { return nil }
                }
            default:
                at += 1
            }
        }
        return found
    }

    /// The `id` and `tooltip` of the attribute list after `[`, up to and past its `]`.
    mutating func attributes() -> (id: String?, tooltip: [UInt8]?)? {
        var id: String?, tooltip: [UInt8]?
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "]") {
                at += 1
                return (id, tooltip)
            }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
                at += 1
                continue
            }
            let nameStart = at
            while at < bytes.count, bytes[at] != UInt8(ascii: "=") {
                guard bytes[at] != UInt8(ascii: "]"), bytes[at] != UInt8(ascii: "\"") else { return nil }
                at += 1
            }
            guard at < bytes.count else { return nil }
            let name = String(decoding: bytes[nameStart..<at], as: UTF8.self)
            at += 1
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "\""):
                guard let value = quoted() else { return nil }
                if name == "id" {
                    id = String(decoding: value, as: UTF8.self)
                } else if name == "tooltip" {
                    tooltip = Self.tooltipText(value)
                }
            case UInt8(ascii: "<"):
                guard html() else { return nil }
            default:
                while at < bytes.count, bytes[at] != UInt8(ascii: ","), bytes[at] != UInt8(ascii: "]") { at += 1 }
                // A bare id or tooltip (never written by DOTEncoder) is not read.
                if name == "id" || name == "tooltip" { return nil }
            }
        }
        return nil
    }

    /// The raw bytes between the quotes of the string at `at` (escapes kept), moving past it.
    mutating func quoted() -> ArraySlice<UInt8>? {
        let start = at + 1
        var i = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if bytes[i] == UInt8(ascii: "\"") {
                at = i + 1
                return ArraySlice(bytes[start..<i])
            }
            i += 1
        }
        return nil
    }

    /// Moves past the HTML-like string at `at` (nested `<…>`).
    mutating func html() -> Bool {
        var depth = 0
        while at < bytes.count {
            if bytes[at] == UInt8(ascii: "<") { depth += 1 }
            if bytes[at] == UInt8(ascii: ">") {
                depth -= 1
                if depth == 0 {
                    at += 1
                    return true
                }
            }
            at += 1
        }
        return false
    }

    /// A tooltip's quoted bytes as Graphviz ends up reading them (``DOTString``'s `tooltip`
    /// role undone): `\\\\` a backslash, `\"` a quote, `\n` (and `\l`, `\r`) a line break,
    /// `&amp;` an ampersand. Any other escape or entity is kept as written, and the caller's
    /// check (a kept SVG must give back its own bytes) catches what that gets wrong.
    static func tooltipText(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(raw.count)
        let amp = Array("&amp;".utf8)
        var i = raw.startIndex
        while i < raw.endIndex {
            let byte = raw[i]
            if byte == UInt8(ascii: "\\"), i + 1 < raw.endIndex {
                let next = raw[i + 1]
                if next == UInt8(ascii: "\\"), i + 3 < raw.endIndex, raw[i + 2] == UInt8(ascii: "\\"), raw[i + 3] == UInt8(ascii: "\\") {
                    out.append(UInt8(ascii: "\\"))
                    i += 4
                    continue
                }
                if next == UInt8(ascii: "\"") {
                    out.append(next)
                    i += 2
                    continue
                }
                if next == UInt8(ascii: "n") || next == UInt8(ascii: "l") || next == UInt8(ascii: "r") {
                    out.append(0x0A)
                    i += 2
                    continue
                }
            }
            if byte == UInt8(ascii: "&"), raw[i...].starts(with: amp) {
                out.append(byte)
                i += amp.count
                continue
            }
            out.append(byte)
            i += 1
        }
        return out
    }
}
