import ActorGraphModel

/// The actors split into camps by generalised structural balance, with the ties that cut across
/// them.
///
/// **Model.** `backs`, `coordinates_with` and `member_of` are friendly ties (+), `opposes`
/// hostile (−); `attended` and `represents` carry no sign. A person who represents exactly one
/// state or organization is folded into it: their signed edges count as its edges and they join
/// its camp. Events are in no camp. All signed edges between the same two actors, in either
/// direction, merge into one tie weighing Σ sign × max(1, support); a tie whose edges cancel out
/// (weight 0) is *contested* and constrains nothing.
///
/// **Any number of camps.** Each connected component of ties is split into as many camps as
/// minimise frustration, the total weight of friendly ties between camps plus hostile ties
/// inside one: correlation clustering, or Davis's clusterability (weak structural balance).
/// Unlike Harary's two-camp balance, a common enemy of two camps gets a camp of its own instead
/// of being forced into one of them, and three mutually hostile actors make three camps.
///
/// **Ties between splits.** Among splits of equal frustration, the one that frustrates the least
/// membership weight wins: membership of a coalition or alliance is a standing alignment, while
/// a coordination or a backing is an act, so "Jordan, a coalition member, agreed to coordinate
/// with Russia" keeps Jordan in the coalition's camp and flags the coordination as the crack.
/// Then fewer camps win, so a camp appears only where it avoids frustration; the remaining ties
/// go by a fixed order (actors by tie weight, then id), so the output repeats. Separate
/// components yield separate camps, since nothing relates them.
///
/// **Exact or heuristic.** A component of at most ``Options/exactLimit`` actors is solved
/// exactly by branch and bound over set partitions, which also counts the optimal partitions
/// when that is cheap. A larger one gets the best of several local-search runs (single actors
/// moving between camps or to a new one, camps merging), started from everyone in one camp, the
/// best two-camp split and pivot clusterings; its frustration is guaranteed at most the better of
/// the total hostile weight and that two-camp split's, itself at most half the total tie weight.
/// The report says which components are exact and gives that bound for the others.
public struct CampAnalysis: Hashable, Sendable {
    /// How the analysis searches.
    public struct Options: Hashable, Sendable {
        /// The largest component solved exactly, by branch and bound (see ``CampAnalysis``).
        /// The default, 26, keeps the search near a second on dense random signed graphs, the
        /// hard case (`Benchmarks/camps_exact_limit.py`); sparse, news-like groups of 30 take
        /// well under one. A search that exceeds its node budget (a few seconds) stops and the
        /// component is reported as not proven, with the local search's bound.
        public var exactLimit: Int
        /// Random starts of the local search, besides its three fixed ones.
        public var restarts: Int
        /// The random seed; the same seed gives the same camps.
        public var seed: UInt64

        public init(exactLimit: Int = 26, restarts: Int = 32, seed: UInt64 = 1) {
            self.exactLimit = exactLimit
            self.restarts = restarts
            self.seed = seed
        }
    }

    /// One camp.
    public struct Camp: Hashable, Sendable {
        /// "Camp 1: Syria, Russia, Iran, …": a number and the members with the most tie weight.
        public let label: String
        /// The actors in the camp, sorted by id, persons folded in included.
        public let members: [ActorID]
        /// The component the camp belongs to (index into ``CampAnalysis/components``).
        public let component: Int
    }

    /// A merged tie between two actors.
    public struct Tie: Hashable, Sendable {
        /// The two actors (after folding persons into what they represent), in id order.
        public let ends: (ActorID, ActorID)
        /// Σ sign × max(1, support) over the edges.
        public let weight: Int
        /// The part of ``weight`` that comes from `member_of` edges: what a split that cuts a
        /// friendly tie frustrates of memberships, the tie-breaker between equal splits.
        public let membershipWeight: Int
        /// The signed edges that make up the tie, as the graph stores them.
        public let relations: [Relation]

        public static func == (a: Tie, b: Tie) -> Bool {
            a.ends == b.ends && a.weight == b.weight && a.membershipWeight == b.membershipWeight && a.relations == b.relations
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(ends.0); hasher.combine(ends.1); hasher.combine(weight); hasher.combine(relations)
        }
    }

