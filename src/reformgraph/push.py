"""Uploading the dataset to another store with the SPARQL 1.1 Graph Store Protocol.

Each named graph goes in one `PUT {endpoint}?graph=IRI` (the default graph, if
it holds anything, in `PUT {endpoint}?default`), as Turtle, the one syntax
every Graph Store Protocol server must read. PUT replaces the graph, so pushing
twice leaves the same data. The endpoint is the store's Graph Store URL, for
example Oxigraph's /store, Fuseki's /DATASET/data, GraphDB's
/repositories/REPO/rdf-graphs/service, Virtuoso's /sparql-graph-crud.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from rdflib import URIRef

from .errors import InputError, StoreError
from .store import Store

TURTLE = "text/turtle; charset=utf-8"


@dataclass(frozen=True)
class Pushed:
    graph: URIRef | None  # None: the default graph
    triples: int


def graph_url(endpoint: str, graph: URIRef | None) -> str:
    """The Graph Store URL of one graph (indirect identification, `?graph=` or `?default`)."""
    joiner = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{joiner}default" if graph is None else f"{endpoint}{joiner}graph={quote(str(graph), safe='')}"


def push(
    store: Store,
    endpoint: str,
    graphs: Sequence[URIRef] | None = None,
    *,
    credentials: tuple[str, str] | None = None,
    timeout: float = 60.0,
    progress: Callable[[Pushed], None] | None = None,
) -> list[Pushed]:
    """PUT every named graph (or only `graphs`) and a non-empty default graph to `endpoint`."""
    if urlsplit(endpoint).scheme not in ("http", "https") or not urlsplit(endpoint).netloc:
        raise InputError(f"{endpoint!r} is not an http(s) URL of a Graph Store Protocol endpoint")
    present = store.graphs()
    if graphs:
        missing = [str(g) for g in graphs if g not in present]
        if missing:
            raise InputError(f"the dataset has no graph {', '.join(missing)}")
        selected: list[URIRef | None] = list(graphs)
    else:
        has_default = next(store.quads(None), None) is not None
        selected = ([None] if has_default else []) + list(present)
    pushed = []
    for graph in selected:
        body = store.serialize(".ttl", graphs=[graph])
        triples = sum(1 for _ in store.quads(graph))
        _put(graph_url(endpoint, graph), body, graph, credentials, timeout)
        pushed.append(Pushed(graph, triples))
        if progress is not None:
            progress(pushed[-1])
    return pushed


def _put(url: str, body: bytes, graph: URIRef | None, credentials: tuple[str, str] | None, timeout: float) -> None:
    headers = {"Content-Type": TURTLE}
    if credentials is not None:
        token = base64.b64encode(":".join(credentials).encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    request = urllib.request.Request(url, data=body, method="PUT", headers=headers)
    name = "the default graph" if graph is None else f"graph <{graph}>"
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(300).decode("utf-8", errors="replace").split())
        raise StoreError(
            f"{url.split('?')[0]} refused {name}: HTTP {error.code} {error.reason}" + (f": {detail}" if detail else "")
        ) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise StoreError(f"cannot reach {url.split('?')[0]}: {reason}") from error
