import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// The vocabulary lists of the engine's readings (``RuleSet/VocabularyList``, issue 9 item 4) are
/// read from the rules: a file that changes one changes what is read, and a file that declares
/// none of them takes the bundled file's.
@Suite struct VocabularyListTests {
    /// The bundled relations.rules' text.
    static let bundledText: String = {
        let url = Fixture.packageRoot.appendingPathComponent("Sources/ActorGraphExtraction/Resources/relations.rules")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The bundled rules with the line declaring `list` replaced by `replacement`.
    static func bundled(replacing list: String, with replacement: String) throws -> RuleSet {
        let lines = bundledText.split(separator: "\n", omittingEmptySubsequences: false)
        let declaration = lines.filter { $0.hasPrefix(list + ":") }
        #expect(declaration.count == 1, "\(list) is declared once in relations.rules")
        let text = lines.map { $0.hasPrefix(list + ":") ? Substring(replacement) : $0 }.joined(separator: "\n")
        var rules = RuleSet()
        try rules.parse(text, source: "relations.rules")
        return rules
    }

    /// A user's rule file of the kind written before the vocabulary lists existed: titles, a
    /// meeting noun and one rule, none of the lists.
    static let oldUserFile = """
        # my rules
        title: foreign minister | president
        event: talks
        backs: S ~3 backs O
        """

    @Test(arguments: RuleSet.VocabularyList.allCases)
    func theBundledFileDeclaresEveryList(_ list: RuleSet.VocabularyList) {
        #expect(Fixture.rules.wordLists[list.rawValue].map { !$0.isEmpty } == true, "list \(list.rawValue)")
    }

    @Test func theBundledFileDeclaresThePostTitles() {
        #expect(Fixture.rules.postTitles.contains(["special", "envoy"]))
        #expect(Fixture.rules.postTitles.contains(["envoy"]))
    }

    @Test func aFileWithoutTheListsTakesTheBundledOnes() throws {
        var rules = RuleSet()
        try rules.parse(Self.oldUserFile, source: "my.rules")
        for list in RuleSet.VocabularyList.allCases {
            #expect(rules.wordLists[list.rawValue] == nil)
            #expect(rules.words(list) == Fixture.rules.words(list), "list \(list.rawValue)")
        }
        #expect(rules.postTitles == Fixture.rules.postTitles)
    }

    @Test func aFileThatDeclaresAListSetsIt() throws {
        var rules = RuleSet()
        try rules.parse(Self.oldUserFile + "\nlist sending: shipped\nlist former:\npost-title: liaison officer\n", source: "my.rules")
        #expect(rules.words(.sending) == ["shipped"])
        // An empty declaration empties the list.
        #expect(rules.words(.former).isEmpty)
        #expect(rules.postTitles == [["liaison", "officer"]])
        // Added to the bundled rules (`--rules` without `--no-default-rules`), the words add up.
        var both = try RuleSet.bundled()
        try both.parse("list sending: shipped\n", source: "my.rules")
        #expect(both.words(.sending) == Fixture.rules.words(.sending).union(["shipped"]))
    }

    /// A `--no-default-rules` file written before the lists existed still reads a sent official
    /// and a described group, as the lists' defaults say.
    @Test func anOldUserFileStillReadsPersonsAndDescriptions() throws {
        var rules = RuleSet()
        try rules.parse(Self.oldUserFile, source: "my.rules")
        let sent = Fixture.graph("Azerbaijan sent Foreign Minister Anar Guliyev to the talks.", rules: rules)
        #expect(Self.edges(sent).contains("Anar Guliyev represents Azerbaijan"))
        // "the group" is Hamas, which the one rule's subject then is.
        let described = Fixture.graph("Hamas rejected the offer. The group backs Iran.", rules: rules)
        #expect(Self.edges(described).contains("Hamas backs Iran"))
    }

    @Test func theSendingListDecidesWhoSendsAnOfficial() throws {
        let text = "Talks opened in Geneva on Tuesday. Azerbaijan shipped Foreign Minister Anar Guliyev, diplomats said."
        #expect(!Self.edges(Fixture.graph(text)).contains("Anar Guliyev represents Azerbaijan"))
        let rules = try Self.bundled(replacing: "list sending", with: "list sending: shipped")
        #expect(Self.edges(Fixture.graph(text, rules: rules)).contains("Anar Guliyev represents Azerbaijan"))
        let sent = text.replacingOccurrences(of: "shipped", with: "sent")
        #expect(!Self.edges(Fixture.graph(sent, rules: rules)).contains("Anar Guliyev represents Azerbaijan"))
    }

    @Test func theDescribedListsDecideWhatADescriptionStandsFor() throws {
        let text = "Hamas rejected the offer. Israel struck the outfit on Monday."
        #expect(!Self.edges(Fixture.graph(text)).contains("Israel opposes Hamas"))
        let rules = try Self.bundled(replacing: "list described-armed-group", with: "list described-armed-group: outfit")
        #expect(Self.edges(Fixture.graph(text, rules: rules)).contains("Israel opposes Hamas"))
        let group = text.replacingOccurrences(of: "outfit", with: "group")
        #expect(!Self.edges(Fixture.graph(group, rules: rules)).contains("Israel opposes Hamas"))
    }

    @Test func theFormerListDecidesWhetherAPostIsPast() throws {
        let text = "On Monday, onetime Kenyan President Daniel Mwangi visited Kampala."
        #expect(!Self.edges(Fixture.graph(text)).contains("Daniel Mwangi represents Kenya"))
        let rules = try Self.bundled(replacing: "list former", with: "list former: erstwhile")
        #expect(Self.edges(Fixture.graph(text, rules: rules)).contains("Daniel Mwangi represents Kenya"))
    }

    /// The edges of `graph` as "Subject relation Object" lines.
    static func edges(_ graph: ActorGraph) -> Set<String> {
        Set(graph.relations.compactMap { r in
            guard let subject = graph[r.subject], let object = graph[r.object] else { return nil }
            return "\(subject.name) \(r.kind.rawValue) \(object.name)"
        })
    }
}
