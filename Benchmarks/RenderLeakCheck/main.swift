// Renders a generated graph several times in one process, for `make leaks` (run under valgrind:
// any memory our Graphviz wrapper fails to free shows up as lost once per render) and for
// measuring render times.
//
//   swift run -c release RenderLeakCheck [--renders 20] [--engine dot] [--format svg,png]
//                                        [--actors 30] [--edges 60]
//
// Prints one line per render with its time, then the median. Each render is followed by one of
// malformed DOT, so the error path (Graphviz's message, freed by us) is checked for leaks too.
import ActorGraphFormats
import ActorGraphModel
import ActorGraphRendering
import Foundation

struct Arguments {
    var renders = 20
    var engine = LayoutEngine.dot
    var formats: [DiagramFormat] = [.svg, .png]
    var actors = 30
    var edges = 60

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "--help" || flag == "-h" {
                print("usage: RenderLeakCheck [--renders 20] [--engine dot] [--format svg,png] [--actors 30] [--edges 60]")
                exit(0)
            }
            guard let value = rest.popFirst() else { throw Failure("\(flag) needs a value") }
            switch flag {
            case "--renders": renders = try Self.count(value, flag)
            case "--engine": engine = try LayoutEngine(parsing: value)
            case "--format": formats = try DiagramFormat.list(parsing: value)
            case "--actors": actors = try Self.count(value, flag)
            case "--edges": edges = try Self.count(value, flag)
            default: throw Failure("unknown option \(flag)")
            }
        }
    }

    static func count(_ text: String, _ flag: String) throws -> Int {
        guard let value = Int(text), value > 0 else { throw Failure("\(flag) needs a positive number, not “\(text)”") }
        return value
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A random graph of states and armed groups, the same for the same sizes (a fixed-seed
/// linear congruential generator).
func generatedGraph(actors: Int, edges: Int) throws -> ActorGraph {
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
    var attempts = 0
    while graph.relationCount < edges, attempts < edges * 20 {
        attempts += 1
        let (from, to) = (ids[next(ids.count)], ids[next(ids.count)])
        guard from != to else { continue }
        try graph.relate(from, kinds[next(kinds.count)], to, evidence: [
            Evidence(doc: "doc\(next(50)).txt", sentence: next(40), quote: "Actor \(from) and \(to) “quoted” <here> & there."),
        ])
    }
    return graph
}

do {
    let arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
    let graph = try generatedGraph(actors: arguments.actors, edges: arguments.edges)
    let dot = DOTEncoder().encode(graph)
    let renderer = GraphvizRenderer(limits: .none)
    var times: [Double] = []
    var bytes = 0
    for index in 1...arguments.renders {
        let start = DispatchTime.now().uptimeNanoseconds
        let output = try renderer.render(dot: dot, engine: arguments.engine, formats: arguments.formats)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        times.append(milliseconds)
        bytes = output.values.map(\.count).reduce(0, +)
        do {
            _ = try renderer.render(dot: "digraph {\n  a -> ;\n}", engine: arguments.engine, format: .svg)
            throw Failure("malformed DOT rendered without an error")
        } catch RenderError.syntax {
            // Expected: the message was read and freed.
        }
        print("render \(index): \(Int(milliseconds.rounded())) ms, \(bytes) bytes")
    }
    let sorted = times.sorted()
    let formats = arguments.formats.map(\.rawValue).joined(separator: ",")
    print("\(graph.actorCount) actors, \(graph.relationCount) edges, \(arguments.engine.rawValue) → \(formats): median \(Int(sorted[sorted.count / 2].rounded())) ms over \(arguments.renders) renders")
} catch {
    FileHandle.standardError.write(Data("RenderLeakCheck: \(error)\n".utf8))
    exit(1)
}
