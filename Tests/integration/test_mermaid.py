"""Mermaid flowchart. No Mermaid parser is installable here (it is a JavaScript package), so this
checks the syntax the file relies on: safe ids, one quoted label per node that decodes through
Mermaid's entity rules to the actor's name, and classDefs for every kind used."""

import html
import re

from conftest import expected_graph

NODE = re.compile(r'^    (a_[A-Za-z0-9_]+)(\(\[|\(|\{\{|\[\[|>)"([^"]*)"(\]\)|\)|\}\}|\]\]|\]):::([a-z_]+)$')
EDGE = re.compile(r'^    (a_[A-Za-z0-9_]+) (-->|--x|---|-\.->|-\.-x|-\.-)\|"([a-z ]+)"\| (a_[A-Za-z0-9_]+)$')


def mermaid_decode(label):
    # Mermaid turns #name; into &name; and #123; into &#123;, then the browser decodes them.
    entity = lambda m: f"&#{m.group(1)};" if m.group(1).isdigit() else f"&{m.group(1)};"
    return html.unescape(re.sub(r"#(\w+);", entity, label))


def test_nodes_edges_and_classes(export):
    lines = export("mermaid").read_text(encoding="utf-8").splitlines()
    nodes, edges = expected_graph()
    assert lines[0] == "flowchart LR"
    node_lines = [NODE.match(l) for l in lines if NODE.match(l)]
    edge_lines = [EDGE.match(l) for l in lines if EDGE.match(l)]
    class_lines = [l for l in lines if l.startswith("    classDef ")]
    style_lines = [l for l in lines if l.startswith("    linkStyle ")]
    assert len(node_lines) + len(edge_lines) + len(class_lines) + len(style_lines) == len(lines) - 1
    assert len(node_lines) == len(nodes) and len(edge_lines) == len(edges)
    labels = sorted(mermaid_decode(m.group(3)) for m in node_lines)
    spaced = lambda s: "".join(" " if (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) else c for c in s)
    assert labels == sorted(spaced(n["name"]) for n in nodes.values())
    ids = {m.group(1) for m in node_lines}
    assert len(ids) == len(nodes)
    assert all(m.group(1) in ids and m.group(4) in ids for m in edge_lines)
    declared = {l.split()[1] for l in class_lines}
    assert {m.group(5) for m in node_lines} <= declared
    linked = sorted(int(i) for l in style_lines for i in l.split()[1].split(","))
    assert linked == list(range(len(edges)))
