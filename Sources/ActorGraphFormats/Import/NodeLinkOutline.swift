import ActorGraphModel
import ActorGraphQueries
import Foundation

/// graph.json read for a query that prints only part of the graph (``PartialPath``,
/// ``PartialNeighborhood``, ``PartialMatches``): every actor, the edges as node numbers in a
/// ``GraphIndex``, and the place of each edge's evidence in the file, decoded only for the edges
/// an answer prints.
///
/// It reads with every check ``NodeLinkJSON/decode(_:source:)`` makes, evidence included (each
/// piece is checked, not kept), so it reads a file exactly when decode does, and its parts are
/// those of the graph decode gives: the same actors, the same edges in the same index order,
/// the same evidence.
public struct NodeLinkOutline: PartialGraph {
    /// The file's bytes (mapped), where the evidence is read from.
    private let data: Data
    private let source: String
    /// Every actor, without relations.
    private let actors: ActorGraph
    private let numbered: NumberedIndex
    /// The edges in index order (by subject number, relation code, object number), each once:
    /// those of subject `u` are `edgeStarts[u]..<edgeStarts[u + 1]`.
    private let edgeStarts: [Int32]
    private let targets: [Int32]
    private let kinds: [UInt8]
    /// Edge `e`'s evidence arrays (one per time the file states the edge) are
    /// `evidenceBytes[evidenceStarts[e]..<evidenceStarts[e + 1]]`.
    private let evidenceStarts: [Int32]
    private let evidenceBytes: [Range<Int>]

    /// Reads `data` as ``NodeLinkJSON/decode(_:source:)`` does, keeping evidence in the file.
    /// - Parameter source: the file name, for error messages.
    /// - Throws: ``FormatError``: what decode throws for the same bytes.
    public static func read(_ data: Data, source: String) throws -> NodeLinkOutline {
        try NodeLinkOutline(data: data, source: source, document: NodeLinkReader.parse(data, source: source, lazyEvidence: true))
    }

    /// Reads the file at `url` as ``read(_:source:)`` reads its bytes, mapped, each page given
    /// back to the system once read past (the evidence an answer prints is read again from the
    /// file): peak memory is the outline's, not the file's.
    /// - Returns: nil when the file cannot be mapped (missing, empty, not a regular file).
    /// - Throws: ``FormatError``: what decode throws for the same bytes.
    public static func read(mapping url: URL) throws -> NodeLinkOutline? {
        guard let data = MappedFile.map(url) else { return nil }
        let document = try NodeLinkReader.parse(data, source: url.path, lazyEvidence: true, releasingPages: true)
        return try NodeLinkOutline(data: data, source: url.path, document: document)
    }

