"""GEXF and GraphML files of the drawn networks, for Gephi and other tools.

The networkx graphs hold tuples and dicts; these formats want scalars, so
nodes and edges are flattened (lists joined with "; ", one `label_{lang}`
column per language). GEXF also gets Gephi's viz data (position, size,
colour) so Gephi opens the same picture. Output is deterministic: networkx's
GEXF writer stamps today's date in <meta>, which is removed.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from .bundled import style
from .payload import Drawing

SEPARATOR = "; "


def _node_row(a: dict, drawing: Drawing, v: str) -> dict:
    row = {
        "label": a["label"],
        "class": a["cls"],
        "subtype": a["subtype"] or "",
        "country": a["country"] or "",
        "n_texts": len(a["texts"]),
        "texts": SEPARATOR.join(a["texts"]),
        "alt_labels": SEPARATOR.join(a["alt_labels"]),
        "n_quotes": len(a["quotes"]),
        "community": drawing.communities[v],
        "size": drawing.sizes[v],
    }
    row.update({f"label_{lang or 'none'}": label for lang, label in a["labels"].items()})
    if "part" in a:
        row["part"] = a["part"]
    return row


def _edge_row(a: dict) -> dict:
    return {
        "relation": a["relation"],
        "weight": a["weight"],
        "texts": SEPARATOR.join(a["texts"]),
        "roles": SEPARATOR.join(a.get("roles", ())),
        "shared": SEPARATOR.join(f"{stance} {name}" for stance, _, name in a.get("shared", ())),
        "quotes": "\n".join(f"{q.quote} [{q.text}]" for q in a["quotes"]),
    }


def flatten(graph: nx.Graph, drawing: Drawing) -> nx.Graph:
    """A copy of `graph` (same type, same order) with scalar attributes only."""
    flat = graph.__class__(name=graph.graph.get("name", ""))
    for v in sorted(graph.nodes):
        flat.add_node(v, **_node_row(graph.nodes[v], drawing, v))
    if graph.is_multigraph():
        rows = list(graph.edges(keys=True, data=True))
    else:
        rows = [(u, v, None, a) for u, v, a in graph.edges(data=True)]
    for i, (u, v, key, a) in enumerate(sorted(rows, key=lambda e: (e[0], e[1], e[3]["relation"]))):
        keyed = {} if key is None else {"key": key}
        flat.add_edge(u, v, **keyed, id=f"e{i}", **_edge_row(a))
    return flat


def _viz(flat: nx.Graph, drawing: Drawing) -> None:
    colours = {c["key"]: c["color"] for c in style()["classes"]}
    for v, a in flat.nodes(data=True):
        x, y = drawing.positions[v]
        r, g, b = (int(colours[a["class"]][i : i + 2], 16) for i in (1, 3, 5))
        a["viz"] = {
            "position": {"x": float(x), "y": float(-y), "z": 0.0},
            "size": a["size"],
            "color": {"r": r, "g": g, "b": b, "a": 1.0},
        }


def write_gexf(graph: nx.Graph, drawing: Drawing, path: Path) -> Path:
    flat = flatten(graph, drawing)
    _viz(flat, drawing)
    writer = GEXFWriter(version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:
        meta.attrib.pop("lastmodifieddate", None)
    writer.add_graph(flat)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_graphml(graph: nx.Graph, drawing: Drawing, path: Path) -> Path:
    flat = flatten(graph, drawing)
    for v, a in flat.nodes(data=True):
        a["x"], a["y"] = (float(c) for c in drawing.positions[v])
    nx.write_graphml_xml(flat, path, named_key_ids=True)
    return path
