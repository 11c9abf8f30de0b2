import Foundation
import Testing

@testable import ActorGraphExtraction

/// The engine's fast lookups answer as the plain ones they replace: word ids from the short-word
/// table as from the dictionary, phase one's persons as a second recognition, the rule index's
/// candidates as a test of every rule's required words.
@Suite struct EngineLookupTests {
    @Test func shortWordsAndLongWordsGetTheIdsTheyWereGiven() {
        var vocabulary = Vocabulary()
        let words = ["the", ",", "'s", "—", "minister", "k", "a", "", "ab\u{0}", "conference", "élysée", "president"]
        let ids = words.map { vocabulary.intern($0) }
        #expect(Set(ids).count == words.count)
        for (word, id) in zip(words, ids) { #expect(vocabulary.id(word) == id) }
        #expect(vocabulary.id("thе") == Vocabulary.unknown)  // a Cyrillic "е"
        #expect(vocabulary.id("tha") == Vocabulary.unknown)
        #expect(vocabulary.id("ministers") == Vocabulary.unknown)
        #expect(vocabulary.id("ab") == Vocabulary.unknown)
    }

    /// The table holds ASCII words up to fifteen bytes; its keys split at the eighth byte.
    @Test func wordsAroundTheTablesLengthsGetTheirIds() {
        var vocabulary = Vocabulary()
        // Seven, eight, nine, fifteen and sixteen bytes; words that differ only past the eighth
        // byte, or only in length, or in a zero byte.
        let words = [
            "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghX", "abcdefgh\u{0}",
            "abcdefgh\u{0}\u{0}", "international", "representatives", "representative",
        ]
        let ids = words.map { vocabulary.intern($0) }
        #expect(Set(ids).count == words.count)
        for (word, id) in zip(words, ids) { #expect(vocabulary.id(word) == id, "\(word)") }
        for absent in ["abcdefghij", "abcdefghijklmn", "abcdefghijklmnopq", "abcdefghY", "internationa", "representativez"] {
            #expect(vocabulary.id(absent) == Vocabulary.unknown, "\(absent)")
        }
        // A Kelvin sign in a fifteen-byte word: canonically equal, one id, whichever came first.
        let kelvin = vocabulary.intern("\u{212A}bcdefghijklmno")
        #expect(vocabulary.id("Kbcdefghijklmno") == kelvin)
        #expect(vocabulary.intern("Kbcdefghijklmno") == kelvin)
        let plain = vocabulary.intern("Klmnopqrstuvwxy")
        #expect(vocabulary.id("\u{212A}lmnopqrstuvwxy") == plain)
    }

    @Test func aWordCanonicallyEqualToAShortASCIIWordSharesItsId() {
        // The Kelvin sign is canonically "K": Swift's String equality, and so the dictionary,
        // take them for one word, and the short-word table must too.
        var vocabulary = Vocabulary()
        let kelvin = vocabulary.intern("\u{212A}m")
        #expect(vocabulary.id("Km") == kelvin)
        #expect(vocabulary.intern("Km") == kelvin)
    }

    @Test func theTableGrowsWithoutLosingWords() {
        var vocabulary = Vocabulary()
        let words = (0..<5_000).map { "w\($0)" }
        let ids = words.map { vocabulary.intern($0) }
        #expect(words.map { vocabulary.id($0) } == ids)
    }

    @Test func phaseOnesPersonsAreTheOnesPhaseTwoWouldFind() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let folder = Fixture.packageRoot.appendingPathComponent("seeds")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let document = Document(name: file, text: text, published: "2016-02-12")
            let found = extractor.persons(document)
            let fresh = extractor.analyze(document).sentences.map(\.persons)
            #expect(found.bySentence == fresh, "\(file)")
            #expect(extractor.analyze(document, persons: found).sentences.map(\.persons) == fresh, "\(file)")
        }
    }

    @Test func personsOfAnotherTextAreNotTaken() {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let first = Document(name: "doc.txt", text: "Russian Foreign Minister Sergei Lavrov met the envoy.", published: "2016-02-12")
        let changed = Document(name: "doc.txt", text: "Turkish Foreign Minister Mevlut Cavusoglu met the envoy.", published: "2016-02-12")
        let reused = extractor.analyze(changed, persons: extractor.persons(first)).sentences.flatMap(\.persons).map(\.name)
        let fresh = extractor.analyze(changed).sentences.flatMap(\.persons).map(\.name)
        #expect(reused == fresh)
        #expect(fresh != extractor.persons(first).all.map(\.name))
    }

