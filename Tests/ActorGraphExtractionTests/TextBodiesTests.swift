import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// Parties, movements and armed groups the lexicon lacks, named in full by the text.
@Suite struct TextBodiesTests {
    @Test func aNameEndingInABodyNounIsAnActor() {
        let edges = Fixture.edges("The Kivu Patriotic Front accused Rwanda of shelling Goma.")
        #expect(edges.contains("Kivu Patriotic Front opposes Rwanda"))
    }

    @Test func theBracketedShortFormIsTheSameBody() {
        let edges = Fixture.edges(
            "The Movement for Justice in Kordofan (MJK) signed the accord in Doha on Thursday. Qatar said it backs the MJK.")
        #expect(edges.contains("Movement for Justice in Kordofan attended Doha 2024-03-14"))
        #expect(edges.contains("Qatar backs Movement for Justice in Kordofan"))
    }

    /// A lexicon name inside the full name gives way to it: "Albanians" is no state here.
    @Test func theFullNameWinsOverALexiconNameInside() {
        let edges = Fixture.edges("The Democratic Party of Albanians condemned Serbia.")
        #expect(edges.contains("Democratic Party of Albanians opposes Serbia"))
        #expect(!edges.contains("Albania opposes Serbia"))
    }

    /// A state's own army is the state, a state's possessive is not part of the name, and the
    /// sentence's first word is no part of a name after "the".
    @Test func statesOrgansAndPossessivesStayOutside() {
        #expect(Fixture.edges("Ghana condemned the Sudanese Armed Forces.").contains("Ghana opposes Sudan"))
        #expect(Fixture.edges("Lebanon's Free Patriotic Movement condemned Israel.").contains("Free Patriotic Movement opposes Israel"))
        #expect(Fixture.edges("Yesterday the National Front condemned Israel.").contains("National Front opposes Israel"))
    }

    /// "the Sudan Armed Forces" is Sudan, as one mention, so a pattern reads past it.
    @Test func aStatesOrganIsTheState() {
        let edges = Fixture.edges("Fighting between the Sudan Armed Forces and the Rapid Support Forces continues.")
        #expect(edges.isSuperset(of: ["Sudan opposes Rapid Support Forces", "Rapid Support Forces opposes Sudan"]))
    }

    @Test func aBodyWithAnArmedWordIsAnArmedGroup() {
        let graph = Fixture.graph("The Kivu Liberation Army attacked Rwanda. The Kivu Unity Party condemned Rwanda.")
        #expect(graph.actors.first { $0.name == "Kivu Liberation Army" }?.kind == .armedGroup)
        #expect(graph.actors.first { $0.name == "Kivu Unity Party" }?.kind == .organization)
    }

    /// "Mr Okello's Green Unity Movement": an owner's possessive ends the name, as "People's" in a
    /// name does not; "of" and a person's name after the body noun are no part of it either.
    @Test func anOwnerAndAPersonStayOutsideTheName() {
        let edges = Fixture.edges("Mr Okello's Green Unity Movement (GUM) condemned Kenya. The GUM also condemned Uganda.")
        #expect(edges.isSuperset(of: ["Green Unity Movement opposes Kenya", "Green Unity Movement opposes Uganda"]), "\(edges.sorted())")
        #expect(Fixture.edges("The Green Unity Movement of Anna Okello condemned Kenya.").contains("Green Unity Movement opposes Kenya"))
        #expect(Fixture.edges("The Union of Islamic Courts condemned Ethiopia.").contains("Union of Islamic Courts opposes Ethiopia"))
    }

    /// Only an army, forces or a militia after a state's name are its organ: "the Sudan
    /// Revolutionary Front" is a body of its own; "Force" ends a name like "Forces".
    @Test func aFrontAfterAStatesNameIsABody() {
        #expect(Fixture.edges("The Sudan Revolutionary Front condemned Chad.").contains("Sudan Revolutionary Front opposes Chad"))
        #expect(Fixture.edges("The Kivu Resistance Force attacked Rwanda.").contains("Kivu Resistance Force opposes Rwanda"))
    }

    /// "the Forces Nouvelles rebels": a body's fighters after its name are the body, so a list
    /// reads the two sides of "the government and the X rebels resumed talks".
    @Test func aBodysFightersAreTheBody() {
        let edges = Fixture.edges("Ivory Coast's government and the Forces Nouvelles rebels resumed talks in Abidjan on Tuesday.")
        #expect(edges.isSuperset(of: ["Ivory Coast attended Abidjan 2024-03-12", "Forces Nouvelles attended Abidjan 2024-03-12"]), "\(edges.sorted())")
    }

    /// "the rebel Forces Nouvelles": lowercase generic words running into a capitalised name
    /// ("rebel Forces") describe the name; they are no generic "rebel forces" of the country.
    @Test func aGenericRunIntoANameIsNoGenericReference() {
        let edges = Fixture.edges("Ivorian troops fought the rebel Forces Nouvelles for two years.")
        #expect(edges.contains("Ivory Coast opposes Forces Nouvelles"), "\(edges.sorted())")
        #expect(!edges.contains { $0.contains("opposition") })
    }

    /// The word lists are asked by a token's word id (``WordSet``s of the extractor's vocabulary)
    /// where they were `Set<String>`s asked by its norm: each must answer as the rules' list does
    /// for every token of the seeds and fixtures (and their upper-cased copies), every word the
    /// vocabulary holds and a few it does not.
    @Test func theListsByIdAnswerAsTheListsByNorm() throws {
        let extractor = Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules)
        let (rules, bodies) = (Fixture.rules, extractor.bodies)
        let lists: [(String, Set<String>, WordSet)] = [
            ("body-head", rules.list("body-head"), bodies.heads),
            ("armed-word", rules.list("armed-word"), bodies.armedWords),
            ("body-connector", rules.list("body-connector"), bodies.connectors),
            ("body-organ", rules.list("body-organ"), bodies.organWords),
            ("body-possessor", rules.list("body-possessor"), bodies.possessors),
            ("organ-noun", rules.words(.organNoun), bodies.organNouns),
            ("organ-noun + organ-head", rules.words(.organNoun).union(rules.words(.organHead)), bodies.organHeads),
            ("combatant-noun", rules.words(.combatantNoun), bodies.sideNouns),
            ("portfolio-post", rules.words(.portfolioPost), bodies.posts),
        ]
        for (name, words, _) in lists { #expect(!words.isEmpty, "list \(name) is empty") }
        var norms = Set(extractor.vocabulary.words).union(["zzfront", "fronts", "Front", "", "'s", "-"])
        var tokens = 0
        for (text, document) in try Fixture.oracleTexts() {
            for s in extractor.analyze(Document(name: document, text: text, published: "2024-03-15")).sentences {
                for t in s.tokens {
                    tokens += 1
                    #expect(t.word == extractor.vocabulary.id(t.norm), "\(document): \(t.norm)")
                    for (name, words, set) in lists where set.contains(t.word) != words.contains(t.norm) {
                        Issue.record("\(document): \(t.norm) in \(name): by id \(set.contains(t.word)), by norm \(words.contains(t.norm))")
                    }
                }
            }
        }
        #expect(tokens > 100_000)
        norms.formUnion(lists.flatMap { Array($0.1) })
        for norm in norms {
            let id = extractor.vocabulary.id(norm)
            for (name, words, set) in lists where set.contains(id) != words.contains(norm) {
                Issue.record("\(norm) in \(name): by id \(set.contains(id)), by norm \(words.contains(norm))")
            }
        }
    }
}
