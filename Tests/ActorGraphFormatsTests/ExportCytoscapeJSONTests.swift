import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Export: Cytoscape.js JSON")
struct ExportCytoscapeJSONTests {
    @Test func elementsHaveUniqueIDsAndNetworkXFields() throws {
        let graph = try HostileGraph.graph()
        let object = try JSONSerialization.jsonObject(with: CytoscapeJSON.encode(graph)) as? [String: Any]
        #expect(object?["multigraph"] as? Bool == true)
        let elements = try #require(object?["elements"] as? [String: [[String: Any]]])
        let nodes = try #require(elements["nodes"]).compactMap { $0["data"] as? [String: Any] }
        let edges = try #require(elements["edges"]).compactMap { $0["data"] as? [String: Any] }
        #expect(nodes.count == graph.actorCount && edges.count == graph.relationCount)
        #expect(nodes.allSatisfy { $0["value"] as? String == $0["id"] as? String })
        let ids = (nodes + edges).compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count)
        let opposes = try #require(edges.first { $0["relation"] as? String == "opposes" })
        #expect(opposes["key"] as? String == "opposes")
        #expect(opposes["support"] as? Int == 1)
        #expect((opposes["evidence"] as? [[String: Any]])?.first?["doc"] as? String == "=evil.csv")
    }
}
