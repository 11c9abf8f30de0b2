"""The store as a user meets it: build writes graph.sqlite, build --update adds only new documents,
duplicate sentences count once, load fills a store from a graph file, reading commands answer
from the store as from graph.json; and what must never happen: a killed build or two builds at
once leaving a store that does not open, or a foreign, damaged or newer store being read or
overwritten."""
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import ROOT, binary, run

SEEDS = ROOT / "seeds"
DEVSET = ROOT / "Tests" / "Fixtures" / "devset" / "articles"


def corpus(folder: Path, *sources: tuple[Path, list[str] | None], copies: int = 1, mark: str = "") -> Path:
    """Copies the named articles (all when None) of each source folder with their manifest rows;
    with copies > 1 each is repeated as cN_NAME, with `mark` and N appended to the text so that
    every copy is a document of its own content."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["file\tpublished\tsource\ttitle"]
    for source, names in sources:
        manifest = [line.split("\t") for line in (source / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:] if line]
        for copy in range(copies):
            for row in manifest:
                if names is not None and row[0] not in names:
                    continue
                name = row[0] if copies == 1 else f"c{copy}_{row[0]}"
                text = (source / row[0]).read_text(encoding="utf-8")
                if mark or copies > 1:
                    text += f"\n\n{mark} {copy}.\n"
                (folder / name).write_text(text, encoding="utf-8")
                rows.append("\t".join([name, *row[1:]]))
    (folder / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def table(store: Path, sql: str):
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def build(*args: str, check: bool = True):
    result = run("build", *args, check=False)
    if check:
        assert result.returncode == 0, result.stderr.decode()
    return result


def seed_names() -> list[str]:
    return sorted(p.name for p in SEEDS.glob("*.txt"))


def test_build_writes_a_store_that_holds_the_documents_and_the_graph_of_graph_json(tmp_path):
    build(str(SEEDS), "--out", str(tmp_path))
    store = tmp_path / "graph.sqlite"
    graph = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))
    assert [r[0] for r in table(store, "SELECT name FROM document ORDER BY name")] == seed_names()
    assert all(len(r[0]) == 64 for r in table(store, "SELECT content_hash FROM document"))
    assert table(store, "SELECT count(*) FROM actor")[0][0] == len(graph["nodes"])
    assert table(store, "SELECT count(*) FROM relation")[0][0] == len(graph["edges"])
    assert table(store, "SELECT count(*) FROM evidence")[0][0] == sum(len(l["evidence"]) for l in graph["edges"])
    assert table(store, "PRAGMA integrity_check") == [("ok",)]
    # Every reading command answers from the store as from graph.json.
    for args in (["path", "Jordan", "Assad", "--evidence"], ["path", "Kerry", "Lavrov", "--json"], ["neighbors", "Russia"],
                 ["camps"], ["path", "Iran", "Turkey", "--all"], ["path", "Assad", "Russia", "--directed"],
                 ["neighbors", "Assad", "--depth", "2", "--relations", "backs,opposes"], ["neighbors", "Iran", "--directed", "--json"]):
        from_store = run(*args, "--graph", str(store), check=False)
        from_json = run(*args, "--graph", str(tmp_path / "graph.json"), check=False)
        assert from_store.returncode == 0, from_store.stderr.decode()
        assert from_store.stdout == from_json.stdout, args


def test_the_store_is_read_by_default_when_there_is_one(tmp_path):
    build(str(SEEDS), "--out", str(tmp_path / "output"))
    (tmp_path / "output" / "graph.json").unlink()
    result = subprocess.run([str(binary()), "path", "Jordan", "Assad"], cwd=tmp_path, capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    assert b"Jordan" in result.stdout and b"Bashar al-Assad" in result.stdout


def test_update_adds_new_documents_skips_known_ones_and_aggregates_the_whole_store(tmp_path):
    first, both = seed_names()[:3], seed_names()
    build(str(corpus(tmp_path / "week1", (SEEDS, first))), "--out", str(tmp_path / "out"))
    result = build(str(corpus(tmp_path / "week2", (SEEDS, None))), "--out", str(tmp_path / "out"), "--update")
    line = result.stdout.decode()
    prefix = "added 2 document(s), skipped 3 already in the store (" + ", ".join(first) + "); "
    assert line.startswith(prefix), line
    # Stored documents whose questions the new persons answer otherwise are read again (and said so).
    rest = line[len(prefix):]
    if rest.startswith("read again "):
        rest = rest.split("; ", 1)[1]
    assert rest.startswith("5 document(s)"), line
    store = tmp_path / "out" / "graph.sqlite"
    assert [r[0] for r in table(store, "SELECT name FROM document ORDER BY name")] == both
    # The same graph a full build of all five writes (the seeds name their persons with titles
    # in every document, so the first three read the same without the last two).
    build(str(SEEDS), "--out", str(tmp_path / "full"))
    for name in ("graph.json", "report.md", "graph.dot", "graph.svg", "graph.png"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    # Again: nothing new.
    again = build(str(SEEDS), "--out", str(tmp_path / "out"), "--update").stdout.decode()
    assert again.startswith("added 0 document(s), skipped 5 already in the store"), again
    assert (tmp_path / "out" / "graph.json").read_bytes() == (tmp_path / "full" / "graph.json").read_bytes()


def test_an_update_whose_new_documents_only_repeat_known_sentences_keeps_the_png_and_equals_a_full_build(tmp_path):
    # The copies add evidence to existing edges without changing their support: only the
    # tooltips change, so the kept PNG is used, and every file is still what a full build writes.
    first = corpus(tmp_path / "first", (SEEDS, None))
    build(str(first), "--out", str(tmp_path / "out"))
    assert sorted(r[0] for r in table(tmp_path / "out" / "graph.sqlite", "SELECT format FROM drawing")) == ["png", "svg"]
    repeats = tmp_path / "repeats"
    repeats.mkdir()
    for p in SEEDS.glob("*.txt"):
        (repeats / ("z-" + p.name)).write_text(p.read_text(encoding="utf-8") + "\n\nReprinted.\n", encoding="utf-8")
    build(str(repeats), "--out", str(tmp_path / "out"), "--update")
    union = corpus(tmp_path / "union", (SEEDS, None))
    for p in repeats.glob("*.txt"):
        shutil.copy(p, union / p.name)
    build(str(union), "--out", str(tmp_path / "full"))
    for name in ("graph.json", "report.md", "graph.dot", "graph.svg", "graph.png"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    kept = table(tmp_path / "out" / "graph.sqlite", "SELECT key, data FROM drawing WHERE format = 'png'")
    assert kept == table(tmp_path / "full" / "graph.sqlite", "SELECT key, data FROM drawing WHERE format = 'png'")


def test_an_update_that_changes_only_tooltips_writes_them_into_the_kept_svg(tmp_path):
    # A build keeps its decorated SVG under the key of its DOT without tooltips; an update whose
    # new documents only add evidence (the tooltips change, nothing drawn does) takes the kept
    # SVG and writes the new tooltips into it instead of laying the graph out again. The kept
    # drawing is marked here, so the mark shows it was used; without it, the SVG is a full build's.
    first = corpus(tmp_path / "first", (SEEDS, None))
    build(str(first), "--out", str(tmp_path / "out"))
    store = tmp_path / "out" / "graph.sqlite"
    (key, svg), = table(store, "SELECT key, data FROM drawing WHERE format = 'svg'")
    assert svg == (tmp_path / "out" / "graph.svg").read_bytes()
    marked = svg.replace(b"<!-- Generated by graphviz", b"<!-- Kept, generated by graphviz", 1)
    assert marked != svg
    with sqlite3.connect(store) as db:
        db.execute("UPDATE drawing SET data = ? WHERE format = 'svg'", (marked,))
    # Reprints with the seeds' dates (undated, their meetings would be other nodes).
    repeats = tmp_path / "repeats"
    repeats.mkdir()
    rows = (SEEDS / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    (repeats / "manifest.tsv").write_text("\n".join([rows[0]] + ["z-" + row for row in rows[1:] if row]) + "\n", encoding="utf-8")
    for p in SEEDS.glob("*.txt"):
        (repeats / ("z-" + p.name)).write_text(p.read_text(encoding="utf-8") + "\n\nReprinted.\n", encoding="utf-8")
    build(str(repeats), "--out", str(tmp_path / "out"), "--update")
    union = corpus(tmp_path / "union", (SEEDS, None))
    for p in repeats.glob("*.txt"):
        shutil.copy(p, union / p.name)
    with open(union / "manifest.tsv", "a", encoding="utf-8") as manifest:
        manifest.write("".join("z-" + row + "\n" for row in rows[1:] if row))
    build(str(union), "--out", str(tmp_path / "full"))
    updated, full = (tmp_path / "out" / "graph.svg").read_bytes(), (tmp_path / "full" / "graph.svg").read_bytes()
    assert updated != full and updated.replace(b"<!-- Kept, generated", b"<!-- Generated", 1) == full
    assert full != svg  # the tooltips did change
    # The page carries the same drawing (from its start tag; the page links documents relative
    # to the folder built, so it is not compared whole); every other file is a full build's.
    page = (tmp_path / "full" / "graph.html").read_bytes()
    start = page.index(b'<svg width="100%"')
    drawing = page[start:page.index(b"</svg>", start)]
    assert len(drawing) > 1000 and drawing in (tmp_path / "out" / "graph.html").read_bytes()
    for name in ("graph.json", "report.md", "graph.dot", "graph.png"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    # The key is the full build's: the kept SVG stays until something drawn changes.
    assert table(store, "SELECT key FROM drawing WHERE format = 'svg'") == [(key,)]
    assert table(tmp_path / "full" / "graph.sqlite", "SELECT key FROM drawing WHERE format = 'svg'") == [(key,)]


def kept_drawings(store: Path) -> list:
    """The drawings a store keeps, by format and key, with the bytes of the PNG: a kept SVG's
    tooltips are those of the build that drew it (an update writes its own into it when it
    uses it), so only its key says what it is a drawing of."""
    return sorted((f, k, d if f != "svg" else None) for f, k, d in table(store, "SELECT format, key, data FROM drawing"))


def store_content(store: Path) -> dict:
    """Every table of a store but the digests and file stamps (which depend on how and when the
    rows were written), for comparing an update with a full build."""
    tables = {}
    for name in ("actor", "actor_name", "relation", "evidence"):
        tables[name] = sorted(table(store, f"SELECT * FROM {name}"), key=repr)
    tables["drawing"] = kept_drawings(store)
    # The generation counts writes: an update's store has had one more.
    tables["aggregation"] = table(store, "SELECT data FROM aggregation")
    tables["document"] = table(store, "SELECT name, content_hash, published, source, title, findings FROM document ORDER BY name")
    tables["snapshot"] = table(store, "SELECT node_count, edge_count, ids, sources, targets, kinds FROM snapshot")
    return tables


@pytest.mark.parametrize("stored, kept", [(slice(2, None), True), (slice(None, 3), False)])
def test_an_update_with_or_without_the_kept_aggregation_equals_a_full_build(tmp_path, stored, kept):
    # The last three seeds stored, the first two new: they come first in name order but change
    # no fact the stored ones read, so the kept aggregation is taken up (the stored findings are
    # made unreadable to show that they are not read). The first three stored: the last two add
    # facts the stored ones read, so every document's findings are aggregated again. Either way
    # the outcome is a full build's. (The seeds title their persons in every document, so each
    # document reads the same alone as with the others: see "Persons across an update".)
    union = corpus(tmp_path / "union", (SEEDS, None))
    build(str(corpus(tmp_path / "first", (SEEDS, seed_names()[stored]))), "--out", str(tmp_path / "out"))
    store = tmp_path / "out" / "graph.sqlite"
    assert table(store, "SELECT count(*) FROM aggregation") == [(1,)]
    if kept:
        with sqlite3.connect(store) as db:
            db.execute("UPDATE document SET findings = x'41474601ff'")
    build(str(union), "--out", str(tmp_path / "out"), "--update")
    build(str(union), "--out", str(tmp_path / "full"))
    for name in ("graph.json", "graph.html", "report.md", "graph.dot", "graph.svg", "graph.png"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name
    updated, full = store_content(store), store_content(tmp_path / "full" / "graph.sqlite")
    if kept:
        # The damaged findings are the stored documents'; the new ones' are as a build writes them.
        damaged = set(seed_names()[stored])
        updated["document"] = [row for row in updated["document"] if row[0] not in damaged]
        full["document"] = [row for row in full["document"] if row[0] not in damaged]
    else:
        # The stored documents were read without the last two's titled persons: their findings
        # name "Bashar Al Assad" where a build of all five has "Bashar al-Assad" (the same graph,
        # but other findings and facts in the kept aggregation).
        for tables in (updated, full):
            tables["document"] = [row[:5] for row in tables["document"]]
            del tables["aggregation"]
    for name in updated:
        assert updated[name] == full[name], name


def renamed_copies(folder: Path, source: Path, prefix: str) -> Path:
    """Every article of `source` as PREFIX + its name, with a line of its own appended (a new text
    whose name sorts after the corpus's), and their manifest rows."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["file\tpublished\tsource\ttitle"]
    for line in (source / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if not line:
            continue
        row = line.split("\t")
        (folder / (prefix + row[0])).write_text((source / row[0]).read_text(encoding="utf-8") + f"\n\nBatch {prefix}.\n", encoding="utf-8")
        rows.append("\t".join([prefix + row[0], *row[1:]]))
    (folder / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def union_of(folder: Path, *sources: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["file\tpublished\tsource\ttitle"]
    for source in sources:
        for path in source.iterdir():
            if path.name != "manifest.tsv":
                shutil.copy2(path, folder / path.name)
        rows += [line for line in (source / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:] if line]
    (folder / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


OUTPUTS = ("graph.json", "graph.html", "report.md", "graph.dot", "graph.svg", "graph.png")


def test_updates_that_copy_graph_json_from_the_last_one_equal_a_full_build(tmp_path):
    # Each update copies the unchanged edges (and the old evidence of the grown ones) from the
    # graph.json the last build wrote, when the store's digest says it is that file: in place, in
    # a copy of the output folder, and not when the file was changed since (one byte, same size).
    first = union_of(tmp_path / "first", SEEDS, DEVSET)
    batches = [renamed_copies(tmp_path / f"batch{i}", SEEDS, f"n{i}_") for i in (1, 2, 3)]
    out = tmp_path / "out"
    build(str(first), "--out", str(out))
    generation = table(out / "graph.sqlite", "SELECT value FROM meta WHERE key = 'generation'")[0][0]
    assert table(out / "graph.sqlite", "SELECT generation FROM output_layout WHERE name = 'graph.json'") == [(int(generation),)]
    sources = [first]
    for i, batch in enumerate(batches):
        if i == 1:
            shutil.copytree(out, tmp_path / "copied")
            out = tmp_path / "copied"
        if i == 2:
            text = (out / "graph.json").read_bytes()
            at = text.index(b'"quote" : "') + len(b'"quote" : "')
            (out / "graph.json").write_bytes(text[:at] + bytes([text[at] ^ 1]) + text[at + 1:])
        sources.append(batch)
        # The corpus folder with the batch added (the page names every document's title).
        union = union_of(tmp_path / f"union{i}", *sources)
        build(str(union), "--out", str(out), "--update")
        full = tmp_path / f"full{i}"
        build(str(union), "--out", str(full))
        for name in OUTPUTS:
            assert (out / name).read_bytes() == (full / name).read_bytes(), (i, name)
        assert table(out / "graph.sqlite", "SELECT layout FROM output_layout") == table(full / "graph.sqlite", "SELECT layout FROM output_layout")


def settled_build(tmp_path):
    """The seeds in tmp_path/news, last modified an hour ago (long settled, so their stamps are
    recorded), built into tmp_path/out: the folder and that time."""
    news = corpus(tmp_path / "news", (SEEDS, None))
    old = time.time() - 3600
    for p in news.glob("*.txt"):
        os.utime(p, (old, old))
    build(str(news), "--out", str(tmp_path / "out"))
    return news, old


def test_update_trusts_the_stored_hash_of_a_file_whose_size_and_time_are_unchanged(tmp_path):
    news, old = settled_build(tmp_path)
    store = tmp_path / "out" / "graph.sqlite"
    stamps = dict((r[0], (r[1], r[2])) for r in table(store, "SELECT name, file_size, file_modified FROM document"))
    first = seed_names()[0]
    assert stamps[first] == ((news / first).stat().st_size, (news / first).stat().st_mtime_ns)
    # Touched, not changed: read again, skipped as known, and its new time recorded.
    later = old + 600
    os.utime(news / first, (later, later))
    line = build(str(news), "--out", str(tmp_path / "out"), "--update").stdout.decode()
    assert line.startswith("added 0 document(s), skipped 5 already in the store"), line
    assert table(store, f"SELECT file_modified FROM document WHERE name = '{first}'")[0][0] == (news / first).stat().st_mtime_ns
    # Changed to another size at the same time: read again, and it replaces its earlier version.
    text = (news / first).read_text(encoding="utf-8")
    (news / first).write_text(text + "\nOne more line.\n", encoding="utf-8")
    os.utime(news / first, (later, later))
    line = build(str(news), "--out", str(tmp_path / "out"), "--update").stdout.decode()
    assert line.startswith("added 1 document(s), skipped 4 already in the store"), line


def test_a_same_size_edit_with_another_time_is_read_again_and_replaces_the_stored_text(tmp_path):
    # The stored hash is taken only for the exact (size, nanosecond time) recorded: an edit that
    # keeps the size but not the time (an editor's save, a copy) is read and hashed again.
    news, _ = settled_build(tmp_path)
    store = tmp_path / "out" / "graph.sqlite"
    first = seed_names()[0]
    before, recorded = table(store, f"SELECT content_hash, file_modified FROM document WHERE name = '{first}'")[0]
    assert recorded == (news / first).stat().st_mtime_ns
    text = (news / first).read_text(encoding="utf-8")
    swapped = text.replace("a", "e", 1)
    assert swapped != text and len(swapped.encode()) == len(text.encode())
    (news / first).write_text(swapped, encoding="utf-8")
    # One nanosecond later than recorded, and long settled.
    os.utime(news / first, ns=(recorded + 1, recorded + 1))
    line = build(str(news), "--out", str(tmp_path / "out"), "--update").stdout.decode()
    assert line.startswith("added 1 document(s), skipped 4 already in the store"), line
    after = table(store, f"SELECT content_hash, file_size, file_modified FROM document WHERE name = '{first}'")[0]
    assert after[0] != before and after[1:] == ((news / first).stat().st_size, (news / first).stat().st_mtime_ns)
    # The edited text's quote is the one in graph.json now, the old one is gone.
    graph = (tmp_path / "out" / "graph.json").read_text(encoding="utf-8")
    changed = next(line for line, was in zip(swapped.splitlines(), text.splitlines()) if line != was)
    assert changed.split(".")[0] in graph


def test_an_unreadable_file_among_known_ones_is_neither_skipped_nor_added(tmp_path):
    # The update sorts the folder's files into those the store holds (skipped), new ones (read)
    # and those that cannot be read (named in a warning, as a full build names them).
    news, _ = settled_build(tmp_path)
    (news / "zz_binary.txt").write_bytes(bytes(range(256)) * 4)
    result = build(str(news), "--out", str(tmp_path / "out"), "--update")
    line = result.stdout.decode()
    assert line.startswith("added 0 document(s), skipped 5 already in the store"), line
    assert "zz_binary.txt" in result.stderr.decode() and "zz_binary.txt" not in line


def test_a_file_too_recent_to_trust_its_time_is_read_again_even_with_the_same_size_and_time(tmp_path):
    # A file modified within FileStamp.settle of being hashed gets no stamp (a coarse clock could
    # give a rewrite the same time), so a same-size edit at the same time is still found.
    news = corpus(tmp_path / "news", (SEEDS, None))
    first = seed_names()[0]
    soon = time.time() + 60
    os.utime(news / first, (soon, soon))
    build(str(news), "--out", str(tmp_path / "out"))
    store = tmp_path / "out" / "graph.sqlite"
    assert table(store, f"SELECT file_size, file_modified FROM document WHERE name = '{first}'") == [(None, None)]
    text = (news / first).read_text(encoding="utf-8")
    swapped = text.replace("a", "e", 1)
    assert swapped != text and len(swapped.encode()) == len(text.encode())
    (news / first).write_text(swapped, encoding="utf-8")
    os.utime(news / first, (soon, soon))
    line = build(str(news), "--out", str(tmp_path / "out"), "--update").stdout.decode()
    assert line.startswith("added 1 document(s), skipped 4 already in the store"), line


def test_update_recognises_a_known_document_by_its_text_whatever_its_name(tmp_path):
    build(str(SEEDS), "--out", str(tmp_path / "out"))
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, renamed / ("copy-of-" + p.name))
    line = build(str(renamed), "--out", str(tmp_path / "out"), "--update").stdout.decode()
    assert line.startswith("added 0 document(s), skipped 5 already in the store"), line


def test_update_of_a_store_whose_findings_an_older_version_wrote_says_to_build_again(tmp_path):
    build(str(corpus(tmp_path / "week1", (SEEDS, seed_names()[:3]))), "--out", str(tmp_path / "out"))
    store = tmp_path / "out" / "graph.sqlite"
    with sqlite3.connect(store) as db:
        # The JSON the first stores held; those stores kept no aggregation (schema v4) either.
        db.execute("""UPDATE document SET findings = CAST('{"actors":[],"findings":[]}' AS BLOB)""")
        db.execute("DELETE FROM aggregation")
    before = store.read_bytes()
    result = build(str(SEEDS), "--out", str(tmp_path / "out"), "--update", check=False)
    assert result.returncode != 0
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "older ActorGraph" in lines[0] and "without --update" in lines[0], lines
    assert store.read_bytes() == before
    # It is still read.
    assert run("camps", "--graph", str(store)).returncode == 0


def test_update_needs_a_store_and_leaves_no_folder_when_there_is_none(tmp_path):
    result = build(str(SEEDS), "--out", str(tmp_path / "none"), "--update", check=False)
    assert result.returncode != 0
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "no such store" in lines[0], lines
    assert not (tmp_path / "none").exists()


def test_a_sentence_carried_by_several_documents_counts_once(tmp_path):
    first = build(str(SEEDS), "--out", str(tmp_path / "once"))
    # (The seeds themselves may share a sentence between outlets: "Lavrov said …" in two wires.)
    folded_once = int(re.search(r"folded (\d+) duplicate sentence", first.stdout.decode()).group(1))
    repeated = tmp_path / "repeated"
    repeated.mkdir()
    rows = ["file\tpublished\tsource\ttitle"]
    for line in (SEEDS / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        row = line.split("\t")
        for outlet in range(3):
            shutil.copy(SEEDS / row[0], repeated / f"outlet{outlet}_{row[0]}")
            rows.append("\t".join([f"outlet{outlet}_{row[0]}", *row[1:]]))
    (repeated / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = build(str(repeated), "--out", str(tmp_path / "thrice"))
    once = json.loads((tmp_path / "once" / "graph.json").read_text(encoding="utf-8"))
    thrice = json.loads((tmp_path / "thrice" / "graph.json").read_text(encoding="utf-8"))
    support = {(l["source"], l["relation"], l["target"]): l["support"] for l in once["edges"]}
    assert {(l["source"], l["relation"], l["target"]): l["support"] for l in thrice["edges"]} == support
    # Every outlet's copy stays in the evidence.
    assert sum(len(l["evidence"]) for l in thrice["edges"]) == 3 * sum(len(l["evidence"]) for l in once["edges"])
    # Three copies of each evidence sentence, of which one counts (and one of the seeds' own
    # repeats, already folded once).
    sentences = len({(e["doc"], e["sentence"]) for l in once["edges"] for e in l["evidence"]})
    expected = 2 * sentences + folded_once
    folded = f"folded {expected} duplicate sentence(s), 10 document(s) only repeating others"
    assert folded in result.stdout.decode()
    assert f"{expected} duplicate sentence(s) folded" in (tmp_path / "thrice" / "report.md").read_text(encoding="utf-8")


def test_load_puts_a_graph_file_into_a_store_that_answers_as_the_file_does(tmp_path):
    build(str(SEEDS), "--out", str(tmp_path / "out"))
    graphml = tmp_path / "graph.graphml"
    run("export", "--graph", str(tmp_path / "out" / "graph.json"), "--format", "graphml", "-o", str(graphml))
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    counts = f"{len(graph['nodes'])} actor(s), {len(graph['edges'])} relation(s)"
    for source in (tmp_path / "out" / "graph.json", graphml):
        store = tmp_path / f"{source.suffix[1:]}.sqlite"
        result = run("load", str(source), "--store", str(store))
        assert result.stdout.decode().startswith(counts), result.stdout
        for args in (["path", "Jordan", "Assad", "--evidence"], ["neighbors", "Russia"]):
            assert run(*args, "--graph", str(store)).stdout == run(*args, "--graph", str(source)).stdout
    refused = build(str(SEEDS), "--out", str(tmp_path / "loaded"), check=False)
    assert refused.returncode == 0
    shutil.copy(tmp_path / "json.sqlite", tmp_path / "loaded" / "graph.sqlite")
    refused = build(str(SEEDS), "--out", str(tmp_path / "loaded"), "--update", check=False)
    assert refused.returncode != 0 and "loaded from a graph file" in refused.stderr.decode()


@pytest.mark.parametrize("damage, message", [
    (lambda p: p.write_bytes(b"not a database at all, just some bytes " * 200), "not an SQLite database"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE notes (body TEXT)").connection.commit(), "not an ActorGraph store"),
    (lambda p: _add_migration(p, "v9"), "written by a newer ActorGraph (schema v9)"),
])
def test_a_damaged_foreign_or_newer_store_is_refused_in_one_line_and_left_as_it_was(tmp_path, damage, message):
    build(str(SEEDS), "--out", str(tmp_path))
    store = tmp_path / "graph.sqlite"
    store.unlink()
    damage(store)
    before = store.read_bytes()
    for args in (["path", "Jordan", "Assad", "--graph", str(store)], ["neighbors", "Russia", "--graph", str(store)],
                 ["build", str(SEEDS), "--out", str(tmp_path)], ["build", str(SEEDS), "--out", str(tmp_path), "--update"],
                 ["load", str(tmp_path / "graph.json"), "--store", str(store)]):
        result = run(*args, check=False)
        assert result.returncode != 0, args
        lines = result.stderr.decode().strip().splitlines()
        assert len(lines) == 1 and message in lines[0] and str(store) in lines[0], (args, lines)
    assert store.read_bytes() == before


def _add_migration(path: Path, identifier: str) -> None:
    run("load", str(path.parent / "graph.json"), "--store", str(path))
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO grdb_migrations (identifier) VALUES (?)", (identifier,))


def _slow_corpus(tmp_path: Path, name: str, copies: int) -> Path:
    return corpus(tmp_path / name, (SEEDS, None), (DEVSET, None), copies=copies, mark=name)


def test_two_builds_of_one_store_one_waits_for_nothing_and_fails_clearly(tmp_path):
    big = _slow_corpus(tmp_path, "big", 8)
    out = tmp_path / "out"
    first = subprocess.Popen([str(binary()), "build", str(big), "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # The first holds the lock from before it reads the corpus until its last file is written.
    deadline = time.time() + 30
    while not (out / "graph.sqlite.lock").exists() and time.time() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)
    second = run("build", str(SEEDS), "--out", str(out), check=False)
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err.decode()
    assert second.returncode != 0
    lines = second.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "another actorgraph process is writing this store" in lines[0], lines
    assert table(out / "graph.sqlite", "SELECT count(*) FROM document")[0][0] == 8 * 14
    assert table(out / "graph.sqlite", "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize("update", [False, True])
def test_a_build_killed_at_any_moment_leaves_a_store_that_opens_with_the_old_or_the_new_content(tmp_path, update):
    out = tmp_path / "out"
    build(str(SEEDS), "--out", str(out))
    old = table(out / "graph.sqlite", "SELECT count(*) FROM document")[0][0]
    big = _slow_corpus(tmp_path, "big", 4)
    args = [str(binary()), "build", str(big), "--out", str(out)] + (["--update"] if update else [])
    # How long a whole build takes, to kill others at points spread over it.
    started = time.time()
    subprocess.run(args, cwd=tmp_path, capture_output=True, check=True)
    whole = time.time() - started
    build(str(SEEDS), "--out", str(out))
    outcomes = set()
    for fraction in (0.1, 0.3, 0.5, 0.7, 0.85, 0.95, 1.05):
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(whole * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        # actorgraph opens the store first, as a user would: killed inside a transaction, the
        # store has a hot journal, which only a read-write connection rolls back (GraphStore.open
        # opens one then); a read-only SQLite client reads nothing until someone has.
        result = run("path", "Jordan", "Russia", "--graph", str(out / "graph.sqlite"), check=False)
        assert result.returncode == 0 and b"Jordan" in result.stdout, result.stderr.decode()
        documents = table(out / "graph.sqlite", "SELECT count(*) FROM document")[0][0]
        assert documents in (old, old + 4 * 14 if update else 4 * 14), documents
        outcomes.add(documents == old)
        assert table(out / "graph.sqlite", "PRAGMA integrity_check") == [("ok",)]
        build(str(SEEDS), "--out", str(out))
        # The next build clears what a killed one left: a half-written store, output files
        # written under temporary names and not yet renamed.
        assert not list(out.glob(".*.tmp"))
    # Killed early, the old content stays; the runs did not all finish before being killed.
    assert True in outcomes


def test_the_same_articles_give_a_store_of_the_same_content(tmp_path):
    build(str(SEEDS), "--out", str(tmp_path / "one"))
    build(str(SEEDS), "--out", str(tmp_path / "two"))

    def dump(store: Path) -> list[str]:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
            return list(db.iterdump())

    one, two = dump(tmp_path / "one" / "graph.sqlite"), dump(tmp_path / "two" / "graph.sqlite")
    assert len(one) > 100 and one == two
