import ActorGraphModel
import Foundation
import Testing

@testable import ActorGraphExtraction

@Suite struct FindingsArchiveTests {
    /// The seeds' findings, as a build extracts them.
    static let seeds: [DocumentFindings] = {
        let folder = try! CorpusFolder.scan(Fixture.packageRoot.appendingPathComponent("seeds"))
        return Extractor(lexicon: Fixture.lexicon, rules: Fixture.rules).extract(folder).findings
    }()

    /// Findings with every shape the encoding has: spans, undated events, tentative ties, no
    /// country, no rule, no publication date, non-ASCII text, warnings.
    static let shapes: DocumentFindings = {
        let russia = ActorRef(name: "Russia", kind: .state, country: "RUS")
        let lavrov = ActorRef(name: "Sergei Lavrov", kind: .person)
        let geneva = EventRef(place: "Genève", date: .span(SimpleDate(year: 2024, month: 3, day: 4)!, SimpleDate(year: 2024, month: 3, day: 10)!))
        let vienna = EventRef(place: "Vienna", date: nil)
        let day = EventRef(place: "Vienna", date: .day(SimpleDate(year: 1, month: 1, day: 1)!))
        let quote = "« Lavrov » — met them in Genève 🇨🇭."
        return DocumentFindings(
            document: "über.txt", published: nil,
            findings: [
                Finding(subject: lavrov, relation: .represents, object: .actor(russia), evidence: Evidence(doc: "über.txt", sentence: 3, quote: quote, start: 120, end: 157, rule: "title"), isTentative: true),
                Finding(subject: lavrov, relation: .attended, object: .event(geneva), evidence: Evidence(doc: "über.txt", sentence: 3, quote: quote, start: 120, end: 157)),
                Finding(subject: russia, relation: .attended, object: .event(vienna), evidence: Evidence(doc: "über.txt", quote: "", rule: "relations.rules:12")),
            ],
            datedEvents: [day, geneva], actors: [russia, lavrov, ActorRef(name: "Russia", kind: .state)],
            forms: [russia: ["Moscow", "the Kremlin"], lavrov: []], warnings: ["über.txt: a warning", ""])
    }()

    /// Equal findings, the rule of each evidence included (``Evidence``'s equality ignores it).
    static func same(_ a: DocumentFindings, _ b: DocumentFindings) -> Bool {
        a == b && a.findings.map(\.evidence.rule) == b.findings.map(\.evidence.rule)
    }

    @Test func seedsRoundTrip() throws {
        #expect(Self.seeds.count == 5)
        for document in Self.seeds {
            #expect(Self.same(try FindingsArchive.decode(FindingsArchive.encode(document)), document))
        }
    }

    @Test func everyShapeRoundTrips() throws {
        #expect(Self.same(try FindingsArchive.decode(FindingsArchive.encode(Self.shapes)), Self.shapes))
    }

    /// Sets built in another order give the same bytes: a store's rows are deterministic.
    @Test func sameFindingsSameBytes() {
        var other = Self.shapes
        other.datedEvents = Set(Self.shapes.datedEvents.reversed())
        other.actors = Set(Self.shapes.actors.reversed())
        other.forms = Dictionary(uniqueKeysWithValues: Self.shapes.forms.reversed().map { ($0.key, Set($0.value.reversed())) })
        #expect(FindingsArchive.encode(other) == FindingsArchive.encode(Self.shapes))
    }

    /// Every cut of an archive is refused with an error, never read as other findings or a trap.
    @Test func truncatedBytesAreRefused() {
        let bytes = FindingsArchive.encode(Self.shapes)
        for length in 0..<bytes.count {
            #expect(throws: FindingsArchive.DecodingError.self) { try FindingsArchive.decode(bytes.prefix(length)) }
        }
        #expect(throws: FindingsArchive.DecodingError.malformed("bytes after the findings")) {
            try FindingsArchive.decode(bytes + [0])
        }
    }

    /// Damaged bytes either decode to some findings or throw; they never trap.
    @Test func damagedBytesDoNotTrap() {
        let bytes = [UInt8](FindingsArchive.encode(Self.seeds[0]))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var damaged = bytes
            for _ in 0...Int.random(in: 0...3, using: &generator) {
                damaged[Int.random(in: FindingsArchive.header.count..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = try? FindingsArchive.decode(Data(damaged))
        }
    }

    /// Two quotes Swift calls equal but spelled with other bytes ("é" composed and decomposed)
    /// come back each with its own bytes: the table keeps both spellings.
    @Test func canonicallyEqualQuotesKeepTheirBytes() throws {
        let composed = "Talks at the Caf\u{E9} de la Paix ended.", decomposed = "Talks at the Cafe\u{301} de la Paix ended."
        #expect(composed == decomposed)
        let russia = ActorRef(name: "Russia", kind: .state), syria = ActorRef(name: "Syria", kind: .state)
        let document = DocumentFindings(
            document: "a.txt", published: nil,
            findings: [composed, decomposed, composed].enumerated().map { i, quote in
                Finding(subject: russia, relation: .backs, object: .actor(syria), evidence: Evidence(doc: "a.txt", sentence: i, quote: quote))
            },
            datedEvents: [], actors: [russia, syria], forms: [:], warnings: [])
        let decoded = try FindingsArchive.decode(FindingsArchive.encode(document))
        #expect(decoded.findings.map { Array($0.evidence.quote.utf8) } == [composed, decomposed, composed].map { Array($0.utf8) })
    }

    /// The JSON findings of the first stores are recognised as such, not as damage.
    @Test func jsonIsAnOlderEncoding() {
        #expect(throws: FindingsArchive.DecodingError.olderEncoding) {
            try FindingsArchive.decode(Data(#"{"actors":[],"document":"a.txt","findings":[]}"#.utf8))
        }
    }
}
