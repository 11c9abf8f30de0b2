"""scripts/miss-census.py counts a relation's missed gold triples, sorts them by their evidence's cue
words, and tells a miss between two actors the graph names from one with an unknown end."""
import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import write_node_link

ROOT = Path(__file__).resolve().parents[2]
SPLIT = "newsdev"
GOLD = ROOT / "Tests" / "Fixtures" / SPLIT / f"{SPLIT}-gold.jsonl"
SCRIPT = ROOT / "scripts" / "miss-census.py"


def write_graph(triples, out):
    """A node-link graph of (subject, relation, object) triples under out/SPLIT/graph.json."""
    (out / SPLIT).mkdir(parents=True)
    write_node_link([("x", s, r, o) for s, r, o in triples], out / SPLIT / "graph.json")


def census(out, relation):
    return subprocess.run([sys.executable, str(SCRIPT), str(out), relation, SPLIT, "--sample", "50"],
                          capture_output=True, text=True, check=True).stdout


def test_a_dropped_triple_is_counted_under_its_cue_and_its_known_ends(tmp_path):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    opposes = [g for g in gold if g["relation"] == "opposes"]
    dropped = next(g for g in opposes if re.search(r"\b(accus|blame|charg)", g["evidence"], re.I))
    same = lambda g: (g["subject"], g["relation"], g["object"]) == (dropped["subject"], "opposes", dropped["object"])
    kept = [(g["subject"], g["relation"], g["object"]) for g in gold if not same(g)]
    # Both ends stay in the graph through some other edge, so the miss is a rule's.
    kept.append((dropped["subject"], "represents", "Elsewhere"))
    kept.append(("Elsewhere", "represents", dropped["object"]))
    write_graph(kept, tmp_path)
    out = census(tmp_path, "opposes")
    missed = int(re.search(r"missed opposes: (\d+)", out).group(1))
    expected = sum(1 for g in gold if same(g))
    assert missed == expected, out
    # Every missed line is listed under one cue, with its evidence.
    assert sum(int(n) for n in re.findall(r"(?:fight|accuse|sanction|condemn|strike|expel|other) (\d+)", out.splitlines()[1])) == expected
    for g in gold:
        if same(g):
            assert g["evidence"][:200] in out
    assert "ends the graph names (0/1/2): 0: 0, 1: 0, 2: " in out


def test_an_actor_the_graph_never_names_is_an_unknown_end(tmp_path):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    backs = [g for g in gold if g["relation"] == "backs"]
    target = backs[0]["object"]
    kept = [(g["subject"], g["relation"], g["object"]) for g in gold
            if g["object"] != target and g["subject"] != target]
    write_graph(kept, tmp_path)
    out = census(tmp_path, "backs")
    counts = re.search(r"ends the graph names \(0/1/2\): 0: (\d+), 1: (\d+), 2: (\d+)", out)
    assert int(counts.group(1)) + int(counts.group(2)) >= 1, out
