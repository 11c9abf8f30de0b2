import ActorGraphModel
import Foundation

/// The questions one document's reading asked of the corpus's ``PersonIndex``: every surname,
/// first name, person's form and represented actor it looked up.
///
/// A document's findings depend on the corpus only through these answers (the rest is its own
/// text), so when new documents change the index, a stored document whose every question is
/// answered as before reads exactly as before, and only the others need reading again. A store
/// keeps these for every document (schema v7) beside the document's text.
public struct PersonLookups: Hashable, Sendable {
    /// The document's name.
    public var document: String
    var surnames: Set<String> = []
    var firstNames: Set<String> = []
    var forms: Set<String> = []
    var represented: Set<ActorRef> = []

    init(document: String) {
        self.document = document
    }

    /// Whether `a` and `b` give the same answer to every question (the same person, with the
    /// same name, forms, words, titles and represented actors, or none; the same list of
    /// persons for an actor).
    func answeredAlike(by a: PersonIndex, and b: PersonIndex) -> Bool {
        surnames.allSatisfy { a.person(surname: $0) == b.person(surname: $0) }
            && firstNames.allSatisfy { a.person(firstName: $0) == b.person(firstName: $0) }
            && forms.allSatisfy { a.person(form: $0) == b.person(form: $0) }
            && represented.allSatisfy { a.persons(representing: $0) == b.persons(representing: $0) }
    }

    /// "AGQ" and the version of the layout.
    static let header: [UInt8] = [0x41, 0x47, 0x51, 1]

    /// The bytes a store keeps: the header, then the surnames, first names and forms (each a
    /// count, then every string sorted, as a varint length and UTF-8), then the represented
    /// actors (a count, then each actor's name, kind and country, sorted). Documents that ask
    /// the same questions (copies of one story) have the same bytes.
    public func encoded() -> Data {
        var w = ArchiveWriter()
        w.bytes = Self.header
        func text(_ s: String) {
            w.varint(s.utf8.count)
            w.bytes.append(contentsOf: s.utf8)
        }
        for set in [surnames, firstNames, forms] {
            w.varint(set.count)
            for s in set.sorted() { text(s) }
        }
        w.varint(represented.count)
        for a in represented.sorted() {
            text(a.name)
            text(a.kind.rawValue)
            text(a.country ?? "")
        }
        return Data(w.bytes)
    }

    /// The questions of `document` that `data` (``encoded()``) holds.
    /// - Throws: ``FindingsArchive/DecodingError``.
    public init(decoding data: Data, document: String) throws {
        self.document = document
        let (surnames, firstNames, forms, represented) = try data.withUnsafeBytes { raw in
            guard raw.count >= Self.header.count, raw.prefix(Self.header.count).elementsEqual(Self.header) else {
                throw FindingsArchive.DecodingError.malformed("no person lookups header")
            }
            var reader = ArchiveReader(bytes: raw, position: Self.header.count)
            func text() throws -> String {
                String(decoding: try reader.take(try reader.count()), as: UTF8.self)
            }
            func strings() throws -> Set<String> {
                var set = Set<String>()
                for _ in 0..<(try reader.count()) { set.insert(try text()) }
                return set
            }
            let surnames = try strings(), firstNames = try strings(), forms = try strings()
            var represented = Set<ActorRef>()
            for _ in 0..<(try reader.count()) {
                let name = try text()
                let kindName = try text()
                guard let kind = ActorKind(rawValue: kindName) else { throw reader.malformed("actor kind \(kindName)") }
                let country = try text()
                represented.insert(ActorRef(name: name, kind: kind, country: country.isEmpty ? nil : country))
            }
            guard reader.position == raw.count else { throw FindingsArchive.DecodingError.malformed("bytes after the person lookups") }
            return (surnames, firstNames, forms, represented)
        }
        self.surnames = surnames
        self.firstNames = firstNames
        self.forms = forms
        self.represented = represented
    }

