"""RDF Turtle: rdflib parses it, and SPARQL finds exactly the backs edges with their evidence."""

from urllib.parse import quote, unquote

import rdflib

from conftest import expected_graph

AG = rdflib.Namespace("https://actorgraph.dev/ns#")
ACTOR = "https://actorgraph.dev/actor/"


def load(export):
    g = rdflib.Graph()
    g.parse(export("turtle"), format="turtle")
    return g


def actor_id(iri) -> str:
    assert str(iri).startswith(ACTOR)
    return unquote(str(iri)[len(ACTOR):])


def test_sparql_returns_exactly_the_backs_edges(export):
    g = load(export)
    _, edges = expected_graph()
    rows = g.query("PREFIX ag: <https://actorgraph.dev/ns#> SELECT ?a ?b WHERE { ?a ag:backs ?b }")
    assert {(actor_id(a), actor_id(b)) for a, b in rows} == {(s, t) for (s, r, t) in edges if r == "backs"}


def test_labels_kinds_and_evidence_read_back(export):
    g = load(export)
    nodes, edges = expected_graph()
    classes = {"state": AG.State, "organization": AG.Organization, "armed_group": AG.ArmedGroup,
               "person": AG.Person, "event": AG.Event}
    for node_id, want in nodes.items():
        iri = rdflib.URIRef(ACTOR + quote(node_id, safe="-._~"))
        assert str(g.value(iri, rdflib.RDFS.label)) == want["name"]
        assert (iri, rdflib.RDF.type, classes[want["kind"]]) in g
        assert sorted(str(a) for a in g.objects(iri, AG.alias)) == want["aliases"]
    rows = g.query("""
        PREFIX ag: <https://actorgraph.dev/ns#>
        SELECT ?s ?p ?o ?support ?doc ?sentence ?quote ?start ?end WHERE {
          ?x a ag:Assertion ; ag:subject ?s ; ag:predicate ?p ; ag:object ?o ; ag:support ?support .
          OPTIONAL { ?x ag:evidence [ ag:doc ?doc ; ag:sentence ?sentence ; ag:quote ?quote ;
                                      ag:start ?start ; ag:end ?end ] }
        }""")
    names = {"backs": "backs", "opposes": "opposes", "coordinatesWith": "coordinates_with",
             "attended": "attended", "represents": "represents"}
    got = {}
    for s, p, o, support, doc, sentence, quote_, start, end in rows:
        key = (actor_id(s), names[str(p).rsplit("#", 1)[1]], actor_id(o))
        entry = got.setdefault(key, {"support": support.toPython(), "evidence": []})
        if doc is not None:
            entry["evidence"].append({"doc": str(doc), "sentence": sentence.toPython(), "quote": str(quote_),
                                      "start": start.toPython(), "end": end.toPython()})
    assert set(got) == set(edges)
    for key, want in edges.items():
        assert got[key]["support"] == want["support"]
        ordered = sorted(got[key]["evidence"], key=lambda v: (v["doc"], v["sentence"], v["start"], v["end"], v["quote"]))
        assert ordered == want["evidence"]
