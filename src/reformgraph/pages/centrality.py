"""Node importance for the node sizes: PageRank over the relations.

PageRank on the undirected, evidence-weighted graph: a node is large when it
is tied to many, and to well-tied, others. It runs in linear time per
iteration (scipy), so it stays cheap for large pages, unlike betweenness.
"""

from __future__ import annotations

import math

import networkx as nx

from .network import simple_undirected

MIN_SIZE = 10.0
MAX_SIZE = 40.0


def node_sizes(graph: nx.Graph) -> dict[str, float]:
    """vis-network node size per node, by the square root of its PageRank;
    an isolated node gets the smallest size (alone, PageRank would not say so)."""
    simple = simple_undirected(graph)
    if simple.number_of_nodes() == 0:
        return {}
    rank = nx.pagerank(simple, weight="weight")
    top = max(rank.values())
    return {
        v: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(round(rank[v] / top, 6)), 1)
        if simple.degree(v) else MIN_SIZE
        for v in simple
    }
