"""`explain`: an entity's statements, each with the quotes of the provenance graph."""

from __future__ import annotations

import json

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS

from fixture_dataset import FIXTURE, ID, fixture_store, run_cli
from reformgraph.errors import InputError
from reformgraph.explain import explain, find_entities
from reformgraph.store import Store

RG = "https://w3id.org/reformgraph/ontology#"
LAURA = URIRef(ID + "person/laura-hartman")


@pytest.fixture(scope="module")
def store() -> Store:
    return fixture_store()


def cli(*args: str):
    return run_cli("explain", *args, "--dataset", str(FIXTURE))


@pytest.mark.parametrize(
    "wanted", ["Laura Hartman", "laura hartman", "  LAURA   Hartman ", "Hartman", str(LAURA), f"<{LAURA}>", "person/laura-hartman"]
)
def test_labels_in_any_case_aliases_and_iris_find_the_entity(store, wanted):
    assert find_entities(store, wanted) == [LAURA]


def test_a_shared_label_finds_every_entity(store):
    assert find_entities(store, "Socialstyrelsen") == [
        URIRef(ID + "institution/socialstyrelsen-dk"), URIRef(ID + "institution/socialstyrelsen-se"),
    ]


def test_an_unknown_name_suggests_close_labels(store):
    with pytest.raises(InputError, match=r"'Laura Hartmann'.*did you mean 'Laura Hartman'"):
        find_entities(store, "Laura Hartmann")
    with pytest.raises(InputError, match="nothing in the graph"):
        find_entities(store, f"{ID}person/nobody")


def test_each_relation_comes_with_its_text_sentence_quote_and_rule(store):
    (explanation,) = explain(store, "Laura Hartman")
    assert explanation.label == "Laura Hartman"
    by_triple = {(s.subject, s.predicate, s.object): s for s in explanation.statements}
    member = by_triple[(LAURA, ORG.memberOf, URIRef(ID + "institution/tillitsdelegationen-se"))]
    assert member.texts == ("001_se.txt",) and not member.inferred
    (quote,) = member.quotes
    assert quote.text == "001_se.txt"
    assert quote.quote == "Tillitsdelegationens ordförande Laura Hartman"
    assert quote.sentence == "Tillitsdelegationens ordförande Laura Hartman leder arbetet med tillitsreformen."
    assert quote.rule == "member-role-genitive" and str(quote.confidence) == "0.75"
    stance = by_triple[(LAURA, URIRef(RG + "supports"), URIRef(ID + "reform/tillitsreformen-se"))]
    assert [q.quote for q in stance.quotes] == ["Laura Hartman stöder den"]
    assert explanation.labels[URIRef(ID + "institution/tillitsdelegationen-se")] == "Tillitsdelegationen"


def test_statements_about_it_as_object_and_mentions_are_explained_too(store):
    (explanation,) = explain(store, "Laura Hartman")
    mention = next(s for s in explanation.statements if s.predicate == URIRef("https://schema.org/mentions"))
    assert mention.subject == URIRef(ID + "text/001_se.txt") and mention.object == LAURA
    assert [q.quote for q in mention.quotes] == ["Laura Hartman"]
    typed = next(s for s in explanation.statements if s.predicate == RDF.type and s.object == URIRef(RG + "Person"))
    assert typed.quotes and typed.quotes[0].text == "001_se.txt"


def test_inferred_statements_are_marked_and_provenance_is_not_a_statement(store):
    (explanation,) = explain(store, "Laura Hartman")
    inferred = {(s.predicate, s.object) for s in explanation.statements if s.inferred}
    assert (RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person")) in inferred
    assert all(not s.quotes for s in explanation.statements if s.inferred)
    predicates = {s.predicate for s in explanation.statements}
    assert RDF.subject not in predicates and RDF.object not in predicates  # the reification stays behind
    assert (LAURA, RDFS.label, Literal("Laura Hartman", datatype=URIRef("http://www.w3.org/2001/XMLSchema#string"))) in {
        (s.subject, s.predicate, s.object) for s in explanation.statements
    }


def test_a_file_without_named_graphs_can_be_explained(tmp_path, store):
    flat = tmp_path / "flat.nt"
    store.write(flat, union=True)
    plain = Store()
    plain.load(flat)
    (explanation,) = explain(plain, "Steffen Bohni")
    assert any(s.predicate == ORG.memberOf and s.quotes for s in explanation.statements)


def test_the_command_prints_statements_with_quotes():
    result = cli("laura hartman")
    assert result.returncode == 0, result.stderr
    assert "Laura Hartman" in result.stdout and "org:memberOf" in result.stdout
    assert "Tillitsdelegationens ordförande Laura Hartman leder arbetet med tillitsreformen." in result.stdout
    assert "001_se.txt" in result.stdout and "inferred by the reasoner" in result.stdout


def test_the_command_writes_json_and_fails_in_one_line():
    data = json.loads(cli("Socialstyrelsen", "--format", "json").stdout)
    assert [e["entity"] for e in data] == [ID + "institution/socialstyrelsen-dk", ID + "institution/socialstyrelsen-se"]
    missing = cli("Nobody At All")
    assert missing.returncode == 2
    assert [line for line in missing.stderr.splitlines() if line.startswith("error:")]
    assert "Traceback" not in missing.stderr
