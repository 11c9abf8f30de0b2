import ActorGraphModel
@testable import ActorGraphQueries

/// Hand-made graphs with known answers.
enum Fixtures {
    /// Evidence from `support` distinct documents.
    static func evidence(_ support: Int, _ tag: String = "") -> [Evidence] {
        (0..<support).map { Evidence(doc: "doc\($0).txt", sentence: 0, quote: "\(tag) \($0)") }
    }

    static func state(_ name: String, aliases: [String] = []) -> Actor {
        Actor(name: name, kind: .state, aliases: aliases)
    }

    /// A graph of `kind` actors named by the strings, with edges (subject, relation, object,
    /// support).
    static func graph(
        _ names: [String], kind: ActorKind = .state, _ edges: [(String, RelationKind, String, Int)]
    ) throws -> ActorGraph {
        var graph = ActorGraph()
        for name in names { try graph.add(Actor(name: name, kind: kind)) }
        for (s, r, o, n) in edges {
            try graph.relate(.forName(s), r, .forName(o), evidence: evidence(n, "\(s) \(r) \(o)"))
        }
        return graph
    }

    static let vienna23 = Actor.event(place: "Vienna", date: "2015-10-23")
    static let vienna30 = Actor.event(place: "Vienna", date: "2015-10-30")

    /// The seed situation: the United States, Saudi Arabia, Turkey, Jordan and the Syrian
    /// opposition against Russia, Iran, Syria and Bashar al-Assad; Kerry and Lavrov represent
    /// their states; two Vienna meetings.
    static func seed() throws -> ActorGraph {
        var graph = ActorGraph()
        for actor in [
            state("United States", aliases: ["US", "Washington"]), state("Saudi Arabia", aliases: ["Riyadh"]),
            state("Turkey"), state("Jordan"), state("Russia", aliases: ["Moscow", "the Kremlin"]),
            state("Iran", aliases: ["Tehran"]), state("Syria", aliases: ["Damascus"]),
            Actor(name: "Syrian opposition", kind: .armedGroup, aliases: ["the rebels"]),
            Actor(name: "Bashar al-Assad", kind: .person, aliases: ["Assad"]),
            Actor(name: "John Kerry", kind: .person, aliases: ["Kerry"]),
            Actor(name: "Sergei Lavrov", kind: .person, aliases: ["Lavrov"]),
            vienna23, vienna30,
        ] { try graph.add(actor) }
        let edges: [(String, RelationKind, String, Int)] = [
            ("united-states", .backs, "syrian-opposition", 2),
            ("saudi-arabia", .backs, "syrian-opposition", 2),
            ("turkey", .backs, "syrian-opposition", 1),
            ("jordan", .backs, "syrian-opposition", 2),
            ("united-states", .opposes, "bashar-al-assad", 3),
            ("saudi-arabia", .opposes, "bashar-al-assad", 2),
            ("turkey", .opposes, "bashar-al-assad", 1),
            ("russia", .backs, "bashar-al-assad", 3),
            ("iran", .backs, "bashar-al-assad", 2),
            ("iran", .backs, "syria", 1),
            ("russia", .opposes, "syrian-opposition", 1),
            ("russia", .coordinatesWith, "iran", 1),
            ("russia", .coordinatesWith, "united-states", 2),
            ("jordan", .coordinatesWith, "russia", 2),
            ("jordan", .coordinatesWith, "united-states", 1),
            ("bashar-al-assad", .represents, "syria", 1),
            ("john-kerry", .represents, "united-states", 1),
            ("sergei-lavrov", .represents, "russia", 1),
            ("john-kerry", .attended, vienna30.id.rawValue, 1),
            ("sergei-lavrov", .attended, vienna30.id.rawValue, 1),
            ("saudi-arabia", .attended, vienna30.id.rawValue, 1),
            ("iran", .attended, vienna30.id.rawValue, 1),
            ("united-states", .attended, vienna23.id.rawValue, 1),
            ("russia", .attended, vienna23.id.rawValue, 1),
            ("turkey", .attended, vienna23.id.rawValue, 1),
        ]
        for (s, r, o, n) in edges {
            try graph.relate(ActorID(s), r, ActorID(o), evidence: evidence(n, "\(s) \(r) \(o)"))
        }
        return graph
    }

    /// The names of a path's actors.
    static func names(_ path: ActorPath, in graph: ActorGraph) -> [String] {
        path.actors.map { graph[$0]?.name ?? $0.rawValue }
    }
}
