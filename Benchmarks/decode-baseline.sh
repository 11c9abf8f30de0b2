#!/usr/bin/env bash
# Builds Benchmarks/OpenBenchmark from this checkout's main.swift (which has --decode-only and
# CPU time) against the sources of COMMIT, in bench/out/base-COMMIT (an export of the commit, not a
# git worktree), and prints the binary's path: a baseline for the phases of opening graph.json in
# one process, for `Benchmarks/open.sh --baseline-phases` or for timing the decode alone,
# alternating with this build on the same file:
#
#   BASE=$(Benchmarks/decode-baseline.sh 83f9ced)
#   swift build -c release --product OpenBenchmark
#   for i in 1 2 3; do for b in "$BASE" .build/release/OpenBenchmark; do
#       "$b" bench/out/nodelink-100000-1000000-ours/graph.json 3 --decode-only | tail -n 1; done; done
set -euo pipefail
cd "$(dirname "$0")/.."
COMMIT=${1:?usage: Benchmarks/decode-baseline.sh COMMIT}
DIR=bench/out/base-$COMMIT
if [ ! -f "$DIR/Package.swift" ]; then
    mkdir -p "$DIR"
    git archive "$COMMIT" | tar -x -C "$DIR"
fi
# The benchmark's own source is this checkout's, so both builds time the same phases the same way.
cp Benchmarks/OpenBenchmark/main.swift "$DIR/Benchmarks/OpenBenchmark/main.swift"
(cd "$DIR" && swift build -c release --product OpenBenchmark >&2)
echo "$(cd "$DIR" && swift build -c release --show-bin-path)/OpenBenchmark"
