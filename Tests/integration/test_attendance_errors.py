"""scripts/attendance-errors.py sorts attendance errors by cause; its counts must agree with the
reference scorer's attended row on the same inputs, and each cause must be the one its definition
gives."""
import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import write_node_link

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "Fixtures"
GOLD = FIXTURES / "seeds-gold.jsonl"
ALIASES = FIXTURES / "seeds-aliases.tsv"
SCRIPT = ROOT / "scripts" / "attendance-errors.py"


def graph_from(edges, tmp_path):
    """A node-link graph of (doc, subject, relation, object) edges, events as event:Place:date."""
    return write_node_link(edges, tmp_path / "graph.json")


def run(graph):
    out = subprocess.run([sys.executable, str(SCRIPT), str(GOLD), str(graph), "--aliases", str(ALIASES), "--summary"],
                         capture_output=True, text=True, check=True).stdout
    counts = dict((k.strip(), int(v)) for k, v in re.findall(r"^\s+([a-z ,]+): (\d+)$", out, re.M))
    per_document = re.search(r"attended, per document: (\d+) gold, (\d+) predicted, (\d+) right", out)
    corpus = re.search(r"over the corpus \(as score.py counts\): (\d+) gold, (\d+) predicted, (\d+) right", out)
    return counts, tuple(int(x) for x in per_document.groups()), tuple(int(x) for x in corpus.groups())


def test_counts_agree_with_the_scorer_and_causes_follow_their_definitions(tmp_path):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    attended = [g for g in gold if g["relation"] == "attended"]
    kept = attended[2:]
    first = attended[0]
    edges = [(g["doc"], g["subject"], "attended", g["object"]) for g in kept]
    # The first gold edge's actor under another day: a wrong key, and its own edge missed.
    place = first["object"].split(":")[1]
    edges.append((first["doc"], first["subject"], "attended", f"event:{place}:1999-01-01"))
    # An actor no gold edge of that document names attending: not there.
    edges.append((first["doc"], "Atlantis", "attended", first["object"]))
    graph = graph_from(edges, tmp_path)
    counts, (ngold, npred, right), corpus = run(graph)
    score = subprocess.run([sys.executable, str(FIXTURES / "score.py"), str(GOLD), str(graph), "--aliases", str(ALIASES)],
                           capture_output=True, text=True, check=True).stdout
    row = re.search(r"^attended\s+(\d+)\s+(\d+)\s+(\d+)", score, re.M)
    assert corpus == tuple(int(x) for x in row.groups())
    assert npred == len(edges) and right == len(edges) - 2
    assert counts["wrong, key"] == 1
    assert counts["wrong, not there"] == 1
    missed = ngold - right
    assert sum(counts[c] for c in ("missed, no such meeting", "missed, actor unseen", "missed, frame")) == missed
    assert missed >= 2  # at least the two gold edges left out of the graph
