import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

/// An update takes new documents into a kept aggregation (`Aggregation.adding`): whenever it
/// does, the result must be the aggregation of all the documents at once, to the byte.
@Suite struct AggregationUpdateTests {
    /// The findings of the articles in `folders` (under Tests/Fixtures or the package root), in name order.
    static func findings(_ folders: [String]) throws -> [DocumentFindings] {
        var all: [DocumentFindings] = []
        for folder in folders {
            let url = Fixture.packageRoot.appendingPathComponent(folder)
            all += try BuildResult.build(folder: url, lexicon: Fixture.lexicon, rules: Fixture.rules).documents
        }
        return all.sorted { $0.document < $1.document }
    }

    static let devset = Result { try findings(["Tests/Fixtures/devset/articles"]) }
    static let wide = Result {
        try findings(["seeds", "Tests/Fixtures/devset/articles", "Tests/Fixtures/heldout/articles", "Tests/Fixtures/heldout2/articles", "Tests/Fixtures/heldout8/articles"])
    }

    /// Checks that `old` (kept through its archive) with `new` added is `full`, when the update
    /// is taken; returns whether it was.
    @discardableResult
    static func expectUpdateEqualsFull(old: [DocumentFindings], new: [DocumentFindings], sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let full = Aggregation((old + new).sorted { $0.document < $1.document })
        let kept = try AggregationArchive.decode(AggregationArchive.encode(Aggregation(old)))
        guard let updated = kept.adding(new.sorted { $0.document < $1.document }) else { return false }
        #expect(updated.graph == full.graph, sourceLocation: sourceLocation)
        // `==` calls canonically equal spellings the same; the outputs are written from the bytes.
        #expect(spellings(updated.graph) == spellings(full.graph), sourceLocation: sourceLocation)
        #expect(updated.warnings == full.warnings, sourceLocation: sourceLocation)
        #expect(updated.documents == full.documents, sourceLocation: sourceLocation)
        #expect(updated.folding == full.folding, sourceLocation: sourceLocation)
        #expect(full.folding == DuplicateSentences(full.graph), sourceLocation: sourceLocation)
        // The kept state too, so that the next update starts from what a build would keep.
        #expect(AggregationArchive.encode(updated) == AggregationArchive.encode(full), sourceLocation: sourceLocation)
        return true
    }

    /// The bytes of every evidence item's document, quote and rule, edge by edge.
    static func spellings(_ graph: ActorGraph) -> [[[UInt8]]] {
        graph.relations.map { r in r.evidence.map { Array($0.doc.utf8) + [0] + Array($0.quote.utf8) + [0] + Array(($0.rule ?? "").utf8) } }
    }

    /// Every split of the development set into stored and new documents.
    @Test func everySplitOfTheDevelopmentSet() throws {
        let documents = try Self.devset.get()
        #expect(documents.count == 9)
        var taken = 0
        for mask in 0..<(1 << documents.count) {
            let new = documents.indices.filter { mask & (1 << $0) != 0 }.map { documents[$0] }
            let old = documents.indices.filter { mask & (1 << $0) == 0 }.map { documents[$0] }
            if try Self.expectUpdateEqualsFull(old: old, new: new) { taken += 1 }
        }
        // The rest change a fact a stored document read, or come first with an actor made
        // otherwise (192 of the 512 splits were updates when this was written).
        #expect(taken >= (1 << documents.count) / 4, "\(taken)")
    }

    /// Random splits of the seeds, the development set and three held-out sets, the new documents
    /// added in one batch or two.
    @Test func randomSplitsOfWiderSets() throws {
        let documents = try Self.wide.get()
        var random = SplitMix64(seed: 11)
        var taken = 0
        for round in 0..<40 {
            let share = [1, 5, 10, 30, 50][round % 5]
            var old: [DocumentFindings] = [], new: [DocumentFindings] = [], later: [DocumentFindings] = []
            for d in documents {
                let roll = Int(random.next() % 100)
                if roll < share { new.append(d) } else if roll < share + 3 { later.append(d) } else { old.append(d) }
            }
            if try Self.expectUpdateEqualsFull(old: old, new: new) { taken += 1 }
            // Two updates in a row end where one build of everything does.
            let full = Aggregation(documents)
            if let first = Aggregation(old).adding(new), let second = first.adding(later) {
                #expect(AggregationArchive.encode(second) == AggregationArchive.encode(full))
                #expect(second.graph == full.graph)
            }
        }
        #expect(taken > 0)
    }

