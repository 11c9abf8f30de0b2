"""GEXF: NetworkX's read_gexf reads the 1.2 file (and the 1.3 one) with the same content; the 1.3
file is checked structurally against the GEXF 1.3 grammar, since no package reachable here ships
the published gexf.xsd."""

from collections import defaultdict

import networkx as nx
from lxml import etree

from conftest import FIXTURE, check_read_back

NS13 = "http://gexf.net/1.3"
VIZ13 = "http://gexf.net/1.3/viz"


def check_content(G):
    nodes, edges = check_read_back(G)
    assert all(set(data["viz"]["color"]) >= {"r", "g", "b"} for data in nodes.values())
    assert all(data["weight"] == float(data["support"]) for data in edges.values())


def test_networkx_reads_gexf_1_2(export):
    path = export("gexf1.2")
    assert b'xmlns="http://www.gexf.net/1.2draft"' in path.read_bytes()
    check_content(nx.read_gexf(path))


def test_gexf_version_option_equals_format_name(export):
    assert export("gexf", FIXTURE, "--gexf-version", "1.2", name="a.gexf").read_bytes() \
        == export("gexf1.2", name="b.gexf").read_bytes()


def test_networkx_reads_gexf_1_3(export):
    check_content(nx.read_gexf(export("gexf"), version="1.3"))


def test_gexf_1_3_structure(export):
    """The rules of the GEXF 1.3 schema that our file exercises (gexf.xsd is not available here)."""
    root = etree.parse(str(export("gexf"))).getroot()
    q = lambda name: f"{{{NS13}}}{name}"
    assert root.tag == q("gexf") and root.get("version") == "1.3"
    assert [child.tag for child in root] == [q("meta"), q("graph")]
    graph = root.find(q("graph"))
    assert graph.get("defaultedgetype") in {"directed", "undirected", "mutual"}
    assert set(graph.keys()) <= {"defaultedgetype", "idtype", "mode", "timeformat", "timerepresentation"}
    assert graph.get("mode") in {None, "static", "dynamic", "slice"}
    assert [c.tag for c in graph] == [q("attributes"), q("attributes"), q("nodes"), q("edges")]
    declared = {}
    for attributes in graph.findall(q("attributes")):
        assert attributes.get("class") in {"node", "edge"}
        assert set(attributes.keys()) == {"class"}  # 1.3 has no mode here (1.2 had)
        for attribute in attributes:
            assert attribute.tag == q("attribute")
            assert attribute.get("type") in {"string", "integer", "double", "boolean", "liststring"}
            declared[(attributes.get("class"), attribute.get("id"))] = attribute.get("type")
    nodes = graph.find(q("nodes")).findall(q("node"))
    assert int(graph.find(q("nodes")).get("count")) == len(nodes)
    ids = [n.get("id") for n in nodes]
    assert len(ids) == len(set(ids))
    colour_by_kind = defaultdict(set)
    allowed_node_children = {q("attvalues"), f"{{{VIZ13}}}color", f"{{{VIZ13}}}shape"}
    for node in nodes:
        assert {c.tag for c in node} <= allowed_node_children
        values = {}
        for attvalue in node.find(q("attvalues")):
            assert ("node", attvalue.get("for")) in declared
            values[attvalue.get("for")] = attvalue.get("value")
        color = node.find(f"{{{VIZ13}}}color")
        rgb = tuple(int(color.get(c)) for c in "rgb")
        assert all(0 <= v <= 255 for v in rgb)
        colour_by_kind[values["kind"]].add(rgb)
        assert node.find(f"{{{VIZ13}}}shape").get("value") in {"disc", "square", "triangle", "diamond"}
    # One colour per kind, different kinds apart: the style table's colours.
    assert all(len(c) == 1 for c in colour_by_kind.values())
    assert len({next(iter(c)) for c in colour_by_kind.values()}) == len(colour_by_kind)
    edges = graph.find(q("edges")).findall(q("edge"))
    assert int(graph.find(q("edges")).get("count")) == len(edges)
    edge_ids = [e.get("id") for e in edges]
    assert len(edge_ids) == len(set(edge_ids))
    for edge in edges:
        assert edge.get("source") in ids and edge.get("target") in ids
        float(edge.get("weight"))
        for attvalue in edge.find(q("attvalues")):
            kind = declared[("edge", attvalue.get("for"))]
            if kind == "integer":
                int(attvalue.get("value"))
        assert edge.find(f"{{{VIZ13}}}shape").get("value") in {"solid", "dotted", "dashed", "double"}
        assert float(edge.find(f"{{{VIZ13}}}thickness").get("value")) >= 1.0
