import ActorGraphModel
import Testing

/// ``Evidence/sortedUnique(_:)`` keeps a list that is already sorted and unique as it is and sorts
/// any other; both ways must give what sorting and keeping each sentence's first copy gives.
@Suite("Sorted evidence")
struct SortedEvidenceTests {
    /// The definition: sorted, then the first of each run of equal items (equal: same sentence,
    /// whatever the rule).
    static func definition(_ evidence: [Evidence]) -> [Evidence] {
        var out: [Evidence] = []
        for e in evidence.sorted() where out.last != e { out.append(e) }
        return out
    }

    /// Items drawn from a few documents, sentences and rules, so that copies of one sentence
    /// under several rules and whole duplicates both occur.
    static func items(_ count: Int, seed: UInt64) -> [Evidence] {
        var random = SplitMix64(seed: seed)
        func next(_ bound: Int) -> Int { random.next(below: bound) }
        return (0..<count).map { _ in
            let sentence = next(4)
            // "a:10" and "a:9": by line number, not as text.
            let rules: [String?] = [nil, "a:1", "b:2", "a:10", "a:9"]
            return Evidence(doc: "d\(next(3)).txt", sentence: sentence, quote: "Quote \(sentence).", start: sentence * 10, end: sentence * 10 + 8, rule: rules[next(rules.count)])
        }
    }

    @Test func agreesWithTheDefinition() {
        for seed in 0..<300 as Range<UInt64> {
            let evidence = Self.items(Int(seed % 9), seed: seed)
            let expected = Self.definition(evidence)
            #expect(Evidence.sortedUnique(evidence) == expected)
            // Rules take no part in equality: compare them too.
            #expect(Evidence.sortedUnique(evidence).map(\.rule) == expected.map(\.rule))
            // A sorted, unique list (the case kept as it is) comes back unchanged.
            #expect(Evidence.sortedUnique(expected).map(\.rule) == expected.map(\.rule))
            #expect(Evidence.sortedUnique(expected) == expected)
        }
    }

    /// Documents in order, each one's sentences in any order (how an aggregated edge's evidence
    /// comes): sorted a document at a time, the same as sorted whole.
    @Test func documentsInOrderWithSentencesInAnyOrder() {
        for seed in 0..<300 as Range<UInt64> {
            let items = Self.items(Int(seed % 13), seed: seed)
            // Grouped by document, in document order, each group in the order drawn.
            let grouped = Dictionary(grouping: items, by: \.doc).sorted { $0.key < $1.key }.flatMap(\.value)
            let expected = Self.definition(grouped)
            #expect(Evidence.sortedUnique(grouped) == expected)
            #expect(Evidence.sortedUnique(grouped).map(\.rule) == expected.map(\.rule))
        }
    }

    /// Two rules of one file that read the same edge from one sentence: the one written first is
    /// named, whichever line numbers they have (as text, "relations.rules:1033" sorts first).
    @Test func theSameSentenceUnderTwoRulesOfAFileKeepsTheEarlierLine() {
        let early = Evidence(doc: "a.txt", sentence: 1, quote: "Q.", start: 0, end: 2, rule: "relations.rules:812")
        let late = Evidence(doc: "a.txt", sentence: 1, quote: "Q.", start: 0, end: 2, rule: "relations.rules:1033")
        #expect(Evidence.sortedUnique([early, late]).map(\.rule) == ["relations.rules:812"])
        #expect(Evidence.sortedUnique([late, early]).map(\.rule) == ["relations.rules:812"])
        #expect(early < late && !(late < early))
    }

    /// The rule order is a strict total order over labels of every kind: file and line, built-in
    /// readings, none, and labels that only look like "file:line".
    @Test func ruleLabelsAreTotallyOrdered() {
        let labels: [String?] = [
            nil, "a:1", "a:2", "a:9", "a:10", "a:01", "a:1x", "a:", ":5", "b:3", "title", "role clause",
            "relations.rules:812", "relations.rules:1033", "my.rules:5", "x:99999999999999999999999",
        ]
        let less = Evidence.ruleSortsBefore
        #expect(less("relations.rules:812", "relations.rules:1033"))
        #expect(less(nil, "a:1") && !less("a:1", nil) && !less(nil, nil))
        #expect(less("relations.rules:1033", "title"))
        // A rule line comes before every built-in reading, whatever its name.
        #expect(less("relations.rules:1033", "named at the meeting") && less("my.rules:5", "delegation head"))
        for a in labels {
            #expect(!less(a, a), "\(a ?? "nil")")
            for b in labels {
                // Total: of two different labels exactly one comes first.
                if a != b { #expect(less(a, b) != less(b, a), "\(a ?? "nil") \(b ?? "nil")") }
                for c in labels where less(a, b) && less(b, c) {
                    #expect(less(a, c), "\(a ?? "nil") \(b ?? "nil") \(c ?? "nil")")
                }
            }
        }
        // Evidence of one sentence sorts as its rules do.
        for a in labels {
            for b in labels {
                let x = Evidence(doc: "a.txt", quote: "Q.", rule: a)
                let y = Evidence(doc: "a.txt", quote: "Q.", rule: b)
                #expect((x < y) == less(a, b))
            }
        }
    }

    @Test func theSameSentenceUnderTwoRulesKeepsTheFirstRule() {
        let first = Evidence(doc: "a.txt", sentence: 1, quote: "Q.", start: 0, end: 2, rule: "a:1")
        let second = Evidence(doc: "a.txt", sentence: 1, quote: "Q.", start: 0, end: 2, rule: "b:2")
        // In order and neighbours equal as sentences: not "already unique", so deduplicated.
        #expect(Evidence.sortedUnique([first, second]).map(\.rule) == ["a:1"])
        #expect(Evidence.sortedUnique([second, first]).map(\.rule) == ["a:1"])
    }
}
