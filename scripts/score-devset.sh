#!/usr/bin/env bash
# Scores the extractor on the seeds, on the development set (Tests/Fixtures/devset: 101-106 and
# 107-109, all development material now) and, with --held-out, on the held-out split
# (Tests/Fixtures/heldout, 201-212: written without reading the extractor, scored only at the start
# and the end of a piece of work, never tuned on).
# --held-out2 scores the second held-out split instead (Tests/Fixtures/heldout2, 301-310, written on
# 2026-12-02, scored at the start and the end of the 2026-12-03 work: seen now).
# --held-out3 scores the third (Tests/Fixtures/heldout3, 401-415, written on 2026-12-03; its errors
# were read in the 2026-12-03 fifth session: development material now).
# --held-out4 scores the fourth (Tests/Fixtures/heldout4, 501-514: scored at the start and the end of
# the fifth session's first piece of work, development material since).
# --held-out5 scores the fifth (Tests/Fixtures/heldout5, 601-614, written on 2026-12-03 by a helper who
# never read the extractor; scored at the start and the end of the fifth session's second piece only).
# Usage: scripts/score-devset.sh [--held-out | --held-out2 | --held-out3 | --held-out4 | --held-out5] [path/to/actorgraph]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
held_out=false
held_out2=false
if [ "${1:-}" = "--held-out" ]; then held_out=true; shift; fi
if [ "${1:-}" = "--held-out2" ]; then held_out2=true; shift; fi
held_out3=false
if [ "${1:-}" = "--held-out3" ]; then held_out3=true; shift; fi
held_out4=false
if [ "${1:-}" = "--held-out4" ]; then held_out4=true; shift; fi
held_out5=false
if [ "${1:-}" = "--held-out5" ]; then held_out5=true; shift; fi
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
for split in "101-106 (development split):10[1-6]" "107-109 (the earlier held-out split, now development material):10[7-9]"; do
    name=${split%%:*}; pattern=${split##*:}
    mkdir -p "$work/$pattern"
    cp "$devset"/articles/$pattern*.txt "$work/$pattern/"
    { head -n 1 "$devset/articles/manifest.tsv"; grep -E "^$pattern" "$devset/articles/manifest.tsv"; } > "$work/$pattern/manifest.tsv"
    grep -E "\"doc\": \"$pattern" "$devset/devset-gold.jsonl" > "$work/gold-$pattern.jsonl"
    score "development set, $name" "$work/$pattern" "$work/gold-$pattern.jsonl" "$devset/devset-aliases.tsv"
done
if $held_out; then
    score "held-out split, 201-212" Tests/Fixtures/heldout/articles Tests/Fixtures/heldout/heldout-gold.jsonl Tests/Fixtures/heldout/heldout-aliases.tsv
fi
if $held_out2; then
    score "held-out split 2, 301-310" Tests/Fixtures/heldout2/articles Tests/Fixtures/heldout2/heldout2-gold.jsonl Tests/Fixtures/heldout2/heldout2-aliases.tsv
fi
if $held_out3; then
    score "held-out split 3, 401-415" Tests/Fixtures/heldout3/articles Tests/Fixtures/heldout3/heldout3-gold.jsonl Tests/Fixtures/heldout3/heldout3-aliases.tsv
fi
if $held_out4; then
    score "held-out split 4, 501-514" Tests/Fixtures/heldout4/articles Tests/Fixtures/heldout4/heldout4-gold.jsonl Tests/Fixtures/heldout4/heldout4-aliases.tsv
fi
if $held_out5; then
    score "held-out split 5, 601-614" Tests/Fixtures/heldout5/articles Tests/Fixtures/heldout5/heldout5-gold.jsonl Tests/Fixtures/heldout5/heldout5-aliases.tsv
fi
