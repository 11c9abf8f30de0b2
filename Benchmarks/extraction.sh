#!/usr/bin/env bash
# Extraction throughput: `actorgraph build` on a corpus made of the seed and development
# articles repeated until it reaches SIZE_MB, on one core (taskset) and on all cores.
# Usage: Benchmarks/extraction.sh [SIZE_MB]   (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-50}
swift build -c release --product actorgraph >/dev/null
bin=.build/release/actorgraph
corpus=$(Benchmarks/make-corpus.sh "$size_mb")
bytes=$(cat "$corpus"/*.txt | wc -c)
run() {  # label, command...
    local label=$1 start end; shift
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); b=int(sys.argv[3]); print(f'| {sys.argv[4]} | {b/1e6:.1f} MB | {s:.2f} s | {b/1e6/s:.1f} MB/s |')" "$start" "$end" "$bytes" "$label"
}
# The peers: every lexicon name, alias, demonym and capital, as a Python `re` alternation (the
# floor of a naive scanner) and as grep's fixed strings (the ceiling of any scanner).
names=bench/out/lexicon-names.txt
grep -hv '^#' Sources/ActorGraphExtraction/Resources/world.tsv Sources/ActorGraphExtraction/Resources/bodies.tsv \
    | tail -n +2 | awk -F'\t' '$1 != "kind" { print $2; n = split($4 "|" $5 "|" $6, a, "|"); for (i = 1; i <= n; i++) if (a[i] != "") print a[i] }' \
    | sort -u > "$names"
# The rules grown tenfold: every rule repeated with nine variants that need a word no text has, so
# the matcher holds ten times the rules but reads the same graph.
rules10=bench/out/relations-x10.rules
python3 - Sources/ActorGraphExtraction/Resources/relations.rules "$rules10" <<'PY'
import sys
kinds = ("backs:", "opposes:", "coordinates_with:", "attended:", "member_of:")
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith(kinds):
        head, body = line.rstrip("\n").split(":", 1)
        out += [f"{head}: zzvariant{k}q{body}" for k in range(9)]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
echo "corpus: $corpus ($(ls "$corpus"/*.txt | wc -l) files), $(wc -l < "$names") lexicon names, $(nproc) cores"
echo
echo "| what | corpus | time | throughput |"
echo "|---|---|---|---|"
run "actorgraph build, 1 core" taskset -c 0 "$bin" build "$corpus" --out bench/out/extract-out --format svg
run "actorgraph build, $(nproc) cores" "$bin" build "$corpus" --out bench/out/extract-out --format svg
# The engine of another commit, when scripts/compare-graphs.sh has built one (BASE_BIN overrides).
base_bin=${BASE_BIN:-.build-compare/build/release/actorgraph}
if [ -x "$base_bin" ]; then
    base=$(git -C .build-compare/src rev-parse --short HEAD 2>/dev/null || echo "BASE_BIN")
    run "actorgraph build at $base, 1 core" taskset -c 0 "$base_bin" build "$corpus" --out bench/out/extract-base --format svg
fi
run "actorgraph build, 1 core, rules ×10" taskset -c 0 "$bin" build "$corpus" --out bench/out/extract-out10 --format svg --rules "$rules10"
run "Python re alternation of the names, 1 core" taskset -c 0 python3 -c "
import re, sys, glob
names = sorted((l.strip() for l in open(sys.argv[1], encoding='utf-8') if l.strip()), key=len, reverse=True)
pattern = re.compile(r'\b(?:' + '|'.join(map(re.escape, names)) + r')\b')
print(sum(len(pattern.findall(open(f, encoding='utf-8').read())) for f in glob.glob(sys.argv[2] + '/*.txt')))" "$names" "$corpus"
run "grep -c -F -f names, 1 core" taskset -c 0 sh -c 'cat "$1"/*.txt | grep -c -F -f "$2"' _ "$corpus" "$names"
cmp -s bench/out/extract-out/graph.json bench/out/extract-out10/graph.json \
    && echo "rules ×10: same graph.json" || echo "rules ×10: graph.json DIFFERS"
