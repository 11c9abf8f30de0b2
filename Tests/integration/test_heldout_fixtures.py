"""The held-out splits (Tests/Fixtures/heldout, 201-212; heldout2, 301-310; heldout3, 401-415; heldout4, 501-514; heldout5,
601-614; heldout6, 701-714; heldout7, 801-814; heldout8, 901-914; heldout9, 1001-1014; heldout10, 1101-1114;
heldout11, 1201-1214; heldout12, 1301-1314; heldout13, 1501-1514; heldout14, 1801-1814; heldout15, 2001-2014; heldout16, 2201-2214; heldout17, 2301-2314; heldout18, 2401-2414; heldout19, 2601-2614; heldout20, 2701-2714; heldout21, 2801-2814; heldout22, 2901-2914; heldout23, 3001-3014; heldout24, 3101-3114; heldout25, 3201-3214; heldout26, 3301-3314; heldout27, 3401-3414; heldout28, 3501-3514; heldout29, 3601-3614; heldout30, 3701-3714; heldout31, 3801-3814; heldout32, 3901-3914; heldout33, 4001-4014; heldout34, 4101-4114; heldout35, 4201-4214; heldout36, 4301-4314; heldout37, 4401-4414; heldout38, 4501-4514; heldout39, 4601-4614; heldout40, 4701-4714; heldout41, 4801-4814; heldout42, 4901-4914; heldout43, 5001-5014; heldout44, 5101-5114; heldout45, 5201-5214; heldout46, 5301-5314; and the development splits meetings,
1401-1410, newsdev, 1601-1614, newsdev2, 1701-1714, newsdev3, 1901-1914, and newsdev4, 2101-2114) stay
well-formed: each gold edge names a document of the manifest, one of the five relations and, for
attendance, an event written event:<Place>:<YYYY-MM-DD>; it cites words that occur verbatim in its article; and
its ends are in the split's alias table. Only the form is checked here: the splits are scored by
scripts/score-devset.sh at the start and the end of a piece of work, never in tests."""

