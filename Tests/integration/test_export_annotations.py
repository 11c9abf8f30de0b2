"""What the exports add for Gephi and Cytoscape users: each actor's camp (as `actorgraph camps`
splits the graph) in GraphML, GEXF and Cytoscape JSON, and GEXF times from event dates."""

import json
import re

import networkx as nx

from conftest import ROOT, run

SEEDS = ROOT / "output" / "graph.json"


def camps_by_actor():
    report = json.loads(run("camps", "--graph", str(SEEDS), "--json").stdout)
    return {m["id"]: (i + 1, camp["label"]) for i, camp in enumerate(report["camps"]) for m in camp["members"]}


def export(fmt, tmp_path, *extra):
    out = tmp_path / f"out.{fmt}"
    result = run("export", "--graph", str(SEEDS), "--format", fmt, "-o", str(out), *extra, check=False)
    assert result.returncode == 0, result.stderr.decode()
    return out


def test_camps_are_node_attributes_in_graphml_gexf_and_cytoscape(tmp_path):
    want = camps_by_actor()
    assert want["russia"][0] != want["united-states"][0]
    readers = {
        "graphml": nx.read_graphml,
        "gexf": lambda p: nx.read_gexf(p, version="1.3"),
        "cytoscape": lambda p: nx.cytoscape_graph(json.loads(p.read_text(encoding="utf-8"))),
    }
    for fmt, read in readers.items():
        G = read(export(fmt, tmp_path))
        got = {n: (int(d["camp"]), d["camp_label"]) for n, d in G.nodes(data=True) if "camp" in d}
        assert got == want, fmt


def test_no_camps_leaves_them_out(tmp_path):
    assert 'key="camp"' not in export("graphml", tmp_path, "--no-camps").read_text(encoding="utf-8")


def test_gexf_dates_are_times_for_the_timeline(tmp_path):
    text = export("gexf", tmp_path).read_text(encoding="utf-8")
    assert 'mode="dynamic" timeformat="date"' in text
    assert re.search(r'<node id="event-vienna-2015-10-30" [^>]*start="2015-10-30" end="2015-10-30"', text)
    # Every edge to a dated event lives on its day; other edges have no time.
    G = nx.read_gexf(export("gexf1.2", tmp_path), version="1.2draft")
    for u, v, d in G.edges(data=True):
        date = G.nodes[v].get("date")
        if G.nodes[v]["kind"] == "event" and date:
            assert (d.get("start"), d.get("end")) == (date, date)
        elif G.nodes[u]["kind"] != "event":
            assert "start" not in d


def test_layout_positions_in_graphml_gexf_and_cytoscape(tmp_path):
    nodes = {n["id"] for n in json.loads(SEEDS.read_text(encoding="utf-8"))["nodes"]}
    G = nx.read_graphml(export("graphml", tmp_path, "--layout", "dot"))
    graphml = {n: (d["x"], d["y"]) for n, d in G.nodes(data=True)}
    assert set(graphml) == nodes and all(isinstance(x, float) for xy in graphml.values() for x in xy)
    assert len(set(graphml.values())) == len(nodes)
    G = nx.read_gexf(export("gexf", tmp_path, "--layout", "dot"), version="1.3")
    assert {n: (d["viz"]["position"]["x"], d["viz"]["position"]["y"]) for n, d in G.nodes(data=True)} == graphml
    cyjs = json.loads(export("cytoscape", tmp_path, "--layout", "dot").read_text(encoding="utf-8"))
    # Cytoscape's y grows downwards.
    assert {n["data"]["id"]: (n["position"]["x"], -n["position"]["y"]) for n in cyjs["elements"]["nodes"]} == graphml
    # Deterministic: the same layout twice.
    assert export("gexf", tmp_path, "--layout", "dot").read_bytes() == export("gexf", tmp_path, "--layout", "dot").read_bytes()


def test_yed_graphics_start_from_the_layout(tmp_path):
    from lxml import etree
    G = nx.read_graphml(export("graphml", tmp_path, "--layout", "dot"))
    tree = etree.parse(str(export("graphml-yed", tmp_path, "--layout", "dot")))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
    for node in tree.findall(".//g:node", ns):
        geometry = node.find(".//y:Geometry", ns)
        centre = (float(geometry.get("x")) + float(geometry.get("width")) / 2, -(float(geometry.get("y")) + 20))
        want = (G.nodes[node.get("id")]["x"], G.nodes[node.get("id")]["y"])
        assert abs(centre[0] - want[0]) < 0.02 and abs(centre[1] - want[1]) < 0.02
