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
    /// Where full buffers go when the file is streamed (``write(_:to:reusing:)``), and the first
    /// error writing one gave (nothing more is written after it).
    private var sink: FileSink?
    private var failure: (any Error)?
    /// Bytes already given to the sink.
    private var written = 0
    /// Where each edge went, as written so far.
    private var layout = NodeLinkLayout()
    /// The file written before, whose unchanged edges are copied rather than encoded again.
    private var previous: PreviousFile?

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

    /// Writes ``encode(_:)``'s bytes into `sink` through a buffer of about ``FileSink/piece``
    /// bytes, never holding the whole file (tens of megabytes for a large corpus's graph). An edge
    /// of `previous` (the file written before, with the graph and layout it was written from)
    /// whose object would be written the same is copied from that file; one whose evidence only
    /// grew at its end has its evidence up to there copied. Everything else is encoded.
    /// - Returns: where each edge went.
    /// - Throws: what writing into `sink`, or copying from `previous`, throws.
    static func write(_ graph: ActorGraph, to sink: FileSink, reusing previous: NodeLinkJSON.Previous? = nil) throws -> NodeLinkLayout {
        var writer = NodeLinkWriter()
        writer.sink = sink
        // A file that cannot be opened or is not its layout's size is not copied from.
        writer.previous = previous.flatMap { try? PreviousFile($0) }
        defer { writer.previous?.release() }
        writer.bytes.reserveCapacity(FileSink.piece + FileSink.piece / 2)
        writer.document(graph)
        writer.bytes.append(0x0A)
        writer.drain(atLeast: 0)
        if let failure = writer.failure { throw failure }
        writer.layout.size = writer.offset
        return writer.layout
    }

    /// The offset in the file of the next byte written.
    private var offset: Int { written + bytes.count }

    /// Writes the buffer into the sink when it holds `atLeast` bytes (and there is a sink).
    private mutating func drain(atLeast: Int = FileSink.piece) {
        guard let sink, bytes.count >= atLeast else { return }
        if failure == nil {
            do { try sink.write(bytes) } catch { failure = error }
        }
        written += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }

    /// Copies `range` of the previous file into the sink, after what is buffered.
    private mutating func copy(_ range: Range<Int>) {
        guard let sink, let previous else { return }
        drain(atLeast: 0)
        if failure == nil {
            do { try sink.copy(from: previous.descriptor, range: range, source: previous.path) } catch { failure = error }
        }
        written += range.count
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
        drain()
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
        let start = offset
        if let old = previous?.relations[relation.key] {
            // The same object: copied whole.
            if old.relation == relation {
                copy(old.place.start..<old.place.end)
                layout.edges.append(.init(start: start, itemsEnd: old.place.itemsEnd.map { $0 - old.place.start + start }, end: offset))
                return
            }
            // Evidence added after the old (new documents naming after the old ones): the old
            // items are copied, the new ones and the edge's other keys written.
            let count = old.relation.evidence.count
            if let itemsEnd = old.place.itemsEnd, count > 0, relation.evidence.count > count,
               Self.starts(relation.evidence, with: old.relation.evidence)
            {
                copy(old.place.start..<itemsEnd)
                for e in relation.evidence[count...] {
                    bytes.append(UInt8(ascii: ","))
                    bytes.append(0x0A)
                    indentation(indent + 2)
                    evidence(e, indent: indent + 2)
                }
                let end = offset
                close("]", indent: indent + 1)
                edgeKeys(relation, indent: indent)
                layout.edges.append(.init(start: start, itemsEnd: end, end: offset))
                return
            }
        }
        open("{")
        key("evidence", indent: indent + 1)
        let itemsEnd = array(relation.evidence, indent: indent + 1) { writer, e in writer.evidence(e, indent: indent + 2) }
        edgeKeys(relation, indent: indent)
        layout.edges.append(.init(start: start, itemsEnd: itemsEnd, end: offset))
    }

    /// Whether `items` begins with `prefix` (``Evidence/==``), compared in place by index
    /// (`elementsEqual` on a slice copied each item of both sides).
    private static func starts(_ items: [Evidence], with prefix: [Evidence]) -> Bool {
        guard items.count >= prefix.count else { return false }
        for i in prefix.indices where !(items[i] == prefix[i]) { return false }
        return true
    }

    /// An edge's keys after its evidence, and its closing brace.
    private mutating func edgeKeys(_ relation: Relation, indent: Int) {
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
        drain()
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
    /// - Returns: the offset just past the last element (nil when there is none).
    @discardableResult
    private mutating func array<C: Collection>(_ elements: C, indent: Int, _ element: (inout NodeLinkWriter, C.Element) -> Void) -> Int? {
        open("[")
        guard !elements.isEmpty else {
            emptyClose("]", indent: indent)
            return nil
        }
        var first = true
        for item in elements {
            if !first { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
            first = false
            indentation(indent + 1)
            element(&self, item)
        }
        let end = offset
        close("]", indent: indent)
        return end
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
        bytes.appendDecimal(value)
    }

    private mutating func string(_ text: String) {
        bytes.appendJSONString(text)
    }
}

/// The previous file, open for reading, with its edges by key.
private struct PreviousFile {
    var path: String
    var descriptor: Int32
    var relations: [EdgeKey: (relation: Relation, place: NodeLinkLayout.Edge)] = [:]

    /// Opens the file of `previous`.
    /// - Throws: ``FormatError`` when it cannot be opened, or its size or edge count is not
    ///   its layout's (it is then not the file the layout describes).
    init(_ previous: NodeLinkJSON.Previous) throws {
        path = previous.path
        descriptor = open(previous.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FormatError(previous.path, "cannot read: \(String(cString: strerror(errno)))") }
        var info = stat()
        let relations = previous.graph.relations
        guard fstat(descriptor, &info) == 0, Int(info.st_size) == previous.layout.size, relations.count == previous.layout.edges.count else {
            close(descriptor)
            throw FormatError(previous.path, "is not the file its layout describes")
        }
        for (relation, place) in zip(relations, previous.layout.edges) { self.relations[relation.key] = (relation, place) }
    }

    /// Closes the file.
    func release() {
        close(descriptor)
    }
}