import json
import re
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "Fixtures"
SPLITS = [("heldout", "heldout-gold.jsonl", "heldout-aliases.tsv"), ("heldout2", "heldout2-gold.jsonl", "heldout2-aliases.tsv"),
          ("heldout3", "heldout3-gold.jsonl", "heldout3-aliases.tsv"),
          ("heldout4", "heldout4-gold.jsonl", "heldout4-aliases.tsv"),
          ("heldout5", "heldout5-gold.jsonl", "heldout5-aliases.tsv"),
          ("heldout6", "heldout6-gold.jsonl", "heldout6-aliases.tsv"),
          ("heldout7", "heldout7-gold.jsonl", "heldout7-aliases.tsv"),
          ("heldout8", "heldout8-gold.jsonl", "heldout8-aliases.tsv"),
          ("heldout9", "heldout9-gold.jsonl", "heldout9-aliases.tsv"),
          ("heldout10", "heldout10-gold.jsonl", "heldout10-aliases.tsv"),
          ("heldout11", "heldout11-gold.jsonl", "heldout11-aliases.tsv"),
          ("heldout12", "heldout12-gold.jsonl", "heldout12-aliases.tsv"),
          ("heldout13", "heldout13-gold.jsonl", "heldout13-aliases.tsv"),
          ("heldout14", "heldout14-gold.jsonl", "heldout14-aliases.tsv"),
          ("heldout15", "heldout15-gold.jsonl", "heldout15-aliases.tsv"),
          ("heldout16", "heldout16-gold.jsonl", "heldout16-aliases.tsv"),
          ("heldout17", "heldout17-gold.jsonl", "heldout17-aliases.tsv"),
          ("heldout18", "heldout18-gold.jsonl", "heldout18-aliases.tsv"),
          ("heldout19", "heldout19-gold.jsonl", "heldout19-aliases.tsv"),
          ("heldout20", "heldout20-gold.jsonl", "heldout20-aliases.tsv"),
          ("heldout21", "heldout21-gold.jsonl", "heldout21-aliases.tsv"),
          ("heldout22", "heldout22-gold.jsonl", "heldout22-aliases.tsv"),
          ("heldout23", "heldout23-gold.jsonl", "heldout23-aliases.tsv"),
          ("heldout24", "heldout24-gold.jsonl", "heldout24-aliases.tsv"),
          ("heldout25", "heldout25-gold.jsonl", "heldout25-aliases.tsv"),
          ("heldout26", "heldout26-gold.jsonl", "heldout26-aliases.tsv"),
          ("heldout27", "heldout27-gold.jsonl", "heldout27-aliases.tsv"),
          ("heldout28", "heldout28-gold.jsonl", "heldout28-aliases.tsv"),
          ("heldout29", "heldout29-gold.jsonl", "heldout29-aliases.tsv"),
          ("heldout30", "heldout30-gold.jsonl", "heldout30-aliases.tsv"),
          ("heldout31", "heldout31-gold.jsonl", "heldout31-aliases.tsv"),
          ("heldout32", "heldout32-gold.jsonl", "heldout32-aliases.tsv"),
          ("heldout33", "heldout33-gold.jsonl", "heldout33-aliases.tsv"),
          ("heldout34", "heldout34-gold.jsonl", "heldout34-aliases.tsv"),
          ("heldout35", "heldout35-gold.jsonl", "heldout35-aliases.tsv"),
          ("heldout36", "heldout36-gold.jsonl", "heldout36-aliases.tsv"),
          ("heldout37", "heldout37-gold.jsonl", "heldout37-aliases.tsv"),
          ("heldout38", "heldout38-gold.jsonl", "heldout38-aliases.tsv"),
          ("heldout39", "heldout39-gold.jsonl", "heldout39-aliases.tsv"),
          ("heldout40", "heldout40-gold.jsonl", "heldout40-aliases.tsv"),
          ("heldout41", "heldout41-gold.jsonl", "heldout41-aliases.tsv"),
          ("heldout42", "heldout42-gold.jsonl", "heldout42-aliases.tsv"),
          ("heldout43", "heldout43-gold.jsonl", "heldout43-aliases.tsv"),
          ("heldout44", "heldout44-gold.jsonl", "heldout44-aliases.tsv"),
          ("heldout45", "heldout45-gold.jsonl", "heldout45-aliases.tsv"),
          ("heldout46", "heldout46-gold.jsonl", "heldout46-aliases.tsv"),
          ("meetings", "meetings-gold.jsonl", "meetings-aliases.tsv"),
          ("newsdev", "newsdev-gold.jsonl", "newsdev-aliases.tsv"),
          ("newsdev2", "newsdev2-gold.jsonl", "newsdev2-aliases.tsv"),
          ("newsdev3", "newsdev3-gold.jsonl", "newsdev3-aliases.tsv"),
          ("newsdev4", "newsdev4-gold.jsonl", "newsdev4-aliases.tsv"),
          ("newsdev5", "newsdev5-gold.jsonl", "newsdev5-aliases.tsv")]
RELATIONS = {"backs", "opposes", "coordinates_with", "attended", "represents"}
EVENT = re.compile(r"event:[^:]+:\d{4}-\d{2}-\d{2}")


@pytest.mark.parametrize("folder,gold,aliases", SPLITS, ids=[s[0] for s in SPLITS])
def test_split_is_well_formed(folder, gold, aliases):
    root = FIXTURES / folder
    lines = (root / "articles" / "manifest.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["file", "published", "source", "title"]
    documents = {line.split("\t")[0] for line in lines[1:]}
    assert documents == {p.name for p in (root / "articles").glob("*.txt")}
    names = set()
    for line in (root / aliases).read_text(encoding="utf-8").splitlines()[1:]:
        canonical, _kind, _forms = line.split("\t")
        names.add(canonical)
    edges = [json.loads(line) for line in (root / gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert edges
    for edge in edges:
        assert set(edge) == {"doc", "subject", "relation", "object", "evidence"}, edge
        assert edge["doc"] in documents, edge
        assert edge["relation"] in RELATIONS, edge
        text = (root / "articles" / edge["doc"]).read_text(encoding="utf-8")
        assert edge["evidence"] in text, edge
        assert edge["subject"] in names, edge
        if edge["relation"] == "attended":
            assert EVENT.fullmatch(edge["object"]), edge
        else:
            assert edge["object"] in names, edge
