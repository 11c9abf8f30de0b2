import ActorGraphModel
import Testing

@testable import ActorGraphExtraction

/// What the setup's shortcuts of the fifteenth update pass (2026-12-05) keep as it was: the rule
/// parser's words read once per parse (forgotten when a class changes), the lemma table's lines
/// split by bytes, and a word set's members found by their bits.
@Suite struct SetupMemoTests {
    /// A word naming a class reads the class as it is at that line: a `define` or a `predicate`
    /// that adds to it after a rule used it gives the next rule the larger class, and the
    /// earlier rule keeps what it read.
    @Test func aClassGrownAfterARuleReadsAnewInTheNextRule() throws {
        var rules = RuleSet()
        try rules.parse(
            """
            define @aid = arm
            backs: S @aid O
            define @aid = fund
            backs: S @aid O
            predicate help = backs: support
            shape help: S V O
            backs: S @help.pp O
            predicate help = backs: back
            shape help: S V O
            backs: S @help.pp O
            """,
            source: "mine.rules")
        #expect(rules.rules.count == 6)
        #expect(rules.rules[0].elements[1] == .word(["arm"]))
        #expect(rules.rules[1].elements[1] == .word(["arm", "fund"]))
        #expect(rules.rules[2].elements[1] == .word(["support", "supports", "supported", "supporting"]))
        #expect(rules.rules[3].elements[1] == .word(["supported"]))
        #expect(rules.rules[4].elements[1] == .word(["support", "supports", "supported", "supporting", "back", "backs", "backed", "backing"]))
        #expect(rules.rules[5].elements[1] == .word(["supported", "backed"]))
    }

    /// A second parse into the same rule set reads its words with the classes as they are then.
    @Test func aSecondFileReadsTheClassesAsTheFirstLeftThem() throws {
        var rules = RuleSet()
        try rules.parse("define @aid = arm\nbacks: S @aid O\n", source: "a.rules")
        try rules.parse("define @aid = fund\nbacks: S @aid O\nbacks: S @aid? O\n", source: "b.rules")
        #expect(rules.rules.map(\.elements[1]) == [.word(["arm"]), .word(["arm", "fund"]), .optional(.word(["arm", "fund"]))])
    }

    /// The bundled rules read the same twice (each parse starts with nothing remembered).
    @Test func theBundledRulesReadAlikeEachTime() throws {
        let first = try RuleSet.bundled(), second = try RuleSet.bundled()
        #expect(first.rules == second.rules)
        #expect(first.rules.count > 500)
    }

    /// The lemma table's lines are `split(separator: "\n", omittingEmptySubsequences: false)`'s:
    /// a CR LF is one character, not split.
    @Test func lemmaLinesAreTheCharacterSplit() throws {
        var texts = [try #require(bundledText("lemmas"))]
        texts += ["", "\n", "a", "a\n", "\na\n\nb", "a\r\nb\nc", "a\rb\n\r\n\n", "é\u{301}\nx\u{301}\n", "\r\n"]
        for text in texts {
            #expect(LemmaTable.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    /// A word set's members are the ids inserted, in increasing order.
    @Test func wordSetMembersAreTheIdsInserted() {
        var generator = SplitMix64(seed: 15)
        for size in [0, 1, 5, 64, 300] {
            var set = WordSet()
            var ids = Set<Vocabulary.Word>()
            for _ in 0..<size {
                let id = Vocabulary.Word(1 + generator.next() % 9_000)
                set.insert(id)
                ids.insert(id)
            }
            for edge: Vocabulary.Word in [63, 64, 127, 128] where size == 64 {
                set.insert(edge)
                ids.insert(edge)
            }
            #expect(set.members == ids.sorted())
        }
    }

    /// Word sets equal whatever order their words came in hash alike (only the words with
    /// members are hashed), so the rules' index finds a shared set by any copy of it.
    @Test func equalWordSetsHashAlike() {
        var generator = SplitMix64(seed: 11)
        let ids = (0..<40).map { _ in Vocabulary.Word(1 + generator.next() % 9_000) }
        var forward = WordSet(), backward = WordSet()
        for id in ids { forward.insert(id) }
        for id in ids.reversed() { backward.insert(id) }
        var other = forward
        other.insert(9_001)
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        let index: [WordSet: Int] = [forward: 1, other: 2, WordSet(): 3]
        #expect(index[backward] == 1)
        #expect(index[other] == 2)
        #expect(index[WordSet()] == 3)
    }
}
