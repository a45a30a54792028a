"""Write the network pages and their exports: the one entry point, `write_pages`."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..errors import InputError
from ..store import Store
from . import export
from .bundled import style
from .centrality import node_sizes
from .communities import communities
from .data import GraphData, load
from .layout import positions
from .network import actor_graph, discourse_graph, entity_graph
from .payload import Drawing, Page, build_payload, text_page_name
from .render import render


def draw(graph: nx.Graph) -> Drawing:
    return Drawing(positions=positions(graph), sizes=node_sizes(graph), communities=communities(graph))


def _counts(graph: nx.Graph) -> str:
    return f"{graph.number_of_nodes()} nodes · {graph.number_of_edges()} edges"


def _text_pages(data: GraphData) -> list[tuple[str, str]]:
    pages = [(identifier, f"texts/{text_page_name(identifier)}") for identifier in sorted(data.texts)]
    seen: dict[str, str] = {}
    for identifier, path in pages:
        if path in seen:
            raise InputError(f"texts {seen[path]!r} and {identifier!r} would share the page {path}")
        seen[path] = identifier
    return pages


def write_pages(store: Store, out_dir: Path) -> list[Path]:
    """Write index.html, discourse.html, actors.html, texts/*.html and the
    GEXF/GraphML exports for the dataset in `store`; return the paths written.

    Same store, same bytes: everything is sorted and seeded, nothing timestamped.
    """
    data = load(store)
    text_pages = _text_pages(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    discourse = discourse_graph(data)
    graphs = {"index": entity_graph(data), "discourse": discourse, "actors": actor_graph(discourse)}
    written: list[Path] = []
    for about in style()["pages"]:
        graph = graphs[about["page"]]
        drawing = draw(graph)
        exports = (f"{about['export']}.gexf", f"{about['export']}.graphml")
        page = Page(kind=about["page"], title=about["title"], exports=exports)
        subtitle = f"{about['about']} · {_counts(graph)}"
        html = render(build_payload(graph, page, drawing, data.texts), text_pages, subtitle)
        written.append(_write(out_dir / f"{about['page']}.html", html))
        written.append(export.write_gexf(graph, drawing, out_dir / exports[0]))
        written.append(export.write_graphml(graph, drawing, out_dir / exports[1]))
    (out_dir / "texts").mkdir(exist_ok=True)
    for identifier, path in text_pages:
        text = data.texts[identifier]
        graph = entity_graph(data.for_text(identifier))
        page = Page(kind="text", title=text.title or identifier, root="../", text=identifier)
        subtitle = f"{identifier} · language {text.language} · {_counts(graph)}"
        html = render(build_payload(graph, page, draw(graph), data.texts), text_pages, subtitle)
        written.append(_write(out_dir / path, html))
    return written


def _write(path: Path, html: str) -> Path:
    path.write_bytes(html.encode("utf-8"))
    return path
