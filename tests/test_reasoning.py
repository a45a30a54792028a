"""HermiT reasoning: the inferred graph, and naming the cause of an inconsistency."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from reformgraph import namespaces as ns
from reformgraph import reasoning
from reformgraph.errors import InconsistentGraph, ReformgraphError
from reformgraph.namespaces import FOAF, ID, ORG, OWL, RDF, RG, SKOS
from reformgraph.resources import data_file

FIXTURES = Path(__file__).parent / "fixtures" / "reasoning"

needs_java = pytest.mark.skipif(
    shutil.which("java") is None, reason="HermiT runs on Java and no `java` is on PATH"
)

PERSON = ID["person/steffen-bohni"]
AGENCY = ID["institution/socialstyrelsen-dk"]
MINISTRY = ID["institution/social-og-aeldreministeriet-dk"]
REFORM = ID["reform/tillidsreformen-dk"]
GOVERNMENT = ID["institution/regeringen-dk"]
MODEL = ID["model/resultatbaseret-styring"]
UNTYPED_PRINCIPLE = ID["principle/tillit-2"]
UNTYPED_REFORM = ID["reform/npm"]


def load(name: str) -> Graph:
    return Graph().parse(FIXTURES / name, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data_file("reformgraph.ttl"), format="turtle")


@pytest.fixture(scope="module")
def inferred(ontology: Graph) -> Graph:
    if shutil.which("java") is None:
        pytest.skip("HermiT runs on Java and no `java` is on PATH")
    return reasoning.infer(ontology, load("consistent.ttl"))


@needs_java
@pytest.mark.parametrize(
    ("individual", "cls"),
    [
        (PERSON, FOAF.Person),
        (PERSON, ns.SCHEMA.Person),
        (AGENCY, RG.Institution),
        (AGENCY, ORG.Organization),
        (MINISTRY, ORG.Organization),
        (ID["principle/tillid"], SKOS.Concept),
        (MODEL, SKOS.Concept),
        (ID["document/sou-2018-48"], FOAF.Document),
        (ID["document/sou-2018-48"], ns.SCHEMA.CreativeWork),
        (ID["text/002_b251fbdae024f0e0.txt"], RG.Document),
        (ID["place/dk"], ns.SCHEMA.Place),
        # from axioms, not from the subclass tree:
        (UNTYPED_PRINCIPLE, RG.Principle),  # rg:hasPrinciple rdfs:range rg:Principle
        (UNTYPED_PRINCIPLE, SKOS.Concept),
        (UNTYPED_REFORM, RG.Reform),  # rg:GovernanceModel: rg:partOf only rg:Reform
    ],
)
def test_inferred_types(inferred: Graph, individual: URIRef, cls: URIRef) -> None:
    assert (individual, RDF.type, cls) in inferred


@needs_java
@pytest.mark.parametrize(
    "triple",
    [
        (ID["principle/tillid"], RG.isPrincipleOf, REFORM),
        (GOVERNMENT, RG.proposed, REFORM),
        (MINISTRY, RG.hasPart, AGENCY),
        (UNTYPED_REFORM, RG.hasPart, MODEL),
        (REFORM, RG.supportedBy, PERSON),
        (MODEL, RG.criticizedBy, PERSON),
    ],
)
def test_inverse_triples(inferred: Graph, triple: tuple[URIRef, URIRef, URIRef]) -> None:
    assert triple in inferred


@needs_java
def test_only_new_and_useful_triples(inferred: Graph) -> None:
    data = load("consistent.ttl")
    assert not [t for t in inferred if t in data]
    assert not list(inferred.triples((None, RDF.type, OWL.Thing)))
    assert set(inferred.subjects(RDF.type, ORG.Organization)) == {AGENCY, MINISTRY, GOVERNMENT}
    assert not [s for s in inferred.subjects() if str(s).startswith(str(RG))], "nothing about terms"


@needs_java
def test_same_input_same_output(ontology: Graph, inferred: Graph) -> None:
    assert set(reasoning.infer(ontology, load("consistent.ttl"))) == set(inferred)


@needs_java
def test_inconsistency_names_individual_and_axiom(ontology: Graph) -> None:
    with pytest.raises(InconsistentGraph) as caught:
        reasoning.infer(ontology, load("inconsistent.ttl"))
    message = str(caught.value)
    assert "\n" not in message
    assert str(ID["person/socialstyrelsen"]) in message
    assert str(ID["person/laura-hartman"]) not in message
    assert "rg:Institution and rg:Person are disjoint" in message
    assert "owl:AllDisjointClasses" in message


@needs_java
@pytest.mark.parametrize(
    ("turtle", "named", "axiom"),
    [
        (  # a person cannot have principles: the domain says reform or model
            "person:a a rg:Person ; rg:hasPrinciple principle:p .",
            "person/a",
            "rg:hasPrinciple rdfs:domain rg:Reform or rg:GovernanceModel",
        ),
        (  # a way of steering is part of a reform only
            "model:m a rg:GovernanceModel ; rg:partOf institution:i . institution:i a rg:Agency .",
            "institution/i",
            "rg:partOf only rg:Reform",
        ),
        (  # two countries with different codes cannot be one place
            'institution:i a rg:Agency ; rg:country place:se , place:dk . '
            'place:se a rg:Place ; rg:countryCode "SE" . place:dk a rg:Place ; rg:countryCode "DK" .',
            "institution/i",
            "functional rg:country",
        ),
    ],
)
def test_other_inconsistencies_are_explained(ontology: Graph, turtle: str, named: str, axiom: str) -> None:
    prefixes = "@prefix rg: <https://w3id.org/reformgraph/ontology#> .\n" + "".join(
        f"@prefix {kind}: <{ID[kind + '/']}> .\n" for kind in ("person", "principle", "model", "institution", "place")
    )
    with pytest.raises(InconsistentGraph) as caught:
        reasoning.infer(ontology, Graph().parse(data=prefixes + turtle, format="turtle"))
    assert str(ID[named]) in str(caught.value)
    assert axiom in str(caught.value)


@needs_java
def test_no_temporary_files_left_behind(ontology: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    reasoning.infer(ontology, load("consistent.ttl"))
    with pytest.raises(InconsistentGraph):
        reasoning.infer(ontology, load("inconsistent.ttl"))
    assert tempfile.tempdir == str(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_missing_java_is_one_clear_error(ontology: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reasoning.shutil, "which", lambda name: None)
    with pytest.raises(ReformgraphError, match="Java"):
        reasoning.infer(ontology, load("consistent.ttl"))
