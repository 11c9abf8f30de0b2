#!/usr/bin/env python3
r"""Writes a synthetic graph.json (node-link JSON as `actorgraph build` writes it) for the
opening benchmark (Benchmarks/open.sh): NODES actors, EDGES relations, one evidence quote each.

    Benchmarks/make-graph-json.py NODES EDGES OUT_DIR [--style ours|networkx] [--seed 20151030]

The graph is a Chung-Lu graph like QueryBenchmark's (power-law expected degrees, node i has
weight (i+1)^(-2/3), ids shuffled so hubs are spread), with actor kinds (states,
organizations, armed groups, persons, events) and relations chosen so that every edge keeps
the kind rules (RelationKind.allows); repeated pairs are dropped. Each edge has one evidence
entry: a document, a sentence number, a quote of 80-130 characters (some with non-ASCII letters
and escaped quotes), offsets and a rule.

--style ours (the default) writes keys sorted and indented as NodeLinkJSON.encode does;
--style networkx writes what `json.dump(nx.node_link_data(G, edges="edges"), f)` writes: compact,
keys in insertion order, non-ASCII as \u escapes. It also writes pair.tsv: two connected actors'
ids, for `actorgraph path A B`.
"""
import argparse
import itertools
import json
import os
import random

KINDS = ["state"] * 5 + ["organization", "armed_group", "person", "person", "event"]
SIDE = {"state", "organization", "armed_group"}
SYLLABLES = ["ka", "ro", "vi", "sun", "mar", "tel", "do", "qa", "zen", "bor", "li", "ush", "ne", "ta", "gro", "é"]
CITIES = ["Vienna", "Geneva", "Doha", "Astana", "Sochi", "Lausanne", "Riyadh", "Ankara", "Amman", "Oslo"]
VERBS = {
    "backs": ["pledged support for", "sent weapons to", "stood firmly behind"],
    "opposes": ["condemned", "launched strikes against", "warned"],
    "coordinates_with": ["agreed to work with", "signed a joint statement with"],
    "member_of": ["joined", "is a member of"],
    "attended": ["attended", "took part in"],
    "represents": ["spoke for", "represents"],
}


def word(rng, n):
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def slug(text):
    out, dash = [], False
    for ch in text.lower():
        if ch.isalnum():
            if dash and out:
                out.append("-")
            out.append(ch)
            dash = False
        else:
            dash = True
    return "".join(out)


