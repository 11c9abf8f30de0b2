import ActorGraphFormats
import ActorGraphModel
import ActorGraphStyle
import Foundation
import Testing

@Suite("Export: GEXF")
struct ExportGEXFTests {
    func text(_ version: GEXF.Version) throws -> String {
        String(decoding: GEXF.encode(try HostileGraph.graph(), version: version), as: UTF8.self)
    }

    @Test func versionsUseTheirNamespaces() throws {
        #expect(try text(.v1_3).contains(#"xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz""#))
        #expect(try text(.v1_3).contains(#"version="1.3""#))
        #expect(try text(.v1_2).contains(#"xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz""#))
        #expect(try !text(.v1_2).contains(" kind=\""))
    }

    @Test func coloursComeFromTheStyleTable() throws {
        let gexf = try text(.v1_3)
        for kind in [ActorKind.state, .organization, .armedGroup] {
            let hex = Int(kind.style.fill.dropFirst(), radix: 16) ?? -1
            #expect(gexf.contains(#"<viz:color r="\#(hex >> 16)" g="\#(hex >> 8 & 0xFF)" b="\#(hex & 0xFF)"/>"#))
        }
        let backs = Int(RelationKind.backs.style.color.dropFirst(), radix: 16) ?? -1
        #expect(gexf.contains(#"<viz:color r="\#(backs >> 16)" g="\#(backs >> 8 & 0xFF)" b="\#(backs & 0xFF)"/>"#))
        #expect(gexf.contains(#"<viz:shape value="dashed"/>"#))  // coordinates_with's line
    }

    @Test func countsMatchAndSupportIsAnInteger() throws {
        let graph = try HostileGraph.graph()
        let gexf = try text(.v1_2)
        #expect(gexf.contains("<nodes count=\"\(graph.actorCount)\">"))
        #expect(gexf.contains("<edges count=\"\(graph.relationCount)\">"))
        #expect(gexf.contains(#"<attribute id="support" title="support" type="integer"/>"#))
    }
}
