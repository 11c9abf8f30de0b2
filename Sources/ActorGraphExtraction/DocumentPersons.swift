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

    /// The bytes a store keeps: the header, a string table, then each person's name, title,
    /// whom the title names (a flag and the actor), the other bodies named, whether the title
    /// names a head, and the nickname.
    public func encoded() -> Data {
        var body = ArchiveWriter()
        body.varint(persons.count)
        for p in persons {
            body.string(p.name)
            body.string(p.title)
            if let r = p.represents {
                body.varint(1)
                body.write(r)
            } else {
                body.varint(0)
            }
            body.varint(p.alsoRepresents.count)
            for r in p.alsoRepresents { body.write(r) }
            body.varint(p.isHead ? 1 : 0)
            body.optional(p.nickname)
        }
        return body.archive(header: Self.header)
    }

    /// The persons of `document` that `data` (``encoded()``) holds.
    /// - Throws: ``FindingsArchive/DecodingError``.
    public init(decoding data: Data, document: String) throws {
        self.document = document
        persons = try data.withUnsafeBytes { raw in
            guard raw.count >= Self.header.count, raw.prefix(Self.header.count).elementsEqual(Self.header) else {
                throw FindingsArchive.DecodingError.malformed("no persons header")
            }
            var reader = try ArchiveReader(archive: raw, after: Self.header.count)
            var persons: [TitledPerson] = []
            for _ in 0..<(try reader.count()) {
                let name = try reader.string()
                let title = try reader.string()
                let represents = try reader.flag() ? try reader.actorRef() : nil
                var also: [ActorRef] = []
                for _ in 0..<(try reader.count()) { also.append(try reader.actorRef()) }
                let isHead = try reader.flag()
                let nickname = try reader.optional()
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
        public var description: String { "the persons of \(document) cannot be read (\(error))" }
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
