import ActorGraphModel
import Foundation

/// Reads node-link JSON (graph.json) straight from its UTF-8 bytes into an ``ActorGraph``: a
/// streaming pass of ``JSONScanner`` over the buffer fills plain records, then the graph is built
/// from them. No `JSONDecoder`, no tree of `Any`.
///
/// It reads what `NodeLinkJSON` has always read, with the same checks and the same one-line errors
/// (which were Foundation's `JSONDecoder`'s): bytes that are not JSON are "invalid JSON" wherever
/// they are; of several decoding errors the one reported is the first in the order `JSONDecoder`
/// met them (fields in their declaration order, array elements in order), and graph rules are
/// checked only once the whole document has been read.
struct NodeLinkReader {
    /// A node as the file gives it.
    struct NodeRecord {
        var id = ""
        var label: String?
        var name: String?
        var kind = ""
        var aliases: [String]?
        var place: String?
        var date: String?
    }

    /// An edge as the file gives it. Its ends, key and relation are entries of
    /// ``Document/texts``: a million edges name a few thousand distinct strings, each made once,
    /// and a reader that needs only numbers maps each entry once.
    struct EdgeRecord {
        var source: Int32 = -1
        var target: Int32 = -1
        /// -1 when absent or null, as ``relation``.
        var key: Int32 = -1
        var relation: Int32 = -1
        var evidence: [Evidence]?
        /// Where the evidence array's bytes are, when it was only checked
        /// (``NodeLinkReader/parse(_:source:lazyEvidence:)``) and is neither null nor missing.
        var evidenceBytes: Range<Int>?
    }

    /// What an edge record names, without its evidence.
    struct EdgeEnds {
        var source: Int32
        var target: Int32
        var key: Int32
        var relation: Int32

        init(_ record: borrowing EdgeRecord) {
            (source, target, key, relation) = (record.source, record.target, record.key, record.relation)
        }
    }

    /// The document's parts that build the graph.
    struct Document {
        var nodes: [NodeRecord] = []
        var edges: [EdgeRecord]?
        var links: [EdgeRecord]?
        /// The text of each entry the edge records hold.
        var texts: [String] = []

        /// The text of an edge's relation (or, without one, its key), "" when it has neither.
        func relationText(of edge: EdgeRecord) -> String {
            let entry = edge.relation >= 0 ? edge.relation : edge.key
            return entry >= 0 ? texts[Int(entry)] : ""
        }
    }

