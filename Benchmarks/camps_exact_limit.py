#!/usr/bin/env python3
"""How large a connected group `actorgraph camps` solves exactly in about a second.

Writes synthetic graph.json files of n states, times `actorgraph camps --exact-limit n` on each
(release build), and prints one row per graph: the family, n, ties, seconds, whether the result was
proven optimal (the branch and bound finished within its node budget), frustration and camps.

Families:
  news     sparse like extracted news graphs: 4 planted camps, each actor tied to ~4 others,
           10% of ties with the unexpected sign, support 1-3
  dense    every pair tied with probability 1/2, random sign, support 1-3: no structure, the
           hard case for the bounds

    swift build -c release --product actorgraph
    python3 Benchmarks/camps_exact_limit.py [--sizes 12,16,20,24,28,32] [--seeds 3]
    python3 Benchmarks/camps_exact_limit.py --sizes 1000,5000 --families news   # local search only
"""
import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def graph(family, n, seed):
    rng = random.Random(f"{family}-{n}-{seed}")
    ids = [f"s{i:03d}" for i in range(n)]
    nodes = [{"aliases": [], "id": i, "kind": "state", "label": i.upper()} for i in ids]
    pairs = []
    if family == "news":
        camp = [i % 4 for i in range(n)]
        # A random spanning tree keeps the group connected; then extra ties up to ~2n.
        for i in range(1, n):
            pairs.append((rng.randrange(i), i))
        while len(pairs) < 2 * n:
            a, b = rng.sample(range(n), 2)
            pairs.append((a, b))
        signed = []
        for a, b in pairs:
            friendly = camp[a] == camp[b]
            if rng.random() < 0.10:
                friendly = not friendly
            signed.append((a, b, friendly))
    else:
        signed = []
        for a in range(n):
            for b in range(a + 1, n):
                if rng.random() < 0.5:
                    signed.append((a, b, rng.random() < 0.5))
        # Connect: chain any isolated stretch with friendly ties (rarely needed at this density).
        for i in range(1, n):
            signed.append((i - 1, i, rng.random() < 0.5))
    edges = []
    seen = set()
    for a, b, friendly in signed:
        relation = "backs" if friendly else "opposes"
        key = (ids[a], relation, ids[b])
        if a == b or key in seen:
            continue
        seen.add(key)
        support = rng.randint(1, 3)
        evidence = [{"doc": f"doc{d}.txt", "end": 1, "quote": "q", "sentence": 0, "start": 0} for d in range(support)]
        edges.append({"evidence": evidence, "key": relation, "relation": relation, "source": ids[a],
                      "support": support, "target": ids[b]})
    return {"directed": True, "edges": edges, "graph": {}, "multigraph": True, "nodes": nodes}, len(edges)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="12,16,20,24,28,32")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--families", default="news,dense")
    parser.add_argument("--bin", default=str(ROOT / ".build/release/actorgraph"))
    args = parser.parse_args()
    print("family  n  ties  seconds  proven  frustration  camps")
    with tempfile.TemporaryDirectory() as tmp:
        for family in args.families.split(","):
            for n in map(int, args.sizes.split(",")):
                for seed in range(args.seeds):
                    data, ties = graph(family, n, seed)
                    path = Path(tmp) / f"{family}-{n}-{seed}.json"
                    path.write_text(json.dumps(data))
                    start = time.perf_counter()
                    # Past 64 (the largest --exact-limit) the group goes to the local search alone.
                    limit = str(n) if n <= 64 else "0"
                    result = subprocess.run([args.bin, "camps", "--json", "--graph", str(path), "--exact-limit", limit],
                                            capture_output=True, text=True)
                    seconds = time.perf_counter() - start
                    if result.returncode != 0:
                        sys.exit(result.stderr)
                    report = json.loads(result.stdout)
                    groups = report["groups"]
                    print(f"{family} {n} {ties} {seconds:.2f} {all(g['exact'] for g in groups)} "
                          f"{report['frustration']} {sum(g['camps'] for g in groups)}", flush=True)


if __name__ == "__main__":
    main()
