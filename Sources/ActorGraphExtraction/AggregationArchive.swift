import ActorGraphModel
import Foundation

/// An ``Aggregation`` as bytes, for a store that keeps it so that an update takes only the new
/// documents' findings in (``Aggregation/adding(_:)``) instead of decoding and aggregating every
/// stored document's again.
///
/// The layout is ``FindingsArchive``'s: the bytes "AGA" and a version byte, a table of distinct
/// strings, then the body with strings as indices and numbers as zigzag LEB128 varints. Every
/// collection is written in a fixed order and sentence keys and documents are numbered by name,
/// so an aggregation gives the same bytes however it was reached (one build, or a build and
/// updates).
public enum AggregationArchive {
    /// "AGA" and the version of the layout below.
    static let header: [UInt8] = [0x41, 0x47, 0x41, 1]

    /// The bytes of `aggregation`.
    public static func encode(_ aggregation: Aggregation) -> Data {
        var body = ArchiveWriter()
        aggregation.write(to: &body)
        return body.archive(header: header)
    }

    /// The aggregation `data` holds.
    /// - Throws: ``FindingsArchive/DecodingError`` (`olderEncoding` for another version).
    public static func decode(_ data: Data) throws -> Aggregation {
        try data.withUnsafeBytes { raw in
            guard raw.count >= header.count, raw.prefix(3).elementsEqual(header.prefix(3)) else {
                throw FindingsArchive.DecodingError.malformed("no header")
            }
            guard raw[3] == header[3] else { throw FindingsArchive.DecodingError.olderEncoding }
            var reader = try ArchiveReader(archive: raw, after: header.count)
            let aggregation = try Aggregation(reading: &reader)
            guard reader.position == raw.count else { throw FindingsArchive.DecodingError.malformed("bytes after the aggregation") }
            return aggregation
        }
    }
}