    private var scanner: JSONScanner
    private var interner = StringInterner()
    /// Whether evidence is checked and its place kept rather than decoded (``EdgeRecord/evidenceBytes``).
    private let lazyEvidence: Bool
    /// Whether the bytes are a ``MappedFile`` whose pages are given back as edges are read.
    private let releasesPages: Bool
    /// The bytes before this have been given back.
    private var released = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>, lazyEvidence: Bool = false, releasesPages: Bool = false) {
        scanner = JSONScanner(bytes)
        self.lazyEvidence = lazyEvidence
        self.releasesPages = releasesPages
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) {
        scanner = JSONScanner(bytes, at: position)
        lazyEvidence = false
        releasesPages = false
    }

    /// The graph in `data`.
    ///
    /// A document nested deeper than ``NestingDepth/limit`` anywhere is refused with
    /// ``NestingDepth``'s error whatever else is wrong with it, as the other readers refuse it. That
    /// check is a pass of its own over the bytes, so it runs only when it can fail: when the reader
    /// failed, or went deeper than the limit. A document the reader took whole, no deeper, has no
    /// deeper part (the reader's strings and brackets are the check's).
    /// - Parameter source: the file name, for error messages.
    /// - Throws: ``FormatError`` with a one-line reason.
    static func read(_ data: Data, source: String) throws -> ActorGraph {
        try build(try parse(data, source: source, lazyEvidence: false), source: source)
    }

    /// The records of `data`, with evidence decoded, or with evidence only checked and its place
    /// kept when `lazyEvidence` (``EdgeRecord/evidenceBytes``, read later with
    /// ``evidence(in:at:source:)``); errors as ``read(_:source:)`` gives them.
    /// - Parameter releasingPages: `data` is a ``MappedFile``, whose pages may be given back
    ///   once read past.
    static func parse(_ data: Data, source: String, lazyEvidence: Bool, releasingPages: Bool = false) throws -> Document {
        let parsed = try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> Result<Document, JSONReadError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            var reader = NodeLinkReader(bytes, lazyEvidence: lazyEvidence, releasesPages: releasingPages)
            let parsed = Result { () throws(JSONReadError) -> Document in try reader.readDocument() }
            if case .failure = parsed {
                try NestingDepth.checkJSON(bytes, source: source)
            } else if reader.scanner.deepest > NestingDepth.limit {
                try NestingDepth.checkJSON(bytes, source: source)
            }
            return parsed
        }
        switch parsed {
        case let .success(document):
            return document
        case let .failure(error):
            throw FormatError(source, "not node-link JSON: \(error.message)")
        }
    }

    /// The evidence array at `range` of `data`, which a lazy ``parse(_:source:lazyEvidence:)`` has
    /// checked.
    static func evidence(in data: Data, at range: Range<Int>, source: String) throws -> [Evidence] {
        let parsed = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<[Evidence], JSONReadError> in
            var reader = NodeLinkReader(raw.bindMemory(to: UInt8.self), at: range.lowerBound)
            // This reader decodes evidence, so readEvidence returns it (nil is for lazy readers).
            return Result { () throws(JSONReadError) -> [Evidence] in
                try reader.readArray(required: false) { (r: inout NodeLinkReader) throws(JSONReadError) in try r.readEvidence()! } ?? []
            }
        }
        do {
            return try parsed.get()
        } catch {
            throw FormatError(source, "not node-link JSON: \(error.message)")
        }
    }

    /// Parses `data` into records without building the graph, for benchmarks that time the two
    /// steps apart; returns the number of nodes and of edges read.
    static func parseOnly(_ data: Data) throws(JSONReadError) -> (nodes: Int, edges: Int) {
        let parsed = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<Document, JSONReadError> in
            Result { () throws(JSONReadError) -> Document in try parse(raw.bindMemory(to: UInt8.self)) }
        }
        let document = try parsed.get()
        return (document.nodes.count, (document.edges ?? document.links ?? []).count)
    }

    /// Parses the whole document (the caller's bytes stay valid throughout).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONReadError) -> Document {
        var reader = NodeLinkReader(bytes)
        return try reader.readDocument()
    }

    // MARK: Building

    /// The graph of a parsed document: nodes first, then `edges` (or, without them, `links`).
    static func build(_ document: consuming Document, source: String) throws(FormatError) -> ActorGraph {
        // Taken out of the document, so that each edge's evidence can be moved into the graph
        // rather than shared (sharing touches each list's count, far apart in memory, once more).
        var edges = document.edges.take() ?? document.links.take() ?? []
        var graph = ActorGraph()
        graph.reserveCapacity(actors: document.nodes.count, relations: edges.count)
        try addActors(document.nodes, to: &graph, source: source)
        var rules = EdgeRules()
        let texts = document.texts
        for i in edges.indices {
            let edge = EdgeEnds(edges[i])
            let relation = try rules.check(edge, texts: texts, in: &graph, source: source)
            let evidence = edges[i].evidence.take() ?? []
            graph.relateChecked(EdgeKey(ActorID(texts[Int(edge.source)]), relation, ActorID(texts[Int(edge.target)])), evidence: evidence)
        }
        return graph
    }

    /// Adds the actors of `nodes` to `graph`, in order.
    static func addActors(_ nodes: [NodeRecord], to graph: inout ActorGraph, source: String) throws(FormatError) {
        var kinds: [String: ActorKind] = [:]
        do {
            for node in nodes {
                let kind: ActorKind
                if let known = kinds[node.kind] {
                    kind = known
                } else if let parsed = ActorKind(userText: node.kind) {
                    kinds[node.kind] = parsed
                    kind = parsed
                } else {
                    throw FormatError(source, "node “\(node.id)” has unknown kind “\(node.kind)”; use one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                try graph.add(Actor(
                    id: ActorID(node.id), name: node.label ?? node.name ?? node.id, kind: kind,
                    aliases: node.aliases ?? [], place: node.place, date: node.date))
            }
        } catch let error as GraphError {
            throw FormatError(source, error.description)
        } catch let error as FormatError {
            throw error
        } catch {
            throw FormatError(source, "\(error)")
        }
    }

    /// The relation kind of each edge record, each distinct text parsed once.
    struct RelationKinds {
        /// By entry + 1 (-1 is no text): nil not yet parsed, .some(nil) no kind.
        private var known: [RelationKind??] = []

        mutating func kind(of edge: EdgeRecord, in document: Document, source: String) throws(FormatError) -> RelationKind {
            try kind(of: EdgeEnds(edge), texts: document.texts, source: source)
        }

        /// The kind of an edge, or the error that names it.
        mutating func kind(of edge: EdgeEnds, texts: [String], source: String) throws(FormatError) -> RelationKind {
            if let kind = known(edge, texts: texts) { return kind }
            let text = Self.text(of: edge, texts: texts)
            throw FormatError(source, "edge \(texts[Int(edge.source)]) → \(texts[Int(edge.target)]) has unknown relation “\(text)”; use one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }

        /// The kind of an edge, nil when its text names none.
        mutating func known(_ edge: EdgeEnds, texts: [String]) -> RelationKind? {
            let slot = Int(edge.relation >= 0 ? edge.relation : edge.key) + 1
            if slot < known.count, let kind = known[slot] { return kind }
            if slot >= known.count { known.append(contentsOf: repeatElement(nil, count: max(texts.count + 1, slot + 1) - known.count)) }
            let kind = RelationKind(userText: Self.text(of: edge, texts: texts))
            known[slot] = .some(kind)
            return kind
        }

        /// The text of an edge's relation (or, without one, its key), "" when it has neither.
        private static func text(of edge: EdgeEnds, texts: [String]) -> String {
            let entry = edge.relation >= 0 ? edge.relation : edge.key
            return entry >= 0 ? texts[Int(entry)] : ""
        }
    }

    /// The graph's rules for an edge record, checked as ``ActorGraph/relate(_:_:_:evidence:)``
    /// checks them (the relation named, both ends actors of the graph, their kinds allowed), with
    /// each entry's relation and actor kind looked up once: a million edges name a hundred thousand
    /// actors, and a lookup in the graph hashes and compares the id's text.
    struct EdgeRules {
        private var relations = RelationKinds()
        /// The kind of the actor each entry names: nil not yet looked up, .some(nil) no such actor.
        private var kinds: [ActorKind??] = []

        /// The relation of an edge `graph` takes, whose actors are all in; for one it refuses, the
        /// error ``ActorGraph/relate(_:_:_:evidence:)`` gives, as a ``FormatError``.
        mutating func check(_ edge: EdgeEnds, texts: [String], in graph: inout ActorGraph, source: String) throws(FormatError) -> RelationKind {
            let relation = try relations.kind(of: edge, texts: texts, source: source)
            if kinds.count < texts.count { kinds.append(contentsOf: repeatElement(nil, count: texts.count - kinds.count)) }
            if let subject = kind(edge.source, texts: texts, graph: graph), let object = kind(edge.target, texts: texts, graph: graph),
                relation.allows(subject: subject, object: object)
            {
                return relation
            }
            // Refused: relate throws the error it has always thrown.
            do {
                try graph.relate(ActorID(texts[Int(edge.source)]), relation, ActorID(texts[Int(edge.target)]))
            } catch let error as GraphError {
                throw FormatError(source, error.description)
            } catch {
                throw FormatError(source, "\(error)")
            }
            return relation
        }

        private mutating func kind(_ entry: Int32, texts: [String], graph: borrowing ActorGraph) -> ActorKind? {
            if let known = kinds[Int(entry)] { return known }
            let found = graph[ActorID(texts[Int(entry)])]?.kind
            kinds[Int(entry)] = .some(found)
            return found
        }
    }

    // MARK: The document

    private mutating func readDocument() throws(JSONReadError) -> Document {
        guard scanner.peekValue() == .object else {
            // Another JSON value is a type error, anything else not JSON.
            try scanner.skipValue()
            guard scanner.atEnd() else { throw .syntax }
            throw .wrongType
        }
        try scanner.enterContainer()
        var document = Document()
        var fields = FieldTracker()
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if !scanner.isValidKey(key) { fields.noteBadKey() }
            let field: Int? =
                if scanner.token(key, is: "directed") { 0 }
                else if scanner.token(key, is: "multigraph") { 1 }
                else if scanner.token(key, is: "graph") { 2 }
                else if scanner.token(key, is: "nodes") { 3 }
                else if scanner.token(key, is: "edges") { 4 }
                else if scanner.token(key, is: "links") { 5 }
                else { escapedField(key, among: ["directed", "multigraph", "graph", "nodes", "edges", "links"]) }
            guard let field, fields.firstSight(field) else {
                try scanner.skipValue()
                continue
            }
            let mark = scanner.mark
            do throws(JSONReadError) {
                switch field {
                case 0, 1: _ = try readOptionalBool()
                case 2: try scanner.skipValue()  // graph attributes: ignored, whatever they hold
                case 3: document.nodes = try readArray(required: true) { (r: inout NodeLinkReader) throws(JSONReadError) in try r.readNode() } ?? []
                case 4: document.edges = try readArray(required: false) { (r: inout NodeLinkReader) throws(JSONReadError) in try r.readEdge() }
                default: document.links = try readArray(required: false) { (r: inout NodeLinkReader) throws(JSONReadError) in try r.readEdge() }
                }
            } catch {
                try recover(error, field: field, name: Self.documentKeys[field], fields: &fields, from: mark)
            }
        }
        guard scanner.atEnd() else { throw .syntax }
        fields.requireSeen(3, "nodes")
        if let error = fields.firstError { throw error }
        document.texts = interner.texts
        return document
    }

    private static let documentKeys = ["directed", "multigraph", "graph", "nodes", "edges", "links"]
    private static let nodeKeys = ["id", "label", "name", "kind", "aliases", "place", "date"]
    private static let edgeKeys = ["source", "target", "key", "relation", "support", "evidence"]
    private static let evidenceKeys = ["doc", "sentence", "quote", "start", "end", "rule"]

    /// After a decoding error in a field's value: a syntax error stops everything; another is
    /// kept (the first in declaration order wins) and the value is skipped again from its start,
    /// for structure only, so that a syntax error further on is still found.
    private mutating func recover(
        _ error: JSONReadError, field: Int, name: String, fields: inout FieldTracker, from mark: JSONScanner.Mark
    ) throws(JSONReadError) {
        guard error.kind != .syntax else { throw error }
        fields.note(error.within(.key(name)), field: field)
        scanner.rewind(to: mark)
        try scanner.skipValue()
    }

    /// A key written with escapes, compared by its decoded text.
    private mutating func escapedField(_ key: JSONStringToken, among names: [String]) -> Int? {
        guard !key.isPlain, let text = scanner.string(key) else { return nil }
        return names.firstIndex(of: text)
    }

    // MARK: Nodes and edges

    private mutating func readNode() throws(JSONReadError) -> NodeRecord {
        guard scanner.peekValue() == .object else { throw .wrongType }
        try scanner.enterContainer()
        var node = NodeRecord()
        var fields = FieldTracker()
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if !scanner.isValidKey(key) { fields.noteBadKey() }
            let field: Int? =
                if scanner.token(key, is: "id") { 0 }
                else if scanner.token(key, is: "label") { 1 }
                else if scanner.token(key, is: "name") { 2 }
                else if scanner.token(key, is: "kind") { 3 }
                else if scanner.token(key, is: "aliases") { 4 }
                else if scanner.token(key, is: "place") { 5 }
                else if scanner.token(key, is: "date") { 6 }
                else { escapedField(key, among: Self.nodeKeys) }
            guard let field, fields.firstSight(field) else {
                try scanner.skipValue()
                continue
            }
            let mark = scanner.mark
            do throws(JSONReadError) {
                switch field {
                case 0: node.id = try readID()
                case 1: node.label = try readOptionalString()
                case 2: node.name = try readOptionalString()
                case 3: node.kind = try readString(intern: true)
                case 4: node.aliases = try readArray(required: false) { (r: inout NodeLinkReader) throws(JSONReadError) in try r.readString(intern: false) }
                case 5: node.place = try readOptionalString(intern: true)
                default: node.date = try readOptionalString(intern: true)
                }
            } catch {
                try recover(error, field: field, name: Self.nodeKeys[field], fields: &fields, from: mark)
            }
        }
        fields.requireSeen(0, "id")
        fields.requireSeen(3, "kind")
        if let error = fields.firstError { throw error }
        return node
    }

    private mutating func readEdge() throws(JSONReadError) -> EdgeRecord {
        guard scanner.peekValue() == .object else { throw .wrongType }
        try scanner.enterContainer()
        var edge = EdgeRecord()
        var fields = FieldTracker()
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if !scanner.isValidKey(key) { fields.noteBadKey() }
            let field: Int? =
                if scanner.token(key, is: "source") { 0 }
                else if scanner.token(key, is: "target") { 1 }
                else if scanner.token(key, is: "key") { 2 }
                else if scanner.token(key, is: "relation") { 3 }
                else if scanner.token(key, is: "support") { 4 }
                else if scanner.token(key, is: "evidence") { 5 }
                else { escapedField(key, among: Self.edgeKeys) }
            guard let field, fields.firstSight(field) else {
                try scanner.skipValue()
                continue
            }
            let mark = scanner.mark
            do throws(JSONReadError) {
                switch field {
                case 0: edge.source = try readIDEntry(at: .source)
                case 1: edge.target = try readIDEntry(at: .target)
                case 2: edge.key = try readOptionalIDEntry(at: .key)
                case 3: edge.relation = try readOptionalStringEntry(at: .relation)
                case 4: _ = try readOptionalInt()  // written for readers; derived again on reading
                default:
                    if lazyEvidence {
                        _ = scanner.peekValue()  // past the whitespace, to the array's first byte
                        let start = scanner.position
                        let read: [Void]? = try readArray(required: false) { (r: inout NodeLinkReader) throws(JSONReadError) in _ = try r.readEvidence() }
                        edge.evidenceBytes = read == nil ? nil : start..<scanner.position
                    } else {
                        // Not lazy: readEvidence returns what it read.
                        edge.evidence = try readArray(required: false) { (r: inout NodeLinkReader) throws(JSONReadError) in try r.readEvidence()! }
                    }
                }
            } catch {
                try recover(error, field: field, name: Self.edgeKeys[field], fields: &fields, from: mark)
            }
        }
        fields.requireSeen(0, "source")
        fields.requireSeen(1, "target")
        if let error = fields.firstError { throw error }
        if releasesPages, scanner.position - released >= MappedFile.releaseStep {
            MappedFile.release(UnsafeRawBufferPointer(scanner.bytes), released..<scanner.position)
            released = scanner.position
        }
        return edge
    }

    /// One evidence object; when evidence is lazy, checked as it would be decoded but not kept
    /// (nil).
    private mutating func readEvidence() throws(JSONReadError) -> Evidence? {
        guard scanner.peekValue() == .object else { throw .wrongType }
        try scanner.enterContainer()
        var doc = "", quote = ""
        var sentence = 0, start = 0, end = 0
        var rule: String?
        var fields = FieldTracker()
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            if !scanner.isValidKey(key) { fields.noteBadKey() }
            let field: Int? =
                if scanner.token(key, is: "doc") { 0 }
                else if scanner.token(key, is: "sentence") { 1 }
                else if scanner.token(key, is: "quote") { 2 }
                else if scanner.token(key, is: "start") { 3 }
                else if scanner.token(key, is: "end") { 4 }
                else if scanner.token(key, is: "rule") { 5 }
                else { escapedField(key, among: Self.evidenceKeys) }
            guard let field, fields.firstSight(field) else {
                try scanner.skipValue()
                continue
            }
            let mark = scanner.mark
            do throws(JSONReadError) {
                switch field {
                case 0: if lazyEvidence { try checkString() } else { doc = try readString(intern: true) }
                case 1: sentence = try readInt()
                case 2: if lazyEvidence { try checkString() } else { quote = try readString(intern: false) }
                case 3: start = try readInt()
                case 4: end = try readInt()
                default:
                    if !lazyEvidence {
                        rule = try readOptionalString(intern: true)
                    } else if scanner.peekValue() == .null {
                        try scanner.readNull()
                    } else {
                        try checkString()
                    }
                }
            } catch {
                try recover(error, field: field, name: Self.evidenceKeys[field], fields: &fields, from: mark)
            }
        }
        for (field, name) in Self.evidenceKeys.prefix(5).enumerated() { fields.requireSeen(field, name) }
        if let error = fields.firstError { throw error }
        return lazyEvidence ? nil : Evidence(doc: doc, sentence: sentence, quote: quote, start: start, end: end, rule: rule)
    }

    // MARK: Values

    /// An array of `element`s; null is nil when the array is optional, a type error when not.
    private mutating func readArray<Element>(
        required: Bool, _ element: (inout NodeLinkReader) throws(JSONReadError) -> Element
    ) throws(JSONReadError) -> [Element]? {
        switch scanner.peekValue() {
        case .array: break
        case .null where !required:
            try scanner.readNull()
            return nil
        default: throw .wrongType
        }
        try scanner.enterContainer()
        var elements: [Element] = []
        var first = true
        while try scanner.nextElement(first: &first) {
            do throws(JSONReadError) {
                elements.append(try element(&self))
            } catch {
                throw error.kind == .syntax ? error : error.within(.index(elements.count))
            }
        }
        return elements
    }

    /// A required string; a string that will recur (ids, kinds, documents) is shared, not copied.
    private mutating func readString(intern: Bool) throws(JSONReadError) -> String {
        guard scanner.peekValue() == .string else { throw .wrongType }
        let token = try scanner.scanString()
        if intern, token.isPlain, !token.hasControl, token.count > StringInterner.smallStringLimit {
            guard let text = interner.string(scanner.slice(token), ascii: token.isASCII) else { throw .invalidValue }
            return text
        }
        guard let text = scanner.string(token) else { throw .invalidValue }
        return text
    }

    /// A required string checked as ``readString(intern:)`` reads it, without making it.
    private mutating func checkString() throws(JSONReadError) {
        guard scanner.peekValue() == .string else { throw .wrongType }
        let token = try scanner.scanString()
        guard scanner.isValidString(token) else { throw .invalidValue }
    }

    private mutating func readOptionalString(intern: Bool = false) throws(JSONReadError) -> String? {
        if scanner.peekValue() == .null {
            try scanner.readNull()
            return nil
        }
        return try readString(intern: intern)
    }

    private mutating func readInt() throws(JSONReadError) -> Int {
        guard scanner.peekValue() == .number else { throw .wrongType }
        guard let value = scanner.readInt() else { throw .invalidValue }
        return value
    }

    private mutating func readOptionalInt() throws(JSONReadError) -> Int? {
        if scanner.peekValue() == .null {
            try scanner.readNull()
            return nil
        }
        return try readInt()
    }

    private mutating func readOptionalBool() throws(JSONReadError) -> Bool? {
        switch scanner.peekValue() {
        case .null:
            try scanner.readNull()
            return nil
        case .bool:
            return try scanner.readBool()
        default:
            throw .wrongType
        }
    }

    /// A node id as other tools write it: a string, or an integer (NetworkX graphs built with
    /// `range`), read as its decimal text. A number that is not an integer is a type error, as a
    /// value that is neither.
    private mutating func readID() throws(JSONReadError) -> String {
        if scanner.peekValue() == .number {
            guard let number = scanner.readInt() else { throw .wrongType }
            return String(number)
        }
        return try readString(intern: true)
    }

    /// A node id as ``readID()`` reads it, as an entry of the interner; `site` is the field it
    /// is read for.
    private mutating func readIDEntry(at site: StringInterner.Site) throws(JSONReadError) -> Int32 {
        if scanner.peekValue() == .number {
            guard let number = scanner.readInt() else { throw .wrongType }
            return interner.entry(String(number))
        }
        return try readStringEntry(at: site)
    }

    /// -1 for null.
    private mutating func readOptionalIDEntry(at site: StringInterner.Site) throws(JSONReadError) -> Int32 {
        if scanner.peekValue() == .null {
            try scanner.readNull()
            return -1
        }
        return try readIDEntry(at: site)
    }

    /// A required string, checked as ``readString(intern:)`` checks it, as an entry of the
    /// interner.
    private mutating func readStringEntry(at site: StringInterner.Site) throws(JSONReadError) -> Int32 {
        guard scanner.peekValue() == .string else { throw .wrongType }
        let token = try scanner.scanString()
        if token.isPlain, !token.hasControl {
            guard let entry = interner.entry(scanner.slice(token), ascii: token.isASCII, at: site) else { throw .invalidValue }
            return entry
        }
        guard let text = scanner.string(token) else { throw .invalidValue }
        return interner.entry(text)
    }

    /// -1 for null.
    private mutating func readOptionalStringEntry(at site: StringInterner.Site) throws(JSONReadError) -> Int32 {
        if scanner.peekValue() == .null {
            try scanner.readNull()
            return -1
        }
        return try readStringEntry(at: site)
    }
}

