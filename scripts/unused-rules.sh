#!/usr/bin/env bash
# Lists the rules (and shapes) of relations.rules that read no edge of the graphs built from the seeds and the
# development set: candidates for a fix, an example or deletion. A rule counts as used when some
# edge's evidence names it; where two rules read the same edge from the same sentence, graph.json
# names one of them, so a rule always shadowed that way is listed too.
# Usage: scripts/unused-rules.sh [path/to/actorgraph]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/actorgraph}
[ -x "$bin" ] || swift build -c release --product actorgraph >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$bin" build seeds --out "$work/seeds" --format svg >/dev/null 2>&1
"$bin" build Tests/Fixtures/devset/articles --out "$work/devset" --format svg >/dev/null 2>&1
python3 - "$work/seeds/graph.json" "$work/devset/graph.json" Sources/ActorGraphExtraction/Resources/relations.rules <<'PY'
import json, re, sys
used = set()
for path in sys.argv[1:3]:
    for edge in json.load(open(path, encoding="utf-8"))["edges"]:
        used.update(e.get("rule") for e in edge.get("evidence", []))
rules = sys.argv[3]
kinds = ("backs", "opposes", "coordinates_with", "attended", "member_of", "opposition")
unused = []
for number, line in enumerate(open(rules, encoding="utf-8"), start=1):
    head = line.split(":", 1)[0]
    if (head in kinds or head.startswith("shape ")) and f"relations.rules:{number}" not in used:
        unused.append(f"relations.rules:{number}: {line.rstrip()}")
print("\n".join(unused))
print(f"{len(unused)} rule(s) read no edge of the seeds or the development set", file=sys.stderr)
PY
