#!/usr/bin/env bash
# Times the product path: a cold `actorgraph path A B --graph graph.json` (a new process that reads
# graph.json, builds the index and answers) and the same from a store made of it with
# `actorgraph load` (a new process that reads the store's index snapshot and the path's rows), against NetworkX (json.load + node_link_graph +
# shortest_path) and python-igraph (Graph.Read_GraphML of our exported GraphML + get_shortest_path),
# each a new process, wall time and peak RSS from /usr/bin/time -v, best of RUNS (default 3); then
# the phases of opening in one process (Benchmarks/OpenBenchmark: read, tokenize, ActorGraph, index).
#
#   Benchmarks/open.sh [NODES EDGES] [--style ours|networkx] [--baseline BIN] [--skip networkx] [--skip igraph]
#   Benchmarks/open.sh                               # 100k actors, 1M edges, graph.json as actorgraph writes it
#   Benchmarks/open.sh 10000 100000 --style networkx # 10k actors, 100k edges, as NetworkX's json.dump writes it
#
# --baseline BIN adds a row for another actorgraph binary on the same files (for instance one built
# from 9398b7d, the last commit that read graph.json with JSONDecoder).
set -euo pipefail
cd "$(dirname "$0")/.."
NODES=100000
EDGES=1000000
if [ $# -ge 2 ] && [[ $1 =~ ^[0-9]+$ ]]; then NODES=$1; EDGES=$2; shift 2; fi
STYLE=ours
BASELINE=""
SKIP=""
RUNS=${RUNS:-3}
while [ $# -gt 0 ]; do
    case $1 in
        --style) STYLE=$2; shift 2 ;;
        --baseline) BASELINE=$2; shift 2 ;;
        --skip) SKIP="$SKIP $2"; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
DIR=bench/out/nodelink-$NODES-$EDGES-$STYLE
VENV=Benchmarks/.venv

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r Benchmarks/requirements.txt
fi
swift build -c release --product actorgraph >&2
swift build -c release --product OpenBenchmark >&2
BIN=$(swift build -c release --show-bin-path)/actorgraph
PHASES=$(swift build -c release --show-bin-path)/OpenBenchmark
if [ ! -f "$DIR/graph.json" ]; then
    echo "generating $NODES actors, $EDGES edges ($STYLE) into $DIR" >&2
    "$VENV/bin/python" Benchmarks/make-graph-json.py "$NODES" "$EDGES" "$DIR" --style "$STYLE"
fi
read -r A B < "$DIR/pair.tsv"
if [ ! -f "$DIR/graph.sqlite" ] || [ "$DIR/graph.json" -nt "$DIR/graph.sqlite" ]; then
    echo "loading $DIR/graph.json into $DIR/graph.sqlite" >&2
    LOADLOG=$(mktemp)
    /usr/bin/time -v "$BIN" load "$DIR/graph.json" --store "$DIR/graph.sqlite" 2>"$LOADLOG" >&2
    awk -F': ' '/Elapsed \(wall clock\)/ { print "load: wall " $2 } /Maximum resident set size/ { print "load: peak RSS " int($2 / 1024) " MB" }' "$LOADLOG" >&2
    rm -f "$LOADLOG"
fi
if [[ $SKIP != *igraph* ]] && [ ! -f "$DIR/graph.graphml" ]; then
    echo "exporting $DIR/graph.graphml for igraph" >&2
    "$BIN" export --format graphml --no-camps --graph "$DIR/graph.json" -o "$DIR/graph.graphml"
fi

# measure chain|number COMMAND...: runs COMMAND RUNS times under /usr/bin/time -v and prints
# "hops<TAB>best wall s<TAB>peak RSS MB of that run". Its output is `actorgraph path`'s chain (the
# hops are its "(support)" marks) or a number of hops.
measure() {
    local form=$1 best="" rss="" hops="" out log wall kb
    shift
    for _ in $(seq "$RUNS"); do
        log=$(mktemp)
        out=$(/usr/bin/time -v "$@" 2>"$log")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
        kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
        rm -f "$log"
        if [ "$form" = chain ]; then
            hops=$(printf '%s\n' "$out" | grep -o '([0-9]*)' | wc -l)
        else
            hops=$(printf '%s\n' "$out" | tail -n 1)
        fi
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$wall
            rss=$((kb / 1024))
        fi
    done
    printf '%s\t%s\t%s\n' "$hops" "$best" "$rss"
}

SIZE=$(du -m "$DIR/graph.json" | cut -f1)
STORE_SIZE=$(du -m "$DIR/graph.sqlite" | cut -f1)
ROWS=$(mktemp)
trap 'rm -f "$ROWS"' EXIT
echo "running: $BIN path $A $B --graph $DIR/graph.json" >&2
printf 'actorgraph path (graph.json, this build)\t%s\n' "$(measure chain "$BIN" path "$A" "$B" --graph "$DIR/graph.json")" >> "$ROWS"
echo "running: $BIN path $A $B --graph $DIR/graph.sqlite" >&2
printf 'actorgraph path (store, this build)\t%s\n' "$(measure chain "$BIN" path "$A" "$B" --graph "$DIR/graph.sqlite")" >> "$ROWS"
if [ -n "$BASELINE" ]; then
    echo "running: $BASELINE path …" >&2
    printf 'actorgraph path (graph.json, %s)\t%s\n' "$(basename "$BASELINE")" "$(measure chain "$BASELINE" path "$A" "$B" --graph "$DIR/graph.json")" >> "$ROWS"
fi
if [[ $SKIP != *networkx* ]]; then
    echo "running: NetworkX" >&2
    printf 'NetworkX json.load + node_link_graph + shortest_path\t%s\n' "$(measure number "$VENV/bin/python" Benchmarks/open_peers.py networkx "$DIR/graph.json" "$A" "$B")" >> "$ROWS"
fi
if [[ $SKIP != *igraph* ]]; then
    echo "running: igraph" >&2
    printf 'igraph Read_GraphML + get_shortest_path\t%s\n' "$(measure number "$VENV/bin/python" Benchmarks/open_peers.py igraph "$DIR/graph.graphml" "$A" "$B")" >> "$ROWS"
fi

echo "running: OpenBenchmark (phases in one process)" >&2
"$PHASES" "$DIR/graph.json" "$RUNS" > "$ROWS.phases"

echo "$NODES actors, $EDGES edges, graph.json $SIZE MB ($STYLE style), graph.sqlite $STORE_SIZE MB; best of $RUNS cold processes"
echo "| command | hops | wall (s) | peak RSS (MB) |"
echo "|---|---|---|---|"
while IFS=$'\t' read -r name hops wall rss; do
    echo "| $name | $hops | $wall | $rss |"
done < "$ROWS"
echo
echo "| phase, in one process (OpenBenchmark, best of $RUNS) | |"
echo "|---|---|"
while IFS=$'\t' read -r name value; do
    echo "| $name | $value |"
done < "$ROWS.phases"
rm -f "$ROWS.phases"
