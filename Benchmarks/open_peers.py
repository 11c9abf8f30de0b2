#!/usr/bin/env python3
"""What a NetworkX or python-igraph user pays to answer one path question from a file, for
Benchmarks/open.sh (which times the whole process with /usr/bin/time -v):

    open_peers.py networkx graph.json A B      # json.load + node_link_graph(edges="edges") + shortest_path
    open_peers.py igraph graph.graphml A B     # Graph.Read_GraphML + get_shortest_path(mode="all")

Both search undirected, as `actorgraph path` does by default. Prints the number of hops on
stdout and the time of each step on stderr.
"""
import sys
import time


def main():
    tool, path, a, b = sys.argv[1:5]
    t0 = time.perf_counter()
    if tool == "networkx":
        import json
        import networkx as nx
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        t1 = time.perf_counter()
        graph = nx.node_link_graph(data, edges="edges")
        t2 = time.perf_counter()
        hops = len(nx.shortest_path(graph.to_undirected(as_view=True), a, b)) - 1
    elif tool == "igraph":
        import igraph
        graph = igraph.Graph.Read_GraphML(path)
        t1 = t2 = time.perf_counter()
        ids = graph.vs["id"]
        hops = len(graph.get_shortest_path(ids.index(a), ids.index(b), mode="all")) - 1
    else:
        sys.exit(f"unknown tool {tool}")
    t3 = time.perf_counter()
    print(hops)
    print(f"{tool}: parse {t1 - t0:.2f} s, build {t2 - t1:.2f} s, query {t3 - t2:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
