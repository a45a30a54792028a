"""Communities for the optional colouring: networkx's Louvain method.

Louvain on the undirected, evidence-weighted graph with a fixed seed; the
communities are numbered by size (largest first, ties by their first node),
and nodes left alone in a community of one get -1, drawn in a neutral grey.
"""

from __future__ import annotations

import networkx as nx

from .network import simple_undirected

SEED = 7


def communities(graph: nx.Graph) -> dict[str, int]:
    """Community number per node (-1 for singletons)."""
    simple = simple_undirected(graph)
    found = nx.community.louvain_communities(simple, weight="weight", seed=SEED)
    groups = sorted((sorted(c) for c in found if len(c) > 1), key=lambda c: (-len(c), c[0]))
    number = {v: -1 for v in simple}
    for i, group in enumerate(groups):
        number.update(dict.fromkeys(group, i))
    return number
