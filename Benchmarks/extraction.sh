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
run() {  # label, command prefix
    local start end
    start=$(date +%s.%N)
    $2 "$bin" build "$corpus" --out bench/out/extract-out --format svg >/dev/null
    end=$(date +%s.%N)
    python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); b=int(sys.argv[3]); print(f'{sys.argv[4]:10} {b/1e6:8.1f} MB  {s:7.2f} s  {b/1e6/s:7.1f} MB/s')" "$start" "$end" "$bytes" "$1"
}
echo "corpus: $corpus ($(ls "$corpus"/*.txt | wc -l) files)"
run "1 core" "taskset -c 0"
run "$(nproc) cores" ""
