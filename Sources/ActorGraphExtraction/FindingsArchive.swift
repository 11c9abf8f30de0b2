import ActorGraphModel
import Foundation

/// A document's findings as bytes, for a store that keeps them so that a later update can
/// aggregate the whole corpus again without reading its texts.
///
/// The encoding is binary and compact, because an update decodes every stored document: the
/// bytes "AGF" and a version byte, a table of the document's distinct strings (names, quotes and
/// rules repeat across its findings), then the findings with strings as table indices and
/// numbers as LEB128 varints. Every set is written sorted, so the same findings always give the
/// same bytes.
public enum FindingsArchive {
    /// Why bytes could not be read back as findings.
    public enum DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Findings written by an older ActorGraph (JSON), which this version does not read.
        case olderEncoding
        /// The bytes end early or hold a value no encoder writes.
        case malformed(String)

        public var description: String {
            switch self {
            case .olderEncoding: "findings in an older encoding"
            case .malformed(let detail): "malformed findings: \(detail)"
            }
        }
    }

    /// "AGF" and the version of the layout below.
    static let header: [UInt8] = [0x41, 0x47, 0x46, 1]

    /// The bytes of `findings`.
    public static func encode(_ findings: DocumentFindings) -> Data {
        var body = ArchiveWriter()
        body.write(findings)
        return body.archive(header: header)
    }

    /// The findings `data` holds.
    /// - Throws: ``DecodingError``.
    public static func decode(_ data: Data) throws -> DocumentFindings {
        try data.withUnsafeBytes { raw in
            // JSON, as the first stores held, opens with "{".
            if raw.first == UInt8(ascii: "{") { throw DecodingError.olderEncoding }
            guard raw.count >= header.count, raw.prefix(header.count).elementsEqual(header) else {
                throw DecodingError.malformed("no header")
            }
            var reader = try ArchiveReader(archive: raw, after: header.count)
            let findings = try reader.documentFindings()
            guard reader.position == raw.count else { throw DecodingError.malformed("bytes after the findings") }
            return findings
        }
    }
}

/// Appends the body of an archive; strings go to a table, in order of first use.
struct ArchiveWriter {
    var bytes: [UInt8] = []
    /// The table, each spelling once: canonically equal strings with other bytes ("é" composed and
    /// decomposed) are two entries, so each reads back as it was written (a kept aggregation's
    /// quotes then give an update's outputs the bytes a full build's have).
    private var table = UTF8Interner()
    var strings: [String] { table.strings }

    /// The whole archive: `header`, the string table, then the body written so far.
    func archive(header: [UInt8]) -> Data {
        var out = ArchiveWriter()
        out.bytes = header
        out.bytes.reserveCapacity(bytes.count + strings.reduce(0) { $0 + $1.utf8.count + 2 } + 8)
        out.varint(strings.count)
        for string in strings {
            out.varint(string.utf8.count)
            out.bytes.append(contentsOf: string.utf8)
        }
        out.bytes.append(contentsOf: bytes)
        return Data(out.bytes)
    }

    mutating func varint(_ value: Int) {
        // Zigzag, so that a negative offset (never written today) costs no ten bytes.
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// The table index of `s`, added to the table when its bytes are new.
    mutating func index(of s: String) -> Int {
        table.number(s)
    }

    mutating func string(_ s: String) {
        varint(index(of: s))
    }

    /// nil as 0, a string as its index + 1.
    mutating func optional(_ s: String?) {
        guard let s else { return varint(0) }
        varint(index(of: s) + 1)
    }

    mutating func write(_ ref: ActorRef) {
        string(ref.name)
        string(ref.kind.rawValue)
        optional(ref.country)
    }

    mutating func write(_ event: EventRef) {
        string(event.place)
        switch event.date {
        case nil: varint(0)
        case .day(let d)?:
            varint(1)
            varint(d.dayNumber)
        case .span(let from, let to)?:
            varint(2)
            varint(from.dayNumber)
            varint(to.dayNumber)
        }
    }

    mutating func write(_ f: Finding) {
        write(f.subject)
        string(f.relation.rawValue)
        switch f.object {
        case .actor(let ref):
            varint(0)
            write(ref)
        case .event(let event):
            varint(1)
            write(event)
        }
        let e = f.evidence
        string(e.doc)
        varint(e.sentence)
        string(e.quote)
        varint(e.start)
        varint(e.end)
        optional(e.rule)
        varint(f.isTentative ? 1 : 0)
    }

    mutating func write(_ d: DocumentFindings) {
        string(d.document)
        optional(d.published)
        varint(d.findings.count)
        for f in d.findings { write(f) }
        // Sets iterate in a per-process order: sorted, the bytes are the same in every run.
        let events = d.datedEvents.sorted(by: EventRef.archiveOrder)
        varint(events.count)
        for e in events { write(e) }
        let actors = d.actors.sorted(by: ActorRef.archiveOrder)
        varint(actors.count)
        for a in actors { write(a) }
        let forms = d.forms.sorted { ActorRef.archiveOrder($0.key, $1.key) }
        varint(forms.count)
        for (ref, names) in forms {
            write(ref)
            varint(names.count)
            for name in names.sorted() { string(name) }
        }
        varint(d.warnings.count)
        for w in d.warnings { string(w) }
    }
}

/// Reads what ``ArchiveWriter`` wrote, checking every length and index against the bytes.
struct ArchiveReader {
    let bytes: UnsafeRawBufferPointer
    var position: Int
    var strings: [String] = []

