import ActorGraphFormats
import ActorGraphModel
import ActorGraphRendering
import Foundation

/// The positions of a Graphviz layout of a graph, for exports that carry them (`export --layout`).
///
/// The graph is drawn as `render` draws it, without the legend, and laid out in-process; the
/// positions are read from Graphviz's `json` output, where each actor's node has the id
/// `actor-<actor id>` and a `pos` of "x,y" in points.
enum ExportLayout {
    static func positions(of graph: ActorGraph, engine: LayoutEngine) throws -> [ActorID: ExportAnnotations.Position] {
        let dot = DOTEncoder(options: DOTOptions(legend: false)).encode(graph)
        let data = try GraphvizRenderer().render(dot: dot, engine: engine, format: .json)
        guard let layout = try? JSONDecoder().decode(Layout.self, from: data) else {
            throw CommandError("cannot read the positions of the \(engine.rawValue) layout")
        }
        var positions: [ActorID: ExportAnnotations.Position] = [:]
        for object in layout.objects ?? [] {
            guard let id = object.id, id.hasPrefix("actor-"), let pos = object.pos else { continue }
            let actor = ActorID(String(id.dropFirst("actor-".count)))
            let parts = pos.split(separator: ",").compactMap { Double($0) }
            guard graph[actor] != nil, parts.count >= 2 else { continue }
            positions[actor] = .init(x: parts[0], y: parts[1])
        }
        return positions
    }

    private struct Layout: Decodable {
        struct Object: Decodable {
            var id: String?
            var pos: String?
        }

        var objects: [Object]?
    }
}
