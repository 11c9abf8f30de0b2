"""The development set in Tests/Fixtures/devset stays well-formed: every gold edge parses, obeys
the kind rules of GUIDELINES.md, names actors listed in the alias table (or an event dated from
the manifest's publication dates), and cites a sentence that occurs verbatim in its article."""

import datetime
import importlib.util
import json
import re
from pathlib import Path

import pytest

DEVSET = Path(__file__).resolve().parents[1] / "Fixtures" / "devset"
ARTICLES = DEVSET / "articles"
SIDE_TAKING = {"state", "organization", "armed_group"}
EVENT = re.compile(r"event:([^:]+):(\d{4}-\d{2}-\d{2})")


def scorer_norm():
    spec = importlib.util.spec_from_file_location("score", DEVSET.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.norm


def manifest() -> dict[str, str]:
    lines = (ARTICLES / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["file", "published", "source", "title"]
    rows = [line.split("\t") for line in lines[1:]]
    assert all(len(row) == 4 for row in rows)
    return {row[0]: row[1] for row in rows}


def alias_kinds() -> dict[str, str]:
    kinds = {}
    for line in (DEVSET / "devset-aliases.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        canonical, kind, forms = line.split("\t")
        assert canonical not in kinds, canonical
        kinds[canonical] = kind
    return kinds


def gold() -> list[dict]:
    text = (DEVSET / "devset-gold.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_articles_are_listed_dated_and_of_article_length():
    published = manifest()
    assert sorted(published) == sorted(p.name for p in ARTICLES.glob("*.txt"))
    for name, date in published.items():
        datetime.date.fromisoformat(date)
        words = len((ARTICLES / name).read_text(encoding="utf-8").split())
        assert 350 <= words <= 700, (name, words)


def test_alias_forms_name_one_actor_each():
    norm, owner = scorer_norm(), {}
    for line in (DEVSET / "devset-aliases.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        canonical, kind, forms = line.split("\t")
        assert kind in SIDE_TAKING | {"person"}, line
        for form in [canonical, *forms.split("|")]:
            assert owner.setdefault(norm(form), canonical) == canonical, (form, owner[norm(form)], canonical)


@pytest.mark.parametrize("edge", gold(), ids=lambda e: f"{e['doc'][:3]}:{e['subject']}-{e['relation']}-{e['object']}")
def test_gold_edge_is_valid(edge):
    published, kinds = manifest(), alias_kinds()
    assert set(edge) == {"doc", "subject", "relation", "object", "evidence"}
    assert edge["doc"] in published
    article = (ARTICLES / edge["doc"]).read_text(encoding="utf-8")
    assert edge["evidence"] in article, "evidence must be copied verbatim from the article"

    def kind(name: str) -> str:
        match = EVENT.fullmatch(name)
        if match:
            datetime.date.fromisoformat(match.group(2))
            assert match.group(1) in article, f"event place {match.group(1)} not in the article"
            return "event"
        assert name in kinds, f"{name} is not in devset-aliases.tsv"
        return kinds[name]

    subject, obj = kind(edge["subject"]), kind(edge["object"])
    allowed = {
        "represents": subject == "person" and obj in ("state", "organization"),
        "attended": subject != "event" and obj == "event",
        "backs": subject in SIDE_TAKING and obj != "event",
        "opposes": subject in SIDE_TAKING and obj != "event",
        "coordinates_with": subject in SIDE_TAKING and obj in SIDE_TAKING,
    }
    assert allowed[edge["relation"]], f"{subject} {edge['relation']} {obj} breaks the kind rules"
    assert edge["subject"] != edge["object"]


def test_gold_has_no_duplicate_or_reversed_symmetric_edges():
    keys = []
    for e in gold():
        ends = (e["subject"], e["object"])
        keys.append((e["doc"], e["relation"], *(sorted(ends) if e["relation"] == "coordinates_with" else ends)))
    assert len(keys) == len(set(keys))
