#!/usr/bin/env bash
# Full builds by two release binaries (each with its resource bundles beside it) of the seeds and
# every Tests/Fixtures/*/articles folder: graph.json, report.md, graph.dot, graph.svg, graph.html,
# graph.png and stderr compared byte for byte. Prints each difference and the count; exits
# non-zero when any file differs.
# Usage: scripts/same-outputs.sh BASE_BINARY NEW_BINARY [WORK_FOLDER]
set -uo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/same-outputs.sh BASE_BINARY NEW_BINARY [WORK_FOLDER]}
new=${2:?usage: scripts/same-outputs.sh BASE_BINARY NEW_BINARY [WORK_FOLDER]}
work=${3:-bench/out/same-outputs}
rm -rf "$work"; mkdir -p "$work"
folders=0; differences=0
for input in seeds Tests/Fixtures/*/articles; do
    folders=$((folders + 1))
    for side in base new; do
        bin=$base; [ "$side" = new ] && bin=$new
        # The same output path for both (graph.html links each document relative to it).
        rm -rf "$work/out"
        "$bin" build "$input" --out "$work/out" > /dev/null 2> "$work/$side.err"
        rm -rf "$work/$side"; mv "$work/out" "$work/$side"
    done
    for file in graph.json report.md graph.dot graph.svg graph.html graph.png; do
        if ! cmp -s "$work/base/$file" "$work/new/$file"; then echo "differs: $input $file"; differences=$((differences + 1)); fi
    done
    if ! cmp -s "$work/base.err" "$work/new.err"; then echo "differs: $input stderr"; differences=$((differences + 1)); fi
done
echo "$folders folders, $differences difference(s)"
[ "$differences" -eq 0 ]
