#!/usr/bin/env python3
"""Sorts the attendance errors of a graph against gold edges, per document, by cause.

usage: scripts/attendance-errors.py GOLD.jsonl GRAPH.json --aliases ALIASES.tsv [--summary]

Names and events are matched exactly as Tests/Fixtures/score.py matches them (this script uses its
functions), but an edge is counted once per document that states it; the last lines give both
counts, the second as score.py counts (once over the corpus). For each document it prints the gold and the predicted meetings (with how many
attendees each), then every error with its cause:

  missed, no such meeting   no predicted attendee has the gold meeting's place and date in that
                            document: the meeting was missed or keyed to another place or day
  missed, actor unseen      the attendee is no node of the graph at all: a name not recognised
  missed, frame             the meeting and the actor are there, the sentence was not read
  wrong, key                the actor attended a gold meeting of that document, under another key
  wrong, not there          the actor attended no gold meeting of that document

Use it on development material only: reading a held-out split's errors spends the split.
"""
import importlib.util
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "Tests", "Fixtures", "score.py"))
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def main(argv):
    if len(argv) < 2 or "--aliases" not in argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    aliases_path = argv[argv.index("--aliases") + 1]
    gold_path, graph_path = [a for a in argv if not a.startswith("--") and a != aliases_path][:2]
    summary_only = "--summary" in argv
    aliases = score.load_aliases(aliases_path)
    gold = {(g["doc"], score.canon(g["subject"], aliases, False), score.canon(g["object"], aliases, False))
            for g in score.load_jsonl(gold_path) if g["relation"] == "attended"}
    triples = score.load_pred(graph_path, aliases, False)
    pred = {(d, s, o) for d, s, r, o in triples if r == "attended"}
    actors = {s for _, s, _, _ in triples} | {o for _, _, _, o in triples}
    causes = Counter()
    lines = defaultdict(list)
    for doc, s, o in sorted(gold - pred):
        if not any(d == doc and po == o for d, _, po in pred):
            cause = "missed, no such meeting"
        elif s not in actors:
            cause = "missed, actor unseen"
        else:
            cause = "missed, frame"
        causes[cause] += 1
        lines[doc].append(f"  {cause}: {s} → {o}")
    for doc, s, o in sorted(pred - gold):
        cause = "wrong, key" if any(d == doc and gs == s for d, gs, _ in gold) else "wrong, not there"
        causes[cause] += 1
        lines[doc].append(f"  {cause}: {s} → {o}")
    if not summary_only:
        for doc in sorted({d for d, _, _ in gold | pred}, key=lambda d: d or ""):
            meetings = lambda edges: sorted(Counter(o for d, _, o in edges if d == doc).items())
            print(doc)
            print("  gold:", ", ".join(f"{o} ({n})" for o, n in meetings(gold)))
            print("  predicted:", ", ".join(f"{o} ({n})" for o, n in meetings(pred)))
            for line in lines[doc]:
                print(line)
    right = len(gold & pred)
    print(f"attended, per document: {len(gold)} gold, {len(pred)} predicted, {right} right")
    corpus = lambda edges: {(s, o) for _, s, o in edges}
    print(f"attended, over the corpus (as score.py counts): {len(corpus(gold))} gold, {len(corpus(pred))} predicted, "
          f"{len(corpus(gold) & corpus(pred))} right")
    for cause in ["missed, no such meeting", "missed, actor unseen", "missed, frame", "wrong, key", "wrong, not there"]:
        print(f"  {cause}: {causes[cause]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
