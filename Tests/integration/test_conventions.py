"""Command-line conventions: --version, - for standard input and output, --graph on export (and
its older argument), the shared filters on export, --json on build and eval, typed lists for
--relations and --kinds, and a build summary that names the files it wrote."""

import json
import subprocess

import networkx as nx

from conftest import ROOT, binary, run

SEEDS = ROOT / "output" / "graph.json"
GOLD = ROOT / "Tests" / "Fixtures" / "seeds-gold.jsonl"
ALIASES = ROOT / "Tests" / "Fixtures" / "seeds-aliases.tsv"


def run_with_input(data: bytes, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary()), *args], input=data, capture_output=True)


def test_version():
    result = run("--version")
    assert result.stdout.decode().strip().count(".") == 2


def test_graph_from_standard_input_in_any_readable_format(tmp_path):
    want = run("who", "--relation", "backs", "--object", "Assad").stdout
    for fmt in ["json", "graphml", "gexf", "cytoscape"]:
        data = run("export", "--format", fmt).stdout
        result = run_with_input(data, "who", "--graph", "-", "--relation", "backs", "--object", "Assad")
        assert result.returncode == 0, (fmt, result.stderr.decode())
        assert result.stdout == want, fmt


def test_export_takes_graph_as_option_or_argument_and_writes_dash_to_stdout(tmp_path):
    by_option = run("export", "--graph", str(SEEDS), "--format", "json", "-o", "-").stdout
    by_argument = run("export", str(SEEDS), "--format", "json").stdout
    assert by_option == by_argument == SEEDS.read_bytes()
    piped = run_with_input(SEEDS.read_bytes(), "export", "--graph", "-", "--format", "json")
    assert piped.stdout == by_option
    both = run("export", str(SEEDS), "--graph", str(SEEDS), "--format", "json", check=False)
    assert both.returncode != 0 and "give the graph once" in both.stderr.decode().splitlines()[0]


def test_export_applies_the_shared_filters():
    data = json.loads(run("export", "--format", "json", "--relations", "backs,opposes", "--kinds", "state,person",
                          "--min-support", "2").stdout)
    assert data["edges"] and {e["relation"] for e in data["edges"]} <= {"backs", "opposes"}
    assert {n["kind"] for n in data["nodes"]} <= {"state", "person"}
    assert all(e["support"] >= 2 for e in data["edges"])
    G = nx.node_link_graph(data, edges="edges")
    assert G.number_of_nodes() == len(data["nodes"])


def test_relation_and_kind_lists_are_checked_when_parsed():
    for args in (["who", "--relations", "backs,likes"], ["path", "Iran", "Russia", "--kinds", "planet"],
                 ["export", "--format", "json", "--relations", "likes"]):
        result = run(*args, check=False)
        assert result.returncode != 0
        assert result.stderr.decode().startswith("Error: The value"), args
    for option, values in (("--relations", "backs, opposes, coordinates_with, attended, represents, member_of"),
                           ("--kinds", "state, organization, armed_group, person, event")):
        assert values in " ".join(run("who", "--help").stdout.decode().split())


def test_build_json_summary_and_the_files_it_names(tmp_path):
    result = run("build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--format", "svg,json", "--json")
    summary = json.loads(result.stdout)
    assert summary["documents"] == 5 and summary["actors"] > 0 and summary["relations"] > 0
    assert summary["files"] == ["graph.sqlite", "graph.json", "graph.dot", "graph.svg", "graph.layout.json", "graph.html", "report.md"]
    assert all((tmp_path / "out" / name).exists() for name in summary["files"])
    line = run("build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--format", "svg,json").stdout.decode()
    assert "wrote graph.sqlite, graph.json, graph.dot, graph.svg, graph.layout.json, graph.html and report.md into" in line


def test_eval_json_scores(tmp_path):
    text = run("eval", str(GOLD), "--aliases", str(ALIASES), "--graph", str(SEEDS)).stdout.decode()
    scores = json.loads(run("eval", str(GOLD), "--aliases", str(ALIASES), "--graph", str(SEEDS), "--json").stdout)
    assert f"F1 {scores['overall']['f1']:.3f}" in text
    assert [row["relation"] for row in scores["relations"]][:2] == ["backs", "opposes"]
    assert {"gold", "predicted", "true_positives", "precision", "recall", "f1"} <= set(scores["overall"])
    assert all(len(t) == 3 for t in scores["missed"] + scores["spurious"])
    piped = run_with_input(GOLD.read_bytes(), "eval", "-", "--aliases", str(ALIASES), "--graph", str(SEEDS), "--json")
    assert json.loads(piped.stdout) == scores
