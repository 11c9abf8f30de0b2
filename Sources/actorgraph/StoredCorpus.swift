import ActorGraphExtraction
import ActorGraphStore
import Foundation

/// The documents of a corpus folder as a store records them: each readable file's content hash
/// and manifest facts, by file name; with the findings, the rows a build or update writes.
struct StoredCorpus {
    /// The hash and facts of each readable document, by name; unreadable files are absent (the
    /// extractor names them in its warnings).
    var documents: [String: StoredDocument] = [:]

    /// Reads every document of `corpus` once to hash its text.
    init(_ corpus: CorpusFolder) {
        let read = UnsafeSlots<StoredDocument>(count: corpus.entries.count)
        // Hashing is the one pass an update makes over the whole folder: spread it over the cores.
        DispatchQueue.concurrentPerform(iterations: corpus.entries.count) { i in
            guard let document = corpus.read(corpus.entries[i]).document else { return }
            read.set(i, StoredDocument(
                name: document.name, contentHash: ContentHash.of(document.text),
                published: document.published, source: document.source, title: document.title))
        }
        for document in read.values { documents[document.name] = document }
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

    /// The store's rows for `findings`, each document's hash and facts with its encoded findings.
    func rows(_ findings: [DocumentFindings]) -> [StoredDocument] {
        findings.compactMap { found in
            guard var row = documents[found.document] else { return nil }
            row.findings = FindingsArchive.encode(found)
            return row
        }
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