    // MARK: Cases where a new document changes a fact

    static let lavrov = ActorRef(name: "Sergei Lavrov", kind: .person)
    static let russia = ActorRef(name: "Russia", kind: .state, country: "RUS")
    static let iran = ActorRef(name: "Iran", kind: .state, country: "IRN")
    static let syria = ActorRef(name: "Syria", kind: .state, country: "SYR")

    static func finding(_ subject: ActorRef, _ relation: RelationKind, _ object: Target, doc: String, sentence: Int = 0, quote: String? = nil, tentative: Bool = false) -> Finding {
        Finding(
            subject: subject, relation: relation, object: object,
            evidence: Evidence(doc: doc, sentence: sentence, quote: quote ?? "\(subject.name) \(relation.rawValue) in \(doc).", rule: "test"),
            isTentative: tentative)
    }

    static func document(_ name: String, _ findings: [Finding], published: String? = "2024-03-15", datedEvents: Set<EventRef> = [], forms: [ActorRef: Set<String>] = [:]) -> DocumentFindings {
        DocumentFindings(document: name, published: published, findings: findings, datedEvents: datedEvents, actors: [], forms: forms, warnings: [])
    }

    static func event(_ place: String, _ date: ResolvedDate?) -> Target { .event(EventRef(place: place, date: date)) }

    static func day(_ iso: String) -> SimpleDate { SimpleDate(iso: iso)! }

    /// The old document: Lavrov, Russia's foreign minister, at talks in Vienna "last week".
    static let old = document("b.txt", [
        finding(lavrov, .represents, .actor(russia), doc: "b.txt"),
        finding(lavrov, .attended, event("Vienna", .span(day("2024-03-04"), day("2024-03-10"))), doc: "b.txt", sentence: 1),
        finding(russia, .backs, .actor(syria), doc: "b.txt", sentence: 2, quote: "Russia backs Syria."),
    ])

    @Test func aNewTieOfAPersonTheOldDocumentsReadIsAFullAggregation() throws {
        let new = Self.document("c.txt", [Self.finding(Self.lavrov, .represents, .actor(Self.iran), doc: "c.txt")])
        #expect(Aggregation([Self.old]).adding([new]) == nil)
        // A tie of a person no old document names is an update.
        let other = Self.document("c.txt", [Self.finding(ActorRef(name: "Ali Bagheri", kind: .person), .represents, .actor(Self.iran), doc: "c.txt")])
        #expect(try Self.expectUpdateEqualsFull(old: [Self.old], new: [other]))
    }

    @Test func aNewExactDateAtAPlaceTheOldDocumentsNameIsAFullAggregation() throws {
        let new = Self.document("c.txt", [], datedEvents: [EventRef(place: "Vienna", date: .day(Self.day("2024-03-06")))])
        #expect(Aggregation([Self.old]).adding([new]) == nil)
        let elsewhere = Self.document("c.txt", [Self.finding(Self.iran, .attended, Self.event("Geneva", .day(Self.day("2024-03-06"))), doc: "c.txt")])
        #expect(try Self.expectUpdateEqualsFull(old: [Self.old], new: [elsewhere]))
    }

    @Test func aNewSpellingThatSortsFirstIsAFullAggregation() throws {
        let new = Self.document("c.txt", [Self.finding(Self.iran, .attended, Self.event("VIENNA", nil), doc: "c.txt")])
        #expect(Aggregation([Self.old]).adding([new]) == nil)
        // A spelling that sorts after the kept one changes nothing.
        let later = Self.document("c.txt", [Self.finding(Self.iran, .attended, Self.event("vienna", nil), doc: "c.txt")])
        #expect(try Self.expectUpdateEqualsFull(old: [Self.old], new: [later]))
    }

