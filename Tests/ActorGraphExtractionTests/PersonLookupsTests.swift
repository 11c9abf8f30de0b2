import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The questions a document's reading asks of the corpus's person index (``PersonLookups``):
/// an update reads again only the stored documents whose questions a new index answers
/// otherwise, so a document whose every question is answered alike must read exactly alike.
@Suite("Person lookups")
struct PersonLookupsTests {
    static let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)

    /// The seeds and two development splits (28 documents whose persons recur across files),
    /// each document with its analysis and persons.
    static func documents() throws -> [(document: Document, analysis: Extractor.Analysis, persons: DocumentPersons)] {
        let folders = ["seeds", "Tests/Fixtures/devset/articles", "Tests/Fixtures/newsdev/articles"].map { Fixture.packageRoot.appendingPathComponent($0) }
        var all: [(Document, Extractor.Analysis, DocumentPersons)] = []
        for folder in folders {
            let corpus = try CorpusFolder.scan(folder)
            for entry in corpus.entries {
                guard let document = corpus.read(entry).document else { continue }
                let found = extractor.persons(document)
                all.append((document, extractor.analyze(document, persons: found), DocumentPersons(document: document.name, persons: found.all)))
            }
        }
        return all
    }

    /// The property an update relies on. Each of several documents is held out of the corpus;
    /// every other document is read with the index of the corpus without it (recording its
    /// questions) and with the index of the whole corpus: when the two indices answer its
    /// questions alike, the findings are the same. The held-out first seed changes how some
    /// documents read (its Kerry), so the check is not empty.
    @Test func aDocumentWhoseQuestionsAreAnsweredAlikeReadsAlike() throws {
        let documents = try Self.documents()
        #expect(documents.count >= 28)
        let whole = CorpusPersons(documents.map(\.persons)).index
        let withWhole = documents.map { Self.extractor.findings($0.analysis, persons: whole) }
        var differing = 0, alike = 0
        for held in ["000_1c07546f9ddca6f9.txt", "1605.txt", "004_175e92e2922cc121.txt"] {
            let others = documents.filter { $0.document.name != held }
            #expect(others.count == documents.count - 1, "\(held)")
            let without = CorpusPersons(others.map(\.persons)).index
            for (i, d) in documents.enumerated() where d.document.name != held {
                let recorder = PersonLookups.Recorder(document: d.document.name)
                let findings = Self.extractor.findings(d.analysis, persons: without.recording(into: recorder))
                #expect(findings == Self.extractor.findings(d.analysis, persons: without), "recording changes nothing: \(d.document.name)")
                if recorder.lookups.answeredAlike(by: without, and: whole) {
                    alike += 1
                    #expect(findings == withWhole[i], "\(d.document.name) without \(held)")
                } else if findings != withWhole[i] {
                    differing += 1
                }
            }
        }
        // Reading again only where an answer changed reads few documents, and some do change.
        #expect(differing > 0)
        #expect(alike > differing)
    }

    @Test func questionsAreRecordedAndReadBackAsTheyWereWritten() throws {
        let documents = try Self.documents()
        let index = CorpusPersons(documents.map(\.persons)).index
        var asked = 0
        for d in documents {
            let recorder = PersonLookups.Recorder(document: d.document.name)
            _ = Self.extractor.findings(d.analysis, persons: index.recording(into: recorder))
            let lookups = recorder.lookups
            asked += lookups.surnames.count + lookups.firstNames.count + lookups.forms.count + lookups.represented.count
            #expect(try PersonLookups(decoding: lookups.encoded(), document: d.document.name) == lookups, "\(d.document.name)")
        }
        #expect(asked > 100)
        #expect(throws: (any Error).self) { try PersonLookups(decoding: Data("AGQ".utf8), document: "x") }
        #expect(throws: (any Error).self) { try PersonLookups(decoding: Data([0x41, 0x47, 0x51, 1, 5]), document: "x") }
    }

    /// A store's check: each document's stored questions against the stored corpus's index and
    /// the new one, copies of the same questions checked once.
    @Test func storedDocumentsReadingOtherwiseAreThoseWithAChangedAnswer() throws {
        func titled(_ name: String, _ state: String) -> TitledPerson {
            TitledPerson(name: name, range: 0..<0, represents: ActorRef(name: state, kind: .state), title: "foreign minister", isHead: false, mention: 0..<0)
        }
        let stored = CorpusPersons([
            DocumentPersons(document: "a.txt", persons: [titled("Sergei Lavrov", "Russia")]),
            DocumentPersons(document: "b.txt", persons: [titled("John Kerry", "United States")]),
        ])
        var lavrov = PersonLookups(document: "a.txt")
        lavrov.surnames = ["lavrov"]
        var kerry = PersonLookups(document: "b.txt")
        kerry.forms = ["John Kerry"]
        kerry.represented = [ActorRef(name: "United States", kind: .state)]
        var nobody = PersonLookups(document: "c.txt")
        nobody.surnames = ["smith"]
        let asked = ["a.txt": lavrov.encoded(), "a2.txt": lavrov.encoded(), "b.txt": kerry.encoded(), "c.txt": nobody.encoded()]
        // Another Lavrov: "Lavrov" alone is nobody now, in a.txt and its copy.
        let another = stored.adding([DocumentPersons(document: "d.txt", persons: [titled("Jonas Lavrov", "Norway")])])
        #expect(try stored.documentsReadingOtherwise(asked, with: another.index) == ["a.txt", "a2.txt"])
        // Someone else entirely: no answer changes.
        let unrelated = stored.adding([DocumentPersons(document: "e.txt", persons: [titled("Espen Eide", "Norway")])])
        #expect(try stored.documentsReadingOtherwise(asked, with: unrelated.index).isEmpty)
        #expect(throws: CorpusPersons.Failure.self) { try stored.documentsReadingOtherwise(["x.txt": Data([1, 2])], with: another.index) }
    }
}
