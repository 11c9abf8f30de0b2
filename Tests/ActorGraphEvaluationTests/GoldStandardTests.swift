import Testing

@testable import ActorGraphEvaluation

@Suite struct GoldStandardTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func goldLoadsWhateverItsLineEndings(_ end: String) throws {
        let text = [
            #"{"doc": "a.txt", "subject": "Russia", "relation": "backs", "object": "Assad"}"#,
            #"{"doc": "a.txt", "subject": "Iran", "relation": "backs", "object": "Assad"}"#, "",
        ].joined(separator: end)
        let gold = try GoldStandard(jsonl: text, source: "gold.jsonl")
        #expect(gold.edges.map(\.subject) == ["Russia", "Iran"])
    }
}

@Suite struct AliasTableTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aliasesLoadWhateverTheirLineEndings(_ end: String) {
        let table = AliasTable(tsv: ["canonical\tkind\tsurface forms", "United States\tstate\tUS|Washington", "Russia\tstate\tMoscow", ""].joined(separator: end))
        #expect(table.canonical(of: "Washington") == "United States")
        #expect(table.canonical(of: "Moscow") == "Russia")
    }
}