    /// How one connected component was solved.
    public struct Component: Hashable, Sendable {
        /// Actors in the component (persons folded in not counted).
        public let size: Int
        /// Its frustration.
        public let frustration: Int
        /// How many camps it splits into.
        public let campCount: Int
        /// Whether the partition is proven optimal.
        public let isExact: Bool
        /// For an exact component, how many partitions reach the least frustration and, among
        /// those, the least frustrated membership weight, with any number of camps (1: the camps
        /// are the only best split); nil when not counted (the count ran out of its budget, or
        /// the component is heuristic).
        public let optimalPartitions: Int?
        /// For a heuristic component, the frustration the search guarantees not to exceed.
        public let bound: Int?
    }

    /// The camps, components in order of size; within one, camps by their most connected actor,
    /// the camp holding the component's most connected actor first.
    public let camps: [Camp]
    /// The ties the camps frustrate: friendly across camps or hostile within one; heaviest first.
    public let frustratedTies: [Tie]
    /// Ties whose edges cancel out.
    public let contestedTies: [Tie]
    /// Actors other than events with no signed tie, sorted by id.
    public let unaligned: [ActorID]
    /// How each component was solved.
    public let components: [Component]

    /// The total frustration: the weight of the frustrated ties.
    public var frustration: Int { components.reduce(0) { $0 + $1.frustration } }

    /// The camps as clusters a renderer can draw.
    public var clusters: [(label: String, members: [ActorID])] { camps.map { ($0.label, $0.members) } }

    /// The camp of each actor in a camp.
    public var campOf: [ActorID: Int] {
        var result: [ActorID: Int] = [:]
        for (i, camp) in camps.enumerated() { for id in camp.members { result[id] = i } }
        return result
    }

