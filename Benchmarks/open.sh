#!/usr/bin/env bash
# Times the product path: a cold `actorgraph path A B --graph graph.json` (a new process that reads
# graph.json, builds the index and answers) and the same from a store made of it with
# `actorgraph load` (a new process that reads the store's index snapshot and the path's rows),
# against NetworkX (json.load + node_link_graph +
# shortest_path) and python-igraph (Graph.Read_GraphML of our exported GraphML + get_shortest_path),
# each a new process, wall time and peak RSS from /usr/bin/time -v, best of RUNS (default 3); then
# the phases of opening in one process (Benchmarks/OpenBenchmark: read, tokenize, ActorGraph, index,
# freeing, and the outline path/neighbors/who read instead). By default at two sizes in one run:
# 10k actors / 100k edges and 100k / 1M. Then `actorgraph who --subject A` (the edges of the first
# actor of pair.tsv) the same ways, from graph.json and from the store, this build and baselines.
#
#   Benchmarks/open.sh [NODES EDGES] [--style ours|networkx] [--baseline BIN] [--baseline-phases OPENBENCHMARK] [--skip networkx] [--skip igraph]
#   Benchmarks/open.sh                               # 10k actors / 100k edges, then 100k / 1M, as actorgraph writes graph.json
#   Benchmarks/open.sh 10000 100000 --style networkx # one size, as NetworkX's json.dump writes it
#
# --baseline BIN (repeatable) adds a row for another actorgraph binary on the same files (for
# instance one built from 9398b7d, the last commit that read graph.json with JSONDecoder), and a
# `path --all` row (every shortest path: read whole before h-decode, from the outline since).
# --baseline-phases OPENBENCHMARK (repeatable) times the phases in one process with another build's
# Benchmarks/OpenBenchmark too, run alternately with this build's (Benchmarks/decode-baseline.sh
# builds one for a commit). Phases are wall seconds with the CPU seconds of the same run. The
# generator needs only Python 3; the venv with NetworkX and igraph is made unless both are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="10000:100000 100000:1000000"
if [ $# -ge 2 ] && [[ $1 =~ ^[0-9]+$ ]]; then SIZES="$1:$2"; shift 2; fi
STYLE=ours
BASELINES=()
PHASE_BASELINES=()
SKIP=""
RUNS=${RUNS:-3}
while [ $# -gt 0 ]; do
    case $1 in
        --style) STYLE=$2; shift 2 ;;
        --baseline) BASELINES+=("$2"); shift 2 ;;
        --baseline-phases) PHASE_BASELINES+=("$2"); shift 2 ;;
        --skip) SKIP="$SKIP $2"; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
VENV=Benchmarks/.venv

PYTHON=python3
if [[ $SKIP != *networkx* || $SKIP != *igraph* ]]; then
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
        "$VENV/bin/pip" install -q -r Benchmarks/requirements.txt
    fi
    PYTHON=$VENV/bin/python
fi
swift build -c release --product actorgraph >&2
swift build -c release --product OpenBenchmark >&2
BIN=$(swift build -c release --show-bin-path)/actorgraph
PHASES=$(swift build -c release --show-bin-path)/OpenBenchmark
# measure chain|number COMMAND...: runs COMMAND RUNS times under /usr/bin/time -v and prints
# "hops<TAB>best wall s<TAB>CPU s (user + system) of that run<TAB>peak RSS MB of that run". On a
# shared machine wall time includes waiting for a core; CPU time does not. Its output is `actorgraph path`'s chain (the
# hops are its "(support)" marks) or a number of hops.
measure() {
    local form=$1 best="" cpu="" rss="" hops="" out log wall kb used
    shift
    for _ in $(seq "$RUNS"); do
        log=$(mktemp)
        out=$(/usr/bin/time -v "$@" 2>"$log")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
        kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
        used=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$log")
        rm -f "$log"
        if [ "$form" = chain ]; then
            hops=$(printf '%s\n' "$out" | grep -o '([0-9]*)' | wc -l)
        else
            hops=$(printf '%s\n' "$out" | tail -n 1)
        fi
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$wall
            cpu=$used
            rss=$((kb / 1024))
        fi
    done
    printf '%s\t%s\t%s\t%s\n' "$hops" "$best" "$cpu" "$rss"
}

