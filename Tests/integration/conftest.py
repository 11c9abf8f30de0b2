"""Shared helpers for the integration tests: run the actorgraph binary on the fixture graph and
compute, independently of the Swift code, what each export must contain."""

import json
import os
import subprocess
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "special.json"
SYMMETRIC = {"coordinates_with"}


def binary() -> Path:
    path = Path(os.environ.get("ACTORGRAPH_BIN", ROOT / ".build" / "debug" / "actorgraph"))
    if not path.exists():
        pytest.fail(f"{path} not found: run `swift build` first or set ACTORGRAPH_BIN")
    return path


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary()), *args], capture_output=True, check=check)


def write_node_link(edges, path: Path) -> Path:
    """Writes a node-link graph of (doc, subject, relation, object) edges to `path`: actors as
    states, events written event:Place:date as event nodes with their place and date."""
    nodes, links = {}, []

    def node(name):
        if name not in nodes:
            if name.startswith("event:"):
                _, place, date = name.split(":")
                nodes[name] = {"id": name, "label": f"{place} {date}", "kind": "event", "place": place, "date": date}
            else:
                nodes[name] = {"id": name, "label": name, "kind": "state"}
        return name

    for doc, s, r, o in edges:
        links.append({"source": node(s), "target": node(o), "relation": r, "evidence": [{"doc": doc, "quote": "q"}]})
    path.write_text(json.dumps({"nodes": list(nodes.values()), "edges": links}), encoding="utf-8")
    return path


@pytest.fixture
def export(tmp_path):
    """export(fmt, source=FIXTURE, *extra) -> Path of the written file (or folder)."""

    def _export(fmt: str, source: Path = FIXTURE, *extra: str, name: str | None = None) -> Path:
        out = tmp_path / (name or f"out.{fmt}")
        result = run("export", str(source), "--format", fmt, "-o", str(out), *extra, check=False)
        assert result.returncode == 0, result.stderr.decode()
        return out

    return _export


def xml_clean(text: str) -> str:
    """What survives XML 1.0: characters it forbids are dropped by the exporter."""
    def allowed(c: str) -> bool:
        o = ord(c)
        return o in (0x9, 0xA, 0xD) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000
    return "".join(c for c in text if allowed(c))


def expected_graph():
    """The fixture as the graph model normalizes it: aliases trimmed, sorted, without the
    display name; symmetric edges with their ends in id order; evidence sorted; support = the
    number of distinct documents."""
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    nodes = {}
    for n in raw["nodes"]:
        aliases = sorted({a.strip() for a in n.get("aliases", []) if a.strip() and a.strip() != n["label"]})
        nodes[n["id"]] = {
            "name": n["label"], "kind": n["kind"], "aliases": aliases,
            "place": n.get("place"), "date": n.get("date"),
        }
    edges = {}
    for e in raw["edges"]:
        s, t = e["source"], e["target"]
        if e["relation"] in SYMMETRIC and t < s:
            s, t = t, s
        evidence = sorted(e["evidence"], key=lambda v: (v["doc"], v["sentence"], v["start"], v["end"], v["quote"]))
        edges[(s, e["relation"], t)] = {"evidence": evidence, "support": len({v["doc"] for v in evidence})}
    return nodes, edges


def check_read_back(G):
    """Asserts that a NetworkX graph read from one of our XML exports (GraphML, GEXF) holds the
    fixture's nodes, edges and attribute values; returns the nodes read (id → data) and the edges
    read ((subject, relation, object) → data), for checks of a format's own attributes."""
    nodes, edges = expected_graph()
    # Parallel relations (Iran backs and coordinates with Russia) make it a multigraph.
    assert isinstance(G, nx.MultiDiGraph)
    assert set(G.nodes) == {xml_clean(i) for i in nodes}
    for node_id, want in nodes.items():
        got = G.nodes[xml_clean(node_id)]
        assert got["label"] == xml_clean(want["name"])
        assert got["kind"] == want["kind"]
        assert json.loads(got.get("aliases", "[]")) == [xml_clean(a) for a in want["aliases"]]
        assert got.get("place") == want["place"]
        assert got.get("date") == want["date"]
    got_edges = {(u, d["relation"], v): (k, d) for u, v, k, d in G.edges(keys=True, data=True)}
    assert set(got_edges) == set(edges)
    for (s, rel, t), want in edges.items():
        key, data = got_edges[(s, rel, t)]
        assert key == f"{s}:{rel}:{t}"
        assert data["support"] == want["support"] and isinstance(data["support"], int)
        # Evidence is a JSON string: control characters survive as JSON escapes.
        assert json.loads(data["evidence"]) == want["evidence"]
    return dict(G.nodes(data=True)), {triple: data for triple, (_, data) in got_edges.items()}
