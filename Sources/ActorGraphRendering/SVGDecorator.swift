import ActorGraphModel
import ActorGraphStyle
import Foundation

/// Finishes an SVG that Graphviz drew from ``DOTEncoder`` text, for reading on a screen:
///
/// - each node's and edge's `<title>` (which Graphviz fills with synthetic node names such as
///   `n0->n8`) becomes the first line of its tooltip: "Russia (state)", "Russia backs Bashar
///   al-Assad (3 documents)";
/// - each edge of a relation gets its relation's exact dash pattern from the style table
///   (Graphviz knows only dashed and dotted);
/// - each edge line gets a wide, transparent companion path on top (class `hit`), so the pointer
///   finds a 1-pixel edge and its tooltip and click target;
/// - the drawing's fixed size in points becomes `100%` (the `viewBox` stays), so a browser fits
///   the whole diagram, legend included, to its window instead of showing its top-left corner.
///
/// The input is Graphviz 2.42's SVG, one element a line; the output is deterministic (a pure
/// function of the input). Anything else passes through unchanged.
public enum SVGDecorator {
    /// The width of an edge's hover target, in SVG user units (points).
    public static let hitWidth = 12

    /// The decorated SVG.
    public static func decorate(_ svg: Data) -> Data {
        guard let text = String(data: svg, encoding: .utf8) else { return svg }
        return Data(decorate(text).utf8)
    }

    /// The decorated SVG text.
    public static func decorate(_ svg: String) -> String {
        var lines = Self.lines(svg)
        var output: [String] = []
        output.reserveCapacity(lines.count + lines.count / 4)
        var edgeDash: String??  // nil: not in an edge; .some(nil): an edge drawn solid
        var inEdge = false
        var index = 0
        while index < lines.count {
            var line = lines[index]
            if line.hasPrefix("<svg width=\""), index + 1 < lines.count, lines[index + 1].hasPrefix(" viewBox=") {
                line = #"<svg width="100%" height="100%""#
            } else if line.hasPrefix("<g id=\""), let classes = attribute("class", in: line) {
                let tokens = classes.split(separator: " ").map(String.init)
                if tokens.first == "node" || tokens.first == "edge" {
                    inEdge = tokens.first == "edge"
                    edgeDash = tokens.dropFirst().compactMap(RelationKind.init(rawValue:)).first.map { $0.style.dashArray }
                    // The title line follows; the tooltip, when there is one, the line after.
                    if index + 2 < lines.count, lines[index + 1].hasPrefix("<title>"),
                       let tooltip = attribute("xlink:title", in: lines[index + 2])
                    {
                        // The first line only (splitting the whole tooltip, every quote of the
                        // edge, into lines was half of decorating a large graph's SVG).
                        let first = firstLine(of: tooltip)
                        lines[index + 1] = "<title>" + first + "</title>"
                    }
                } else {
                    inEdge = false
                    edgeDash = nil
                }
            } else if inEdge, line.hasPrefix("<path fill=\"none\""), let path = attribute("d", in: line) {
                if let dash = edgeDash {
                    line = withDash(line, dash)
                }
                output.append(line)
                output.append("<path class=\"hit\" fill=\"none\" stroke=\"transparent\" stroke-width=\"\(hitWidth)\" pointer-events=\"stroke\" d=\"\(path)\"/>")
                index += 1
                continue
            } else if inEdge, line.hasPrefix("<polygon"), edgeDash != nil {
                // Arrowheads stay solid.
                line = withDash(line, nil)
            }
            output.append(line)
            index += 1
        }
        return output.joined(separator: "\n")
    }

    /// `svg` split at "\n" as `components(separatedBy: "\n")` splits it (at each line feed that is
    /// a Character of its own, not the end of "\r\n"), by its bytes: Foundation's split was a
    /// twentieth of an update's instructions on a large corpus.
    static func lines(_ svg: String) -> [String] {
        var lines: [String] = []
        var svg = svg
        svg.withUTF8 { bytes in
            var start = 0
            for i in bytes.indices where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        }
        return lines
    }