/// Which fields of one JSON object have been seen, and the decoding error `JSONDecoder` would
/// have reported first: fields are checked in their declaration order, whatever their order in
/// the file.
struct FieldTracker {
    private var seen: UInt32 = 0
    private var errorField = Int.max
    private(set) var firstError: JSONReadError?

    /// Whether this is the field's first occurrence (a repeated key is skipped: the first wins).
    mutating func firstSight(_ field: Int) -> Bool {
        let bit: UInt32 = 1 << UInt32(field)
        guard seen & bit == 0 else { return false }
        seen |= bit
        return true
    }

    /// A key that does not decode: JSONDecoder fails on the object before reading any field.
    mutating func noteBadKey() {
        errorField = -1
        firstError = .invalidValue
    }

    mutating func note(_ error: JSONReadError, field: Int) {
        guard field < errorField else { return }
        errorField = field
        firstError = error
    }

    /// Notes a missing required field.
    mutating func requireSeen(_ field: Int, _ name: String) {
        if seen & (1 << UInt32(field)) == 0 { note(JSONReadError(kind: .missing(name)), field: field) }
    }
}

/// Shares one `String` among equal byte strings (ids, kinds, document names recur on every edge),
/// so each is checked, allocated and stored once. An open-addressing table with a cheap word-wise
/// hash; the bytes of each string are copied into one arena, so that a lookup compares against
/// bytes near each other rather than somewhere in a file of hundreds of megabytes.
struct StringInterner {
    /// Strings up to this many UTF-8 bytes are stored inline by `String`: no allocation to save.
    static let smallStringLimit = 15

