"""Neo4j bulk-import CSV and the Cypher script. No Neo4j server can be installed here (it is in
neither Debian nor PyPI), so these check the files against Neo4j's documented header syntax, CSV
quoting and Cypher literal grammar, and that the data read back is the graph's."""

import csv
import json
import re

from conftest import expected_graph

# Neo4j header fields: name, name:type, name:type[], :ID(Group), :START_ID(Group), :LABEL, :TYPE …
HEADER_FIELD = re.compile(
    r"^(?:[A-Za-z_][A-Za-z0-9_]*)?(?::(?:ID|START_ID|END_ID)\([A-Za-z]+\)|:LABEL|:TYPE|"
    r":(?:int|long|float|double|boolean|byte|short|char|string|date|datetime)(?:\[\])?)?$")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def guarded(text):
    return "'" + text if text.startswith(FORMULA_START) else text


def test_headers_follow_neo4j_syntax(export):
    folder = export("neo4j-csv", name="neo4j")
    nodes, rels = read_csv(folder / "nodes.csv"), read_csv(folder / "relationships.csv")
    assert nodes[0] == ["id:ID(Actor)", "name", ":LABEL", "kind", "aliases:string[]", "place", "date:date"]
    assert rels[0][:3] == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"]
    for field in nodes[0] + rels[0]:
        assert HEADER_FIELD.match(field), field


def test_rows_read_back_with_formula_guard(export):
    folder = export("neo4j-csv", name="neo4j")
    nodes, edges = expected_graph()
    rows = read_csv(folder / "nodes.csv")[1:]
    assert len(rows) == len(nodes)
    for node_id, name, labels, kind, aliases, place, date in rows:
        original = node_id[1:] if node_id.startswith("'") and node_id[1:].startswith(FORMULA_START) else node_id
        want = nodes[original]
        assert name == guarded(want["name"])
        assert not name.startswith(FORMULA_START)
        assert labels.split(";")[0] == "Actor" and kind == want["kind"]
        expected_aliases = [guarded(a.replace(";", ",")) for a in want["aliases"]]
        assert (aliases.split(";") if aliases else []) == expected_aliases
        assert (place or None) == want["place"] and (date or None) == want["date"]
    rels = read_csv(folder / "relationships.csv")
    header, rows = rels[0], rels[1:]
    got = {}
    for row in rows:
        cell = dict(zip(header, row))
        got[(cell[":START_ID(Actor)"], cell[":TYPE"].lower(), cell[":END_ID(Actor)"])] = cell
    assert set(got) == set(edges)
    for key, want in edges.items():
        assert int(got[key]["support:int"]) == want["support"]
        assert json.loads(got[key]["evidence"]) == want["evidence"]


class CypherLiteral:
    """A parser for the Cypher literals the script uses (maps, lists, strings, integers, null),
    following the Cypher grammar's escapes: \\\\ \\' \\" \\n \\r \\t \\b \\f \\uXXXX."""

    ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}

    def __init__(self, text):
        self.text, self.i = text, 0

    def parse(self):
        value = self.value()
        self.space()
        assert self.i == len(self.text), self.text[self.i:self.i + 40]
        return value

    def space(self):
        while self.i < len(self.text) and self.text[self.i] == " ":
            self.i += 1

    def value(self):
        self.space()
        c = self.text[self.i]
        if c == "{":
            return self.sequence("}", self.entry, dict)
        if c == "[":
            return self.sequence("]", self.value, list)
        if c == "'":
            return self.string()
        if self.text.startswith("null", self.i):
            self.i += 4
            return None
        m = re.compile(r"-?\d+").match(self.text, self.i)
        assert m, self.text[self.i:self.i + 40]
        self.i = m.end()
        return int(m.group())

    def sequence(self, close, item, kind):
        self.i += 1
        items = []
        self.space()
        if self.text[self.i] == close:
            self.i += 1
            return kind(items)
        while True:
            items.append(item())
            self.space()
            c = self.text[self.i]
            self.i += 1
            if c == close:
                return kind(items)
            assert c == ",", self.text[self.i - 1:self.i + 40]

    def entry(self):
        self.space()
        m = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(self.text, self.i)
        assert m
        self.i = m.end()
        self.space()
        assert self.text[self.i] == ":"
        self.i += 1
        return (m.group(), self.value())

    def string(self):
        self.i += 1
        out = []
        while True:
            c = self.text[self.i]
            self.i += 1
            if c == "'":
                return "".join(out)
            if c == "\\":
                e = self.text[self.i]
                self.i += 1
                if e == "u":
                    out.append(chr(int(self.text[self.i:self.i + 4], 16)))
                    self.i += 4
                else:
                    out.append(self.ESCAPES[e])
            else:
                assert c not in "\n\r", "raw line break inside a string"
                out.append(c)


def test_cypher_script_is_parameterised_and_carries_the_data(export):
    script = export("cypher-shell").read_text(encoding="utf-8")
    nodes, edges = expected_graph()
    got_nodes, got_edges = {}, {}
    lines = script.split("\n")
    for index, line in enumerate(lines):
        if not line.startswith(":param "):
            continue
        params = CypherLiteral(line[len(":param "):]).parse()
        statement = "\n".join(lines[index + 1:index + 5])
        assert statement.startswith("UNWIND $rows AS row")
        for row in params["rows"]:
            if "id" in row:
                got_nodes[row["id"]] = row
                assert f"SET a:{row['kind'].title().replace('_', '')}," in statement
            else:
                rel = re.search(r"\[r:([A-Z_]+)\]", statement).group(1).lower()
                got_edges[(row["source"], rel, row["target"])] = row
    assert set(got_nodes) == set(nodes)
    for node_id, want in nodes.items():
        row = got_nodes[node_id]
        assert (row["name"], row["kind"], row["aliases"], row["place"], row["date"]) == \
            (want["name"], want["kind"], want["aliases"], want["place"], want["date"])
    assert set(got_edges) == set(edges)
    for key, want in edges.items():
        assert got_edges[key]["support"] == want["support"]
        assert json.loads(got_edges[key]["evidence"]) == want["evidence"]
    # No user text outside the parameter lines: statements are fixed text.
    statements = "\n".join(line for line in lines if not line.startswith(":param "))
    for want in nodes.values():
        if len(want["name"]) > 4:
            assert want["name"] not in statements
