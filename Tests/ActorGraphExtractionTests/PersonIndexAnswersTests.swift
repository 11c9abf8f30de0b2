import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// ``PersonIndex/person(surname:)`` and ``PersonIndex/person(firstName:)`` answer a word of up to
/// fifteen ASCII bytes from a table keyed by its bytes (``ShortWords/file(_:_:)``) and record it
/// through ``PersonLookups/Recorder``'s table of words already asked, where they hashed it into
/// their dictionaries and the recorder's set every time. They must answer and record as the
/// dictionaries and the set do, for every word a name of the seeds', fixtures' or made persons
/// holds, every token of the oracle texts, and words with no key (long, non-ASCII, a Kelvin sign).
@Suite struct PersonIndexAnswersTests {
    static let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)

    static func person(_ name: String, _ state: String? = nil) -> TitledPerson {
        TitledPerson(
            name: name, range: 0..<0, represents: state.map { ActorRef(name: $0, kind: .state) }, title: state == nil ? "" : "minister",
            isHead: false, mention: 0..<0)
    }

    /// Made persons whose words are long, non-ASCII, canonically equal to ASCII words (a Kelvin
    /// sign "\u{212A}" decomposes to "K"), shared by two persons, or inner and first names.
    static let madePersons: [[TitledPerson]] = [
        [person("Salva Kiir Mayardit", "South Sudan"), person("Riek Machar Teny"), person("Kim Jong Un", "North Korea")],
        [person("Abiy Ahmed", "Ethiopia"), person("Aziz Ahmed"), person("Lech Wałęsa"), person("Jürgen Müller")],
        [person("Ann \u{212A}ellerman"), person("Bob Kellerman"), person("Maximiliano Constantinopolitano")],
        [person("Ann Straßenbahnfahrer"), person("Cem Özdemir", "Germany"), person("王 毅"), person("Abdel Fattah el-Sisi", "Egypt")],
    ]

    /// The persons phase one finds in the seeds and every fixture folder, per document.
    static func fixturePersons() throws -> [[TitledPerson]] {
        var lists: [[TitledPerson]] = []
        for folder in try Fixture.articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                lists.append(extractor.persons(document).all)
            }
        }
        return lists
    }

    /// The words to ask: every key of the index, every word of every form, each word's prefixes
    /// and upper-cased copy, and made words with no key.
    static func words(_ index: PersonIndex, more: [String]) -> [String] {
        var words = Set(index.namesLookedUp).union(more)
        for p in index.persons {
            for form in p.forms { words.formUnion(Tokenizer.normalizedWords(form)) }
            words.formUnion(p.words)
        }
        for w in Array(words) {
            words.insert(w.uppercased())
            for n in 1..<max(1, w.count) { words.insert(String(w.prefix(n))) }
        }
        words.formUnion(["", "k", "\u{212A}", "\u{212A}ellerman", "kellerman", "Kellerman", "constantinopolitano", "maximilianoconstantinopolitano", "straße", "strasse"])
        return words.sorted()
    }

    static func expectAlike(_ index: PersonIndex, _ words: [String]) {
        for w in words {
            #expect(index.person(surname: w) == index.personByDictionaries(surname: w), "surname \(w)")
            #expect(index.person(firstName: w) == index.personByDictionaries(firstName: w), "first name \(w)")
        }
    }

    @Test func madePersonsAnswerAsTheDictionaries() {
        let index = PersonIndex(Self.madePersons)
        let words = Self.words(index, more: [])
        Self.expectAlike(index, words)
        // The check is not empty: the table answers some words, a Kelvin sign's too, and a word
        // of two persons or of none is no one.
        #expect(words.filter { index.person(surname: $0) != nil }.count >= 8)
        #expect(index.person(surname: "kiir")?.name == "Salva Kiir Mayardit")
        #expect(index.person(firstName: "kim")?.name == "Kim Jong Un")
        #expect(index.person(surname: "ahmed") == nil)
        #expect(index.person(surname: "kellerman") == nil, "\u{212A}ellerman and Kellerman share the surname")
        #expect(index.person(surname: "constantinopolitano")?.name == "Maximiliano Constantinopolitano")
        #expect(index.person(surname: "walesa") == index.personByDictionaries(surname: "walesa"))
    }

    @Test func theFixturesPersonsAnswerAsTheDictionaries() throws {
        let lists = try Self.fixturePersons()
        let index = PersonIndex(lists + Self.madePersons)
        #expect(index.persons.count > 100)
        var norms = Set<String>()
        for (text, document) in try Fixture.oracleTexts() {
            for s in Self.extractor.analyze(Document(name: document, text: text, published: "2024-03-15")).sentences {
                for t in s.tokens where t.isWord { norms.insert(t.norm) }
            }
        }
        let words = Self.words(index, more: Array(norms))
        #expect(words.count > 10_000)
        Self.expectAlike(index, words)
        #expect(words.filter { index.person(surname: $0) != nil }.count > 100)
        #expect(words.filter { index.person(firstName: $0) != nil }.count > 10)
    }

    /// The recorder writes every word asked once, as the set alone did: repeated words, words
    /// with no key and a Kelvin sign's word (equal to the ASCII one as Strings compare) alike.
    @Test func theRecorderWritesWhatTheSetWould() {
        let index = PersonIndex(Self.madePersons)
        let asked = [
            "kiir", "kiir", "machar", "\u{212A}ellerman", "kellerman", "kellerman", "maximilianoconstantinopolitano", "walesa", "wałęsa",
            "wałęsa", "", "k", "\u{212A}", "kim", "Kim", "kim",
        ]
        let recorder = PersonLookups.Recorder(document: "d")
        let recording = index.recording(into: recorder)
        var surnames = Set<String>()
        var firstNames = Set<String>()
        for (n, w) in asked.enumerated() {
            if n % 3 == 0 {
                _ = recording.person(firstName: w)
                firstNames.insert(w)
            } else {
                _ = recording.person(surname: w)
                surnames.insert(w)
            }
        }
        #expect(recorder.lookups.surnames == surnames)
        #expect(recorder.lookups.firstNames == firstNames)
        #expect(recorder.lookups.surnames.count < asked.count)
    }

    /// ``ShortWords/file(_:_:)`` files an ASCII word under its bytes, a word that decomposes to an
    /// ASCII one under that one's, and no other word.
    @Test func shortWordsFileByTheWordsKeyOrItsDecompositions() throws {
        var table = ShortWords()
        table.file("assad", 1)
        table.file("\u{212A}iir", 2)
        table.file("wałęsa", 3)
        table.file("constantinopolitano", 4)
        table.file("e\u{301}lise", 5)
        #expect(table.find(try #require(ShortWords.key("assad"))) == 1)
        #expect(table.find(try #require(ShortWords.key("Kiir"))) == 2)
        #expect(table.find(try #require(ShortWords.key("kiir"))) == Vocabulary.unknown)
        #expect(ShortWords.key("wałęsa") == nil)
        #expect(ShortWords.key("constantinopolitano") == nil)
        // "é" decomposed is "e" and a combining accent: no ASCII word, not filed.
        #expect(table.find(try #require(ShortWords.key("elise"))) == Vocabulary.unknown)
        #expect(table.find(try #require(ShortWords.key("assa"))) == Vocabulary.unknown)
    }

    /// A table made with a capacity (``ShortWords/init(capacity:)``) finds every word filed in
    /// it, below its capacity and past it (when it grows), and no other.
    @Test func shortWordsMadeWithACapacityFindWhatTheyHold() throws {
        for capacity in [0, 1, 7, 8, 9, 64, 100] {
            var table = ShortWords(capacity: capacity)
            let words = (0..<(capacity + 40)).map { "w\($0)" }
            for (n, w) in words.enumerated() {
                table.insert(try #require(ShortWords.key(w)), UInt32(n + 1))
                // Filed again: the first value stays.
                table.insert(try #require(ShortWords.key(w)), 999)
            }
            for (n, w) in words.enumerated() { #expect(table.find(try #require(ShortWords.key(w))) == UInt32(n + 1), "\(capacity): \(w)") }
            #expect(table.find(try #require(ShortWords.key("x1"))) == Vocabulary.unknown)
            #expect(table.find(try #require(ShortWords.key(""))) == Vocabulary.unknown)
        }
    }
}
