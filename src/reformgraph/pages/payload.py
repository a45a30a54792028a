"""One page's data: a networkx graph turned into the JSON the page script reads.

Nodes and edges carry vis-network's drawing fields (position, size, colour,
shape, label) plus the reader-facing facts (class, country, labels in every
language, texts, quotes) that the page's own script shows as text. Nothing
here is HTML: the page builds its DOM from these values with textContent.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .bundled import style, vis_options
from .data import UNKNOWN_LANGUAGE, Quote, SourceText
from .network import AGREES

PHYSICS_MAX_NODES = 500  # measured with benchmarks/bench_pages.py, see docs/pages.md
MAX_QUOTES = 5  # per node or edge; the count of all of them is shown too
NO_COUNTRY = "none"


@dataclass(frozen=True)
class Page:
    kind: str  # "index", "discourse", "actors" or "text"
    title: str
    root: str = ""  # relative path from this page to the site root
    text: str | None = None  # the identifier, on a text page
    exports: tuple[str, ...] = ()  # export files of this network, relative to the root


@dataclass(frozen=True)
class Drawing:
    """What is computed about a graph before it is drawn."""

    positions: dict[str, tuple[int, int]]
    sizes: dict[str, float]
    communities: dict[str, int]


def text_page_name(identifier: str) -> str:
    """`003_30efb3d1bb7f4172.txt` -> `003_30efb3d1bb7f4172.html`, always a safe file name."""
    stem = identifier.rsplit("/", 1)[-1]
    stem = stem[: stem.rfind(".")] if "." in stem.lstrip(".") else stem
    safe = re.sub(r"[^A-Za-z0-9_-]", "-", stem)
    if safe != stem or not safe:
        safe = f"{safe}-{hashlib.sha1(identifier.encode()).hexdigest()[:8]}"
    return f"{safe}.html"


def _quotes(quotes: tuple[Quote, ...]) -> list[list]:
    return [[q.text, q.quote, *q.mark] for q in quotes[:MAX_QUOTES]]


def _languages(texts: tuple[str, ...], known: dict[str, SourceText]) -> list[str]:
    return sorted({known[t].language for t in texts if t in known}) or [UNKNOWN_LANGUAGE]


def _node(graph: nx.Graph, v: str, drawing: Drawing, known: dict[str, SourceText]) -> dict[str, Any]:
    a = graph.nodes[v]
    cls = _classes()[a["cls"]]
    x, y = drawing.positions[v]
    node = {
        "id": v,
        "label": a["label"],
        "x": x,
        "y": y,
        "size": drawing.sizes[v],
        "shape": cls["shape"],
        "color": cls["color"],
        "cls": a["cls"],
        "subtype": a["subtype"],
        "country": a["country"] or NO_COUNTRY,
        "labels": a["labels"],
        "alt": list(a["alt_labels"]),
        "texts": list(a["texts"]),
        "langs": _languages(a["texts"], known),
        "community": drawing.communities[v],
        "quotes": _quotes(a["quotes"]),
        "nq": len(a["quotes"]),
    }
    if "part" in a:
        node["part"] = a["part"]
    return node


def _edges(graph: nx.Graph, known: dict[str, SourceText]) -> list[dict[str, Any]]:
    relations = {r["key"]: r for r in style()["relations"]}
    rows = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"]))
    parallel = Counter((min(u, v), max(u, v)) for u, v, _ in rows)
    seen: Counter = Counter()
    edges = []
    for i, (u, v, a) in enumerate(rows):
        style_ = relations[a["relation"]]
        pair = (min(u, v), max(u, v))
        edge = {
            "id": f"e{i}",
            "from": u,
            "to": v,
            "rel": a["relation"],
            "label": str(a["weight"]) if a["relation"] == AGREES else style_["label"],
            "color": {"color": style_["color"], "highlight": style_["color"], "hover": style_["color"]},
            "width": round(1 + math.log2(a["weight"]), 2),
            "weight": a["weight"],
            "texts": list(a["texts"]),
            "langs": _languages(a["texts"], known),
            "roles": list(a.get("roles", ())),
            "shared": [[stance, name] for stance, _, name in a.get("shared", ())],
            "quotes": _quotes(a["quotes"]),
            "nq": len(a["quotes"]),
        }
        if graph.is_directed():
            edge["arrows"] = "to"
        if parallel[pair] > 1:  # fan parallel edges out so each stays visible
            k = seen[pair]
            curve = "curvedCW" if k % 2 else "curvedCCW"
            edge["smooth"] = {"enabled": True, "type": curve, "roundness": 0.2 * (k // 2 + 1)}
        seen[pair] += 1
        edges.append(edge)
    return edges


def _classes() -> dict[str, dict]:
    return {c["key"]: c for c in style()["classes"]}


def _legend(nodes: list[dict], edges: list[dict]) -> dict[str, Any]:
    """Legend and filter entries: only what this page has, in a fixed order."""
    cls_count = Counter(n["cls"] for n in nodes)
    rel_count = Counter(e["rel"] for e in edges)
    lang_count: Counter = Counter()
    for n in nodes:
        lang_count.update(n["langs"])
    label_languages = sorted({lang for n in nodes for lang in n["labels"] if lang})
    return {
        "classes": [{**c, "count": cls_count[c["key"]]} for c in style()["classes"] if cls_count[c["key"]]],
        "relations": [{**r, "count": rel_count[r["key"]]} for r in style()["relations"] if rel_count[r["key"]]],
        "countries": sorted(Counter(n["country"] for n in nodes).items(), key=lambda kv: (kv[0] == NO_COUNTRY, kv[0])),
        "languages": sorted(lang_count.items(), key=lambda kv: (kv[0] == UNKNOWN_LANGUAGE, kv[0])),
        "labelLanguages": label_languages,
    }


def _texts(nodes: list[dict], edges: list[dict], known: dict[str, SourceText]) -> dict[str, dict]:
    used = {t for item in nodes + edges for t in item["texts"]}
    used |= {q[0] for item in nodes + edges for q in item["quotes"]}
    return {
        t: {"language": known[t].language, "title": known[t].title, "page": f"texts/{text_page_name(t)}"}
        for t in sorted(used)
        if t in known
    }


def _options(graph: nx.Graph) -> dict[str, Any]:
    options = vis_options()
    options["physics"]["enabled"] = graph.number_of_nodes() <= PHYSICS_MAX_NODES
    return options


def build_payload(graph: nx.Graph, page: Page, drawing: Drawing, known: dict[str, SourceText]) -> dict[str, Any]:
    """Everything one page shows, as JSON-ready values in a fixed order."""
    nodes = [_node(graph, v, drawing, known) for v in sorted(graph.nodes)]
    edges = _edges(graph, known)
    return {
        "page": {
            "kind": page.kind,
            "title": page.title,
            "root": page.root,
            "text": page.text,
            "exports": list(page.exports),
            "directed": graph.is_directed(),
        },
        "options": _options(graph),
        "palette": style()["palette"],
        "noCommunity": style()["no_community"],
        "texts": _texts(nodes, edges, known),
        **_legend(nodes, edges),
        "nodes": nodes,
        "edges": edges,
    }

