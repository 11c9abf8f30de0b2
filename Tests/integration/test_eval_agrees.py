"""`actorgraph eval` must agree with the reference scorer score.py on the same inputs.

Predicted graphs are made from the seeds' gold with edges dropped, relations changed, spurious
edges added and names written as aliases (so the alias mapping is exercised), then both scorers
run on each and their tables must match line for line.
"""
import ast
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "Fixtures"
GOLD = FIXTURES / "seeds-gold.jsonl"
ALIASES = FIXTURES / "seeds-aliases.tsv"
SCORE = FIXTURES / "score.py"
from conftest import binary


def alias_rows():
    rows = {}
    for line in ALIASES.read_text(encoding="utf-8").splitlines()[1:]:
        canonical, kind, forms = (line.split("\t") + ["", ""])[:3]
        rows[canonical] = (kind, [f for f in forms.split("|") if f])
    return rows


def perturbed_graph(seed):
    rng = random.Random(seed)
    kinds = alias_rows()
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    nodes, edges = {}, []

    def node(name):
        if name.startswith("event:"):
            _, place, date = name.split(":", 2)
            nodes[name] = {"id": name, "label": f"{place} {date}", "kind": "event", "place": place, "date": date}
        elif name not in nodes:
            kind, forms = kinds[name]
            label = rng.choice([name] + forms) if forms and seed else name
            nodes[name] = {"id": name, "label": label, "kind": kind, "aliases": []}
        return name

    for row in gold:
        roll = rng.random()
        if seed and roll < 0.2:
            continue  # missed
        relation = row["relation"]
        if seed and roll > 0.9 and relation in ("backs", "opposes"):
            relation = "opposes" if relation == "backs" else "backs"  # wrong relation
        subject, obj = node(row["subject"]), node(row["object"])
        if relation == "coordinates_with" and rng.random() < 0.5:
            subject, obj = obj, subject  # symmetric: either order
        edges.append({"source": subject, "target": obj, "relation": relation,
                      "evidence": [{"doc": row["doc"], "sentence": 0, "quote": row.get("evidence", ""), "start": 0, "end": 0}]})
    states = [n for n in nodes if nodes[n]["kind"] == "state"]
    for _ in range(5 if seed else 0):  # spurious
        a, b = rng.sample(states, 2)
        edges.append({"source": a, "target": b, "relation": "opposes", "evidence": []})
    unique = {(e["source"], e["relation"], e["target"]): e for e in edges}
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": list(nodes.values()), "edges": list(unique.values())}


def errors(output, python):
    """The missed and spurious triples, as sets of tuples."""
    found = {"-": set(), "+": set()}
    for line in output.splitlines():
        if line.startswith(("  - ", "  + ")):
            body = line[4:]
            triple = ast.literal_eval(body) if python else tuple(body.strip("()").split(", "))
            found[line[2]].add(triple)
    return found


def table(lines):
    return [line for line in lines.splitlines() if line.strip() and not line.startswith(("missed", "spurious", "  "))]


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_eval_agrees_with_reference_scorer(tmp_path, seed):
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(perturbed_graph(seed)), encoding="utf-8")
    reference = subprocess.run([sys.executable, str(SCORE), str(GOLD), str(graph), "--aliases", str(ALIASES), "--show-errors"],
                               capture_output=True, text=True, check=True).stdout
    ours = subprocess.run([str(binary()), "eval", str(GOLD), "--aliases", str(ALIASES), "--graph", str(graph), "--show-errors"],
                          capture_output=True, text=True, check=True).stdout
    assert table(ours) == table(reference)
    assert errors(ours, python=False) == errors(reference, python=True)
    if seed == 0:
        assert "F1 1.000" in ours  # the gold itself scores perfectly


def test_committed_seeds_graph_agrees():
    graph = ROOT / "output" / "graph.json"
    assert graph.exists(), "output/graph.json is missing: run `make run`"
    reference = subprocess.run([sys.executable, str(SCORE), str(GOLD), str(graph), "--aliases", str(ALIASES)],
                               capture_output=True, text=True, check=True).stdout
    ours = subprocess.run([str(binary()), "eval", str(GOLD), "--aliases", str(ALIASES), "--graph", str(graph)],
                          capture_output=True, text=True, check=True).stdout
    assert table(ours) == table(reference)


def test_eval_errors_are_one_line(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "a"}\n', encoding="utf-8")
    result = subprocess.run([str(binary()), "eval", str(bad), "--graph", str(tmp_path / "none.json")], capture_output=True, text=True)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "gold.jsonl:1:" in result.stderr
