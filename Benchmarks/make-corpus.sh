#!/usr/bin/env bash
# Makes a benchmark corpus: the seed and development articles (with their manifest rows)
# repeated until the folder reaches SIZE_MB. Prints the folder. Reuses a corpus already made.
# Usage: Benchmarks/make-corpus.sh SIZE_MB
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:?usage: Benchmarks/make-corpus.sh SIZE_MB}
corpus=bench/out/corpus-${size_mb}mb
if [ ! -f "$corpus/manifest.tsv" ]; then
    rm -rf "$corpus"; mkdir -p "$corpus"
    printf 'file\tpublished\tsource\ttitle\n' > "$corpus/manifest.tsv"
    target=$((size_mb * 1000 * 1000)); total=0; copy=0
    while [ "$total" -lt "$target" ]; do
        for dir in seeds Tests/Fixtures/devset/articles; do
            tail -n +2 "$dir/manifest.tsv" | while IFS=$'\t' read -r file published source title; do
                cp "$dir/$file" "$corpus/c${copy}_$file"
                printf 'c%s_%s\t%s\t%s\t%s\n' "$copy" "$file" "$published" "$source" "$title" >> "$corpus/manifest.tsv"
            done
        done
        total=$(du -sb --exclude=manifest.tsv "$corpus" | cut -f1); copy=$((copy + 1))
    done
fi
echo "$corpus"