    /// Each slot holds the high bits of its entry's hash (``tagMask``) over the place of the
    /// entry's record in ``arena`` plus one (0 is empty): a probe rejects most mismatches without
    /// leaving the table, and a match goes straight to the record. A lookup of an id among a
    /// hundred thousand misses the cache at the slot and at the record, nowhere else. Its count
    /// is a power of two.
    private var slots = [UInt64](repeating: 0, count: 1024)
    private static let tagMask: UInt64 = 0xFFFF_FF00_0000_0000
    /// Each entry's record: its number and byte count (four bytes each, little-endian), then its
    /// bytes.
    private var arena: [UInt8] = []
    private static let headerSize = 8
    /// Where each entry's record starts in ``arena``.
    private var records: [Int] = []
    /// Each entry's string.
    private(set) var texts: [String] = []

    /// A field whose last entry the interner remembers (``entry(_:ascii:at:)``).
    enum Site: Int {
        case source, target, key, relation
    }

    /// The entries last returned for each ``Site`` (``waysPerSite`` a site, most recent first), each
    /// with its byte count and its last eight bytes: a string that differs from them in either is
    /// told apart without reading the entry's bytes, which may be far off in the arena.
    private var recent = [Recent](repeating: Recent(), count: 4 * waysPerSite)
    private static let waysPerSite = 4

