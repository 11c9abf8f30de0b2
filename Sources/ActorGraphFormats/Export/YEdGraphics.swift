import ActorGraphModel
import ActorGraphStyle
import Foundation

/// yEd's node and edge graphics for ``GraphML`` (``GraphML/Flavor/yEd``), drawn from the style
/// table: a `y:ShapeNode` with the kind's shape, fill and outline, and a `y:PolyLineEdge` with the
/// relation's colour, line, arrowhead and the support's pen width. Nodes are placed on a grid so
/// none hides another; yEd's Layout menu arranges them properly.
enum YEdGraphics {
    static let namespace = "http://www.yworks.com/xml/graphml"

    static let keys = """
          <key id="nodegraphics" for="node" yfiles.type="nodegraphics"/>
          <key id="edgegraphics" for="edge" yfiles.type="edgegraphics"/>

        """

    /// Nodes per grid row.
    static let columns = 8

    /// The node's graphics: placed at `position` (a Graphviz layout's centre, y upwards) when
    /// given, else on a grid by `index`.
    static func node(_ actor: Actor, index: Int, position: ExportAnnotations.Position? = nil) -> String {
        let style = actor.kind.style
        // Wide enough for the name at yEd's default 12 pt font.
        let width = max(80, min(320, 8 * actor.name.count + 20))
        // yEd places a node by its top-left corner, with y downwards.
        let x = position.map { ExportAnnotations.coordinate($0.x - Double(width) / 2) } ?? String((index % columns) * 340)
        let y = position.map { ExportAnnotations.coordinate(-$0.y - 20) } ?? String((index / columns) * 90)
        return """
                  <data key="nodegraphics">
                    <y:ShapeNode>
                      <y:Geometry x="\(x)" y="\(y)" width="\(width)" height="40"/>
                      <y:Fill color="\(style.fill)" transparent="false"/>
                      <y:BorderStyle color="\(style.stroke)" type="line" width="1.5"/>
                      <y:NodeLabel>\(XMLText.content(actor.name))</y:NodeLabel>
                      <y:Shape type="\(shape(style.shape))"/>
                    </y:ShapeNode>
                  </data>

            """
    }

    static func edge(_ relation: Relation) -> String {
        let style = relation.kind.style
        let width = String(format: "%.1f", RelationStyle.penWidth(support: relation.support))
        return """
                  <data key="edgegraphics">
                    <y:PolyLineEdge>
                      <y:LineStyle color="\(style.color)" type="\(line(style.line))" width="\(width)"/>
                      <y:Arrows source="none" target="\(arrow(style.arrowhead))"/>
                      <y:EdgeLabel>\(XMLText.content(style.title))</y:EdgeLabel>
                    </y:PolyLineEdge>
                  </data>

            """
    }

    private static func shape(_ shape: ActorStyle.Shape) -> String {
        switch shape {
        case .roundedBox: "roundrectangle"
        case .hexagon: "hexagon"
        case .octagon: "octagon"
        case .ellipse: "ellipse"
        case .note: "rectangle3d"
        }
    }

    private static func line(_ line: RelationStyle.Line) -> String {
        switch line {
        case .solid: "line"
        case .dashed: "dashed"
        case .dotted: "dotted"
        }
    }

    private static func arrow(_ arrowhead: RelationStyle.Arrowhead) -> String {
        switch arrowhead {
        case .normal: "standard"
        case .tee: "t_shape"
        case .open: "white_delta"
        case .none: "none"
        }
    }
}
