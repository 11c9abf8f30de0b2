"""path, neighbors and who read graph.json without its evidence (NodeLinkOutline) and a store
through its index snapshot, decoding only what they print. What a user sees must not change:
every answer equals the one from graph.json read whole (standard input is always read whole),
and a damaged file gets the same one-line error as a command that reads the whole graph."""
import json
import subprocess

import pytest

from conftest import FIXTURE, ROOT, binary, run

SEEDS_GRAPH = ROOT / "output" / "graph.json"

QUERIES = {
    SEEDS_GRAPH: [
        ["path", "Jordan", "Assad", "--evidence"], ["path", "Kerry", "Lavrov", "--json"], ["path", "Iran", "Turkey", "--signed"],
        ["path", "Assad", "Russia", "--directed"], ["path", "Russia", "Russia"], ["path", "Jordan", "Assad", "--relations", "opposes"],
        ["path", "Kerry", "Lavrov", "--all"], ["path", "Jordan", "Assad", "--all", "--evidence", "--signed"], ["path", "Iran", "Turkey", "--all", "--json"],
        ["path", "Russia", "Russia", "--all"], ["path", "Iran", "Turkey", "--all", "--limit", "2", "--relations", "backs,opposes"],
        ["path", "Turkey", "Iran", "--simple", "--max-hops", "3", "--limit", "20"], ["path", "Jordan", "Assad", "--simple", "--max-hops", "2", "--json"],
        ["path", "Kerry", "Lavrov", "--simple", "--max-hops", "3", "--directed", "--evidence"], ["path", "Nobody", "Assad", "--all"],
        ["path", "Russia", "Jordan", "--simple", "--max-hops", "1", "--relations", "opposes"],
        ["neighbors", "Russia"], ["neighbors", "Assad", "--depth", "2", "--relations", "backs,opposes"], ["neighbors", "Iran", "--directed", "--json"],
        ["who", "--relation", "backs", "--object", "Assad"], ["who", "--subject", "Russia", "--evidence"], ["who", "--subject", "Russia", "--object", "Assad"],
        ["who", "--object", "Russia", "--relation", "coordinates_with", "--json"], ["who", "--subject", "Iran", "--relations", "backs,opposes"],
        ["who", "--subject", "Kerry"], ["path", "Nobody", "Assad"], ["who", "--subject", "Rusia"], ["neighbors", "al"],
    ],
    FIXTURE: [
        ["path", "Iran", "Odd & Co. ]]> --> <!--", "--evidence"], ["path", "quote-man", "Assad", "--json"],
        ["neighbors", "quote-man", "--depth", "3"], ["path", "quote-man", "Assad", "--all", "--evidence"],
        ["path", "quote-man", "Assad", "--simple", "--max-hops", "4", "--json"], ["who", "--subject", "Iran", "--evidence"], ["who", "--object", "Assad", "--json"],
        ["who", "--subject", "=cmd|' /C calc'!A0", "--evidence"], ["who", "--object", "Grupo Ñandú 🚀 中国 \x01ctrl\x7f"],
    ],
}


def whole(args, graph):
    """The answer from graph.json read whole: through standard input."""
    return subprocess.run([str(binary()), *args, "--graph", "-"], input=graph.read_bytes(), capture_output=True)


@pytest.mark.parametrize("graph,args", [(g, a) for g, queries in QUERIES.items() for a in queries])
def test_a_query_read_in_part_answers_as_the_whole_graph(graph, args, tmp_path):
    expected = whole(args, graph)
    from_json = run(*args, "--graph", str(graph), check=False)
    assert (from_json.returncode, from_json.stdout, from_json.stderr) == (expected.returncode, expected.stdout, expected.stderr), args
    store = tmp_path / "graph.sqlite"
    assert run("load", str(graph), "--store", str(store), check=False).returncode == 0
    from_store = run(*args, "--graph", str(store), check=False)
    assert (from_store.returncode, from_store.stdout, from_store.stderr) == (expected.returncode, expected.stdout, expected.stderr), args


def damaged(text: bytes):
    graph = json.loads(SEEDS_GRAPH.read_text(encoding="utf-8"))
    quote = graph["edges"][0]["evidence"][0]["quote"].encode()
    middle = len(text) // 2
    return {
        "truncated": text[:middle],
        "truncated in a quote": text[: text.index(quote) + 10],
        "garbled": text[: text.index(b"},", middle)] + b"}{][" + text[text.index(b"},", middle):],
        "not UTF-8 in a quote": text.replace(quote, quote[:5] + b"\xe9\xff" + quote[5:], 1),
        "a bad escape in a quote": text.replace(quote, quote[:5] + b"\\q" + quote[5:], 1),
        "evidence of the wrong type": text.replace(b'"sentence" : ', b'"sentence" : "', 1),
        "an unknown relation": text.replace(b'"relation" : "backs"', b'"relation" : "loves"', 1),
        "an edge to nobody": text.replace(b'"target" : "bashar-al-assad"', b'"target" : "<nobody \\"here\\">"', 1),
        "not JSON": b"\xff\xfe<graph>",
    }


@pytest.mark.parametrize("damage", list(damaged(SEEDS_GRAPH.read_bytes())))
def test_a_damaged_graph_json_gives_the_whole_readers_one_line_error(damage, tmp_path):
    bad = tmp_path / "graph.json"
    bad.write_bytes(damaged(SEEDS_GRAPH.read_bytes())[damage])
    # camps reads the whole graph: its error is the reader's.
    reference = run("camps", "--graph", str(bad), check=False)
    assert reference.returncode != 0 and reference.stdout == b""
    message = reference.stderr.decode()
    assert message.count("\n") == 1 and str(bad) in message, message
    for args in (["path", "Jordan", "Assad"], ["neighbors", "Russia"], ["who", "--subject", "Russia"]):
        result = run(*args, "--graph", str(bad), check=False)
        assert (result.returncode, result.stdout, result.stderr.decode()) == (reference.returncode, b"", message), (damage, args)