    /// Collects the questions asked of an index while one document is read (``PersonIndex/recording(into:)``).
    /// Used by one thread at a time: the extractor reads a document on one thread.
    final class Recorder: @unchecked Sendable {
        // @unchecked: written only by the thread reading the document, read once it is done.
        /// The questions asked so far.
        var lookups: PersonLookups {
            if !newSurnames.isEmpty || !newFirstNames.isEmpty { join() }
            return recorded
        }
        private var recorded: PersonLookups
        /// The surnames and first names of up to fifteen ASCII bytes asked so far, by their bytes
        /// (``ShortWords``; the value is 1): a document asks of the same few words in every
        /// sentence, and a probe here spares hashing each into a set again. (Made to hold a
        /// document's usual questions: growing a table step by step from empty cost as much as
        /// filling it. The tables go with the recorder.)
        private var askedSurnames = ShortWords(capacity: 64)
        private var askedFirstNames = ShortWords(capacity: 64)
        /// Those words, each once (their keys differ), in the order asked: joined to ``recorded``'s
        /// sets when ``lookups`` is read, each set then grown once to its size. (A set grown a
        /// word at a time rehashed its words at every step; one reserved up front held its room
        /// for every document until the store was written, 15 MB more at the peak of a 20 MB build.)
        private var newSurnames: [String] = []
        private var newFirstNames: [String] = []

        init(document: String) {
            recorded = PersonLookups(document: document)
        }

        /// Writes that `surname`, whose key is `key` (``ShortWords/key(_:)``), was asked.
        func ask(surname: String, key: ShortWords.Key) {
            guard askedSurnames.find(key) == Vocabulary.unknown else { return }
            askedSurnames.insert(key, 1)
            newSurnames.append(surname)
        }

        /// Writes that `firstName`, whose key is `key` (``ShortWords/key(_:)``), was asked.
        func ask(firstName: String, key: ShortWords.Key) {
            guard askedFirstNames.find(key) == Vocabulary.unknown else { return }
            askedFirstNames.insert(key, 1)
            newFirstNames.append(firstName)
        }

        /// Writes that a word with no ``ShortWords`` key was asked as a surname.
        func ask(surname: String) { recorded.surnames.insert(surname) }

        /// Writes that a word with no ``ShortWords`` key was asked as a first name.
        func ask(firstName: String) { recorded.firstNames.insert(firstName) }

        /// Writes that a person's form was asked.
        func ask(form: String) { recorded.forms.insert(form) }

        /// Writes that the persons representing `actor` were asked.
        func ask(representing actor: ActorRef) { recorded.represented.insert(actor) }

        private func join() {
            recorded.surnames.reserveCapacity(recorded.surnames.count + newSurnames.count)
            for w in newSurnames { recorded.surnames.insert(w) }
            recorded.firstNames.reserveCapacity(recorded.firstNames.count + newFirstNames.count)
            for w in newFirstNames { recorded.firstNames.insert(w) }
            newSurnames = []
            newFirstNames = []
        }
    }
}

extension CorpusPersons {
    /// The stored documents (by name, their ``PersonLookups/encoded()`` questions) that `index`
    /// answers otherwise than the index of these persons does: the documents whose reading may
    /// change. Documents that asked the same questions (the same bytes) are checked once.
    /// - Throws: ``CorpusPersons/Failure`` naming a document whose questions cannot be read.
    public func documentsReadingOtherwise(_ lookups: [String: Data], with index: PersonIndex) throws -> Set<String> {
        let before = self.index
        var alike: [Data: Bool] = [:]
        var otherwise = Set<String>()
        for (name, data) in lookups {
            let same: Bool
            if let known = alike[data] {
                same = known
            } else {
                do {
                    same = try PersonLookups(decoding: data, document: name).answeredAlike(by: before, and: index)
                } catch {
                    throw Failure(document: name, error: error, what: "person lookups")
                }
                alike[data] = same
            }
            if !same { otherwise.insert(name) }
        }
        return otherwise
    }
}
