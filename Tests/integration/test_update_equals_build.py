"""An update must give what a full build gives: after documents of a built folder are edited,
replaced, re-added, deleted or renamed, `build --update` of the folder writes the graph, the other
files and the store's content that a fresh build of the same documents writes.

An update is additive (docs/store.md): a document deleted from the folder stays in the store, and
a renamed one whose text the store holds is skipped under its stored name; so the full build these
are compared with is of the documents the store then holds, not of the folder alone.

The person index is the trap these cases set: a build resolves persons through the titled persons
of the whole corpus (a person's name is the form most documents write), so a document read with
only the new documents' persons reads otherwise ("John F. Kerry" for "John Kerry" once an edited
seed is read alone)."""
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import ROOT, run

SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "Tests" / "Fixtures"
OUTPUTS = ("graph.json", "graph.html", "report.md", "graph.dot", "graph.svg", "graph.png")
# The seeds and two development splits: 28 documents whose persons recur across files.
SOURCES = (SEEDS, FIXTURES / "devset" / "articles", FIXTURES / "newsdev" / "articles")


def build(*args: str) -> str:
    result = run("build", *args, check=False)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode() + result.stderr.decode()


def manifest_rows(folder: Path) -> dict[str, str]:
    lines = (folder / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0]: line for line in lines if line}


def write_manifest(folder: Path, rows: dict[str, str]) -> None:
    text = "file\tpublished\tsource\ttitle\n" + "".join(rows[name] + "\n" for name in sorted(rows))
    (folder / "manifest.tsv").write_text(text, encoding="utf-8")


def corpus(folder: Path, sources=SOURCES) -> Path:
    """The articles of `sources` with their manifest rows, in one folder."""
    folder.mkdir(parents=True)
    rows = {}
    for source in sources:
        for name, row in manifest_rows(source).items():
            shutil.copy(source / name, folder / name)
            rows[name] = row
    write_manifest(folder, rows)
    return folder


def table(store: Path, sql: str):
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        return db.execute(sql).fetchall()


def store_content(store: Path) -> dict:
    """Every table of a store but what depends on when and how rows were written (the
    generation, digests, file stamps and layouts, a kept SVG's tooltips)."""
    tables = {name: sorted(table(store, f"SELECT * FROM {name}"), key=repr) for name in ("actor", "actor_name", "relation", "evidence")}
    # The kept drawings by format and key; a kept SVG's tooltips are those of the build that drew
    # it (an update that uses it writes its own into it), so its bytes are not compared.
    tables["drawing"] = sorted((f, k, d if f != "svg" else None) for f, k, d in table(store, "SELECT format, key, data FROM drawing"))
    tables["aggregation"] = table(store, "SELECT data FROM aggregation")
    # (`persons` since schema v6: an older binary's stores are compared without it.)
    persons = ", persons" if any(c[1] == "persons" for c in table(store, "PRAGMA table_info(document)")) else ""
    # (`lookups` and the texts since schema v7.)
    v7 = any(c[1] == "lookups" for c in table(store, "PRAGMA table_info(document)"))
    lookups = ", lookups" if v7 else ""
    tables["document"] = table(store, f"SELECT name, content_hash, published, source, title, findings{persons}{lookups} FROM document ORDER BY name")
    if v7:
        tables["text"] = table(store, "SELECT content_hash, data FROM text ORDER BY content_hash")
    tables["snapshot"] = table(store, "SELECT node_count, edge_count, ids, sources, targets, kinds FROM snapshot")
    if persons:
        tables["person_index"] = table(store, "SELECT answers FROM person_index")
    return tables


def assert_same_as_a_full_build(tmp_path: Path, out: Path, documents: Path, folder: Path | None = None) -> None:
    """`out` (an update's output folder) holds what a fresh build of `documents` writes; built
    from where the update's `folder` was (graph.html links each document by its path), when
    they differ."""
    full = tmp_path / "full"
    shutil.rmtree(full, ignore_errors=True)
    if folder is not None and folder != documents:
        folder.rename(tmp_path / "set-aside")
        documents.rename(folder)
        try:
            build(str(folder), "--out", str(full))
        finally:
            folder.rename(documents)
            (tmp_path / "set-aside").rename(folder)
    else:
        build(str(documents), "--out", str(full))
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    updated, fresh = store_content(out / "graph.sqlite"), store_content(full / "graph.sqlite")
    for name in fresh:
        assert updated[name] == fresh[name], name


