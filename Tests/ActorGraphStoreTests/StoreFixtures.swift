import ActorGraphModel
import ActorGraphStore
import Foundation

/// A small graph and documents for the store's tests, and a fresh folder per test.
enum StoreFixtures {
    static let russia = Actor(name: "Russia", kind: .state, aliases: ["Moscow", "the Kremlin"])
    static let syria = Actor(name: "Syria", kind: .state)
    static let assad = Actor(name: "Bashar al-Assad", kind: .person, aliases: ["Assad"])
    static let usa = Actor(name: "United States", kind: .state, aliases: ["Washington"])
    static let talks = Actor.event(place: "Vienna", date: "2015-10-30")

    static func graph() throws -> ActorGraph {
        var graph = ActorGraph()
        for actor in [russia, syria, assad, usa, talks] { try graph.add(actor) }
        try graph.relate(russia.id, .backs, assad.id, evidence: [
            Evidence(doc: "a.txt", sentence: 2, quote: "Russia backs Assad.", start: 40, end: 59, rule: "relations.rules:3"),
            Evidence(doc: "b.txt", sentence: 0, quote: "Russia backs Assad.", start: 0, end: 19),
        ])
        try graph.relate(assad.id, .represents, syria.id, evidence: [Evidence(doc: "a.txt", quote: "Syrian President Bashar al-Assad", rule: "title")])
        try graph.relate(usa.id, .opposes, assad.id, evidence: [Evidence(doc: "b.txt", sentence: 4, quote: "Washington condemned Assad.")])
        try graph.relate(usa.id, .coordinatesWith, russia.id, evidence: [Evidence(doc: "a.txt", sentence: 7, quote: "They agreed.")])
        try graph.relate(usa.id, .attended, talks.id, evidence: [Evidence(doc: "a.txt", sentence: 9, quote: "Kerry was in Vienna.")])
        return graph
    }

    static let documents = [
        StoredDocument(name: "a.txt", contentHash: ContentHash.of("text a"), published: "2015-10-30", source: "Wire", title: "A", findings: Data("{}".utf8)),
        StoredDocument(name: "b.txt", contentHash: ContentHash.of("text b")),
    ]

    /// A new empty folder under the temporary directory.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
