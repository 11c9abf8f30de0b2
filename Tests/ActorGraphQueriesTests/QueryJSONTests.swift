import ActorGraphModel
import Foundation
import Testing
@testable import ActorGraphQueries

@Suite("Query answers as JSON")
struct QueryJSONTests {
    @Test func pathJSONCarriesHopsDirectionEvidenceAndReading() throws {
        let graph = try Fixtures.seed()
        let path = try #require(IndexedGraph(graph).shortestPath(from: "bashar-al-assad", to: "iran", relations: [.backs]))
        let text = QueryJSON.encode(QueryJSON.Path(path, in: graph), compact: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["reading"] as? String == "friend")
        #expect(object["chain"] as? String == "Bashar al-Assad ←backs (2)— Iran")
        let hops = try #require(object["hops"] as? [[String: Any]])
        #expect(hops.count == 1)
        #expect(hops[0]["backwards"] as? Bool == true)
        let edge = try #require(hops[0]["edge"] as? [String: Any])
        #expect(edge["support"] as? Int == 2)
        #expect((edge["evidence"] as? [Any])?.count == 2)
        #expect(object["unsigned_hops"] as? [Int] == [])
        #expect(!text.contains("\n"))
    }

    @Test func encodingIsDeterministic() throws {
        let graph = try Fixtures.seed()
        let edges = graph.relations.map { QueryJSON.Edge($0, in: graph) }
        #expect(QueryJSON.encode(edges) == QueryJSON.encode(edges))
    }

    @Test func edgeLinesShowDirection() throws {
        let graph = try Fixtures.seed()
        let name = { (id: ActorID) in graph[id]!.name }
        #expect(graph[EdgeKey("russia", .backs, "bashar-al-assad")]!.line(name: name) == "Russia —backs (3)→ Bashar al-Assad")
        #expect(graph[EdgeKey("jordan", .coordinatesWith, "russia")]!.line(name: name) == "Jordan —coordinates_with (2)— Russia")
    }
}
