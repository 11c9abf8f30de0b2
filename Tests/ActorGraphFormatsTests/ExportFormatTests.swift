import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Export: formats")
struct ExportFormatTests {
    @Test func parsesNamesAndSynonyms() {
        #expect(ExportFormat(userText: "GraphML") == .graphml)
        #expect(ExportFormat(userText: "gexf1.2") == .gexf1_2)
        #expect(ExportFormat(userText: "gexf1.3") == .gexf)
        #expect(ExportFormat(userText: "ttl") == .turtle)
        #expect(ExportFormat(userText: "neo4j") == .neo4jCSV)
        #expect(ExportFormat(userText: "dot") == .dot)
        #expect(ExportFormat(userText: "GV") == .dot)
    }

    @Test func neo4jWritesTwoFilesOthersOne() throws {
        let graph = try HostileGraph.graph()
        guard case let .files(files) = ExportFormat.neo4jCSV.export(graph) else {
            Issue.record("neo4j-csv should write files")
            return
        }
        #expect(files.map(\.name) == ["nodes.csv", "relationships.csv"])
        #expect(ExportFormat.gexf.export(graph, gexfVersion: .v1_2) == ExportFormat.gexf1_2.export(graph))
        #expect(ExportFormat.json.export(graph) == .document(NodeLinkJSON.encode(graph)))
        #expect(ExportFormat.dot.export(graph) == .document(Data(DOTEncoder().encode(graph).utf8)))
    }
}