def edited(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_edited_document_replaces_its_stored_version_as_a_full_build_reads_it(tmp_path):
    # The reproduction: "Russian" → "Russien" in the first seed. Read alone, its two Kerrys
    # ("John F. Kerry", "John Kerry") are one person named by the longer form; in the corpus,
    # by the form most documents write.
    news = corpus(tmp_path / "news")
    build(str(news), "--out", str(tmp_path / "out"))
    edited(news, "000_1c07546f9ddca6f9.txt", "Russian", "Russien")
    line = build(str(news), "--out", str(tmp_path / "out"), "--update")
    assert line.startswith("added 1 document(s), skipped 27 already in the store"), line
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", news)


@pytest.mark.parametrize("how", ["a sentence dropped", "sentences swapped", "another document's text", "a person added"])
def test_documents_replaced_in_several_ways_then_updated_twice_equal_a_full_build(tmp_path, how):
    news = corpus(tmp_path / "news")
    build(str(news), "--out", str(tmp_path / "out"))
    first, second = "1605.txt", "004_175e92e2922cc121.txt"
    for name in (first, second):
        text = (news / name).read_text(encoding="utf-8")
        sentences = text.split(". ")
        if how == "a sentence dropped":
            del sentences[1]
        elif how == "sentences swapped":
            sentences[1], sentences[2] = sentences[2], sentences[1]
        elif how == "another document's text":
            sentences = (SEEDS / "002_7b220a15636fa6cc.txt").read_text(encoding="utf-8").split(". ") + [name]
        else:
            sentences.insert(1, "Russian Foreign Minister Sergey Lavrov and Secretary of State J. Kerry met the press")
        (news / name).write_text(". ".join(sentences), encoding="utf-8")
    build(str(news), "--out", str(tmp_path / "out"), "--update")
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", news)
    # And back: the first version again is a replacement too.
    shutil.copy(SEEDS / second, news / second)
    build(str(news), "--out", str(tmp_path / "out"), "--update")
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", news)


def test_a_document_taken_out_and_added_back_reads_as_in_a_full_build(tmp_path):
    # Added back, the first seed comes first in name order and its persons change how the
    # stored documents' persons resolve: those in the folder are read again.
    news = corpus(tmp_path / "news")
    held = tmp_path / "000_1c07546f9ddca6f9.txt"
    shutil.move(news / held.name, held)
    build(str(news), "--out", str(tmp_path / "out"))
    shutil.move(held, news / held.name)
    line = build(str(news), "--out", str(tmp_path / "out"), "--update")
    assert line.startswith("added 1 document(s), skipped 27 already in the store"), line
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", news)


def separated(tmp_path: Path, names: tuple[str, ...]) -> tuple[Path, Path, Path]:
    """The corpus without `names` (`news`), a folder of those alone with their manifest rows
    (`new`), and the whole corpus (`everything`)."""
    everything = corpus(tmp_path / "everything")
    news = corpus(tmp_path / "news")
    new = tmp_path / "new"
    new.mkdir()
    rows = manifest_rows(news)
    for name in names:
        shutil.move(news / name, new / name)
    write_manifest(new, {name: rows.pop(name) for name in names})
    write_manifest(news, rows)
    return news, new, everything


def test_new_documents_alone_that_change_how_stored_ones_read_give_a_full_builds_graph(tmp_path):
    # The stored documents are not in the new documents' folder: those whose persons now
    # resolve otherwise (the first seed's Kerry) are read again from the texts the store keeps,
    # and only those; the graph, every output file and the store are a full build's of all.
    news, new, everything = separated(tmp_path, ("000_1c07546f9ddca6f9.txt",))
    build(str(news), "--out", str(tmp_path / "out"))
    result = run("build", str(new), "--out", str(tmp_path / "out"), "--update", check=False)
    assert result.returncode == 0, result.stderr.decode()
    assert "warning" not in result.stderr.decode(), result.stderr.decode()
    line = result.stdout.decode()
    assert line.startswith("added 1 document(s), skipped 0 already in the store; read again "), line
    again = int(line.split("read again ")[1].split()[0])
    assert 0 < again < 27, line
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", everything, new)


def test_two_updates_of_new_documents_alone_equal_a_full_build(tmp_path):
    # Two seeds held out and added one update at a time, each from a folder of its own: the
    # second reads again documents the first read again or added.
    news, new, everything = separated(tmp_path, ("000_1c07546f9ddca6f9.txt", "002_7b220a15636fa6cc.txt"))
    build(str(news), "--out", str(tmp_path / "out"))
    second = tmp_path / "second"
    second.mkdir()
    rows = manifest_rows(new)
    shutil.move(new / "002_7b220a15636fa6cc.txt", second / "002_7b220a15636fa6cc.txt")
    write_manifest(second, {"002_7b220a15636fa6cc.txt": rows.pop("002_7b220a15636fa6cc.txt")})
    write_manifest(new, rows)
    build(str(new), "--out", str(tmp_path / "out"), "--update")
    result = run("build", str(second), "--out", str(tmp_path / "out"), "--update", check=False)
    assert result.returncode == 0 and "warning" not in result.stderr.decode(), result.stderr.decode()
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", everything, second)


def older_store(store: Path) -> None:
    """Makes `store` a store of schema v6: no questions, no texts, no v7 migration."""
    with sqlite3.connect(store) as db:
        db.execute("ALTER TABLE document DROP COLUMN lookups")
        db.execute("DROP TABLE text")
        db.execute("DELETE FROM grdb_migrations WHERE identifier = 'v7'")


def test_a_store_of_schema_v6_is_migrated_and_its_documents_without_texts_are_named_in_a_warning(tmp_path):
    # A v6 store keeps no texts: an update from the new documents alone cannot read the stored
    # documents again and says so, as before v7; the store is migrated, the new document's text
    # and questions kept.
    news, new, everything = separated(tmp_path, ("000_1c07546f9ddca6f9.txt",))
    build(str(news), "--out", str(tmp_path / "out"))
    store = tmp_path / "out" / "graph.sqlite"
    older_store(store)
    result = run("build", str(new), "--out", str(tmp_path / "out"), "--update", check=False)
    assert result.returncode == 0, result.stderr.decode()
    err = result.stderr.decode()
    assert "stored before schema v7 (without their text) and not in" in err and "build again from the whole corpus" in err, err
    assert ("v7",) in table(store, "SELECT identifier FROM grdb_migrations")
    assert table(store, "SELECT count(*) FROM text") == [(1,)]
    assert table(store, "SELECT count(*) FROM document WHERE lookups IS NOT NULL") == [(1,)]


def test_a_store_of_schema_v6_updated_from_the_whole_folder_equals_a_full_build(tmp_path):
    # From the whole corpus folder, the v6 store's documents that may read otherwise are read
    # again from their files (they have no questions: every one), and keep texts and questions.
    news, new, everything = separated(tmp_path, ("000_1c07546f9ddca6f9.txt",))
    build(str(news), "--out", str(tmp_path / "out"))
    older_store(tmp_path / "out" / "graph.sqlite")
    line = build(str(everything), "--out", str(tmp_path / "out"), "--update")
    assert line.startswith("added 1 document(s), skipped 27 already in the store"), line
    assert "warning" not in line, line
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", everything)


def test_a_deleted_document_stays_in_the_store_as_an_update_is_additive(tmp_path):
    # The folder without one document: the update keeps it (a folder of new documents alone is
    # an update's other use), so the graph is a full build's of the folder with it; an edit
    # elsewhere in the same update is read with its persons too.
    news = corpus(tmp_path / "news")
    build(str(news), "--out", str(tmp_path / "out"))
    kept = tmp_path / "kept"
    shutil.copytree(news, kept)
    (news / "003_2fae88291336e6af.txt").unlink()
    for folder in (news, kept):
        edited(folder, "002_7b220a15636fa6cc.txt", "Russian", "Russien")
    line = build(str(news), "--out", str(tmp_path / "out"), "--update")
    assert line.startswith("added 1 document(s), skipped 26 already in the store"), line
    assert "003_2fae88291336e6af.txt" in [r[0] for r in table(tmp_path / "out" / "graph.sqlite", "SELECT name FROM document")]
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", kept, news)


def test_a_renamed_document_is_known_by_its_text_and_keeps_its_stored_name(tmp_path):
    # Renamed (same text): skipped, as the store holds its text; its evidence keeps citing the
    # stored name. A renamed and edited one is a new document (the old one stays, additive).
    news = corpus(tmp_path / "news")
    build(str(news), "--out", str(tmp_path / "out"))
    stored = tmp_path / "stored"
    shutil.copytree(news, stored)
    # The manifest keeps the old names' rows too: the page titles the stored documents from it.
    rows = manifest_rows(news)
    (news / "004_175e92e2922cc121.txt").rename(news / "zz_renamed.txt")
    rows["zz_renamed.txt"] = rows["004_175e92e2922cc121.txt"].replace("004_175e92e2922cc121.txt", "zz_renamed.txt", 1)
    (news / "001_9b6036214359df01.txt").rename(news / "000_first.txt")
    rows["000_first.txt"] = rows["001_9b6036214359df01.txt"].replace("001_9b6036214359df01.txt", "000_first.txt", 1)
    edited(news, "000_first.txt", "Russian", "Russien")
    write_manifest(news, rows)
    line = build(str(news), "--out", str(tmp_path / "out"), "--update")
    assert line.startswith("added 1 document(s), skipped 27 already in the store"), line
    # What the store then holds: every stored document under its stored name, and the new one.
    shutil.copy(news / "000_first.txt", stored / "000_first.txt")
    write_manifest(stored, {**manifest_rows(stored), "000_first.txt": rows["000_first.txt"]})
    assert_same_as_a_full_build(tmp_path, tmp_path / "out", stored, news)