    private init(data: Data, source: String, document: NodeLinkReader.Document) throws {
        self.data = data
        self.source = source
        var actors = ActorGraph()
        actors.reserveCapacity(actors: document.nodes.count, relations: 0)
        try NodeLinkReader.addActors(document.nodes, to: &actors, source: source)
        self.actors = actors
        let sorted = actors.actors
        let ids = sorted.map(\.id)
        let actorKinds = sorted.map(\.kind)
        var numbers: [ActorID: Int32] = [:]
        numbers.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { numbers[id] = Int32(i) }
        // The node of each text entry, looked up once: -2 not yet, -1 none.
        var nodes = [Int32](repeating: -2, count: document.texts.count)
        func node(_ entry: Int32) throws -> Int32 {
            if nodes[Int(entry)] == -2 { nodes[Int(entry)] = numbers[ActorID(document.texts[Int(entry)])] ?? -1 }
            guard nodes[Int(entry)] >= 0 else { throw FormatError(source, GraphError.unknownActor(ActorID(document.texts[Int(entry)])).description) }
            return nodes[Int(entry)]
        }

        // The graph's rules, checked edge by edge in file order as ActorGraph.relate checks them,
        // so that the first broken one gives decode's error.
        let records = document.edges ?? document.links ?? []
        var relations = NodeLinkReader.RelationKinds()
        var list = EdgeList(capacity: records.count)
        for edge in records {
            let relation = try relations.kind(of: edge, in: document, source: source)
            let s = try node(edge.source)
            let o = try node(edge.target)
            guard relation.allows(subject: actorKinds[Int(s)], object: actorKinds[Int(o)]) else {
                let (from, to) = (sorted[Int(s)], sorted[Int(o)])
                throw FormatError(source, GraphError.kindRule(
                    subject: from.name, subjectKind: from.kind, relation: relation, object: to.name, objectKind: to.kind).description)
            }
            // A symmetric edge's ends in id order, as EdgeKey keeps them (numbers follow id order).
            if relation.isSymmetric, o < s { list.append(o, relation.code, s) } else { list.append(s, relation.code, o) }
        }
        // Index order; an edge the file states more than once is one edge with each statement's
        // evidence, in file order (the sort is stable).
        let order = list.sortByKey(nodeCount: ids.count)
        var sources: [Int32] = [], targets: [Int32] = [], kinds: [UInt8] = []
        var evidenceStarts: [Int32] = [], evidenceBytes: [Range<Int>] = []
        sources.reserveCapacity(list.count); targets.reserveCapacity(list.count); kinds.reserveCapacity(list.count)
        evidenceStarts.reserveCapacity(list.count + 1); evidenceBytes.reserveCapacity(list.count)
        for i in 0..<list.count {
            let edge = (list.sources[i], list.kinds[i], list.targets[i])
            if i == 0 || edge != (list.sources[i - 1], list.kinds[i - 1], list.targets[i - 1]) {
                sources.append(edge.0); kinds.append(edge.1); targets.append(edge.2)
                evidenceStarts.append(Int32(evidenceBytes.count))
            }
            if let range = records[Int(order[i])].evidenceBytes { evidenceBytes.append(range) }
        }
        evidenceStarts.append(Int32(evidenceBytes.count))
        var edgeStarts = [Int32](repeating: 0, count: ids.count + 1)
        for s in sources { edgeStarts[Int(s) + 1] += 1 }
        for u in 0..<ids.count { edgeStarts[u + 1] += edgeStarts[u] }
        let index = try GraphIndex(nodeCount: ids.count, sources: sources, targets: targets, kinds: kinds)
        numbered = NumberedIndex(ids: ids, index: index)
        self.edgeStarts = edgeStarts
        self.targets = targets
        self.kinds = kinds
        self.evidenceStarts = evidenceStarts
        self.evidenceBytes = evidenceBytes
    }

    /// The number of actors.
    public var actorCount: Int { numbered.ids.count }
    /// The number of edges (an edge stated twice counts once, as in the graph).
    public var relationCount: Int { kinds.count }

    // MARK: PartialGraph

    public func searchIndex() -> NumberedIndex { numbered }

    public func resolve(_ name: String) throws -> Actor { try actors.resolveActor(named: name) }

    public func subgraph(actors ids: [ActorID], relationsBetween pairs: [(ActorID, ActorID)]) throws -> ActorGraph {
        var graph = try graphOf(ids)
        for (a, b) in pairs {
            guard let u = numbered.number(of: a), let v = numbered.number(of: b) else { continue }
            // Both directions: the pair is a hop, walked along or against its edges.
            for (s, o) in u == v ? [(u, v)] : [(u, v), (v, u)] {
                for e in edges(from: s) where targets[e] == o { try relate(e, from: s, in: &graph) }
            }
        }
        return graph
    }

    public func subgraph(among ids: [ActorID]) throws -> ActorGraph {
        var graph = try graphOf(ids)
        let members = Set(ids.compactMap(numbered.number(of:)))
        // Every edge between members is some member's out-edge.
        for s in members.sorted() {
            for e in edges(from: s) where members.contains(targets[e]) { try relate(e, from: s, in: &graph) }
        }
        return graph
    }

    // MARK: Internals

    /// The actors with these ids that the graph has, without relations.
    private func graphOf(_ ids: [ActorID]) throws -> ActorGraph {
        var graph = ActorGraph()
        for id in Set(ids).sorted() {
            if let actor = actors[id] { try graph.add(actor) }
        }
        return graph
    }

    private func edges(from s: Int32) -> Range<Int> {
        Int(edgeStarts[Int(s)])..<Int(edgeStarts[Int(s) + 1])
    }

    /// Adds edge `e`, whose subject is node `s`, to `graph` with its evidence read from the file.
    private func relate(_ e: Int, from s: Int32, in graph: inout ActorGraph) throws {
        var evidence: [Evidence] = []
        for range in evidenceBytes[Int(evidenceStarts[e])..<Int(evidenceStarts[e + 1])] {
            evidence += try NodeLinkReader.evidence(in: data, at: range, source: source)
        }
        // Codes come from RelationKind.code.
        let kind = RelationKind(code: kinds[e])!
        try graph.relate(numbered.ids[Int(s)], kind, numbered.ids[Int(targets[e])], evidence: evidence)
    }
}
