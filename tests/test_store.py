"""The embedded Oxigraph store: loading, SPARQL, deterministic files."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD

from reformgraph.errors import QueryError, StoreError
from reformgraph.store import Store

EX = "https://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")
QUADS = [
    (URIRef(EX + "a"), RDF.type, URIRef(EX + "C"), G1),
    (URIRef(EX + "a"), URIRef(EX + "name"), Literal("Å <b>", lang="sv"), G1),
    (URIRef(EX + "a"), URIRef(EX + "score"), Literal("0.123456789012", datatype=XSD.double), G2),
    (URIRef(EX + "b"), URIRef(EX + "p"), URIRef(EX + "a"), None),
]


@pytest.fixture()
def store() -> Store:
    s = Store()
    s.add(QUADS)
    return s


def test_select_and_ask_in_rdflib_terms(store):
    result = store.query("SELECT ?n WHERE { GRAPH ?g { ?s <https://example.org/name> ?n } }")
    assert result.kind == "select" and result.rows == ((Literal("Å <b>", lang="sv"),),)
    assert store.query("ASK { ?s ?p ?o }").boolean is True


def test_parameters_prebind_variables(store):
    result = store.query(
        "SELECT ?s ?p WHERE { ?s ?p ?o }", params={"s": URIRef(EX + "b")}
    )
    assert [row[1] for row in result.rows] == [URIRef(EX + "p")]


def test_syntax_errors_give_line_and_column(store):
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        store.query("SELECT ?s\nWHERE { ?s ?p }")


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".rdf", ".trig", ".nq", ".jsonld"])
def test_written_files_are_deterministic_and_reload(store, tmp_path, suffix):
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    graphs = [G1, G2, None]
    store.write(first, graphs=graphs, prefixes={"ex": EX})
    other = Store()
    other.add(reversed(QUADS))
    other.write(second, graphs=graphs, prefixes={"ex": EX})
    assert first.read_bytes() == second.read_bytes()
    reloaded = Store()
    reloaded.load(first)
    assert len(reloaded) == (4 if suffix in {".trig", ".nq", ".jsonld"} else 4)


def test_doubles_keep_every_digit(store, tmp_path):
    path = tmp_path / "d.ttl"
    store.write(path, graphs=[G2])
    assert "0.123456789012" in path.read_text(encoding="utf-8")


def test_triple_files_merge_graphs_isomorphically(store, tmp_path):
    path = tmp_path / "merged.ttl"
    store.write(path, graphs=[G1, G2])
    expected = Graph()
    for s, p, o, g in QUADS:
        if g is not None:
            expected.add((s, p, o))
    assert isomorphic(Graph().parse(path), expected)


def test_unknown_formats_and_bad_files_are_reported(tmp_path):
    with pytest.raises(StoreError, match="unknown RDF format"):
        Store().load(tmp_path / "x.xyz")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(StoreError, match="bad.ttl"):
        Store().load(bad)