    /// Analyses the signed ties of `graph`.
    public init(_ graph: ActorGraph, options: Options = Options()) {
        // Fold each person who represents exactly one actor into it.
        var represented: [ActorID: Set<ActorID>] = [:]
        for relation in graph.relations where relation.kind == .represents {
            represented[relation.subject, default: []].insert(relation.object)
        }
        var folded: [ActorID: ActorID] = [:]
        for (person, targets) in represented where targets.count == 1 { folded[person] = targets.first! }
        func side(_ id: ActorID) -> ActorID { folded[id] ?? id }

        // Merge signed edges into ties.
        struct Pair: Hashable { let a: ActorID, b: ActorID }
        var edgesByPair: [Pair: [Relation]] = [:]
        for relation in graph.relations where relation.kind.sign != 0 {
            let (u, v) = (side(relation.subject), side(relation.object))
            edgesByPair[Pair(a: min(u, v), b: max(u, v)), default: []].append(relation)
        }
        var ties: [Tie] = []
        var contested: [Tie] = []
        for (pair, relations) in edgesByPair {
            let weight = relations.reduce(0) { $0 + $1.kind.sign * max(1, $1.support) }
            let membership = relations.filter { $0.kind == .memberOf }.reduce(0) { $0 + max(1, $1.support) }
            let tie = Tie(
                ends: (pair.a, pair.b), weight: weight, membershipWeight: membership,
                relations: relations.sorted { $0.key < $1.key })
            if weight == 0 { contested.append(tie) } else { ties.append(tie) }
        }
        ties.sort { ($0.ends.0, $0.ends.1) < ($1.ends.0, $1.ends.1) }

        // Number the tied actors and split them into connected components. The solver minimises
        // frustration × scale + frustrated membership weight: with the scale above the total
        // membership weight, that is frustration first and memberships only between equals.
        let scale = 1 + ties.reduce(0) { $0 + $1.membershipWeight }
        func solverWeight(_ tie: Tie) -> Int { tie.weight * scale + (tie.weight > 0 ? tie.membershipWeight : 0) }
        let nodes = Array(Set(ties.flatMap { [$0.ends.0, $0.ends.1] })).sorted()
        var number: [ActorID: Int] = [:]
        for (i, id) in nodes.enumerated() { number[id] = i }
        var adjacency = [[(node: Int, weight: Int)]](repeating: [], count: nodes.count)
        var strength = [Int](repeating: 0, count: nodes.count)
        for tie in ties {
            let (u, v) = (number[tie.ends.0]!, number[tie.ends.1]!)
            adjacency[u].append((v, solverWeight(tie)))
            strength[u] += abs(tie.weight)
            if u != v {
                adjacency[v].append((u, solverWeight(tie)))
                strength[v] += abs(tie.weight)
            }
        }
        var componentOf = [Int](repeating: -1, count: nodes.count)
        var groups: [[Int]] = []
        for start in nodes.indices where componentOf[start] == -1 {
            componentOf[start] = groups.count
            var members = [start]
            var head = 0
            while head < members.count {
                for (v, _) in adjacency[members[head]] where componentOf[v] == -1 {
                    componentOf[v] = groups.count
                    members.append(v)
                }
                head += 1
            }
            groups.append(members.sorted())
        }
        groups.sort { ($1.count, nodes[$0[0]]) < ($0.count, nodes[$1[0]]) }

        // Solve each component and name its camps.
        var campOfNode = [Int](repeating: -1, count: nodes.count)
        var camps: [Camp] = []
        var components: [Component] = []
        var membersByNode: [ActorID: [ActorID]] = [:]
        for (person, target) in folded where graph[person] != nil { membersByNode[target, default: []].append(person) }
        func isStronger(_ u: Int, _ v: Int) -> Bool { (-strength[u], nodes[u]) < (-strength[v], nodes[v]) }
        for group in groups {
            var local: [Int: Int] = [:]
            for (i, node) in group.enumerated() { local[node] = i }
            let problem = SignedPartition(
                count: group.count,
                ties: group.map { u in adjacency[u].map { (local[$0.node]!, $0.weight) } })
            let heuristic = problem.localSearch(restarts: options.restarts, seed: options.seed)
            var solution = heuristic.solution
            // Solver units back to frustration: the membership part is below one scale unit.
            var component = Component(
                size: group.count, frustration: solution.frustration / scale, campCount: solution.campCount, isExact: false,
                optimalPartitions: nil, bound: heuristic.bound / scale)
            if group.count <= options.exactLimit {
                let exact = problem.exact(upperBound: heuristic.solution)
                solution = exact.solution
                component = Component(
                    size: group.count, frustration: solution.frustration / scale, campCount: solution.campCount,
                    isExact: exact.isProven, optimalPartitions: exact.optimalCount,
                    bound: exact.isProven ? nil : heuristic.bound / scale)
            }
            components.append(component)
            // Camps in order of their most connected actor.
            var cores = [[Int]](repeating: [], count: solution.campCount)
            for (i, node) in group.enumerated() { cores[solution.camps[i]].append(node) }
            cores = cores.map { $0.sorted(by: isStronger) }.sorted { isStronger($0[0], $1[0]) }
            for core in cores {
                for node in core { campOfNode[node] = camps.count }
                let members = core.flatMap { [nodes[$0]] + (membersByNode[nodes[$0]] ?? []) }.sorted()
                let top = core.prefix(3).map { graph[nodes[$0]]?.name ?? nodes[$0].rawValue }
                let label = "Camp \(camps.count + 1): " + top.joined(separator: ", ") + (core.count > 3 ? ", …" : "")
                camps.append(Camp(label: label, members: members, component: components.count - 1))
            }
        }
        self.camps = camps
        self.components = components
        frustratedTies = ties.filter { tie in
            let same = campOfNode[number[tie.ends.0]!] == campOfNode[number[tie.ends.1]!]
            return tie.weight > 0 ? !same : same
        }.sorted { (abs($0.weight), $1.ends.0, $1.ends.1) > (abs($1.weight), $0.ends.0, $0.ends.1) }
        contestedTies = contested.sorted { ($0.ends.0, $0.ends.1) < ($1.ends.0, $1.ends.1) }
        let inCamps = Set(camps.flatMap(\.members))
        unaligned = graph.actors.filter { $0.kind != .event && !inCamps.contains($0.id) }.map(\.id)
    }
}
