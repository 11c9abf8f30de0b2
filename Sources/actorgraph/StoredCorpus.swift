import ActorGraphExtraction
import ActorGraphStore
import Foundation

/// The documents of a corpus folder as a store records them: each readable file's content hash
/// and manifest facts, by file name; with the findings, the rows a build or update writes.
struct StoredCorpus {
    /// The hash and facts of each readable document, by name; unreadable files are absent (the
    /// extractor names them in its warnings).
    var documents: [String: StoredDocument] = [:]

    /// The documents hashed in this run (their stored hash, if any, was not taken), in the
    /// folder's order; every other document's stored hash was taken for its file's unchanged
    /// stamp, without reading it.
    var hashedNow: [String] = []

    /// Reads every document of `corpus` once to hash its text, except those `known` (the store's
    /// records, by name) holds a stamp for that the file still has: their stored hash is taken.
    init(_ corpus: CorpusFolder, known: [String: (contentHash: String, stamp: FileStamp?)] = [:]) {
        let now = FileStamp.now()
        documents.reserveCapacity(corpus.entries.count)
        // The stored hashes first, on this thread (a lookup each: spread over the cores with a
        // lock per slot, the 4,424 unchanged files of an update cost 27 M instructions), then
        // the files to read, hashed on every core.
        var toRead: [CorpusFolder.Entry] = []
        for entry in corpus.entries {
            if let stamp = Self.stamp(entry), let record = known[entry.name], record.stamp == stamp {
                documents[entry.name] = StoredDocument(name: entry.name, contentHash: record.contentHash, stamp: stamp)
            } else {
                toRead.append(entry)
            }
        }
        let files = toRead
        let read = UnsafeSlots<StoredDocument>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let entry = files[i]
            guard let document = corpus.read(entry).document else { return }
            // The text is kept for the store (schema v7), which reads a document again from it.
            read.set(i, StoredDocument(
                name: document.name, contentHash: ContentHash.of(document.text),
                published: document.published, source: document.source, title: document.title,
                text: Data(document.text.utf8), stamp: Self.stamp(entry)?.settled(at: now)))
        }
        for document in read.values {
            documents[document.name] = document
            hashedNow.append(document.name)
        }
    }

    /// `entry`'s stamp, taken when the folder was listed, before the file is read: a change while
    /// it is read leaves a stamp that no longer matches, and the next update reads it again.
    static func stamp(_ entry: CorpusFolder.Entry) -> FileStamp? {
        entry.modified.map { FileStamp(size: Int64(entry.bytes), modified: $0) }
    }

    /// The stamps to record for documents hashed again whose text the store already holds under
    /// the same name (a file touched, not changed): the next update then need not read them.
    func restamped(_ known: [String: (contentHash: String, stamp: FileStamp?)]) -> [(name: String, contentHash: String, stamp: FileStamp)] {
        hashedNow.compactMap { name in
            guard let document = documents[name], let stamp = document.stamp, let record = known[name],
                  record.contentHash == document.contentHash, record.stamp != stamp
            else { return nil }
            return (name, document.contentHash, stamp)
        }.sorted { $0.name < $1.name }
    }

    /// The findings of the stored `rows` that have them, decoded on every core (an update reads
    /// the whole corpus's findings).
    /// - Throws: ``StoreError/damaged(path:detail:)`` naming the first document whose findings
    ///   cannot be read.
    static func findings(_ rows: [StoredDocument], store: URL) throws -> [DocumentFindings] {
        let kept = rows.filter { $0.findings != nil }
        let decoded = UnsafeSlots<Result<DocumentFindings, any Error>>(count: kept.count)
        DispatchQueue.concurrentPerform(iterations: kept.count) { i in
            // `kept` holds only rows with findings.
            decoded.set(i, Result { try FindingsArchive.decode(kept[i].findings!) })
        }
        return try zip(kept, decoded.values).map { row, result in
            do {
                return try result.get()
            } catch FindingsArchive.DecodingError.olderEncoding {
                throw StoreError.olderFindings(path: store.path)
            } catch {
                throw StoreError.damaged(path: store.path, detail: "the findings of \(row.name) cannot be read (\(error))")
            }
        }
    }

    /// The store's rows for `findings`, each document's hash, facts and text with its encoded
    /// findings, its persons (from `persons`, by document) and the questions its reading asked
    /// of the person index (from `lookups`).
    func rows(_ findings: [DocumentFindings], persons: [DocumentPersons], lookups: [PersonLookups]) -> [StoredDocument] {
        var byName: [String: DocumentPersons] = [:]
        for p in persons { byName[p.document] = p }
        var asked: [String: PersonLookups] = [:]
        for l in lookups { asked[l.document] = l }
        // Each distinct text once (copies of a story share a hash; the store keeps one).
        var texts = Set<String>()
        return findings.compactMap { found in
            guard var row = documents[found.document] else { return nil }
            row.findings = FindingsArchive.encode(found)
            row.persons = byName[found.document]?.encoded()
            row.lookups = asked[found.document]?.encoded()
            if !texts.insert(row.contentHash).inserted { row.text = nil }
            return row
        }
    }

    /// Takes in stored documents read again from the store's texts (`rows`: their records, with
    /// the stamps the store holds), in place of the records of the same names; they were not
    /// hashed now.
    mutating func add(stored rows: [StoredDocument]) {
        for row in rows { documents[row.name] = row }
    }

    /// Takes in `other`'s documents (read again), in place of the records of the same names.
    mutating func add(_ other: StoredCorpus) {
        documents.merge(other.documents) { _, new in new }
        hashedNow += other.hashedNow.filter { !hashedNow.contains($0) }
    }
}

/// Results written by concurrent iterations, one slot each, read once all are done.
private final class UnsafeSlots<T>: @unchecked Sendable {
    // @unchecked: each slot is written by exactly one iteration of concurrentPerform, and read
    // only after it returns.
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    var values: [T] { slots.compactMap { $0 } }
}
