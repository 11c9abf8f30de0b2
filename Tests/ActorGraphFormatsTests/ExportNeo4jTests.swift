import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Export: Neo4j CSV and Cypher")
struct ExportNeo4jTests {
    func lines(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
    }

    @Test func headersAndTypes() throws {
        let graph = try HostileGraph.graph()
        #expect(lines(Neo4jCSV.nodes(graph))[0] == "id:ID(Actor),name,:LABEL,kind,aliases:string[],place,date:date")
        #expect(lines(Neo4jCSV.relationships(graph))[0] == ":START_ID(Actor),:END_ID(Actor),:TYPE,support:int,documents:string[],evidence")
        #expect(Neo4jCSV.type(.coordinatesWith) == "COORDINATES_WITH")
        #expect(Neo4jCSV.label(.armedGroup) == "ArmedGroup")
    }

    @Test func formulaCellsAreGuardedAndQuoted() throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "f", name: "=cmd|' /C calc'!A0", kind: .state, aliases: ["@x", "a;b", "say \"hi\", ok"]))
        try graph.add(Actor(id: "g", name: "\tTab", kind: .state))
        try graph.add(Actor(id: "h", name: "Line\nbreak", kind: .state))
        let rows = lines(Neo4jCSV.nodes(graph))
        #expect(rows[1] == #"f,'=cmd|' /C calc'!A0,Actor;State,state,"'@x;a,b;say ""hi"", ok",,"#)
        #expect(rows[2] == "g,'\tTab,Actor;State,state,,,")
        #expect(rows[3] == "h,\"Line")
        #expect(rows[4] == "break\",Actor;State,state,,,")
    }

    @Test func cypherStringsEscapeEverythingAndStayOnOneLine() {
        #expect(CypherScript.string("it's \\ \"q\"\n\r\t\u{1}🚀") == #"'it\'s \\ "q"\n\r\t\u0001🚀'"#)
    }

    @Test func cypherKeepsUserTextInParametersOnly() throws {
        let script = String(decoding: CypherScript.encode(try HostileGraph.graph()), as: UTF8.self)
        for line in script.split(separator: "\n") where !line.hasPrefix(":param ") {
            #expect(!line.contains("calc"), "\(line)")
            #expect(!line.contains("Emoji"), "\(line)")
        }
        #expect(script.contains("MERGE (a)-[r:BACKS]->(b)"))
        #expect(script.contains("SET a:ArmedGroup, a.name = row.name"))
        #expect(script.components(separatedBy: ":param {rows: [").count - 1 == 4 + 4)  // one batch per kind and relation present
    }
}
