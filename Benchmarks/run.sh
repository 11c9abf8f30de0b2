#!/usr/bin/env bash
# Runs the query benchmark: generates a synthetic actor graph, times ActorGraphQueries on it
# (release build), then python-igraph and NetworkX on the same files, and prints one table.
#
#   Benchmarks/run.sh [NODES EDGES] [--skip networkx] [--skip igraph]
#   Benchmarks/run.sh                  # 100k actors, 1M edges
#   Benchmarks/run.sh 1000000 10000000 --skip networkx
set -euo pipefail
cd "$(dirname "$0")/.."
NODES=${1:-100000}
EDGES=${2:-1000000}
shift $(( $# >= 2 ? 2 : $# ))
DIR=bench/out/graph-$NODES-$EDGES
VENV=Benchmarks/.venv

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r Benchmarks/requirements.txt
fi
swift build -c release --product QueryBenchmark >&2
BIN=$(swift build -c release --show-bin-path)/QueryBenchmark
if [ ! -f "$DIR/edges.tsv" ]; then
    echo "generating $NODES actors, $EDGES edges into $DIR" >&2
    "$BIN" generate --nodes "$NODES" --edges "$EDGES" --seed 20151030 --out "$DIR"
fi
ROWS=$(mktemp)
trap 'rm -f "$ROWS"' EXIT
"$BIN" run "$DIR" | tee -a "$ROWS" >&2
"$VENV/bin/python" Benchmarks/query_peers.py "$DIR" "$@" | tee -a "$ROWS" >&2
"$VENV/bin/python" - "$ROWS" "$NODES" "$EDGES" <<'PY'
import sys
rows, nodes, edges = sys.argv[1], sys.argv[2], sys.argv[3]
table, tools = {}, []
for line in open(rows):
    tool, metric, value = line.rstrip("\n").split("\t")
    if tool not in tools:
        tools.append(tool)
    table[(tool, metric)] = value
metrics = [
    ("load_s", "load time (s): parse text + build"),
    ("pair_us", "shortest path, mean of 100 pairs (µs)"),
    ("pair_check", "  check: total hops"),
    ("bfs_ms", "single-source BFS, best of 3 (ms)"),
    ("bfs_check", "  check: reached"),
    ("hop2_ms", "2-hop neighbourhood of the hub, best of 3 (ms)"),
    ("hop2_check", "  check: nodes"),
    ("bytes_per_edge", "index bytes per edge (exact)"),
    ("rss_bytes_per_edge", "RSS delta per edge (bytes)"),
]
print(f"{nodes} actors, {edges} edges")
width = max(len(label) for _, label in metrics)
print("| " + "metric".ljust(width) + " | " + " | ".join(tools) + " |")
print("|" + "-" * (width + 2) + "|" + "|".join("-" * (len(t) + 2) for t in tools) + "|")
for key, label in metrics:
    print("| " + label.ljust(width) + " | " + " | ".join(table.get((t, key), "n/a").ljust(len(t)) for t in tools) + " |")
PY
