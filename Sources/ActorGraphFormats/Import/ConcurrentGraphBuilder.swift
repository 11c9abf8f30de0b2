import ActorGraphModel
import Foundation

/// Builds the ``ActorGraph`` of a node-link document on a thread of its own while
/// ``NodeLinkReader`` is still reading it: the reader hands over the edges of the document's edge
/// array in batches, in file order, and this thread puts each into the graph as it comes (the
/// ids made `EdgeKey`s, the evidence moved into the graph's table); the nodes follow in batches
/// too when they come after the edges (as graph.json has them), else once the whole document has
/// been read. Reading and building then share the two cores of a small machine instead of taking
/// turns.
///
/// The graph is the one ``NodeLinkReader/build(_:source:)`` makes from the same records, and a
/// document it refuses gets the same error: edges go in before their actors are known, so the
/// graph's rules (the relation named, both ends actors, their kinds allowed) are checked once the
/// actors are in, edge by edge in file order, and the first edge that breaks one gives the error
/// ``ActorGraph/relate(_:_:_:evidence:)`` gives it, as the one-pass build would have. Inserting an
/// edge does not depend on the actors or on the order of other insertions, so the table is the
/// same; only a document that is refused differs in the work done before the error.
///
/// Not used by ``NodeLinkJSON/decode(_:source:)``: on the shared two-core machine it was built on,
/// the second thread did not make the decode measurably faster (NOTES.md, "the whole decode,
/// second pass"); ``NodeLinkJSON/decode(_:source:edgesPerBatch:)`` (16,384 edges a batch
/// suggested: at 4,096 the decode took more CPU time) lets a benchmark try it elsewhere.
final class ConcurrentGraphBuilder: @unchecked Sendable {
    // @unchecked: the reader's side and the building thread share only what is below
    // `condition`, each read and written under it; the graph being built is the thread's own
    // (``Building``, a local of ``run(_:)``) until it leaves in `outcome`.

    /// What the reader hands over.
    enum Batch: Sendable {
        /// The next edges of the edge array, with the interner entries made since the last batch
        /// (an edge names its ends, key and relation by entry).
        case edges([NodeLinkReader.EdgeRecord], texts: [String])
        /// The next nodes of the node array, and how many the whole array is expected to hold.
        case nodes([NodeLinkReader.NodeRecord], expected: Int)
    }

    private let condition = NSCondition()
    /// Batches not yet taken, from `head` on (taken ones are emptied).
    private var queue: [Batch] = []
    private var head = 0
    private var closed = false
    private var cancelled = false
    private var nodes: [NodeLinkReader.NodeRecord]?
    private var outcome: Result<ActorGraph, FormatError>?

    /// Starts the building thread.
    /// - Parameters:
    ///   - source: the file name, for error messages.
    ///   - expectedEdges: how many edges to make room for (an estimate: a wrong one costs time or
    ///     memory, never a different graph).
    init(source: String, expectedEdges: Int) {
        let thread = Thread { [self] in run(Building(source: source, expectedEdges: expectedEdges)) }
        thread.name = "ActorGraphFormats.ConcurrentGraphBuilder"
        thread.start()
    }

    /// Hands over the next edges or nodes.
    func send(_ batch: consuming Batch) {
        condition.lock()
        queue.append(batch)
        condition.signal()
        condition.unlock()
    }

    /// The graph of the edges and nodes sent and `nodes` (nil when the nodes were sent), once the
    /// building thread has put them in, or the error ``NodeLinkReader/build(_:source:)`` gives
    /// such a document. Ends the thread.
    func finish(nodes: [NodeLinkReader.NodeRecord]?) -> Result<ActorGraph, FormatError> {
        condition.lock()
        defer { condition.unlock() }
        self.nodes = nodes ?? []
        closed = true
        condition.signal()
        while outcome == nil { condition.wait() }
        // Set by the thread before it stopped: the loop above only ends when it is.
        return outcome ?? .failure(FormatError("", "the graph was not built"))
    }

    /// Ends the thread without a graph (the document failed to read, or its graph is built from
    /// other records), once it has stopped.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        cancelled = true
        condition.signal()
        while outcome == nil { condition.wait() }
    }

    // MARK: The building thread

    private func run(_ building: consuming Building) {
        var building = building
        // One batch at a time: its records are released while they are still in the cache.
        while let batch = next() { building.insert(batch) }
        condition.lock()
        let (cancelled, nodes) = (self.cancelled, self.nodes ?? [])
        self.nodes = nil
        condition.unlock()
        let result = cancelled
            ? .failure(FormatError("", "cancelled"))
            : Result { () throws(FormatError) -> ActorGraph in try building.complete(nodes) }
        condition.lock()
        outcome = result
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, once there is one; nil when the reader has closed (or cancelled) and none
    /// is left.
    private func next() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count, !closed { condition.wait() }
        if cancelled || head == queue.count { return nil }
        let batch = queue[head]
        queue[head] = .edges([], texts: [])
        head += 1
        if head == queue.count { (queue, head) = ([], 0) }
        return batch
    }

    /// The graph being built and what checking it needs: the building thread's alone.
    private struct Building {
        let source: String
        var graph = ActorGraph()
        /// The interner entries the edges name, as the reader's.
        var texts: [String] = []
        /// Every edge sent, in file order, for the checks once the actors are in.
        var ends: [NodeLinkReader.EdgeEnds] = []
        var rules = NodeLinkReader.EdgeRules()
        /// Whether nodes have come in batches.
        var nodesSent = false
        /// The first error adding the actors of the nodes sent.
        var nodeError: FormatError?

        init(source: String, expectedEdges: Int) {
            self.source = source
            graph.reserveCapacity(actors: 0, relations: expectedEdges)
            ends.reserveCapacity(expectedEdges)
        }

        /// Puts a batch's edges (those that name a known relation: the rest make the document
        /// fail in ``complete(_:)``) or actors into the graph.
        mutating func insert(_ batch: consuming Batch) {
            switch consume batch {
            case let .edges(edges, texts: more):
                texts.append(contentsOf: more)
                for edge in edges {
                    let ends = NodeLinkReader.EdgeEnds(edge)
                    self.ends.append(ends)
                    guard let relation = rules.knownRelation(of: ends, texts: texts) else { continue }
                    graph.relateChecked(
                        EdgeKey(ActorID(texts[Int(ends.source)]), relation, ActorID(texts[Int(ends.target)])),
                        evidence: edge.evidence ?? [])
                }
            case let .nodes(nodes, expected):
                if !nodesSent { graph.reserveCapacity(actors: expected, relations: 0) }
                nodesSent = true
                guard nodeError == nil else { return }
                do throws(FormatError) {
                    try NodeLinkReader.addActors(nodes, to: &graph, source: source)
                } catch {
                    nodeError = error
                }
            }
        }

        /// The graph once the actors of `nodes` are in too, or the error of the first node or
        /// edge it refuses.
        mutating func complete(_ nodes: [NodeLinkReader.NodeRecord]) throws(FormatError) -> ActorGraph {
            if let nodeError { throw nodeError }
            graph.reserveCapacity(actors: graph.actorCount + nodes.count, relations: 0)
            try NodeLinkReader.addActors(nodes, to: &graph, source: source)
            for edge in ends {
                _ = try rules.check(edge, texts: texts, in: &graph, source: source)
            }
            // The graph leaves: no copy is left behind to share its storage.
            return graph.take()
        }
    }
}

extension ActorGraph {
    /// This graph, leaving an empty one in its place.
    fileprivate mutating func take() -> ActorGraph {
        let taken = self
        self = ActorGraph()
        return taken
    }
}