    @Test func aConflictingKindIsDroppedAfterAndRefusedBefore() throws {
        let syriaGroup = ActorRef(name: "Syria", kind: .armedGroup)
        // Met after the state: the edge is dropped with the warning a build gives.
        let after = Self.document("c.txt", [Self.finding(Self.iran, .backs, .actor(syriaGroup), doc: "c.txt")])
        #expect(try Self.expectUpdateEqualsFull(old: [Self.old], new: [after]))
        #expect(Aggregation([Self.old]).adding([after])?.warnings.count == 1)
        // Met before it: the group would be kept and the state's edges dropped.
        let before = Self.document("a.txt", [Self.finding(Self.iran, .backs, .actor(syriaGroup), doc: "a.txt")])
        #expect(Aggregation([Self.old]).adding([before]) == nil)
        // The same actor met earlier than before is an update.
        let same = Self.document("a.txt", [Self.finding(Self.iran, .backs, .actor(Self.syria), doc: "a.txt")])
        #expect(try Self.expectUpdateEqualsFull(old: [Self.old], new: [same]))
    }

    @Test func aDuplicateSentenceIsFoldedAfterOrBefore() throws {
        let quote = "Russia backs Syria."
        for name in ["a.txt", "c.txt"] {
            let copy = Self.document(name, [Self.finding(Self.russia, .backs, .actor(Self.syria), doc: name, sentence: 2, quote: quote)])
            #expect(try Self.expectUpdateEqualsFull(old: [Self.old], new: [copy]))
            let updated = Aggregation([Self.old]).adding([copy])
            #expect(updated?.folding.foldedSentences == 1)
            #expect(updated?.graph.relations.first { $0.kind == .backs }?.support == 1)
        }
    }

    /// Two documents quote one sentence with "é" composed and decomposed (canonically equal,
    /// other bytes): a full build keeps both spellings, and so does an update from the kept
    /// aggregation (its archive had kept one, so the update's graph.json had differed).
    @Test func canonicallyEqualQuotesKeepTheirSpellingsThroughAnUpdate() throws {
        let composed = "Russia backs Syria, said the Caf\u{E9} talks' host.", decomposed = "Russia backs Syria, said the Cafe\u{301} talks' host."
        #expect(composed == decomposed)
        let old = [
            Self.document("b.txt", [Self.finding(Self.russia, .backs, .actor(Self.syria), doc: "b.txt", sentence: 2, quote: composed)]),
            Self.document("c.txt", [Self.finding(Self.russia, .backs, .actor(Self.syria), doc: "c.txt", sentence: 5, quote: decomposed)]),
        ]
        let new = [Self.document("d.txt", [Self.finding(Self.iran, .backs, .actor(Self.syria), doc: "d.txt")])]
        let full = Aggregation(old + new)
        let russia = try #require(full.graph.actor(named: "Russia")?.id)
        let backs = try #require(full.graph.relations.first { $0.subject == russia })
        #expect(backs.evidence.map { Array($0.quote.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
        let kept = try AggregationArchive.decode(AggregationArchive.encode(Aggregation(old)))
        #expect(Self.spellings(kept.graph) == Self.spellings(Aggregation(old).graph))
        #expect(try Self.expectUpdateEqualsFull(old: old, new: new))
    }

    @Test func newFormsOfAKeptActorAreItsAliases() throws {
        let new = Self.document("c.txt", [], forms: [Self.russia: ["Moscow", "the Kremlin"]])
        #expect(try Self.expectUpdateEqualsFull(old: [Self.old], new: [new]))
        #expect(Aggregation([Self.old]).adding([new])?.graph.actor(named: "the Kremlin")?.name == "Russia")
    }

    @Test func aDocumentAlreadyTakenOrOutOfOrderIsRefused() {
        let kept = Aggregation([Self.old])
        #expect(kept.adding([Self.old]) == nil)
        let c = Self.document("c.txt", []), d = Self.document("d.txt", [])
        #expect(kept.adding([d, c]) == nil)
        #expect(Aggregation([c, Self.old]).adding([d]) == nil)
    }

    @Test func damagedArchivesAreRefused() throws {
        let bytes = AggregationArchive.encode(Aggregation(try Self.devset.get()))
        #expect(throws: (any Error).self) { try AggregationArchive.decode(Data(bytes.dropLast())) }
        #expect(throws: (any Error).self) { try AggregationArchive.decode(Data("AGF\u{1}".utf8)) }
        var random = SplitMix64(seed: 3)
        for _ in 0..<200 {
            var damaged = bytes
            let at = 4 + Int(random.next() % UInt64(bytes.count - 4))
            damaged[at] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            _ = try? AggregationArchive.decode(damaged)
        }
    }
}
