"""Shared helpers for the integration tests: run the actorgraph binary on the fixture graph and
compute, independently of the Swift code, what each export must contain."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "special.json"
SYMMETRIC = {"coordinates_with"}


def binary() -> Path:
    path = Path(os.environ.get("ACTORGRAPH_BIN", ROOT / ".build" / "debug" / "actorgraph"))
    if not path.exists():
        pytest.fail(f"{path} not found: run `swift build` first or set ACTORGRAPH_BIN")
    return path


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary()), *args], capture_output=True, check=check)


@pytest.fixture
def export(tmp_path):
    """export(fmt, source=FIXTURE, *extra) -> Path of the written file (or folder)."""

    def _export(fmt: str, source: Path = FIXTURE, *extra: str, name: str | None = None) -> Path:
        out = tmp_path / (name or f"out.{fmt}")
        result = run("export", str(source), "--format", fmt, "-o", str(out), *extra, check=False)
        assert result.returncode == 0, result.stderr.decode()
        return out

    return _export


def xml_clean(text: str) -> str:
    """What survives XML 1.0: characters it forbids are dropped by the exporter."""
    def allowed(c: str) -> bool:
        o = ord(c)
        return o in (0x9, 0xA, 0xD) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000
    return "".join(c for c in text if allowed(c))


def expected_graph():
    """The fixture as the graph model normalizes it: aliases trimmed, sorted, without the
    display name; symmetric edges with their ends in id order; evidence sorted; support = the
    number of distinct documents."""
    raw = json.loads(FIXTURE.read_text(encoding="utf-8"))
    nodes = {}
    for n in raw["nodes"]:
        aliases = sorted({a.strip() for a in n.get("aliases", []) if a.strip() and a.strip() != n["label"]})
        nodes[n["id"]] = {
            "name": n["label"], "kind": n["kind"], "aliases": aliases,
            "place": n.get("place"), "date": n.get("date"),
        }
    edges = {}
    for e in raw["edges"]:
        s, t = e["source"], e["target"]
        if e["relation"] in SYMMETRIC and t < s:
            s, t = t, s
        evidence = sorted(e["evidence"], key=lambda v: (v["doc"], v["sentence"], v["start"], v["end"], v["quote"]))
        edges[(s, e["relation"], t)] = {"evidence": evidence, "support": len({v["doc"] for v in evidence})}
    return nodes, edges
