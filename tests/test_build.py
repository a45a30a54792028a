"""End to end: build corpus/ and check the RDF through SPARQL and the contract."""

from __future__ import annotations

import filecmp
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from reformgraph.pipeline import build

PREFIXES = """
PREFIX rg: <https://w3id.org/reformgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
"""
ID = "https://w3id.org/reformgraph/id/"
GRAPH = "https://w3id.org/reformgraph/graph/"
CORPUS_FILES = sorted(p.name for p in (Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))
FILES = ["reformgraph.ttl", "reformgraph.nt", "reformgraph.rdf", "reformgraph.trig", "reformgraph.nq",
         "reformgraph.jsonld", "shacl-report.ttl", "index.html"]


def select(store, query: str) -> list[dict]:
    return store.query(PREFIXES + query, union_default_graph=True).dicts()


def test_every_output_file_is_written(built):
    for name in FILES:
        assert (built / name).is_file(), name
        assert (built / name).stat().st_size > 100, name


def test_one_source_text_per_input_file_with_its_own_named_graph(built_store):
    rows = select(built_store, "SELECT ?id ?g WHERE { GRAPH ?g { ?t a rg:SourceText ; dcterms:identifier ?id } }")
    assert sorted(str(r["id"]) for r in rows) == CORPUS_FILES
    for row in rows:
        assert str(row["g"]) == f"{GRAPH}text/{row['id']}"


def test_every_text_mentions_typed_and_labelled_entities(built_store):
    rows = select(built_store, """
        SELECT ?id (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?t a rg:SourceText ; dcterms:identifier ?id ; schema:mentions ?e .
          ?e a ?class ; skos:prefLabel ?label .
        } GROUP BY ?id""")
    counts = {str(r["id"]): int(r["n"]) for r in rows}
    assert sorted(counts) == CORPUS_FILES
    assert all(n >= 3 for n in counts.values()), counts


def test_a_person_named_in_a_text_is_a_person_with_foaf_alignment(built_store):
    rows = select(built_store, """
        SELECT ?e WHERE {
          ?t dcterms:identifier "003_30efb3d1bb7f4172.txt" ; schema:mentions ?e .
          ?e a rg:Person ; skos:prefLabel "Laura Hartman" .
          GRAPH <https://w3id.org/reformgraph/graph/inferred> { ?e a foaf:Person }
        }""")
    assert [str(r["e"]) for r in rows] == [f"{ID}person/laura-hartman"]


def test_same_named_institutions_of_two_countries_stay_apart(built_store):
    rows = select(built_store, """
        SELECT DISTINCT ?e ?code WHERE {
          ?e a/rdfs:subClassOf* rg:Institution ; rdfs:label "Socialstyrelsen" ; rg:country/rg:countryCode ?code .
        } ORDER BY ?code""")
    assert [(str(r["e"]).removeprefix(ID), str(r["code"])) for r in rows] == [
        ("institution/socialstyrelsen-dk", "DK"), ("institution/socialstyrelsen-se", "SE")]


def test_one_entity_found_in_two_texts_has_one_iri(built_store):
    rows = select(built_store, """
        SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE {
          ?t schema:mentions <https://w3id.org/reformgraph/id/institution/tillitsdelegationen-se> }""")
    assert int(rows[0]["n"]) >= 3


def test_memberships_carry_member_organisation_and_role(built_store):
    rows = select(built_store, """
        SELECT ?person ?org ?role WHERE {
          ?m a org:Membership ; org:member ?person ; org:organization ?org ; org:role/skos:prefLabel ?role .
          ?person org:memberOf ?org .
        }""")
    assert rows, "no membership with a role was built"
    assert all(r["role"] is not None for r in rows)


def test_every_mention_has_evidence_in_nif_and_provenance(built_store):
    rows = select(built_store, """
        SELECT ?anchor ?sentence ?quote ?rule WHERE {
          GRAPH <https://w3id.org/reformgraph/graph/nif> {
            ?phrase itsrdf:taIdentRef <https://w3id.org/reformgraph/id/person/laura-hartman> ;
                    nif:anchorOf ?anchor ; nif:sentence/nif:anchorOf ?sentence .
          }
          GRAPH <https://w3id.org/reformgraph/graph/provenance> {
            ?a prov:wasDerivedFrom ?phrase ; rg:quote ?quote ; prov:wasGeneratedBy/rg:rule ?rule .
          }
        }""")
    assert rows
    for row in rows:
        assert str(row["anchor"]) in str(row["sentence"])
        assert str(row["quote"]) and str(row["rule"])


def test_the_data_graph_files_agree(built):
    turtle = Graph().parse(built / "reformgraph.ttl")
    assert isomorphic(turtle, Graph().parse(built / "reformgraph.nt"))
    assert isomorphic(turtle, Graph().parse(built / "reformgraph.rdf", format="xml"))
    assert len(turtle) > 300


def test_shacl_report_says_conforms(built):
    report = (built / "shacl-report.ttl").read_text(encoding="utf-8")
    assert "sh:conforms true" in report


def test_two_builds_are_byte_identical(built, tmp_path):
    again = tmp_path / "again"
    build(Path(__file__).resolve().parents[1] / "corpus", again)
    comparison = filecmp.dircmp(built, again)
    _assert_same(comparison)


def _assert_same(comparison: filecmp.dircmp) -> None:
    assert not comparison.left_only and not comparison.right_only, (comparison.left_only, comparison.right_only)
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right, comparison.common_files, shallow=False)
    assert not mismatch and not errors, mismatch
    for sub in comparison.subdirs.values():
        _assert_same(sub)


def test_committed_graphs_equal_a_fresh_build(built):
    committed = Path(__file__).resolve().parents[1] / "graphs"
    if not (committed / "reformgraph.ttl").exists():
        pytest.fail("graphs/ is not committed: run `make graphs` and commit it")
    _assert_same(filecmp.dircmp(built, committed))
