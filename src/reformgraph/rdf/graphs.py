"""The named graphs of the dataset and how terms are minted."""

from __future__ import annotations

from rdflib import URIRef

from ..iris import GRAPH_BASE, ID_BASE, text_graph, text_key

ENTITIES_GRAPH = URIRef(f"{GRAPH_BASE}entities")
NIF_GRAPH = URIRef(f"{GRAPH_BASE}nif")
PROVENANCE_GRAPH = URIRef(f"{GRAPH_BASE}provenance")
INFERRED_GRAPH = URIRef(f"{GRAPH_BASE}inferred")
ONTOLOGY_GRAPH = URIRef(f"{GRAPH_BASE}ontology")


def iri(key: str) -> URIRef:
    """Instance IRI of a key such as "person/karin-lund"."""
    return URIRef(ID_BASE + key)


def text_iri(identifier: str) -> URIRef:
    return iri(text_key(identifier))


def text_graph_iri(identifier: str) -> URIRef:
    return URIRef(text_graph(identifier))


def span_iri(identifier: str, start: int, end: int) -> URIRef:
    """NIF string IRI (RFC 5147 style offsets) of a span of a text."""
    return URIRef(f"{text_iri(identifier)}#char={start},{end}")


def is_text_graph(graph: URIRef) -> bool:
    return str(graph).startswith(f"{GRAPH_BASE}text/")
