#!/usr/bin/env bash
# Scores the extractor on the seeds and on the development set (Tests/Fixtures/devset), the whole
# set and its two splits: 101-106 (used while developing the rules) and 107-109 (held out: written
# without reading the extractor, only ever scored). Usage: scripts/score-devset.sh [path/to/actorgraph]
# (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/actorgraph}
[ -x "$bin" ] || swift build -c release --product actorgraph >/dev/null
devset=Tests/Fixtures/devset
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
score() {  # title, articles folder, gold
    echo "## $1"
    "$bin" build "$2" --out "$work/out" --format svg >/dev/null 2>&1
    "$bin" eval "$3" --aliases "$4" --graph "$work/out/graph.json"
    echo
}
score "seeds" seeds Tests/Fixtures/seeds-gold.jsonl Tests/Fixtures/seeds-aliases.tsv
score "development set, all nine articles" "$devset/articles" "$devset/devset-gold.jsonl" "$devset/devset-aliases.tsv"
for split in "101-106 (development split):10[1-6]" "107-109 (held-out split):10[7-9]"; do
    name=${split%%:*}; pattern=${split##*:}
    mkdir -p "$work/$pattern"
    cp "$devset"/articles/$pattern*.txt "$work/$pattern/"
    { head -n 1 "$devset/articles/manifest.tsv"; grep -E "^$pattern" "$devset/articles/manifest.tsv"; } > "$work/$pattern/manifest.tsv"
    grep -E "\"doc\": \"$pattern" "$devset/devset-gold.jsonl" > "$work/gold-$pattern.jsonl"
    score "development set, $name" "$work/$pattern" "$work/gold-$pattern.jsonl" "$devset/devset-aliases.tsv"
done
