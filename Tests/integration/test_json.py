"""Node-link graph.json and Cytoscape.js JSON, read by NetworkX's own readers."""

import json

import networkx as nx

from conftest import expected_graph


def check(G, name_attr):
    nodes, edges = expected_graph()
    assert isinstance(G, nx.MultiDiGraph)
    assert set(G.nodes) == set(nodes)
    for node_id, want in nodes.items():
        got = G.nodes[node_id]
        assert got[name_attr] == want["name"]  # JSON carries every character, controls included
        assert got["kind"] == want["kind"] and got["aliases"] == want["aliases"]
        assert got.get("place") == want["place"] and got.get("date") == want["date"]
    got_edges = {(u, d["relation"], v): (k, d) for u, v, k, d in G.edges(keys=True, data=True)}
    assert set(got_edges) == set(edges)
    for (s, rel, t), want in edges.items():
        key, data = got_edges[(s, rel, t)]
        assert key == rel
        assert data["support"] == want["support"] and data["evidence"] == want["evidence"]


def test_networkx_reads_node_link_json(export):
    data = json.loads(export("json").read_text(encoding="utf-8"))
    check(nx.node_link_graph(data, edges="edges"), "label")


def test_networkx_reads_cytoscape_json(export):
    data = json.loads(export("cytoscape").read_text(encoding="utf-8"))
    check(nx.cytoscape_graph(data), "name")
    ids = [e["data"]["id"] for e in data["elements"]["nodes"] + data["elements"]["edges"]]
    assert len(ids) == len(set(ids)), "Cytoscape.js needs unique element ids"


def test_json_export_import_export_is_byte_identical(export):
    first = export("json", name="first.json")
    assert export("json", first, name="second.json").read_bytes() == first.read_bytes()


def test_imports_node_link_json_written_by_networkx(export, tmp_path):
    """NetworkX's node_link_data with graph attributes, integer node ids and integer edge keys."""
    G = nx.MultiDiGraph(name="from networkx", created=2024)
    G.add_node(1, kind="state", label="Iran")
    G.add_node(2, kind="armed_group", name="Hezbollah")
    G.add_edge(1, 2, relation="backs", weight=3.5)
    G.add_edge(1, 2, relation="coordinates_with")
    source = tmp_path / "nx.json"
    source.write_text(json.dumps(nx.node_link_data(G, edges="edges")), encoding="utf-8")
    H = nx.node_link_graph(json.loads(export("json", source, name="ours.json").read_text(encoding="utf-8")), edges="edges")
    assert dict(H.nodes(data="label")) == {"1": "Iran", "2": "Hezbollah"}
    assert sorted((u, v, k) for u, v, k in H.edges(keys=True)) == [("1", "2", "backs"), ("1", "2", "coordinates_with")]
