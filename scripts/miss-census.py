#!/usr/bin/env python3
"""A census of missed gold triples of one relation over several development splits.

    scripts/miss-census.py OUTDIR RELATION SPLIT... [--cue NAME] [--sample N]

OUTDIR/SPLIT/graph.json is the graph built from Tests/Fixtures/SPLIT/articles (for instance with
`actorgraph build Tests/Fixtures/SPLIT/articles --out OUTDIR/SPLIT`). For RELATION (backs, opposes,
coordinates_with, attended, represents) each gold triple the graph lacks is sorted by the words of
its evidence (fighting, accusing, condemning, striking, sanctions, expelling, or other) and by how
many of its two ends the graph names at all: a miss between two actors the graph has is a rule's
miss, one with an unknown end a name's. Prints the counts, then N missed triples of the category
--cue names (all categories when none is given), with their evidence.

Development splits only: a held-out split's errors are not read (Tests/Fixtures/README.md).
"""
import collections
import importlib.util
import os
import random
import re
import sys

# The project's copy of the reference scorer: aliases, canonical names, event keys.
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "Tests", "Fixtures", "score.py"))
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

CUES = [
    ("fight", r"\b(fight|fought|battl|clash|war\b|wars\b|warring|combat|confrontation|hostilit|offensive|insurgen)"),
    ("accuse", r"\b(accus|blame|charg)"),
    ("sanction", r"\b(sanction|embargo|boycott|freez|froze|ban\b|bans|banned)"),
    ("condemn", r"\b(condemn|denounc|critici|critic\b|slam|rebuk|attack on|attacked|reject|oppos|demand)"),
    ("strike", r"\b(strike|struck|bomb|shell|raid|air ?strike|missile|rocket|kill|invad|invasion|occup|seiz)"),
    ("expel", r"\b(expel|withdr|cut (diplomatic|ties)|sever)"),
]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    cue = argv[argv.index("--cue") + 1] if "--cue" in argv else None
    sample = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else 30
    if cue:
        args.remove(cue)
    if "--sample" in argv:
        args.remove(str(sample))
    if len(args) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out, relation, splits = args[0], args[1], args[2:]
    root = os.path.join(HERE, "..", "Tests", "Fixtures")
    categories = collections.Counter()
    known_ends = collections.Counter()
    examples = collections.defaultdict(list)
    for split in splits:
        folder = os.path.join(root, split)
        aliases = score.load_aliases(os.path.join(folder, f"{split}-aliases.tsv"))
        predicted = score.load_pred(os.path.join(out, split, "graph.json"), aliases, False)
        triples = {score.key(s, r, o) for _, s, r, o in predicted}
        names = {s for _, s, _, _ in predicted} | {o for _, _, _, o in predicted}
        for gold in score.load_jsonl(os.path.join(folder, f"{split}-gold.jsonl")):
            if gold["relation"] != relation:
                continue
            subject = score.canon(gold["subject"], aliases, False)
            obj = score.canon(gold["object"], aliases, False)
            if score.key(subject, relation, obj) in triples:
                continue
            evidence = gold["evidence"]
            category = next((name for name, pattern in CUES if re.search(pattern, evidence, re.I)), "other")
            categories[category] += 1
            known_ends[(subject in names) + (obj in names)] += 1
            examples[category].append(f"{split} | {gold['subject']} -> {gold['object']} | {evidence[:200]}")
    print(f"missed {relation}: {sum(categories.values())}")
    print("by cue:", ", ".join(f"{k} {v}" for k, v in categories.most_common()))
    print("ends the graph names (0/1/2):", ", ".join(f"{k}: {known_ends[k]}" for k in (0, 1, 2)))
    random.seed(1)
    for category in [cue] if cue else [k for k, _ in categories.most_common()]:
        rows = examples.get(category, [])
        print(f"\n## {category} ({len(rows)})")
        for row in random.sample(rows, min(sample, len(rows))):
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