extension Aggregation {
    fileprivate func write(to w: inout ArchiveWriter) {
        w.varint(ordered ? 1 : 0)
        w.varint(foldingIsExact ? 1 : 0)
        w.varint(documents.count)
        for d in documents {
            w.string(d.name)
            w.optional(d.published)
            w.varint(d.yieldedNothing ? 1 : 0)
            w.stringList(d.warnings)
        }
        for ties in [facts.stated, facts.tentative] {
            w.varint(ties.count)
            for (ref, set) in ties.sorted(by: { ActorRef.archiveOrder($0.key, $1.key) }) {
                w.write(ref)
                w.refs(set)
            }
        }
        w.varint(facts.exact.count)
        for (place, days) in facts.exact.sorted(by: { $0.key < $1.key }) {
            w.string(place)
            w.varint(days.count)
            for day in days.sorted() { w.varint(day.dayNumber) }
        }
        w.varint(facts.placeNames.count)
        for (place, name) in facts.placeNames.sorted(by: { $0.key < $1.key }) {
            w.string(place)
            w.string(name)
        }
        w.varint(facts.forms.count)
        for (ref, names) in facts.forms.sorted(by: { ActorRef.archiveOrder($0.key, $1.key) }) {
            w.write(ref)
            w.stringList(names.sorted())
        }
        w.refs(consultedActors)
        w.stringList(consultedPlaces.sorted())
        let actors = graph.actors
        w.varint(actors.count)
        for a in actors {
            w.write(a)
            w.stringList(a.aliases)
        }
        let relations = graph.relations
        w.varint(relations.count)
        // The evidence is most of the archive (five numbers and two strings an item): its numbers
        // go to bytes of their own, checked for room once an item, and join the body after, where
        // the writer's appends cost some 70 instructions a number. Strings still take their
        // numbers from the writer's table, in the same order, so the bytes are the same.
        var section = ByteRun(capacity: 64 + relations.count * 64 + relations.reduce(0) { $0 + $1.evidence.count } * 16)
        defer { section.free() }
        // An edge's evidence comes in runs of one document and few rules: the last one's index is
        // reused when the value is the same (copies decoded from one table entry are; no hash,
        // no bytes compared: this writes the whole graph, and next to each other two items are
        // mostly of two documents whose names differ only past a common prefix).
        var doc = (name: "", index: -1), rule = (name: String?.none, index: 0)
        for r in relations {
            section.reserve(5 * 10)
            section.varint(w.index(of: r.key.subject.rawValue))
            section.varint(w.index(of: r.key.relation.rawValue))
            section.varint(w.index(of: r.key.object.rawValue))
            section.varint(r.support)
            section.varint(r.evidence.count)
            for e in r.evidence {
                if doc.index < 0 || !UTF8Interner.sameValue(e.doc, doc.name) { doc = (e.doc, w.index(of: e.doc)) }
                let quote = w.index(of: e.quote)
                if !Self.sameValue(e.rule, rule.name) { rule = (e.rule, e.rule.map { w.index(of: $0) + 1 } ?? 0) }
                section.reserve(6 * 10)
                section.varint(doc.index)
                section.varint(e.sentence)
                section.varint(quote)
                section.varint(e.start)
                section.varint(e.end)
                section.varint(rule.index)
            }
        }
        section.append(to: &w.bytes)
        w.varint(actorFirst.count)
        for (id, moment) in actorFirst.sorted(by: { $0.key < $1.key }) {
            w.string(id.rawValue)
            w.write(moment)
        }
        w.varint(edgeStarts.count)
        for (key, start) in edgeStarts.sorted(by: { $0.key < $1.key }) {
            w.write(key)
            w.write(start.moment)
            w.write(start.subject)
            w.write(start.object)
        }
        // In the order the warnings are listed.
        let droppedKeys = ordered ? droppedOrder.sorted { edgeStarts[$0]!.moment < edgeStarts[$1]!.moment } : droppedOrder
        w.varint(droppedKeys.count)
        for key in droppedKeys {
            w.write(key)
            w.string(dropped[key]?.reason ?? "")
            w.stringList((dropped[key]?.documents ?? []).sorted())
        }
        w.varint(contributors.count)
        for (id, refs) in contributors.sorted(by: { $0.key < $1.key }) {
            w.string(id.rawValue)
            w.refs(refs)
        }
        // Keys and documents renumbered by name: the numbers met depend on the order taken in.
        let keyOrder = sentenceKeys.indices.sorted { sentenceKeys[$0] < sentenceKeys[$1] }
        var keyNumber = [Int32](repeating: 0, count: sentenceKeys.count)
        for (new, old) in keyOrder.enumerated() { keyNumber[old] = Int32(new) }
        w.stringList(keyOrder.map { sentenceKeys[$0] })
        let documentOrder = documentNames.indices.sorted { documentNames[$0] < documentNames[$1] }
        var documentNumber = [Int32](repeating: 0, count: documentNames.count)
        for (new, old) in documentOrder.enumerated() { documentNumber[old] = Int32(new) }
        w.stringList(documentOrder.map { documentNames[$0] })
        w.varint(tallies.count)
        for (key, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            w.write(key)
            let carriers = tally.carriers.map { (keyNumber[Int($0.key)], documentNumber[Int($0.value)]) }.sorted { $0.0 < $1.0 }
            w.varint(carriers.count)
            for (k, d) in carriers {
                w.varint(Int(k))
                w.varint(Int(d))
            }
        }
        let sentences = sentencesByDocument.map { (documentNumber[Int($0.key)], $0.value) }.sorted { $0.0 < $1.0 }
        w.varint(sentences.count)
        for (d, byIndex) in sentences {
            w.varint(Int(d))
            w.varint(byIndex.count)
            for (index, k) in byIndex.sorted(by: { $0.key < $1.key }) {
                w.varint(index)
                w.varint(Int(keyNumber[Int(k)]))
            }
        }
    }

    /// Whether two optional strings are both nil or copies of one value (``UTF8Interner/sameValue(_:_:)``).
    private static func sameValue(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return UTF8Interner.sameValue(a, b)
    }