    /// `line` with its `stroke-dasharray` replaced by `dash`, or removed when `dash` is nil.
    static func withDash(_ line: String, _ dash: String?) -> String {
        // An ASCII line (Graphviz writes its paths so) by its bytes: the regular expression below
        // bridged each line to search it, a tenth of the decoration's time.
        if let edited = byBytes(line, { bytes in asciiWithDash(bytes, dash) }) { return edited }
        let stripped = line.replacingOccurrences(of: #" stroke-dasharray="[^"]*""#, with: "", options: .regularExpression)
        guard let dash else { return stripped }
        return stripped.replacingOccurrences(of: " d=\"", with: " stroke-dasharray=\"\(dash)\" d=\"", options: [], range: stripped.range(of: " d=\""))
    }

    /// ``withDash(_:_:)`` of an all-ASCII line and dash, by bytes: every ` stroke-dasharray="…"`
    /// up to its closing quote removed (the expression's matches, left to right), then the dash
    /// put before the first ` d="`; nil when the line or the dash is not all ASCII.
    private static func asciiWithDash(_ bytes: UnsafeBufferPointer<UInt8>, _ dash: String?) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }), dash?.utf8.allSatisfy({ $0 < 0x80 }) ?? true else { return nil }
        let attribute = Array(" stroke-dasharray=\"".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var copied = 0, from = 0
        while let at = find(attribute, in: bytes, from: from) {
            guard let close = bytes[(at + attribute.count)...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<at]))
            copied = close + 1
            from = close + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        if let dash {
            let path = Array(" d=\"".utf8)
            let first = out.withUnsafeBufferPointer { find(path, in: $0, from: 0) }
            if let first { out.insert(contentsOf: Array(" stroke-dasharray=\"\(dash)\"".utf8), at: first) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of attribute `name` in one line of XML, as written (entities not decoded).
    static func attribute(_ name: String, in line: String) -> String? {
        if let found = byBytes(line, { bytes -> String?? in
            let needle = Array(" \(name)=\"".utf8)
            // No byte match, no match: `name=\"` has no character that another canonically equals.
            guard let at = find(needle, in: bytes, from: 0) else { return .some(nil) }
            let start = at + needle.count
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else {
                return isBoundary(at, bytes, line) && isBoundary(start, bytes, line) ? .some(nil) : nil
            }
            guard isBoundary(at, bytes, line), isBoundary(start, bytes, line), isBoundary(end, bytes, line), isBoundary(end + 1, bytes, line) else { return nil }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }) {
            return found
        }
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        guard let end = line[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(line[start.upperBound..<end])
    }

    /// `tooltip` up to its first line break as Graphviz writes it ("&#10;"), or all of it.
    static func firstLine(of tooltip: String) -> String {
        if let found = byBytes(tooltip, { bytes -> String? in
            let needle = Array("&#10;".utf8)
            // ";" has a canonical equivalent, U+037E (bytes CD BE), which Foundation's search
            // takes for it: where one comes before the first byte match, it decides.
            let match = find(needle, in: bytes, from: 0)
            let end = match.map { $0 + needle.count } ?? bytes.count
            guard find([0xCD, 0xBE], in: UnsafeBufferPointer(rebasing: bytes[..<end]), from: 0) == nil else { return nil }
            guard let at = match else { return tooltip }
            guard isBoundary(at, bytes, tooltip), isBoundary(at + needle.count, bytes, tooltip) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<at]), as: UTF8.self)
        }) {
            return found
        }
        return tooltip.range(of: "&#10;").map { String(tooltip[..<$0.lowerBound]) } ?? tooltip
    }

    // MARK: By bytes
    //
    // `attribute` and `firstLine` searched with Foundation (a String bridged to UTF-16) and walked
    // Characters through every tooltip, which holds every quote of an edge: four fifths of
    // decorating a large graph's SVG. They search the bytes instead, and take the answer when
    // every place it cuts the text is a Character boundary (ASCII on both sides, or asked of
    // the String) — there a byte match of ASCII text is the Character match; anywhere else
    // (a delimiter with a combining mark after it, say) the Character search decides.

    /// `body`'s answer on `text`'s UTF-8 bytes: nil when it cannot decide.
    private static func byBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        var text = text
        return text.withUTF8 { body($0) }
    }

    /// The first offset of `needle` in `bytes` from `from`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            guard let at = bytes[i...last].firstIndex(of: first) else { return nil }
            var k = 1
            while k < needle.count, bytes[at + k] == needle[k] { k += 1 }
            if k == needle.count { return at }
            i = at + 1
        }
        return nil
    }

    /// Whether byte offset `i` of `text` (whose bytes are `bytes`) is a Character boundary.
    private static func isBoundary(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        if i <= 0 || i >= bytes.count { return true }
        let before = bytes[i - 1], after = bytes[i]
        if before < 0x80, after < 0x80 { return !(before == 0x0D && after == 0x0A) }
        return String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: i), within: text) != nil
    }
}
