import ActorGraphModel
import Foundation

/// What one document gives the corpus's ``PersonIndex``: its titled persons, in the order read,
/// reduced to what the index reads of them (name, title, whom the title names, nickname).
///
/// A store keeps these for every document so that an update can read its new documents with the
/// persons of the whole corpus, as a full build does, without reading the stored texts again,
/// and can tell whether the new documents change how the stored ones' persons resolve.
public struct DocumentPersons: Hashable, Sendable {
    /// The document's name.
    public var document: String
    var persons: [TitledPerson]

    init(document: String, persons: [TitledPerson]) {
        self.document = document
        self.persons = persons.map(Self.reduced)
    }

    /// `p` with only what ``PersonIndex/init(_:)`` reads (so that a decoded list equals the one
    /// it was encoded from).
    static func reduced(_ p: TitledPerson) -> TitledPerson {
        TitledPerson(
            name: p.name, range: 0..<0, represents: p.represents, title: p.title, isHead: p.isHead, mention: 0..<0,
            alsoRepresents: p.alsoRepresents, nickname: p.nickname)
    }

    /// "AGP" and the version of the layout.
    static let header: [UInt8] = [0x41, 0x47, 0x50, 1]

    /// The bytes a store keeps: the header, the number of persons, then each person's name,
    /// title, whom the title names (0, or 1 and the actor), the other bodies named, whether the
    /// title names a head, and the nickname (0, or 1 and the text). Strings are written in place
    /// (a varint length and UTF-8), not through a table: a document names a few persons, and
    /// a table cost most of writing them.
    public func encoded() -> Data {
        var w = ArchiveWriter()
        w.bytes = Self.header
        w.varint(persons.count)
        func text(_ s: String) {
            w.varint(s.utf8.count)
            w.bytes.append(contentsOf: s.utf8)
        }
        func actor(_ a: ActorRef) {
            text(a.name)
            text(a.kind.rawValue)
            if let country = a.country {
                w.varint(1)
                text(country)
            } else {
                w.varint(0)
            }
        }
        for p in persons {
            text(p.name)
            text(p.title)
            if let r = p.represents {
                w.varint(1)
                actor(r)
            } else {
                w.varint(0)
            }
            w.varint(p.alsoRepresents.count)
            for r in p.alsoRepresents { actor(r) }
            w.varint(p.isHead ? 1 : 0)
            if let nickname = p.nickname {
                w.varint(1)
                text(nickname)
            } else {
                w.varint(0)
            }
        }
        return Data(w.bytes)
    }

    /// The persons of `document` that `data` (``encoded()``) holds.
    /// - Throws: ``FindingsArchive/DecodingError``.
    public init(decoding data: Data, document: String) throws {
        self.document = document
        persons = try data.withUnsafeBytes { raw in
            guard raw.count >= Self.header.count, raw.prefix(Self.header.count).elementsEqual(Self.header) else {
                throw FindingsArchive.DecodingError.malformed("no persons header")
            }
            var reader = ArchiveReader(bytes: raw, position: Self.header.count)
            func text() throws -> String {
                String(decoding: try reader.take(try reader.count()), as: UTF8.self)
            }
            func actor() throws -> ActorRef {
                let name = try text()
                let kindName = try text()
                guard let kind = ActorKind(rawValue: kindName) else { throw reader.malformed("actor kind \(kindName)") }
                return ActorRef(name: name, kind: kind, country: try reader.flag() ? try text() : nil)
            }
            var persons: [TitledPerson] = []
            for _ in 0..<(try reader.count()) {
                let name = try text()
                let title = try text()
                let represents = try reader.flag() ? try actor() : nil
                var also: [ActorRef] = []
                for _ in 0..<(try reader.count()) { also.append(try actor()) }
                let isHead = try reader.flag()
                let nickname = try reader.flag() ? try text() : nil
                persons.append(TitledPerson(
                    name: name, range: 0..<0, represents: represents, title: title, isHead: isHead, mention: 0..<0,
                    alsoRepresents: also, nickname: nickname))
            }
            guard reader.position == raw.count else { throw FindingsArchive.DecodingError.malformed("bytes after the persons") }
            return persons
        }
    }
}

/// The persons of a whole corpus, one list per document: what a full build's ``PersonIndex`` is
/// made from. Documents whose lists are the same bytes in a store (copies of one story) share
/// one list, which the index then reads once.
public struct CorpusPersons: Sendable {
    /// The distinct lists.
    var lists: [[TitledPerson]] = []
    /// Each document's list, by document name.
    public private(set) var documents: [String: Int] = [:]

    /// The persons of `documents`, each list its own.
    public init(_ documents: some Sequence<DocumentPersons>) {
        self = CorpusPersons().adding(documents)
    }

    private init() {}

    /// The persons a store keeps (``DocumentPersons/encoded()`` by document name), each distinct
    /// encoding decoded once.
    /// - Throws: ``FindingsArchive/DecodingError``, with the name of the document it came from.
    public init(decoding stored: [String: Data]) throws {
        var byBytes: [Data: Int] = [:]
        documents.reserveCapacity(stored.count)
        for (name, data) in stored {
            if let list = byBytes[data] {
                documents[name] = list
                continue
            }
            do {
                lists.append(try DocumentPersons(decoding: data, document: name).persons)
            } catch {
                throw Failure(document: name, error: error)
            }
            byBytes[data] = lists.count - 1
            documents[name] = lists.count - 1
        }
    }

    /// A document whose stored persons cannot be read.
    public struct Failure: Error, CustomStringConvertible {
        public var document: String
        public var error: any Error
        /// What of the document was stored: its "persons" or its "person lookups".
        public var what = "persons"
        public var description: String { "the \(what) of \(document) cannot be read (\(error))" }
    }

    /// These persons with `more` documents' (a document of the same name replaced).
    public func adding(_ more: some Sequence<DocumentPersons>) -> CorpusPersons {
        var next = self
        for d in more {
            next.lists.append(d.persons)
            next.documents[d.document] = next.lists.count - 1
        }
        return next
    }

    /// The index a build of exactly these documents makes (documents in name order, as a folder
    /// lists them).
    var index: PersonIndex {
        PersonIndex(lists: lists, documents: documents.keys.sorted().map { documents[$0]! })
    }
}