def relation_for(rng, ku, kv):
    if ku in SIDE and kv in SIDE:
        choices = ["backs", "opposes", "coordinates_with"]
        if kv in ("organization", "armed_group"):
            choices.append("member_of")
        return rng.choice(choices)
    if ku in SIDE and kv == "person":
        return rng.choice(["backs", "opposes"])
    if ku != "event" and kv == "event":
        return "attended"
    if ku == "person" and kv in ("state", "organization"):
        return "represents"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("nodes", type=int)
    parser.add_argument("edges", type=int)
    parser.add_argument("out")
    parser.add_argument("--style", choices=["ours", "networkx"], default="ours")
    parser.add_argument("--seed", type=int, default=20151030)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n, m = args.nodes, args.edges

    kinds = [KINDS[i % len(KINDS)] for i in range(n)]
    actors = []
    for i in range(n):
        kind = kinds[i]
        if kind == "event":
            place, date = rng.choice(CITIES), f"2015-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            label = f"{place} {date} #{i}"
            actors.append({"id": f"event-{slug(place)}-{date}-{i}", "label": label, "kind": kind,
                           "aliases": [], "place": place, "date": date})
        elif kind == "person":
            first, last = word(rng, 2), word(rng, 3)
            label = f"{first} {last} {i}"
            actors.append({"id": slug(label), "label": label, "kind": kind, "aliases": [f"{last} {i}"]})
        else:
            name = word(rng, 3)
            label = f"{name} {kind.replace('_', ' ')} {i}"
            aliases = [f"{word(rng, 2)} {i}"] if kind == "state" else []
            actors.append({"id": slug(label), "label": label, "kind": kind, "aliases": aliases})

    # Chung-Lu endpoints: weight (rank+1)^(-2/3), ranks shuffled over the ids.
    ranks = list(range(n))
    rng.shuffle(ranks)
    cum = list(itertools.accumulate((r + 1) ** (-2 / 3) for r in ranks))
    population = range(n)
    seen, edges = set(), []
    while len(edges) < m:
        need = m - len(edges)
        us = rng.choices(population, cum_weights=cum, k=need + need // 4 + 16)
        vs = rng.choices(population, cum_weights=cum, k=len(us))
        for u, v in zip(us, vs):
            if u == v:
                continue
            rel = relation_for(rng, kinds[u], kinds[v])
            if rel is None:
                u, v = v, u
                rel = relation_for(rng, kinds[u], kinds[v])
                if rel is None:
                    continue
            a, b = actors[u]["id"], actors[v]["id"]
            if rel == "coordinates_with" and b < a:
                a, b, u, v = b, a, v, u
            key = (a, rel, b)
            if key in seen:
                continue
            seen.add(key)
            edges.append((u, rel, v))
            if len(edges) == m:
                break

    docs = max(1, m // 20)
    edges.sort(key=lambda e: (actors[e[0]]["id"], e[1], actors[e[2]]["id"]))
    evidence = []
    for u, rel, v in edges:
        quote = f"{actors[u]['label']} {rng.choice(VERBS[rel])} {actors[v]['label']}, officials said on Friday after talks in {rng.choice(CITIES)}."
        if rng.random() < 0.1:
            quote = f'“{quote}” – a spokesman called it "a turning point".'
        start = rng.randint(0, 20000)
        evidence.append({"doc": f"doc-{rng.randrange(docs):06d}.txt", "end": start + len(quote), "quote": quote,
                         "rule": f"relations.rules:{rng.randint(1, 400)}", "sentence": rng.randint(0, 60), "start": start})
    os.makedirs(args.out, exist_ok=True)
    if args.style == "networkx":
        write_networkx(os.path.join(args.out, "graph.json"), actors, edges, evidence)
    else:
        write_ours(os.path.join(args.out, "graph.json"), actors, edges, evidence)

    # A pair for `path`: two side-taking actors that each have an edge.
    touched = sorted({u for u, _, _ in edges} | {v for _, _, v in edges})
    side = [i for i in touched if kinds[i] in SIDE]
    a, b = rng.sample(side, 2)
    with open(os.path.join(args.out, "pair.tsv"), "w") as f:
        f.write(f"{actors[a]['id']}\t{actors[b]['id']}\n")


def write_networkx(path, actors, edges, evidence):
    """As json.dump(nx.node_link_data(G, edges="edges"), f) of a MultiDiGraph keyed by relation."""
    nodes = []
    for actor in actors:
        attrs = {k: v for k, v in actor.items() if k != "id"}
        nodes.append({**attrs, "id": actor["id"]})
    links = [{"relation": rel, "support": 1, "evidence": [ev], "source": actors[u]["id"], "target": actors[v]["id"], "key": rel}
             for (u, rel, v), ev in zip(edges, evidence)]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "edges": links}, f)


def write_ours(path, actors, edges, evidence):
    """Sorted keys, two-space indent and " : " as NodeLinkJSON.encode (JSONEncoder on Linux)."""
    m, n = len(edges), len(actors)
    dumps = lambda s: json.dumps(s, ensure_ascii=False)
    with open(path, "w", encoding="utf-8") as f:
        f.write('{\n  "directed" : true,\n  "edges" : [\n')
        for index, ((u, rel, v), ev) in enumerate(zip(edges, evidence)):
            f.write("    {\n      \"evidence\" : [\n        {\n")
            f.write(f'          "doc" : "{ev["doc"]}",\n')
            f.write(f'          "end" : {ev["end"]},\n')
            f.write(f'          "quote" : {dumps(ev["quote"])},\n')
            f.write(f'          "rule" : "{ev["rule"]}",\n')
            f.write(f'          "sentence" : {ev["sentence"]},\n')
            f.write(f'          "start" : {ev["start"]}\n        }}\n      ],\n')
            f.write(f'      "key" : "{rel}",\n      "relation" : "{rel}",\n')
            f.write(f'      "source" : {dumps(actors[u]["id"])},\n      "support" : 1,\n')
            f.write(f'      "target" : {dumps(actors[v]["id"])}\n    }}{"," if index < m - 1 else ""}\n')
        f.write('  ],\n  "graph" : {\n\n  },\n  "multigraph" : true,\n  "nodes" : [\n')
        for index, actor in enumerate(sorted(actors, key=lambda a: a["id"])):
            f.write("    {\n")
            aliases = ",\n".join(f"        {dumps(a)}" for a in actor["aliases"])
            f.write(f'      "aliases" : [\n{aliases}\n      ],\n' if aliases else '      "aliases" : [\n\n      ],\n')
            if "date" in actor:
                f.write(f'      "date" : "{actor["date"]}",\n')
            f.write(f'      "id" : {dumps(actor["id"])},\n      "kind" : "{actor["kind"]}",\n')
            f.write(f'      "label" : {dumps(actor["label"])}' + (",\n" if "place" in actor else "\n"))
            if "place" in actor:
                f.write(f'      "place" : {dumps(actor["place"])}\n')
            f.write("    }" + (",\n" if index < n - 1 else "\n"))
        f.write("  ]\n}\n")


if __name__ == "__main__":
    main()