    init(bytes: UnsafeRawBufferPointer, position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// A reader of the body of `archive`, whose string table starts at `start` (after the
    /// header), with the table read.
    init(archive: UnsafeRawBufferPointer, after start: Int) throws {
        self.init(bytes: archive, position: start)
        let count = try self.count()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            strings.append(String(decoding: try take(length), as: UTF8.self))
        }
    }

    func malformed(_ detail: String) -> FindingsArchive.DecodingError { .malformed(detail) }

    mutating func varint() throws -> Int {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count else { throw malformed("the bytes end inside a number") }
            let b = bytes[position]
            position += 1
            guard shift < 64 else { throw malformed("a number longer than 64 bits") }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
    }

    /// A count or length: not negative, and no more than the bytes left (each item takes at
    /// least one byte), so that damaged bytes cannot make the reader reserve memory.
    mutating func count() throws -> Int {
        let n = try varint()
        guard n >= 0, n <= bytes.count - position else { throw malformed("a count of \(n) with \(bytes.count - position) bytes left") }
        return n
    }

    mutating func take(_ length: Int) throws -> UnsafeRawBufferPointer {
        guard length <= bytes.count - position else { throw malformed("a string past the end") }
        defer { position += length }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)])
    }

    mutating func string() throws -> String {
        let i = try varint()
        guard strings.indices.contains(i) else { throw malformed("string \(i) of \(strings.count)") }
        return strings[i]
    }

    mutating func optional() throws -> String? {
        let i = try varint()
        guard i != 0 else { return nil }
        guard strings.indices.contains(i - 1) else { throw malformed("string \(i - 1) of \(strings.count)") }
        return strings[i - 1]
    }

    mutating func flag() throws -> Bool {
        switch try varint() {
        case 0: false
        case 1: true
        case let v: throw malformed("flag \(v)")
        }
    }

    mutating func actorRef() throws -> ActorRef {
        let name = try string()
        let kindName = try string()
        guard let kind = ActorKind(rawValue: kindName) else { throw malformed("actor kind \(kindName)") }
        return ActorRef(name: name, kind: kind, country: try optional())
    }

    mutating func date() throws -> SimpleDate {
        let day = try varint()
        // Years 1 to 9999 (SimpleDate's arithmetic overflows far beyond).
        guard (-719_162...2_932_896).contains(day) else { throw malformed("day number \(day)") }
        return SimpleDate(dayNumber: day)
    }

    mutating func eventRef() throws -> EventRef {
        let place = try string()
        switch try varint() {
        case 0: return EventRef(place: place, date: nil)
        case 1: return EventRef(place: place, date: .day(try date()))
        case 2: return EventRef(place: place, date: .span(try date(), try date()))
        case let tag: throw malformed("date tag \(tag)")
        }
    }

    mutating func finding() throws -> Finding {
        let subject = try actorRef()
        let relationName = try string()
        guard let relation = RelationKind(rawValue: relationName) else { throw malformed("relation \(relationName)") }
        let object: Target
        switch try varint() {
        case 0: object = .actor(try actorRef())
        case 1: object = .event(try eventRef())
        case let tag: throw malformed("target tag \(tag)")
        }
        let evidence = Evidence(
            doc: try string(), sentence: try varint(), quote: try string(), start: try varint(), end: try varint(), rule: try optional())
        return Finding(subject: subject, relation: relation, object: object, evidence: evidence, isTentative: try flag())
    }

    mutating func documentFindings() throws -> DocumentFindings {
        let document = try string()
        let published = try optional()
        var findings: [Finding] = []
        let findingCount = try count()
        findings.reserveCapacity(findingCount)
        for _ in 0..<findingCount { findings.append(try finding()) }
        var events = Set<EventRef>()
        for _ in 0..<(try count()) { events.insert(try eventRef()) }
        var actors = Set<ActorRef>()
        for _ in 0..<(try count()) { actors.insert(try actorRef()) }
        var forms: [ActorRef: Set<String>] = [:]
        for _ in 0..<(try count()) {
            let ref = try actorRef()
            var names = Set<String>()
            for _ in 0..<(try count()) { names.insert(try string()) }
            forms[ref] = names
        }
        var warnings: [String] = []
        for _ in 0..<(try count()) { warnings.append(try string()) }
        return DocumentFindings(
            document: document, published: published, findings: findings, datedEvents: events, actors: actors, forms: forms,
            warnings: warnings)
    }
}

extension EventRef {
    /// A fixed order for writing sets of events: place, then date.
    static func archiveOrder(_ a: EventRef, _ b: EventRef) -> Bool {
        func key(_ e: EventRef) -> (Int, Int, Int) {
            switch e.date {
            case nil: (0, 0, 0)
            case .day(let d)?: (1, d.dayNumber, 0)
            case .span(let from, let to)?: (2, from.dayNumber, to.dayNumber)
            }
        }
        return a.place != b.place ? a.place < b.place : key(a) < key(b)
    }
}

extension ActorRef {
    /// A fixed order for writing sets of actors: ``ActorRef``'s order, then the country.
    static func archiveOrder(_ a: ActorRef, _ b: ActorRef) -> Bool {
        a != b && (a < b || (!(b < a) && (a.country ?? "") < (b.country ?? "")))
    }
}