    private struct Recent {
        var entry: Int32 = -1
        var count: Int32 = 0
        var tail: UInt64 = 0
    }

    /// The entry of `bytes` read for `site`, as ``entry(_:ascii:)`` gives it. Consecutive edges
    /// often repeat a field (graph.json lists edges sorted by source, and most edges share a few
    /// relations): the site's last few entries are compared first, which saves a hash table probe
    /// that misses the cache, and an id that is none of them (a target, most of the time) costs a
    /// few compares of numbers.
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, at site: Site) -> Int32? {
        let tail = Self.tail(bytes)
        let first = site.rawValue * Self.waysPerSite
        for way in first..<first + Self.waysPerSite {
            let seen = recent[way]
            guard seen.entry >= 0 else { break }
            if Int(seen.count) == bytes.count, seen.tail == tail, bytes.count <= 8 || equal(record: records[Int(seen.entry)], bytes) {
                // Moved to the front, the others down one.
                if way > first {
                    for w in stride(from: way, to: first, by: -1) { recent[w] = recent[w - 1] }
                    recent[first] = seen
                }
                return seen.entry
            }
        }
        guard let found = entry(bytes, ascii: ascii) else { return nil }
        for w in stride(from: first + Self.waysPerSite - 1, to: first, by: -1) { recent[w] = recent[w - 1] }
        recent[first] = Recent(entry: found, count: Int32(truncatingIfNeeded: bytes.count), tail: tail)
        return found
    }

    /// The last eight bytes of `bytes` (all of them, zero-padded, when fewer): ids that share a
    /// prefix ("event-geneva-…") end differently.
    private static func tail(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        if bytes.count >= 8 { return UnsafeRawPointer(base + bytes.count - 8).loadUnaligned(as: UInt64.self) }
        var tail: UInt64 = 0
        for i in 0..<bytes.count { tail |= UInt64(bytes[i]) << UInt64(8 * i) }
        return tail
    }

    /// The string of `bytes`, or nil when they are not UTF-8.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        entry(bytes, ascii: ascii).map { texts[Int($0)] }
    }

    /// The entry of `text`.
    mutating func entry(_ text: String) -> Int32 {
        var text = text
        // A String's bytes are UTF-8.
        return text.withUTF8 { entry($0, ascii: false) } ?? -1
    }

    /// The number of the entry of `bytes` in ``texts``, made when new; nil when they are not UTF-8.
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Int32? {
        let hash = Self.hash(bytes)
        let tag = hash & Self.tagMask
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let value = slots[slot]
            if value & Self.tagMask == tag {
                let record = Int(value & ~Self.tagMask) - 1
                if equal(record: record, bytes) { return Int32(header(record).entry) }
            }
            slot = (slot + 1) & mask
        }
        guard let text = ascii ? String(decoding: bytes, as: UTF8.self) : JSONScanner.validString(bytes) else {
            return nil
        }
        let entry = texts.count
        let record = arena.count
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: entry).littleEndian) { arena.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: bytes.count).littleEndian) { arena.append(contentsOf: $0) }
        arena.append(contentsOf: bytes)
        records.append(record)
        texts.append(text)
        slots[slot] = tag | UInt64(record + 1)
        if texts.count * 2 > slots.count { grow() }
        return Int32(entry)
    }

    /// The entry number and byte count of the record at `record`.
    private func header(_ record: Int) -> (entry: Int, count: Int) {
        arena.withUnsafeBytes { raw in
            (Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: record, as: UInt32.self))),
             Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: record + 4, as: UInt32.self))))
        }
    }

    /// Whether the record at `record` holds `bytes`.
    private func equal(record: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard header(record).count == bytes.count else { return false }
        guard bytes.count > 0, let other = bytes.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { arena in
            guard let base = arena.baseAddress else { return false }
            // Eight bytes at a time, inline: ids are a few dozen bytes, too short for a call to
            // memcmp to pay.
            let (a, b) = (UnsafeRawPointer(base + record + Self.headerSize), UnsafeRawPointer(other))
            var i = 0
            while i + 8 <= bytes.count {
                guard a.loadUnaligned(fromByteOffset: i, as: UInt64.self) == b.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                else { return false }
                i += 8
            }
            while i < bytes.count {
                guard a.load(fromByteOffset: i, as: UInt8.self) == b.load(fromByteOffset: i, as: UInt8.self) else { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for value in old where value != 0 {
            // The slot's low hash bits are gone: hash the entry's bytes again.
            let record = Int(value & ~Self.tagMask) - 1
            let start = record + Self.headerSize
            let count = header(record).count
            let hash = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<start + count])) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = value
        }
    }

    /// A multiply-rotate hash over eight bytes at a time (not for hostile input: a collision costs
    /// a probe, never a wrong answer).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 29)
    }
}
