import Foundation
import Testing

@testable import ActorGraphExtraction

/// The persons a store keeps for an update (``DocumentPersons``, ``CorpusPersons``) and the index
/// made from them: the same index a build makes from each document's own list, and answers that
/// tell when new documents change how persons resolve.
@Suite("Corpus persons")
struct CorpusPersonsTests {
    static let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)

    /// Each document's titled persons in the seeds and every fixture folder, by name.
    static func persons() throws -> [DocumentPersons] {
        var all: [DocumentPersons] = []
        for folder in try Fixture.articleFolders() {
            let corpus = try CorpusFolder.scan(folder)
            for entry in corpus.entries {
                guard let document = corpus.read(entry).document else { continue }
                all.append(DocumentPersons(document: folder.lastPathComponent + "/" + entry.name, persons: extractor.persons(document).all))
            }
        }
        return all
    }

    @Test func storedPersonsReadBackAsTheyWereWritten() throws {
        for d in try Self.persons() {
            #expect(try DocumentPersons(decoding: d.encoded(), document: d.document) == d, "\(d.document)")
        }
        #expect(throws: (any Error).self) { try DocumentPersons(decoding: Data("AGP".utf8), document: "x") }
        #expect(throws: (any Error).self) { try DocumentPersons(decoding: Data([0x41, 0x47, 0x50, 1, 5]), document: "x") }
    }

    /// Documents sharing a list (copies of stories, as the benchmark corpus is made), read once,
    /// give the index of every document read: the same answers, the same persons in the same order.
    @Test func sharedListsGiveTheIndexOfEveryListRead() throws {
        let persons = try Self.persons()
        // Copies interleaved with the originals and each other, in name order.
        var lists: [[TitledPerson]] = persons.map(\.persons)
        var documents: [Int] = []
        for copy in 0..<3 {
            for i in lists.indices where i % (copy + 2) == 0 { documents.append(i) }
        }
        documents += Array(lists.indices)
        // A list with an initial read twice, another J. Kerry coming in between: the first "J.
        // Kerry" joins John Kerry, the one Kerry of that letter; the second is a person of its
        // own, as no one Kerry of the letter is left.
        func untitled(_ name: String) -> TitledPerson {
            TitledPerson(name: name, range: 0..<0, represents: nil, title: "", isHead: false, mention: 0..<0)
        }
        lists.append([untitled("J. Kerry")])
        lists.append([untitled("James Kerry")])
        documents += [lists.count - 2, lists.count - 1, 0, lists.count - 2]
        let shared = PersonIndex(lists: lists, documents: documents)
        let each = PersonIndex(documents.map { lists[$0] })
        #expect(shared.answers == each.answers)
        #expect(shared.persons == each.persons)
        #expect(shared.persons.count > 100)
        #expect(shared.persons.contains { $0.name == "J. Kerry" })
    }

    @Test func storedCopiesAreDecodedOnceAndIndexedAsTheirDocuments() throws {
        let persons = try Self.persons()
        var stored: [String: Data] = [:]
        var all: [DocumentPersons] = []
        for (i, d) in persons.enumerated() {
            for copy in ["a", "b"] {
                let named = DocumentPersons(document: "\(copy)\(i)-" + d.document, persons: d.persons)
                stored[named.document] = named.encoded()
                all.append(named)
            }
        }
        let decoded = try CorpusPersons(decoding: stored)
        #expect(decoded.lists.count == persons.count)
        #expect(decoded.index.answers == CorpusPersons(all).index.answers)
        #expect(throws: CorpusPersons.Failure.self) { try CorpusPersons(decoding: ["bad.txt": Data([1, 2, 3])]) }
    }

    /// The answers change when a new document titles another person of a known surname, or
    /// writes a known person's name in a form more documents then use; they do not when a new
    /// document only repeats what others say.
    @Test func answersTellWhetherNewDocumentsChangeHowPersonsResolve() throws {
        let persons = try Self.persons()
        let stored = CorpusPersons(persons)
        let answers = stored.index.answers
        let repeated = DocumentPersons(document: "zz-copy", persons: persons.first { $0.persons.count > 3 }?.persons ?? [])
        #expect(!repeated.persons.isEmpty)
        #expect(stored.adding([repeated]).index.answers == answers)
        func titled(_ name: String) -> TitledPerson {
            TitledPerson(name: name, range: 0..<0, represents: ActorRef(name: "Norway", kind: .state), title: "foreign minister", isHead: false, mention: 0..<0)
        }
        #expect(stored.adding([DocumentPersons(document: "zz-new", persons: [titled("Jonas Lavrov")])]).index.answers != answers)
        let kerry = (0..<40).map { DocumentPersons(document: "zz-\($0)", persons: [titled("J. F. Kerry")]) }
        #expect(stored.adding(kerry).index.answers != answers)
    }
}
