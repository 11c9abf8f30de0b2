import ActorGraphModel

/// Graphs the rendering tests draw.
enum TestGraphs {
    /// A few actors of every kind, with every relation, evidence on some edges.
    static func small() throws -> ActorGraph {
        var graph = ActorGraph()
        try graph.add(Actor(name: "Russia", kind: .state, aliases: ["Moscow", "the Kremlin"]))
        try graph.add(Actor(name: "United States", kind: .state, aliases: ["Washington"]))
        try graph.add(Actor(name: "Syria", kind: .state))
        try graph.add(Actor(name: "European Union", kind: .organization, aliases: ["EU"]))
        try graph.add(Actor(name: "Islamic State", kind: .armedGroup, aliases: ["ISIS"]))
        try graph.add(Actor(name: "Bashar al-Assad", kind: .person, aliases: ["Assad"]))
        try graph.add(Actor.event(place: "Vienna", date: "2015-10-30"))
        try graph.relate("russia", .backs, "bashar-al-assad", evidence: [
            Evidence(doc: "a.txt", sentence: 1, quote: "Russia backs Assad."),
            Evidence(doc: "b.txt", sentence: 4, quote: "Moscow props up the regime."),
        ])
        try graph.relate("united-states", .opposes, "islamic-state", evidence: [Evidence(doc: "a.txt", quote: "The US bombs IS.")])
        try graph.relate("russia", .coordinatesWith, "united-states")
        try graph.relate("russia", .attended, "event-vienna-2015-10-30")
        try graph.relate("bashar-al-assad", .represents, "syria")
        try graph.relate("european-union", .attended, "event-vienna-2015-10-30")
        return graph
    }

    /// A random graph of states and armed groups with `edges` edges, the same for the same sizes
    /// (a fixed-seed linear congruential generator).
    static func generated(actors: Int, edges: Int) throws -> ActorGraph {
        var graph = ActorGraph()
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for index in 0..<actors {
            try graph.add(Actor(name: "Actor \(index)", kind: index % 3 == 0 ? .armedGroup : .state))
        }
        let ids = graph.actors.map(\.id)
        let kinds: [RelationKind] = [.backs, .opposes, .coordinatesWith]
        while graph.relationCount < edges {
            let (from, to) = (ids[next(ids.count)], ids[next(ids.count)])
            guard from != to else { continue }
            try graph.relate(from, kinds[next(kinds.count)], to, evidence: [
                Evidence(doc: "doc\(next(50)).txt", sentence: next(40), quote: "\(from) and \(to)."),
            ])
        }
        return graph
    }
}
