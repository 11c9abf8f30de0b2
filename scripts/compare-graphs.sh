#!/usr/bin/env bash
# Builds the extractor at BASE (a commit, default HEAD) and from the working tree, runs both on
# the seeds, the development set and a 20 MB benchmark corpus, and compares the graph.json files
# byte for byte, ignoring only the evidence's `rule` field (which BASE may not write).
# Exits non-zero when any graph differs, printing the first lines of each difference.
# Usage: scripts/compare-graphs.sh [BASE]     e.g. scripts/compare-graphs.sh HEAD~1
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD}
root=$PWD
work=.build-compare
mkdir -p "$work"
# The base is built in a worktree of its own, kept between runs so that rebuilds are incremental.
if [ ! -d "$work/src/.git" ] && [ ! -f "$work/src/.git" ]; then
    git worktree add --detach "$work/src" "$base" >/dev/null 2>&1
fi
git -C "$work/src" checkout --quiet --detach "$(git rev-parse "$base")"
echo "building $base ($(git rev-parse --short "$base")) and the working tree" >&2
(cd "$work/src" && swift build -c release --product actorgraph --scratch-path "$root/$work/build" >/dev/null)
swift build -c release --product actorgraph >/dev/null
old="$work/build/release/actorgraph"
new=.build/release/actorgraph
corpus=$(Benchmarks/make-corpus.sh 20)
status=0
for input in seeds Tests/Fixtures/devset/articles "$corpus"; do
    for side in old new; do
        bin=$old; [ "$side" = new ] && bin=$new
        rm -rf "$work/out-$side"
        "$bin" build "$input" --out "$work/out-$side" --format svg >/dev/null 2>&1
        # Strip the rule field (a line of its own in the pretty-printed JSON) and the comma it
        # may leave on the line before.
        python3 - "$work/out-$side/graph.json" "$work/$side.json" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r',\n\s*"rule" : "(?:[^"\\]|\\.)*"', '', text)
text = re.sub(r'\n\s*"rule" : "(?:[^"\\]|\\.)*",', '', text)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
    done
    if cmp -s "$work/old.json" "$work/new.json"; then
        echo "same graph: $input ($(wc -c < "$work/new.json") bytes)"
    else
        echo "DIFFERENT graph: $input"; diff "$work/old.json" "$work/new.json" | head -n 20; status=1
    fi
done
exit $status