    fileprivate init(reading r: inout ArchiveReader) throws {
        ordered = try r.flag()
        foldingIsExact = try r.flag()
        for _ in 0..<(try r.count()) {
            documents.append(DocumentSummary(name: try r.string(), published: try r.optional(), yieldedNothing: try r.flag(), warnings: try r.stringList()))
        }
        for tentative in [false, true] {
            var ties: [ActorRef: Set<ActorRef>] = [:]
            for _ in 0..<(try r.count()) { ties[try r.actorRef()] = try r.refs() }
            if tentative { facts.tentative = ties } else { facts.stated = ties }
        }
        for _ in 0..<(try r.count()) {
            let place = try r.string()
            var days = Set<SimpleDate>()
            for _ in 0..<(try r.count()) { days.insert(try r.date()) }
            facts.exact[place] = days
        }
        for _ in 0..<(try r.count()) { facts.placeNames[try r.string()] = try r.string() }
        for _ in 0..<(try r.count()) { facts.forms[try r.actorRef()] = Set(try r.stringList()) }
        consultedActors = try r.refs()
        consultedPlaces = Set(try r.stringList())
        let actorCount = try r.count()
        graph.reserveCapacity(actors: actorCount, relations: 0)
        for _ in 0..<actorCount {
            var actor = try r.actor()
            actor.addAliases(try r.stringList())
            do { try graph.add(actor) } catch { throw r.malformed("actor \(actor.id): \(error)") }
        }
        for _ in 0..<(try r.count()) {
            let key = try r.edgeKey()
            let support = try r.varint()
            let count = try r.count()
            // Each item made in its place (appended, it was copied and the copy destroyed: six
            // reference counts an item), its numbers read by the one- and two-byte fast path.
            let evidence = try [Evidence](unsafeUninitializedCapacity: count) { buffer, initialized in
                for i in 0..<count {
                    let item = Evidence(doc: try r.quickString(), sentence: try r.quickVarint(), quote: try r.quickString(),
                                        start: try r.quickVarint(), end: try r.quickVarint(), rule: try r.quickOptional())
                    buffer.initializeElement(at: i, to: item)
                    initialized = i + 1
                }
            }
            guard let s = graph[key.subject], let o = graph[key.object], key.relation.allows(subject: s.kind, object: o.kind) else {
                throw r.malformed("edge \(key.subject) \(key.relation.rawValue) \(key.object)")
            }
            graph.relateChecked(key, adding: evidence, support: support)
        }
        for _ in 0..<(try r.count()) { actorFirst[ActorID(try r.string())] = try r.moment() }
        for _ in 0..<(try r.count()) {
            let key = try r.edgeKey()
            edgeStarts[key] = EdgeStart(moment: try r.moment(), subject: try r.actor(), object: try r.actor())
        }
        for _ in 0..<(try r.count()) {
            let key = try r.edgeKey()
            guard edgeStarts[key] != nil else { throw r.malformed("a dropped edge never met") }
            dropped[key] = DroppedEdge(reason: try r.string(), documents: Set(try r.stringList()))
            droppedOrder.append(key)
        }
        for _ in 0..<(try r.count()) { contributors[ActorID(try r.string())] = try r.refs() }
        sentenceKeys = try r.stringList()
        sentenceKeyNumbers.reserveCapacity(sentenceKeys.count)
        for (k, key) in sentenceKeys.enumerated() { sentenceKeyNumbers[key] = Int32(k) }
        documentNames = try r.stringList()
        documentNumbers.reserveCapacity(documentNames.count)
        for (d, name) in documentNames.enumerated() { documentNumbers[name] = Int32(d) }
        func number(_ value: Int, below limit: Int) throws -> Int32 {
            guard (0..<limit).contains(value) else { throw r.malformed("number \(value) of \(limit)") }
            return Int32(value)
        }
        // Tables made at their size: grown as filled, they were rehashed a dozen times each.
        let tallyCount = try r.count()
        tallies.reserveCapacity(tallyCount)
        for _ in 0..<tallyCount {
            let key = try r.edgeKey()
            var tally = SupportTally()
            let carrierCount = try r.count()
            tally.carriers.reserveCapacity(carrierCount)
            for _ in 0..<carrierCount {
                let k = try number(try r.varint(), below: sentenceKeys.count)
                let d = try number(try r.varint(), below: documentNames.count)
                tally.carriers[k] = d
                tally.counts[d, default: 0] += 1
            }
            tallies[key] = tally
        }
        let documentCount = try r.count()
        sentencesByDocument.reserveCapacity(documentCount)
        for _ in 0..<documentCount {
            let d = try number(try r.varint(), below: documentNames.count)
            let sentenceCount = try r.count()
            var byIndex = [Int: Int32](minimumCapacity: sentenceCount)
            for _ in 0..<sentenceCount { byIndex[try r.varint()] = try number(try r.varint(), below: sentenceKeys.count) }
            sentencesByDocument[d] = byIndex
        }
    }
}

