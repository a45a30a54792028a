"""Deterministic node positions, computed at build time.

Pages above the physics threshold open with these positions frozen, so the
layout must be good on its own and fast for thousands of nodes. Each
connected component is laid out alone and the boxes are packed in rows,
largest first (isolated nodes end up in a grid at the bottom):

* up to `SPRING_MAX` nodes: networkx's spring_layout (Fruchterman-Reingold);
* larger: pivot MDS (classical MDS on BFS distances to a few pivots, a cheap
  global shape) refined by a Fruchterman-Reingold pass whose repulsion only
  acts between nearby nodes (a k-d tree finds them), which is linear per
  iteration where spring_layout is quadratic (~30 s for 5,000 nodes).

Everything runs in sorted node order with fixed seeds, and the positions are
rounded to whole pixels, so the same graph gives the same numbers.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.sparse.csgraph import shortest_path
from scipy.spatial import cKDTree

from .network import simple_undirected

SEED = 7
SPACING = 90.0  # pixels between neighbouring nodes
LABEL_CHAR = 7.5  # about the width of a label character (14 px font), for isolated nodes
SPRING_MAX = 400
PIVOTS = 40
ITERATIONS = 60

Positions = dict[str, tuple[int, int]]


def positions(graph: nx.Graph) -> Positions:
    """Pixel positions for every node of `graph` (any networkx graph type)."""
    simple = simple_undirected(graph)
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    labels = {v: str(graph.nodes[v].get("label", "")) for v in simple}
    return _pack([(c, _component(simple, c)) for c in components], labels)


def _component(simple: nx.Graph, nodes: list[str]) -> np.ndarray:
    """Positions (n x 2, pixels, centred) for one connected component."""
    n = len(nodes)
    if n <= 2:  # a node, or a pair side by side: no need for a solver
        return np.array([[0.0, 0.0], [SPACING, 0.0]])[:n]
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in simple.edges(nodes)))
    if n <= SPRING_MAX:
        found = nx.spring_layout(sub, seed=SEED)
        xy = np.array([found[v] for v in nodes], dtype=float)
    else:
        xy = _local_forces(sub, _pivot_mds(sub))
    xy -= xy.mean(axis=0)
    extent = float(np.ptp(xy, axis=0).max()) or 1.0
    return xy * (SPACING * math.sqrt(n) / extent)


def _pivot_mds(sub: nx.Graph) -> np.ndarray:
    """Pivot MDS (Brandes & Pich 2006): a global shape from a few BFS runs.

    Pivots are chosen farthest-first from the node of highest degree, so the
    choice is deterministic; the result's axis signs are fixed too.
    """
    nodes = list(sub)
    adjacency = nx.to_scipy_sparse_array(sub, nodelist=nodes, weight=None, format="csr")
    n = len(nodes)
    k = min(PIVOTS, n)
    degrees = np.diff(adjacency.indptr)
    pivot = int(np.argmax(degrees))
    distances = np.empty((k, n))
    nearest = np.full(n, np.inf)
    for j in range(k):
        distances[j] = shortest_path(adjacency, directed=False, unweighted=True, indices=pivot)
        nearest = np.minimum(nearest, distances[j])
        pivot = int(np.argmax(nearest))
    squared = (distances**2).T
    centred = -0.5 * (squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean())
    u, s, _ = np.linalg.svd(centred, full_matrices=False)
    xy = u[:, :2] * s[:2]
    signs = np.sign(xy[np.argmax(np.abs(xy), axis=0), [0, 1]])
    return xy * np.where(signs == 0, 1, signs)


def _local_forces(sub: nx.Graph, start: np.ndarray) -> np.ndarray:
    """Fruchterman-Reingold in the unit square, repulsion within 3k only."""
    n = len(start)
    index = {v: i for i, v in enumerate(sub)}
    edges = np.array([(index[u], index[v]) for u, v in sub.edges()], dtype=int).reshape(-1, 2)
    xy = (start - start.min(axis=0)) / (float(np.ptp(start, axis=0).max()) or 1.0)
    k = 1.0 / math.sqrt(n)
    # Nodes with equal BFS distances (leaves of one hub) start on one point:
    # a small seeded jitter lets the repulsion pull them apart.
    xy += np.random.default_rng(SEED).uniform(-0.05 * k, 0.05 * k, size=xy.shape)
    step = 0.1
    for _ in range(ITERATIONS):
        move = np.zeros_like(xy)
        pairs = cKDTree(xy).query_pairs(3 * k, output_type="ndarray")
        if len(pairs):
            delta = xy[pairs[:, 0]] - xy[pairs[:, 1]]
            dist2 = np.maximum((delta**2).sum(axis=1), (1e-3 * k) ** 2)
            force = delta * (k * k / dist2)[:, None]
            np.add.at(move, pairs[:, 0], force)
            np.add.at(move, pairs[:, 1], -force)
        delta = xy[edges[:, 0]] - xy[edges[:, 1]]
        force = delta * (np.sqrt((delta**2).sum(axis=1)) / k)[:, None]
        np.add.at(move, edges[:, 0], -force)
        np.add.at(move, edges[:, 1], force)
        length = np.maximum(np.sqrt((move**2).sum(axis=1)), 1e-12)
        xy += move * (np.minimum(length, step) / length)[:, None]
        step -= 0.1 / (ITERATIONS + 1)
    return xy


def _pack(components: list[tuple[list[str], np.ndarray]], labels: dict[str, str]) -> Positions:
    """Shelf-pack the component boxes into rows about as wide as they are tall.

    An isolated node's box is as wide as its label, so the grid of isolated
    nodes at the end does not print names over each other.
    """
    if not components:
        return {}
    sizes = [
        np.array([max(SPACING, LABEL_CHAR * len(labels[nodes[0]]) + 20), SPACING])
        if len(nodes) == 1 else np.ptp(xy, axis=0) + SPACING
        for nodes, xy in components
    ]
    area = sum(float(w * h) for w, h in sizes)
    row_width = max(max(float(w) for w, _ in sizes), math.sqrt(area) * 1.3)
    placed: Positions = {}
    x = y = row_height = 0.0
    for (nodes, xy), (w, h) in zip(components, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        span = np.ptp(xy, axis=0)
        corner = xy - xy.min(axis=0) + np.array([x + (w - span[0]) / 2, y + (h - span[1]) / 2])
        for v, (px, py) in zip(nodes, corner):
            placed[v] = (px, py)
        x += float(w)
        row_height = max(row_height, float(h))
    centre = np.array(list(placed.values())).mean(axis=0)
    return {v: (int(round(float(px - centre[0]))), int(round(float(py - centre[1])))) for v, (px, py) in placed.items()}
