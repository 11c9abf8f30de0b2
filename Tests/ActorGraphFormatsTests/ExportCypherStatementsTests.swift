import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("Export: plain Cypher")
struct ExportCypherStatementsTests {
    func lines(_ graph: ActorGraph) -> [String] {
        String(decoding: CypherStatements.encode(graph), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func stringsStayOnOneLineWithoutUnicodeEscapes() {
        #expect(CypherStatements.string("it's \\ \"q\"\n\r\t\u{1}\u{0}\u{7F}🚀") == "'it\\'s \\\\ \"q\"\\n\\r\\t\u{7F}🚀'")
    }

    @Test func oneStatementALineWithLiteralValuesAndNoClientCommands() throws {
        let graph = try HostileGraph.graph()
        let statements = lines(graph).filter { !$0.hasPrefix("//") }
        #expect(statements.count == graph.actorCount + graph.relationCount)
        for line in statements {
            #expect(line.hasSuffix(";"))
            #expect(line.hasPrefix("MERGE (a:Actor {id: ") || line.hasPrefix("MATCH (a:Actor {id: "))
        }
        let text = statements.joined(separator: "\n")
        #expect(!text.contains(":param") && !text.contains("$rows") && !text.contains("CONSTRAINT"))
    }

    @Test func actorsAndRelationsCarryTheirProperties() throws {
        var graph = ActorGraph()
        try graph.add(Actor(id: "russia", name: "Russia", kind: .state, aliases: ["Moscow"]))
        let vienna = try graph.add(Actor.event(place: "Vienna", date: "2015-10-30"))
        try graph.add(Actor(id: "somewhen", name: "Talks", kind: .event, place: "Geneva", date: "2015-10"))
        try graph.relate("russia", .attended, vienna, evidence: [Evidence(doc: "a.txt", sentence: 2, quote: "Russia's envoy came.")])
        let out = lines(graph)
        #expect(out.contains("MERGE (a:Actor {id: 'russia'}) SET a:State, a.name = 'Russia', a.kind = 'state', a.aliases = ['Moscow'];"))
        #expect(out.contains("MERGE (a:Actor {id: 'event-vienna-2015-10-30'}) SET a:Event, a.name = 'Vienna 2015-10-30', a.kind = 'event', a.aliases = [], a.place = 'Vienna', a.date = date('2015-10-30');"))
        // A date that is not a full day stays a string.
        #expect(out.contains { $0.contains("a.date = '2015-10';") })
        let edge = try #require(out.first { $0.contains("[r:ATTENDED]") })
        #expect(edge.hasPrefix("MATCH (a:Actor {id: 'russia'}), (b:Actor {id: 'event-vienna-2015-10-30'}) MERGE (a)-[r:ATTENDED]->(b) SET r.support = 1, r.documents = ['a.txt'], r.quotes = ['Russia\\'s envoy came.'], r.evidence = '"))
    }

    @Test func formatNames() {
        #expect(ExportFormat(userText: "cypher") == .cypher)
        #expect(ExportFormat(userText: "cypher-shell") == .cypherShell)
    }
}