extension ArchiveWriter {
    mutating func stringList(_ list: [String]) {
        varint(list.count)
        for s in list { string(s) }
    }

    mutating func refs(_ set: Set<ActorRef>) {
        varint(set.count)
        for ref in set.sorted(by: ActorRef.archiveOrder) { write(ref) }
    }

    mutating func write(_ key: EdgeKey) {
        string(key.subject.rawValue)
        string(key.relation.rawValue)
        string(key.object.rawValue)
    }

    mutating func write(_ moment: Aggregation.Moment) {
        string(moment.document)
        varint(moment.position)
    }

    /// An actor without its aliases.
    mutating func write(_ actor: Actor) {
        string(actor.id.rawValue)
        string(actor.name)
        string(actor.kind.rawValue)
        optional(actor.place)
        optional(actor.date)
    }
}

extension ArchiveReader {
    /// A varint as ``varint()`` reads it, one of one or two bytes without its loop (the
    /// evidence's numbers and string indices nearly all are).
    @inline(__always)
    mutating func quickVarint() throws -> Int {
        var v: UInt64
        if position < bytes.count, bytes[position] < 0x80 {
            v = UInt64(bytes[position])
            position += 1
        } else if position + 1 < bytes.count, bytes[position + 1] < 0x80 {
            v = UInt64(bytes[position] & 0x7F) | UInt64(bytes[position + 1]) << 7
            position += 2
        } else {
            return try varint()
        }
        return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
    }

    /// ``string()``, its index read by ``quickVarint()``.
    @inline(__always)
    mutating func quickString() throws -> String {
        let i = try quickVarint()
        guard strings.indices.contains(i) else { throw malformed("string \(i) of \(strings.count)") }
        return strings[i]
    }

    /// ``optional()``, its index read by ``quickVarint()``.
    @inline(__always)
    mutating func quickOptional() throws -> String? {
        let i = try quickVarint()
        guard i != 0 else { return nil }
        guard strings.indices.contains(i - 1) else { throw malformed("string \(i - 1) of \(strings.count)") }
        return strings[i - 1]
    }

    mutating func stringList() throws -> [String] {
        let n = try count()
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try string()) }
        return list
    }

    mutating func refs() throws -> Set<ActorRef> {
        var set = Set<ActorRef>()
        for _ in 0..<(try count()) { set.insert(try actorRef()) }
        return set
    }

    mutating func edgeKey() throws -> EdgeKey {
        let subject = try string()
        let name = try string()
        guard let relation = RelationKind(rawValue: name) else { throw malformed("relation \(name)") }
        return EdgeKey(ActorID(subject), relation, ActorID(try string()))
    }

    mutating func moment() throws -> Aggregation.Moment {
        Aggregation.Moment(document: try string(), position: try varint())
    }

    mutating func actor() throws -> Actor {
        let id = try string()
        let name = try string()
        let kindName = try string()
        guard let kind = ActorKind(rawValue: kindName) else { throw malformed("actor kind \(kindName)") }
        return Actor(id: ActorID(id), name: name, kind: kind, place: try optional(), date: try optional())
    }
}