    @Test func candidatesAreTheRulesWhoseRequiredWordsTheSentenceHas() {
        var vocabulary = Vocabulary()
        let compiled = CompiledRules(Fixture.rules, vocabulary: &vocabulary)
        let sentences = [
            "Russia backed the Syrian government in talks with Turkey on Monday.",
            "The delegation was led by the foreign minister, who met his counterpart in Geneva.",
            "Iran, which is backed by Russia, did not attend the conference.",
            "Nothing here.",
        ]
        for sentence in sentences {
            let scalars = Array(sentence.unicodeScalars)
            var tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
            vocabulary.assign(&tokens)
            for index in [compiled.nominal, compiled.relational] {
                let expected = index.rules.indices.filter { r in
                    index.rules[r].required.allSatisfy { set in tokens.contains { set.contains($0.word) } }
                }
                #expect(index.candidates(tokens) == expected, "\(sentence)")
            }
        }
    }

    /// The same on every sentence of the seeds and every fixture's articles, read as the
    /// extractor reads them: the candidates are found in one pass over the tokens, with the
    /// closed-class words read once by a mask.
    @Test func candidatesOnEveryFixtureSentence() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        var picked = 0
        for folder in try Fixture.articleFolders() {
            for document in try Corpus.load(folder: folder).documents {
                for tokens in LexiconMentionsOracleTests.sentences(document.text, extractor) {
                    for index in [extractor.compiled.nominal, extractor.compiled.relational] {
                        let expected = index.rules.indices.filter { r in
                            index.rules[r].required.allSatisfy { set in tokens.contains { set.contains($0.word) } }
                        }
                        let found = index.candidates(tokens)
                        #expect(found == expected, "\(document.name): \(tokens.map(\.text).joined(separator: " "))")
                        picked += found.count
                    }
                }
            }
        }
        #expect(picked > 10_000)
    }

    @Test func aTokenThatIsItsOwnNormalFormHasTheNormalFormNormalisingGives() {
        let text = "the talks in Doha, U.S. officials' Da’esh O'Brien ISIL Lomé — “quoted” 2024 a-b x.y İstanbul Kelvin \u{212A}m"
        let scalars = Array(text.unicodeScalars)
        for token in Tokenizer.tokens(scalars, in: 0..<scalars.count) where !["'s", "n't", "—", "\"", "'"].contains(token.norm) {
            #expect(token.norm == Tokenizer.normalize(scalars[token.start..<token.end]), "\(token.text)")
        }
    }

    @Test func formsFoundOnceAreTheFormsFoundAgain() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let folder = Fixture.packageRoot.appendingPathComponent("seeds")
        var perDocument: [[TitledPerson]] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            perDocument.append(extractor.persons(Document(name: file, text: text, published: "2016-02-12")).all)
        }
        let index = PersonIndex(perDocument)
        #expect(index.persons.count > 10)
        let forms = Set(index.persons.flatMap(\.forms) + ["Kerry", "Lavrov", "Nobody Atall"])
        for form in forms {
            #expect(index.person(form: form)?.name == index.find(form: form).map { index.persons[$0].name }, "\(form)")
        }
        let represented = Set(index.persons.flatMap(\.represents))
        #expect(!represented.isEmpty)
        for actor in represented {
            #expect(index.persons(representing: actor) == index.persons.filter { $0.represents.contains(actor) }, "\(actor.name)")
        }
        #expect(index.persons(representing: ActorRef(name: "Nowhere", kind: .state)).isEmpty)
    }

    /// "Ban Ki-moon" and "Moon Jae-in" are two persons, written surname first: a later bare
    /// "Moon" is Moon Jae-in, "Ban" is Ban Ki-moon; "Hadi al-Bahra" keeps his surname last.
    @Test func namesWrittenSurnameFirstAreIndexedByTheirSurname() {
        func titled(_ name: String) -> TitledPerson {
            TitledPerson(name: name, range: 0..<1, represents: nil, title: "president", isHead: true, mention: 0..<1)
        }
        let index = PersonIndex([[titled("Ban Ki-moon"), titled("Moon Jae-in"), titled("Hadi al-Bahra")]])
        #expect(index.person(form: "Moon")?.name == "Moon Jae-in")
        #expect(index.person(form: "Ban")?.name == "Ban Ki-moon")
        #expect(index.person(form: "Ban Ki-moon")?.name == "Ban Ki-moon")
        #expect(index.person(form: "Bahra")?.name == "Hadi al-Bahra")
        #expect(PersonIndex.core("Ban Ki-moon") == ["ki", "moon", "ban"])
        #expect(PersonIndex.core("Ahmed Abul-Gheit") == ["ahmed", "abul", "gheit"])
    }

    @Test func anASCIIPlaceKeyIsWhatFoldingGives() {
        let ascii = String(String.UnicodeScalarView((0x20..<0x7F).compactMap(Unicode.Scalar.init)))
        for place in [ascii, "Geneva", "DOHA", "Addis Ababa", "Lomé", "Lome", "ISTANBUL", "İstanbul", "Straße"] {
            #expect(EventResolver.key(place) == place.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil), "\(place)")
        }
    }
}