ROWS=$(mktemp)
PHASES_OUT=$(mktemp)
WHO_ROWS=$(mktemp)
trap 'rm -f "$ROWS" "$PHASES_OUT" "$WHO_ROWS"' EXIT
for size in $SIZES; do
    NODES=${size%%:*}
    EDGES=${size##*:}
    DIR=bench/out/nodelink-$NODES-$EDGES-$STYLE
    if [ ! -f "$DIR/graph.json" ]; then
        echo "generating $NODES actors, $EDGES edges ($STYLE) into $DIR" >&2
        "$PYTHON" Benchmarks/make-graph-json.py "$NODES" "$EDGES" "$DIR" --style "$STYLE"
    fi
    read -r A B < "$DIR/pair.tsv"
    if [[ $SKIP != *igraph* ]] && [ ! -f "$DIR/graph.graphml" ]; then
        echo "exporting $DIR/graph.graphml for igraph" >&2
        "$BIN" export --format graphml --no-camps --graph "$DIR/graph.json" -o "$DIR/graph.graphml"
    fi
    if [ ! -f "$DIR/graph.sqlite" ] || [ "$DIR/graph.json" -nt "$DIR/graph.sqlite" ]; then
        echo "loading $DIR/graph.json into $DIR/graph.sqlite" >&2
        LOADLOG=$(mktemp)
        /usr/bin/time -v "$BIN" load "$DIR/graph.json" --store "$DIR/graph.sqlite" 2>"$LOADLOG" >&2
        awk -F': ' '/Elapsed \(wall clock\)/ { print "load: wall " $2 } /Maximum resident set size/ { print "load: peak RSS " int($2 / 1024) " MB" }' "$LOADLOG" >&2
        rm -f "$LOADLOG"
    fi
    GRAPH="$NODES actors / $EDGES edges, $(du -m "$DIR/graph.json" | cut -f1) MB"
    echo "running: $BIN path $A $B --graph $DIR/graph.json" >&2
    printf '%s\tactorgraph path (graph.json, this build)\t%s\n' "$GRAPH" "$(measure chain "$BIN" path "$A" "$B" --graph "$DIR/graph.json")" >> "$ROWS"
    echo "running: $BIN path $A $B --graph $DIR/graph.sqlite" >&2
    printf '%s\tactorgraph path (store, this build)\t%s\n' "$GRAPH" "$(measure chain "$BIN" path "$A" "$B" --graph "$DIR/graph.sqlite")" >> "$ROWS"
    for baseline in ${BASELINES[@]+"${BASELINES[@]}"}; do
        echo "running: $baseline path …" >&2
        printf '%s\tactorgraph path (graph.json, %s)\t%s\n' "$GRAPH" "$(basename "$baseline")" "$(measure chain "$baseline" path "$A" "$B" --graph "$DIR/graph.json")" >> "$ROWS"
    done
    for bin in "$BIN" ${BASELINES[@]+"${BASELINES[@]}"}; do
        name=$([ "$bin" = "$BIN" ] && echo "this build" || basename "$bin")
        echo "running: $bin path $A $B --all --graph $DIR/graph.json" >&2
        printf '%s\tactorgraph path --all (graph.json, %s)\t%s\n' "$GRAPH" "$name" "$(measure chain "$bin" path "$A" "$B" --all --graph "$DIR/graph.json")" >> "$WHO_ROWS"
        for file in graph.json graph.sqlite; do
            echo "running: $bin who --subject $A --graph $DIR/$file" >&2
            printf '%s\tactorgraph who --subject A (%s, %s)\t%s\n' "$GRAPH" "$file" "$name" \
                "$(measure number sh -c '"$1" who --subject "$2" --graph "$3" | wc -l' - "$bin" "$A" "$DIR/$file")" >> "$WHO_ROWS"
        done
    done
    if [[ $SKIP != *networkx* ]]; then
        echo "running: NetworkX" >&2
        printf '%s\tNetworkX json.load + node_link_graph + shortest_path\t%s\n' "$GRAPH" "$(measure number "$VENV/bin/python" Benchmarks/open_peers.py networkx "$DIR/graph.json" "$A" "$B")" >> "$ROWS"
    fi
    if [[ $SKIP != *igraph* ]]; then
        echo "running: igraph" >&2
        printf '%s\tigraph Read_GraphML + get_shortest_path\t%s\n' "$GRAPH" "$(measure number "$VENV/bin/python" Benchmarks/open_peers.py igraph "$DIR/graph.graphml" "$A" "$B")" >> "$ROWS"
    fi
    echo "running: OpenBenchmark (phases in one process)" >&2
    for phases in "$PHASES" ${PHASE_BASELINES[@]+"${PHASE_BASELINES[@]}"}; do
        name=$([ "$phases" = "$PHASES" ] && echo "this build" || basename "$phases")
        "$phases" "$DIR/graph.json" "$RUNS" | while IFS=$'\t' read -r phase value; do
            printf '%s\t%s: %s\t%s\n' "$GRAPH" "$name" "$phase" "$value"
        done >> "$PHASES_OUT"
    done
done

echo "graph.json as $STYLE style writes it; best of $RUNS cold processes; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| graph | command | hops | wall (s) | CPU (s) | peak RSS (MB) | speed-up of the graph.json path (wall) | speed-up of the store path (wall) |"
echo "|---|---|---|---|---|---|---|---|"
# A speed-up is the row's wall time over this build's on the same graph, from graph.json and from
# the store.
awk -F'\t' '$2 ~ /graph.json, this build/ { json[$1] = $4 } $2 ~ /store, this build/ { store[$1] = $4 } { rows[NR] = $0 } END {
    for (i = 1; i <= NR; i++) {
        split(rows[i], f, "\t")
        a = (f[2] ~ /this build/ || json[f[1]] == 0) ? "" : sprintf("%.1f×", f[4] / json[f[1]])
        b = (f[2] ~ /this build/ || store[f[1]] == 0) ? "" : sprintf("%.1f×", f[4] / store[f[1]])
        printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", f[1], f[2], f[3], f[4], f[5], f[6], a, b
    }
}' "$ROWS"
echo
echo "| graph | command | hops (path --all: of every path) or lines (who) | wall (s) | CPU (s) | peak RSS (MB) |"
echo "|---|---|---|---|---|---|"
while IFS=$'\t' read -r graph name lines wall cpu rss; do
    echo "| $graph | $name | $lines | $wall | $cpu | $rss |"
done < "$WHO_ROWS"
echo
echo "| graph | phase, in one process (OpenBenchmark, best of $RUNS) | |"
echo "|---|---|---|"
while IFS=$'\t' read -r graph name value; do
    echo "| $graph | $name | $value |"
done < "$PHASES_OUT"
