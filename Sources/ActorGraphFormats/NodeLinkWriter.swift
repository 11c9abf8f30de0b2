import ActorGraphModel
import Foundation

/// graph.json written directly as bytes, byte for byte what `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` makes of ``NodeLinkJSON``'s document:
/// two-space indents, `"key" : value`, keys in sorted order, an empty array or object as an
/// opening line, an empty line and the closing bracket, strings escaped only where JSON requires
/// (`"`, `\`, and control characters: `\b \f \n \r \t`, the rest `\u00xx` in lower-case hex).
///
/// A large corpus's graph.json is tens of megabytes of evidence: `JSONEncoder` builds a tree of
/// boxed values for every quote before writing, which made graph.json the slowest part of an
/// update. `NodeLinkWriterTests` compares the two encodings.
struct NodeLinkWriter {
    private var bytes: [UInt8] = []

    /// The file's bytes, ending in a newline.
    static func encode(_ graph: ActorGraph) -> Data {
        Data(bytes(graph))
    }

    /// ``encode(_:)``'s bytes as the array they are written into (making a `Data` of them copies
    /// the whole file).
    static func bytes(_ graph: ActorGraph) -> [UInt8] {
        var writer = NodeLinkWriter()
        writer.bytes.reserveCapacity(writer.estimate(graph))
        writer.document(graph)
        writer.bytes.append(0x0A)
        return writer.bytes
    }

    /// About the file's size, so that the buffer is rarely grown.
    private func estimate(_ graph: ActorGraph) -> Int {
        var size = 256 + graph.actorCount * 160
        for relation in graph.relations {
            size += 200
            for e in relation.evidence { size += 180 + e.quote.utf8.count + e.doc.utf8.count + (e.rule?.utf8.count ?? 0) }
        }
        return size
    }

    // Keys in the order `.sortedKeys` gives them (each object's set is fixed and ASCII).
    private mutating func document(_ graph: ActorGraph) {
        open("{")
        key("directed", indent: 1)
        raw("true")
        comma()
        key("edges", indent: 1)
        array(graph.relations, indent: 1) { writer, relation in writer.edge(relation, indent: 2) }
        comma()
        key("graph", indent: 1)
        open("{")
        emptyClose("}", indent: 1)
        comma()
        key("multigraph", indent: 1)
        raw("true")
        comma()
        key("nodes", indent: 1)
        array(graph.actors, indent: 1) { writer, actor in writer.node(actor, indent: 2) }
        close("}", indent: 0)
    }

    private mutating func node(_ actor: Actor, indent: Int) {
        open("{")
        key("aliases", indent: indent + 1)
        array(actor.aliases, indent: indent + 1) { writer, alias in writer.string(alias) }
        if let date = actor.date {
            comma()
            key("date", indent: indent + 1)
            string(date)
        }
        comma()
        key("id", indent: indent + 1)
        string(actor.id.rawValue)
        comma()
        key("kind", indent: indent + 1)
        string(actor.kind.rawValue)
        comma()
        key("label", indent: indent + 1)
        string(actor.name)
        if let place = actor.place {
            comma()
            key("place", indent: indent + 1)
            string(place)
        }
        close("}", indent: indent)
    }

    private mutating func edge(_ relation: Relation, indent: Int) {
        open("{")
        key("evidence", indent: indent + 1)
        array(relation.evidence, indent: indent + 1) { writer, e in writer.evidence(e, indent: indent + 2) }
        comma()
        key("key", indent: indent + 1)
        string(relation.kind.rawValue)
        comma()
        key("relation", indent: indent + 1)
        string(relation.kind.rawValue)
        comma()
        key("source", indent: indent + 1)
        string(relation.subject.rawValue)
        comma()
        key("support", indent: indent + 1)
        number(relation.support)
        comma()
        key("target", indent: indent + 1)
        string(relation.object.rawValue)
        close("}", indent: indent)
    }

    private mutating func evidence(_ e: Evidence, indent: Int) {
        open("{")
        key("doc", indent: indent + 1)
        string(e.doc)
        comma()
        key("end", indent: indent + 1)
        number(e.end)
        comma()
        key("quote", indent: indent + 1)
        string(e.quote)
        if let rule = e.rule {
            comma()
            key("rule", indent: indent + 1)
            string(rule)
        }
        comma()
        key("sentence", indent: indent + 1)
        number(e.sentence)
        comma()
        key("start", indent: indent + 1)
        number(e.start)
        close("}", indent: indent)
    }

    /// `[`, each element on its own lines one level in, `]`; an empty array is `[`, an empty
    /// line, `]`.
    private mutating func array<C: Collection>(_ elements: C, indent: Int, _ element: (inout NodeLinkWriter, C.Element) -> Void) {
        open("[")
        guard !elements.isEmpty else { return emptyClose("]", indent: indent) }
        var first = true
        for item in elements {
            if !first { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
            first = false
            indentation(indent + 1)
            element(&self, item)
        }
        close("]", indent: indent)
    }

    /// An object's or array's opening bracket, after its key or its line's indentation.
    private mutating func open(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
    }

    private mutating func emptyClose(_ bracket: Unicode.Scalar, indent: Int) {
        bytes.append(0x0A)
        close(bracket, indent: indent)
    }

    private mutating func close(_ bracket: Unicode.Scalar, indent: Int) {
        bytes.append(0x0A)
        indentation(indent)
        bytes.append(UInt8(ascii: bracket))
    }

    private mutating func comma() {
        bytes.append(UInt8(ascii: ","))
    }

    /// A new line at `indent`, the key and ` : `; the first key of an object follows its `{`.
    private mutating func key(_ name: StaticString, indent: Int) {
        bytes.append(0x0A)
        indentation(indent)
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    private mutating func indentation(_ level: Int) {
        // A slice of spaces is one copy; `repeatElement` was appended an element at a time, on
        // every line of the file (the nesting is never deeper than the slice; deeper still works).
        var count = 2 * level
        while count > 0 {
            let run = min(count, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<run])
            count -= run
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 32)

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func number(_ value: Int) {
        // Offsets and counts: small non-negative numbers, written without a String.
        guard value >= 0 else { return bytes.append(contentsOf: String(value).utf8) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private mutating func string(_ text: String) {
        bytes.appendJSONString(text)
    }
}
