"""RG is closed and lists exactly the rg: terms the ontology declares."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, URIRef

from reformgraph.namespaces import ID, PREFIXES, RG, bind_prefixes, curie
from reformgraph.resources import data_file


def test_rg_lists_exactly_the_ontology_terms() -> None:
    ontology = Graph().parse(data_file("reformgraph.ttl"), format="turtle")
    declared = {s for s in ontology.subjects(RDF.type) if isinstance(s, URIRef) and s.startswith(str(RG))}
    assert set(dir(RG)) == declared
    for term in declared:
        assert getattr(RG, term.removeprefix(str(RG))) == term


def test_misspelt_rg_term_raises() -> None:
    with pytest.raises(AttributeError):
        RG.Persn  # noqa: B018


def test_bind_prefixes_binds_every_prefix() -> None:
    graph = bind_prefixes(Graph())
    bound = {prefix: str(namespace) for prefix, namespace in graph.namespaces()}
    assert {prefix: bound.get(prefix) for prefix in PREFIXES} == {p: str(ns) for p, ns in PREFIXES.items()}
    assert bound["schema"] == "https://schema.org/"
    graph.add((ID["person/laura-hartman"], RDF.type, RG.Person))
    assert "@prefix rg: <https://w3id.org/reformgraph/ontology#> ." in graph.serialize(format="turtle")


def test_curie_shortens_only_safe_local_names() -> None:
    assert curie(RG.Person) == "rg:Person"
    assert curie(ID["person/laura-hartman"]) == "<https://w3id.org/reformgraph/id/person/laura-hartman>"
    assert curie(URIRef("urn:x")) == "<urn:x>"
