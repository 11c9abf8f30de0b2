#!/usr/bin/env python3
"""Runs QueryBenchmark's queries with python-igraph and NetworkX on the same generated files.

    query_peers.py DIR [--skip networkx] [--skip igraph]

DIR holds edges.tsv, pairs.tsv and meta.tsv written by `QueryBenchmark generate`. Prints
`tool<TAB>metric<TAB>value` rows like `QueryBenchmark run`. Both libraries get an undirected
graph with the relation label on each edge (igraph: an edge attribute; NetworkX: edge data),
as ActorGraphQueries keeps a relation per edge.
"""
import gc
import os
import sys
import time
from array import array


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def read_edges(path):
    with open(path) as f:
        nodes, edges = map(int, f.readline().split())
        sources, targets, labels = array("i"), array("i"), []
        intern = {}
        for line in f:
            s, t, label = line.split("\t")
            sources.append(int(s))
            targets.append(int(t))
            labels.append(intern.setdefault(label, label.rstrip("\n")))
    assert len(sources) == edges, f"{path}: header says {edges} edges, found {len(sources)}"
    return nodes, sources, targets, labels


def read_pairs(path):
    with open(path) as f:
        return [tuple(map(int, line.split())) for line in f if line.strip()]


def read_meta(path):
    with open(path) as f:
        return {k: int(v) for k, v in (line.split() for line in f if line.strip())}


def emit(tool, metric, value):
    print(f"{tool}\t{metric}\t{value:.3f}" if isinstance(value, float) else f"{tool}\t{metric}\t{value}", flush=True)


def best_of_3(query):
    """The fastest of three runs of `query` in seconds, and its last result."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        result = query()
        best = min(best, time.perf_counter() - t)
    return best, result


def measure(tool, folder, pairs, meta, build, hops_between, reached_from, within_two_hops):
    """Loads the graph with `build`, then runs the same rows as `QueryBenchmark run`:
    `hops_between(graph, s, t)` gives a path length or None, `reached_from(graph, v)` the number
    of nodes a BFS reaches, `within_two_hops(graph, v)` the size of the 2-hop neighbourhood."""
    start = time.perf_counter()
    nodes, sources, targets, labels = read_edges(os.path.join(folder, "edges.tsv"))
    parsed = time.perf_counter()
    gc.collect()
    rss0 = rss_bytes()
    graph, edges = build(nodes, sources, targets, labels)
    built = time.perf_counter()
    gc.collect()
    rss1 = rss_bytes()
    emit(tool, "load_s", built - start)
    emit(tool, "load_parse_s", parsed - start)
    emit(tool, "load_build_s", built - parsed)
    t = time.perf_counter()
    hops = unreachable = 0
    for s, d in pairs:
        length = hops_between(graph, s, d)
        if length is None:
            unreachable += 1
        else:
            hops += length
    emit(tool, "pair_us", (time.perf_counter() - t) / len(pairs) * 1e6)
    emit(tool, "pair_check", f"{hops} hops, {unreachable} unreachable")
    seconds, reached = best_of_3(lambda: reached_from(graph, meta["bfs_source"]))
    emit(tool, "bfs_ms", seconds * 1e3)
    emit(tool, "bfs_check", f"{reached} reached")
    seconds, two = best_of_3(lambda: within_two_hops(graph, meta["hub"]))
    emit(tool, "hop2_ms", seconds * 1e3)
    emit(tool, "hop2_check", f"{two} within 2 hops")
    emit(tool, "rss_bytes_per_edge", (rss1 - rss0) / edges)


def bench_igraph(folder, pairs, meta):
    import igraph as ig

    def build(nodes, sources, targets, labels):
        graph = ig.Graph(n=nodes, edges=list(zip(sources, targets)), directed=False)
        graph.es["relation"] = labels
        return graph, graph.ecount()

    def hops_between(graph, s, d):
        path = graph.get_shortest_path(s, d, mode="all")
        return len(path) - 1 if path else None

    measure(f"igraph {ig.__version__}", folder, pairs, meta, build, hops_between,
            lambda graph, v: len(graph.bfs(v, mode="all")[0]),
            lambda graph, v: len(graph.neighborhood(v, order=2, mode="all")))


def bench_networkx(folder, pairs, meta):
    import networkx as nx

    def build(nodes, sources, targets, labels):
        graph = nx.Graph()
        graph.add_nodes_from(range(nodes))
        graph.add_edges_from((s, t, {"relation": r}) for s, t, r in zip(sources, targets, labels))
        return graph, graph.number_of_edges()

    def hops_between(graph, s, d):
        try:
            return len(nx.bidirectional_shortest_path(graph, s, d)) - 1
        except nx.NetworkXNoPath:
            return None

    measure(f"NetworkX {nx.__version__}", folder, pairs, meta, build, hops_between,
            lambda graph, v: len(nx.single_source_shortest_path_length(graph, v)),
            lambda graph, v: len(nx.single_source_shortest_path_length(graph, v, cutoff=2)))


def main(argv):
    if not argv or argv[0].startswith("-"):
        sys.exit(__doc__)
    folder, skip = argv[0], set()
    rest = argv[1:]
    while rest:
        if rest[0] == "--skip" and len(rest) > 1:
            skip.add(rest[1])
            rest = rest[2:]
        else:
            sys.exit(f"query_peers.py: unknown argument {rest[0]}")
    pairs = read_pairs(os.path.join(folder, "pairs.tsv"))
    meta = read_meta(os.path.join(folder, "meta.tsv"))
    # Each library in its own process, so one's memory does not blur the other's RSS delta.
    for name, bench in (("igraph", bench_igraph), ("networkx", bench_networkx)):
        if name in skip:
            continue
        pid = os.fork()
        if pid == 0:
            bench(folder, pairs, meta)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        if status != 0:
            sys.exit(f"query_peers.py: the {name} run failed")


if __name__ == "__main__":
    main(sys.argv[1:])
