"""The commands as a user runs them: render, path, neighbors, who and camps on the hand-written
example graph, their outputs, their determinism and their error paths."""
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT, run

EXAMPLE = ROOT / "examples" / "seeds.yaml"


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    out = tmp_path_factory.mktemp("drawn")
    result = run("render", str(EXAMPLE), "--out", str(out), "--format", "svg,png,pdf")
    assert result.returncode == 0
    return out


def test_render_writes_graph_dot_and_each_format(drawn):
    assert sorted(p.name for p in drawn.iterdir()) == ["graph.dot", "graph.json", "graph.pdf", "graph.png", "graph.svg"]
    assert (drawn / "graph.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert (drawn / "graph.pdf").read_bytes().startswith(b"%PDF-")
    assert ET.parse(drawn / "graph.svg").getroot().tag == "{http://www.w3.org/2000/svg}svg"
    graph = json.loads((drawn / "graph.json").read_text(encoding="utf-8"))
    assert {n["kind"] for n in graph["nodes"]} >= {"state", "person", "event", "armed_group"}


def test_svg_tooltips_carry_the_evidence(drawn):
    svg = ET.parse(drawn / "graph.svg").getroot()
    ns = {"svg": "http://www.w3.org/2000/svg", "xlink": "http://www.w3.org/1999/xlink"}
    backs = [g for g in svg.iterfind(".//svg:g", ns) if "relation backs" in (g.get("class") or "")]
    titles = [a.get("{http://www.w3.org/1999/xlink}title") for g in backs for a in g.iterfind(".//svg:a", ns)]
    assert backs and len(titles) == len(backs)
    assert all(" backs " in t and "“" in t for t in titles)  # who, whom, and the quoted sentences


def test_render_is_deterministic(drawn, tmp_path):
    assert run("render", str(EXAMPLE), "--out", str(tmp_path), "--format", "svg,png,pdf").returncode == 0
    for name in ["graph.dot", "graph.json", "graph.svg", "graph.png", "graph.pdf"]:
        assert (tmp_path / name).read_bytes() == (drawn / name).read_bytes(), name


@pytest.mark.parametrize("args, message", [
    (["render", "missing.yaml"], "missing.yaml: no such file"),
    (["render", str(EXAMPLE), "--engine", "spring"], "'spring' is invalid for '--engine <engine>'"),
    (["render", str(EXAMPLE), "--view", "everything"], "'everything' is invalid for '--view <view>'"),
    (["render", str(EXAMPLE), "--rankdir", "up"], "'up' is invalid for '--rankdir <direction>'"),
    (["render", str(EXAMPLE), "--format", "gif"], "gif"),
    (["path", "Jordan", "Atlantis"], "no actor named “Atlantis”"),
    (["who", "--relation", "likes"], "likes"),
])
def test_errors_are_one_clear_line(drawn, tmp_path, args, message):
    graph_args = ["--graph", str(drawn / "graph.json")] if args[0] in ("path", "who") else ["--out", str(tmp_path / "o")]
    result = run(*args, *graph_args, check=False)
    assert result.returncode != 0
    err = result.stderr.decode()
    assert message in err.splitlines()[0], err
    assert not (tmp_path / "o").exists()


def test_a_failed_render_keeps_the_previous_files(drawn, tmp_path):
    out = tmp_path / "kept"
    assert run("render", str(EXAMPLE), "--out", str(out)).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  A: planet\n", encoding="utf-8")
    assert run("render", str(bad), "--out", str(out), check=False).returncode != 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_path_answers_how_two_actors_are_connected(drawn):
    result = run("path", "jordan", "IRAN", "--graph", str(drawn / "graph.json"))
    chain = result.stdout.decode().strip()
    assert chain.startswith("Jordan") and chain.endswith("Iran")
    assert "coordinates_with" in chain


def test_who_backs_assad(drawn):
    result = run("who", "--relation", "backs", "--object", "Assad", "--json", "--graph", str(drawn / "graph.json"))
    matches = json.loads(result.stdout)["matches"]
    assert {m["subject"]["name"] for m in matches} == {"Russia", "Iran"}
    assert all(m["object"]["name"] == "Bashar al-Assad" and m["evidence"] for m in matches)


def camps_of(graph_json):
    """The camps (sets of display names) and frustrated ties (sorted name pairs) `camps --json` reports."""
    report = json.loads(run("camps", "--json", "--graph", str(graph_json)).stdout)
    camps = [{m["name"] for m in c["members"]} for c in report["camps"]]
    crossing = {tuple(sorted(end["name"] for end in t["ends"])) for t in report["frustrated_ties"]}
    return camps, crossing


def assert_the_sides_of_the_vienna_talks(graph_json, crossing_ties):
    camps, crossing = camps_of(graph_json)
    def camp(name):
        return next(i for i, members in enumerate(camps) if name in members)
    west = {camp(n) for n in ["United States", "Saudi Arabia", "Turkey", "Syrian opposition", "Jordan"]}
    east = {camp(n) for n in ["Russia", "Iran", "Syria"]}
    assert len(west) == 1 and len(east) == 1 and west != east, camps
    assert crossing_ties <= crossing, crossing


def test_camps_separate_the_two_sides_of_the_example(drawn):
    # The example states Jordan's coordination with Russia, not Washington's.
    assert_the_sides_of_the_vienna_talks(drawn / "graph.json", {("Jordan", "Russia")})


def test_camps_separate_the_two_sides_of_the_extracted_seeds():
    """The issue's check on what `make run` extracts from the seeds: the committed output/ is
    that (see test_committed_output_is_what_build_writes)."""
    # Russia coordinates with Jordan, in the other camp.
    assert_the_sides_of_the_vienna_talks(ROOT / "output" / "graph.json", {("Jordan", "Russia")})


def test_render_camps_boxes_the_camps_and_marks_the_crossing_tie(drawn, tmp_path):
    assert run("render", str(drawn / "graph.json"), "--camps", "--out", str(tmp_path), "--format", "svg").returncode == 0
    svg = ET.parse(tmp_path / "graph.svg").getroot()
    ns = {"svg": "http://www.w3.org/2000/svg", "xlink": "http://www.w3.org/1999/xlink"}
    groups = [g for g in svg.iterfind(".//svg:g", ns)
              if "cluster" in (g.get("class") or "").split() and "legend" not in (g.get("class") or "").split()]
    assert len(groups) == 2
    crossing = [g for g in svg.iterfind(".//svg:g", ns) if "crossing" in (g.get("class") or "").split()]
    assert [g.get("id") for g in crossing] == ["relation-jordan--coordinates_with--russia"]
    tips = [a.get("{http://www.w3.org/1999/xlink}title") for a in crossing[0].iterfind(".//svg:a", ns)]
    assert tips and tips[0].startswith("Crosses the camps")


def test_render_views_refuse_to_overwrite_their_source(drawn):
    before = (drawn / "graph.json").read_bytes()
    result = run("render", str(drawn / "graph.json"), "--focus", "Russia", "--out", str(drawn), check=False)
    assert result.returncode != 0 and "choose another --out" in result.stderr.decode()
    assert (drawn / "graph.json").read_bytes() == before


def test_highlight_path_fades_everything_else(drawn, tmp_path):
    assert run("render", str(drawn / "graph.json"), "--highlight-path", "Jordan", "Iran", "--out", str(tmp_path)).returncode == 0
    svg = (tmp_path / "graph.svg").read_text(encoding="utf-8")
    assert "emphasis" in svg and "faded" in svg


def test_committed_output_is_what_build_writes(tmp_path):
    """output/ holds what `make run` writes from seeds/ today: regenerate it when the extractor,
    the lexicon or the drawing changes."""
    result = run("build", str(ROOT / "seeds"), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    for name in ["graph.json", "graph.dot", "report.md", "graph.svg", "graph.png"]:
        assert (tmp_path / name).read_bytes() == (ROOT / "output" / name).read_bytes(), f"output/{name} is stale: run `make run`"
    # The page links each document relative to where it is written: from output/, ../seeds/.
    here = os.path.relpath(ROOT / "seeds", tmp_path).replace("/", "\\/").encode()
    page = (tmp_path / "graph.html").read_bytes().replace(b'"href":"' + here + b"\\/", b'"href":"..\\/seeds\\/')
    assert page == (ROOT / "output" / "graph.html").read_bytes(), "output/graph.html is stale: run `make run`"


@pytest.mark.parametrize("setup, message", [
    (lambda d: None, "no articles"),
    (lambda d: d.rmdir(), "no such folder"),
])
def test_build_refuses_an_empty_or_missing_folder(tmp_path, setup, message):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    setup(corpus)
    result = run("build", str(corpus), "--out", str(tmp_path / "out"), check=False)
    assert result.returncode != 0
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and str(corpus) in lines[0], lines
    assert not (tmp_path / "out").exists()


def test_build_reports_bad_files_and_processes_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Russian Foreign Minister Sergei Lavrov met his Iranian counterpart in Tehran on Monday.", encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("Le ministre fran\xe7ais Laurent Fabius.".encode("latin-1"))
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    result = run("build", str(corpus), "--out", str(tmp_path / "out"), check=False)
    assert result.returncode == 0, result.stderr.decode()
    err = result.stderr.decode()
    assert "latin1.txt" in err and "binary.txt" in err
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert any(n["label"] == "Sergei Lavrov" for n in graph["nodes"])
