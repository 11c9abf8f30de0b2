import ActorGraphFormats
import ActorGraphModel
import Foundation
import Testing

@Suite("StructuredInputCSV")
struct StructuredInputCSVTests {
    @Test func readsKindsFromAnnotatedCellsInAnyRow() throws {
        let csv = """
            # comment
            Iran,backs,Hezbollah:armed_group,"He said ""yes"", twice"

            Iran:state,attended,Vienna 2015-10-30:event
            Iran,opposes,Saudi Arabia:state,"a quote
            over two lines"
            """
        let graph = try StructuredInputCSV.parse(csv, source: "edges.csv")
        #expect(graph.actorCount == 4)
        #expect(graph["hezbollah"]?.kind == .armedGroup)
        #expect(graph["event-vienna-2015-10-30"]?.place == "Vienna")
        #expect(graph[EdgeKey("iran", .backs, "hezbollah")]?.evidence == [Evidence(doc: "edges.csv", quote: "He said \"yes\", twice")])
        #expect(graph[EdgeKey("iran", .opposes, "saudi-arabia")]?.evidence.first?.quote == "a quote\nover two lines")
    }

    @Test func aHeaderNamesColumnsInAnyOrder() throws {
        let csv = "relation,object,subject,doc,evidence\nbacks,B:state,A:state,d.txt,q\nopposes,A,B\n"
        let graph = try StructuredInputCSV.parse(csv, source: "e.csv")
        #expect(graph[EdgeKey("a", .backs, "b")]?.evidence == [Evidence(doc: "d.txt", quote: "q")])
        #expect(graph[EdgeKey("b", .opposes, "a")] != nil)
    }

    @Test func namesResolveAgainstKnownActors() throws {
        var known = ActorGraph()
        try known.add(Actor(name: "United States", kind: .state, aliases: ["U.S."]))
        try known.add(Actor(name: "Islamic State", kind: .armedGroup, aliases: ["ISIL"]))
        let graph = try StructuredInputCSV.parse("us,opposes,isil", source: "e.csv", known: known)
        #expect(graph[EdgeKey("united-states", .opposes, "islamic-state")] != nil)
    }

    @Test(arguments: [
        ("A:state,backs,B", "e.csv:1", "no actor named “B”; give its kind once as “B:state”"),
        ("A:state,backs", "e.csv:1", "expected 3 or 4 fields (subject, relation, object, evidence), found 2"),
        ("A:state,backs,B:state,q,extra", "e.csv:1", "found 5"),
        ("A:state,likes,B:state", "e.csv:1", "unknown relation “likes”"),
        ("\nA:state,backs,B:event", "e.csv:2", "breaks a kind rule"),
        ("A:state,backs,B:state\nA:person,backs,B", "e.csv:2", "is already a state and cannot also be a person"),
        ("A:state,backs,\"B:state", "e.csv:1", "a quoted field is never closed"),
        ("A:state,backs,B\"x\":state", "e.csv:1", "a double quote inside an unquoted field"),
        ("subject,verb,object\nA,backs,B", "e.csv:1", "unknown column “verb”"),
        ("A:state, ,B:state", "e.csv:1", "must not be empty"),
        ("# only a comment\n", "e.csv", "empty edge list"),
    ])
    func badRowsAreOneLineErrorsWithFileAndLine(csv: String, location: String, expected: String) {
        let error = #expect(throws: FormatError.self) { try StructuredInputCSV.parse(csv, source: "e.csv") }
        #expect(error?.source == location)
        #expect(error?.reason.contains(expected) == true, "\(error?.reason ?? "")")
    }
}

@Suite struct StructuredInputCSVLineEndingTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func anEdgeListReadsTheSameWhateverItsLineEndings(_ end: String) throws {
        let csv = ["# edges", "Iran:state,backs,Hezbollah:armed_group", "Iran,opposes,Israel:state", ""].joined(separator: end)
        let graph = try StructuredInputCSV.parse(csv, source: "e.csv")
        #expect(graph.relationCount == 2)
        #expect(graph[EdgeKey("iran", .opposes, "israel")] != nil)
        // Errors still name the right line.
        let bad = ["Iran:state,backs,Hezbollah:armed_group", "", "Iran,likes,Israel:state"].joined(separator: end)
        #expect { try StructuredInputCSV.parse(bad, source: "e.csv") } throws: { "\($0)".hasPrefix("e.csv:3") }
    }
}
