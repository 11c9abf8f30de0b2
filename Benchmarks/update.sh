#!/usr/bin/env bash
# Incremental builds: `actorgraph build CORPUS --out DIR` on a corpus of SIZE_MB (the seed and
# development articles repeated, Benchmarks/make-corpus.sh), then `build NEW --out DIR --update`
# with PERCENT new documents (copies of the corpus's articles with a line of their own appended, so
# that their text is new), from a copy of the full build's output folder each time. Two updates:
# the folder of the new documents alone, and the corpus folder with the new documents added (the
# update then looks at every file to find the new ones: it hashes those whose size or time differ
# from the store's record). Wall time, best of RUNS (default 3), and the CPU time (user + system,
# all cores) of that run: an update works on one or two cores where a full build uses all.
# INSTRUCTIONS=1: also counts the instructions of the full build and of both updates (valgrind's
# callgrind, whole process, every thread, SWIFT_DETERMINISTIC_HASHING=1, a copy of the binary
# with its debug information stripped: valgrind 3.19 cannot read Swift 6's), each update from a
# copy of that full build's output, and prints their shares: the machine's load does not move
# them. The full build under callgrind takes some minutes.
# Usage: [RUNS=3] [BIN=path/to/actorgraph] [INSTRUCTIONS=1] Benchmarks/update.sh [SIZE_MB] [PERCENT]   (default 20 and 1)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-20}
percent=${2:-1}
RUNS=${RUNS:-3}
# BIN: another build's binary to time (a baseline), instead of building this tree's.
if [ -n "${BIN:-}" ]; then
    bin=$BIN
else
    swift build -c release --product actorgraph >/dev/null
    bin=.build/release/actorgraph
fi
corpus=$(Benchmarks/make-corpus.sh "$size_mb")
# WORK: the folder to work in (another, to run two of these at once).
work=${WORK:-bench/out/update-${size_mb}mb}
rm -rf "$work"; mkdir -p "$work/new" "$work/union"
files=$(ls "$corpus"/*.txt | wc -l)
count=$(( (files * percent + 99) / 100 ))
printf 'file\tpublished\tsource\ttitle\n' > "$work/new/manifest.tsv"
# awk, not tail | head: head's early exit would kill tail with SIGPIPE under pipefail.
awk -v n="$count" 'NR > 1 && NR <= n + 1' "$corpus/manifest.tsv" | while IFS=$'\t' read -r file published source title; do
    { cat "$corpus/$file"; printf '\n\nUpdate batch document %s.\n' "$file"; } > "$work/new/new_$file"
    printf 'new_%s\t%s\t%s\t%s\n' "$file" "$published" "$source" "$title" >> "$work/new/manifest.tsv"
done
# -p: the union folder stands for the corpus folder with new files added, so the corpus files
# keep their times (an update trusts the stored hash of a file whose size and time are unchanged).
cp -p "$corpus"/*.txt "$work/new"/*.txt "$work/union/"
{ cat "$corpus/manifest.tsv"; tail -n +2 "$work/new/manifest.tsv"; } > "$work/union/manifest.tsv"

# best LABEL SETUP COMMAND...: the best wall time of RUNS runs of COMMAND, SETUP run before each,
# with that run's CPU time.
best() {
    local label=$1 setup=$2 b="" cpu="" s c; shift 2
    for _ in $(seq "$RUNS"); do
        eval "$setup"
        /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" > "$work/last.txt"
        read -r s c <<< "$(python3 -c "import sys; w, u, k = open(sys.argv[1]).read().split()[-3:]; print(f'{float(w):.2f} {float(u) + float(k):.2f}')" "$work/time.txt")"
        if [ -z "$b" ] || python3 -c "import sys; sys.exit(not float(sys.argv[1]) < float(sys.argv[2]))" "$s" "$b"; then b=$s; cpu=$c; fi
    done
    echo "$label	$b	$cpu	$(tail -n 1 "$work/last.txt")"
}
full=$(best "full build" "rm -rf $work/full" "$bin" build "$corpus" --out "$work/full")
only=$(best "update, new documents' folder" "rm -rf $work/out; cp -r $work/full $work/out" "$bin" build "$work/new" --out "$work/out" --update)
union=$(best "update, corpus + new folder" "rm -rf $work/out; cp -r $work/full $work/out" "$bin" build "$work/union" --out "$work/out" --update)
full_s=$(echo "$full" | cut -f2)
full_cpu=$(echo "$full" | cut -f3)
echo "corpus: $corpus ($files files, $(du -sm --exclude=manifest.tsv "$corpus" | cut -f1) MB), $count new document(s) ($percent%), $(nproc) cores, best of $RUNS"
echo
echo "| run | wall (s) | share of the full build's wall | CPU (s) | share of its CPU | summary line |"
echo "|---|---|---|---|---|---|"
for row in "$full" "$only" "$union"; do
    IFS=$'\t' read -r label s c line <<< "$row"
    share=$(python3 -c "import sys; print(f'{100 * float(sys.argv[1]) / float(sys.argv[2]):.1f}%')" "$s" "$full_s")
    cshare=$(python3 -c "import sys; print(f'{100 * float(sys.argv[1]) / float(sys.argv[2]):.1f}%')" "$c" "$full_cpu")
    echo "| $label | $s | $share | $c | $cshare | ${line:0:160}… |"
done

[ "${INSTRUCTIONS:-0}" = 1 ] || exit 0
command -v valgrind > /dev/null || { echo "INSTRUCTIONS=1 needs valgrind (apt-get install valgrind)" >&2; exit 1; }
# The stripped copy sits beside the binary's resource bundles, which it reads from its folder.
counted=$work/counted
rm -rf "$counted"; mkdir -p "$counted"
cp -r "$(dirname "$bin")"/*.resources "$counted/" 2>/dev/null || true
objcopy --strip-debug "$bin" "$counted/actorgraph"
# count LABEL SETUP COMMAND...: the instructions of COMMAND (every thread), SETUP run before.
count() {
    local label=$1 setup=$2; shift 2
    eval "$setup"
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$@" > "$work/last.txt" 2> "$work/valgrind.txt"
    echo "$label	$(sed -n 's/.*refs: *//p' "$work/valgrind.txt" | tr -d ,)"
}
ifull=$(count "full build" "rm -rf $work/full" "$counted/actorgraph" build "$corpus" --out "$work/full")
ionly=$(count "update, new documents' folder" "rm -rf $work/out; cp -r $work/full $work/out" "$counted/actorgraph" build "$work/new" --out "$work/out" --update)
iunion=$(count "update, corpus + new folder" "rm -rf $work/out; cp -r $work/full $work/out" "$counted/actorgraph" build "$work/union" --out "$work/out" --update)
full_i=$(echo "$ifull" | cut -f2)
echo
echo "| run | instructions (M) | share of the full build's |"
echo "|---|---|---|"
for row in "$ifull" "$ionly" "$iunion"; do
    IFS=$'\t' read -r label n <<< "$row"
    python3 -c "import sys; n, f = int(sys.argv[2]), int(sys.argv[3]); print(f'| {sys.argv[1]} | {n / 1e6:,.1f} | {100 * n / f:.2f}% |')" "$label" "$n" "$full_i"
done
