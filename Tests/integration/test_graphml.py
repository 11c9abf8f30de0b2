"""GraphML: NetworkX's read_graphml reads our file back exactly, parallel relations included,
and we read GraphML that NetworkX writes."""

import json

import networkx as nx

from conftest import check_read_back, run


def test_networkx_reads_every_node_edge_and_attribute(export):
    check_read_back(nx.read_graphml(export("graphml")))


def test_parallel_relations_are_separate_edges(export):
    G = nx.read_graphml(export("graphml"))
    odd = 'odd id <&> "q"'
    assert G.number_of_edges(odd, "iran") == 2
    assert {d["relation"] for d in G[odd]["iran"].values()} == {"backs", "opposes"}


def test_export_import_export_is_byte_identical(export, tmp_path):
    first = export("graphml", name="first.graphml")
    second = export("graphml", first, name="second.graphml")
    assert first.read_bytes() == second.read_bytes()
    # And graph.json read from the GraphML equals graph.json written from the fixture, except
    # for characters XML cannot carry (the fixture has some), so compare through GraphML twice.
    via_graphml = export("json", first, name="via.json")
    again = export("json", export("graphml", via_graphml, name="third.graphml"), name="again.json")
    assert via_graphml.read_bytes() == again.read_bytes()


def test_imports_graphml_written_by_networkx(export, tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("us", label="United States", kind="state", aliases=json.dumps(["Washington", "the U.S."]))
    G.add_node("hts", label='Hay\'at Tahrir al-Sham "HTS" <&>', kind="armed-group")
    G.add_node("geneva", kind="event", place="Geneva", date="2016-01-29")
    G.add_node("ri", label="Rebel Incorporated", kind="organization")
    evidence = [{"doc": "x.txt", "sentence": 2, "quote": "The U.S. opposes HTS.", "start": 3, "end": 24}]
    G.add_edge("us", "hts", key="opposes", relation="opposes", evidence=json.dumps(evidence))
    G.add_edge("us", "hts", key="backs", relation="backs")
    G.add_edge("us", "geneva", key="attended", relation="attended")
    G.add_edge("ri", "us", key="coordinates_with", relation="coordinates_with")
    source = tmp_path / "networkx.graphml"
    nx.write_graphml(G, source)

    graph = json.loads(export("json", source, name="from-nx.json").read_text(encoding="utf-8"))
    expected = {
        "directed": True, "multigraph": True, "graph": {},
        "nodes": [
            {"id": "geneva", "label": "geneva", "kind": "event", "aliases": [], "place": "Geneva", "date": "2016-01-29"},
            {"id": "hts", "label": 'Hay\'at Tahrir al-Sham "HTS" <&>', "kind": "armed_group", "aliases": []},
            {"id": "ri", "label": "Rebel Incorporated", "kind": "organization", "aliases": []},
            {"id": "us", "label": "United States", "kind": "state", "aliases": ["Washington", "the U.S."]},
        ],
        "edges": [
            {"source": "ri", "target": "us", "key": "coordinates_with", "relation": "coordinates_with", "support": 0, "evidence": []},
            {"source": "us", "target": "hts", "key": "backs", "relation": "backs", "support": 0, "evidence": []},
            {"source": "us", "target": "hts", "key": "opposes", "relation": "opposes", "support": 1, "evidence": evidence},
            {"source": "us", "target": "geneva", "key": "attended", "relation": "attended", "support": 0, "evidence": []},
        ],
    }
    assert graph == expected


def test_bad_graphml_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.graphml"
    bad.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="a"/></graph></graphml>')
    result = run("export", str(bad), "--format", "json", check=False)
    assert result.returncode != 0
    message = result.stderr.decode().strip()
    assert message.count("\n") == 0 and str(bad) in message and "kind" in message


def test_yed_flavour_reads_like_plain_graphml(export):
    plain = nx.read_graphml(export("graphml"))
    yed_path = export("graphml-yed", name="yed.graphml")
    yed = nx.read_graphml(yed_path)
    assert set(yed.nodes) == set(plain.nodes)
    for node in plain.nodes:
        assert yed.nodes[node]["label"] == plain.nodes[node]["label"]
        assert yed.nodes[node]["kind"] == plain.nodes[node]["kind"]
        assert yed.nodes[node]["shape_type"] in {"roundrectangle", "hexagon", "octagon", "ellipse", "rectangle3d"}
    assert sorted(yed.edges(keys=True)) == sorted(plain.edges(keys=True))
    # ActorGraph reads the yEd file back to the same graph.
    assert export("json", yed_path, name="from-yed.json").read_bytes() == export("json", export("graphml"), name="from-plain.json").read_bytes()
