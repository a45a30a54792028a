"""Each saved query's answer: exactly, on the small fixture dataset; and on a fresh build
of corpus/, the rows a careful reader finds in the texts (checked against the texts
and shared/gold), so that these tests fail when extraction or resolution breaks.

Corpus expectations name entities by label (case-folded), except persons, whose
IRIs the contract fixes (`person/laura-hartman`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDFS, SKOS

from fixture_dataset import ID, fixture_store
from reformgraph.dataset import load_dataset
from reformgraph.queries import bindings, find_query, run_query
from reformgraph.store import Store

RG = "https://w3id.org/reformgraph/ontology#"
SCHEMA_MENTIONS = URIRef("https://schema.org/mentions")
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def rows(store: Store, name: str, *params: str) -> list[dict[str, str | None]]:
    query = find_query(name)
    result = run_query(store, query, bindings(query, list(params)))
    return [{k: None if v is None else str(v) for k, v in row.items()} for row in result.dicts()]


def fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


_NAMES = f"SELECT ?e ?l WHERE {{ ?e <{SKOS.prefLabel}>|<{SKOS.altLabel}>|<{RDFS.label}> ?l }}"


def names(store: Store, iri: str) -> set[str]:
    """Every label of an entity, case-folded."""
    return {fold(str(label)) for _, label in store.query(_NAMES, {"e": URIRef(iri)}).rows}


# -- exactly, on the fixture ------------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture() -> Store:
    return fixture_store()


def test_posts_on_the_fixture(fixture):
    assert [(r["personLabel"], r["post"], r["institution"]) for r in rows(fixture, "posts")] == [
        ("Steffen Bohni", "direktør", ID + "institution/socialstyrelsen-dk"),
        ("Laura Hartman", "ordförande", ID + "institution/tillitsdelegationen-se"),
    ]


def test_principles_on_the_fixture_in_every_language(fixture):
    found = [(r["reformLabel"], r["kind"], r["language"], r["name"]) for r in rows(fixture, "principles")]
    per_reform = [(lang, name) for lang, name in (("da", "Tillid"), ("en", "Trust"), ("sv", "Tillit"))]
    assert found == [("tillidsreformen", RG + "Reform", *x) for x in per_reform] + [
        ("tillitsreformen", RG + "Reform", *x) for x in per_reform
    ]


def test_proposals_on_the_fixture(fixture):
    assert [(r["thingLabel"], r["agentLabel"]) for r in rows(fixture, "proposals")] == [("Tillitsdelegationen", "Regeringen")]


def test_stances_on_the_fixture_with_quotes(fixture):
    found = [(r["agentLabel"], r["stance"][len(RG):], r["targetLabel"], r["text"], r["quote"]) for r in rows(fixture, "stances")]
    assert found == [
        ("McKinsey", "supports", "tillidsreformen", "002_dk.txt", "McKinsey støtter tillidsreformen"),
        ("McKinsey", "criticizes", "tillitsreformen", "001_se.txt", "McKinsey kritiserar reformen"),
        ("Laura Hartman", "supports", "tillitsreformen", "001_se.txt", "Laura Hartman stöder den"),
    ]
    assert rows(fixture, "stances")[2]["sentence"] == "McKinsey kritiserar reformen, men Laura Hartman stöder den."


def test_cross_country_institutions_on_the_fixture(fixture):
    assert [(r["institutionLabel"], r["country"], r["texts"]) for r in rows(fixture, "cross-country-institutions")] == [
        ("McKinsey", "DK", "1"), ("McKinsey", "SE", "1"),
    ]


def test_institution_documents_on_the_fixture(fixture):
    assert [(r["institution"], r["documentLabel"]) for r in rows(fixture, "institution-documents")] == [
        (ID + "institution/socialstyrelsen-se", "En lärande tillsyn"),
    ]


def test_co_mentions_on_the_fixture(fixture):
    assert len(rows(fixture, "co-mentions")) == 13  # 5 people and institutions in one text (10 pairs), 3 in the other
    found = {(r["aLabel"], r["bLabel"]): int(r["texts"]) for r in rows(fixture, "co-mentions")}
    assert found[("McKinsey", "Laura Hartman")] == 1
    assert ("Laura Hartman", "Steffen Bohni") not in found and ("Steffen Bohni", "Laura Hartman") not in found
    assert all(r["a"] < r["b"] for r in rows(fixture, "co-mentions"))


def test_text_on_the_fixture(fixture):
    query = find_query("text")
    triples = set(run_query(fixture, query, bindings(query, ["identifier=001_se.txt"])).rows)
    assert len(triples) == 27  # 7 about the text, 9 mentions, 7 relations, 4 for the membership
    assert (URIRef(ID + "text/001_se.txt"), SCHEMA_MENTIONS, URIRef(ID + "person/laura-hartman")) in triples
    assert not any("002_dk" in str(s) or "bohni" in str(o) for s, _, o in triples)


# -- on a fresh build of corpus/ --------------------------------------------------------------


@pytest.fixture(scope="module")
def built_dataset(built) -> Store:
    """The fresh build, loaded as `reformgraph query` loads graphs/."""
    return load_dataset(built)


def test_posts_on_the_corpus(built_dataset):
    found = {(fold(r["personLabel"]), fold(r["post"]), fold(r["institutionLabel"])) for r in rows(built_dataset, "posts")}
    for expected in [
        ("laura hartman", "ordförande", "tillitsdelegationen"),  # 003: "Tillitsdelegationens ordförande Laura Hartman"
        ("steffen bohni", "vicedirektør", "socialstyrelsen"),  # 000: "vicedirektør i Socialstyrelsen, Steffen Bohni"
        ("jane wiis", "direktør", "kommunernes landsforening"),  # 000: "Jane Wiis, Direktør i Kommunernes Landsforening"
        ("ardalan shekarabi", "civilminister", "regeringen"),  # 004: "Civilminister Ardalan Shekarabi"
    ]:
        assert expected in found, expected
    bohni = [r["institution"] for r in rows(built_dataset, "posts", f"person=<{ID}person/steffen-bohni>")]
    assert bohni and all(iri.endswith("-dk") for iri in bohni)  # the Danish Socialstyrelsen
    asp = {fold(r["institutionLabel"]) for r in rows(built_dataset, "posts", f"person=<{ID}person/jenny-asp>")}
    assert "södra tornet kommunikation" in asp  # 004: "Text: Jenny Asp, Södra tornet kommunikation"


SEVEN_PRINCIPLES = {"tillit", "medborgarfokus", "helhetssyn", "handlingsutrymme", "stöd", "kunskap", "öppenhet"}


def test_principles_on_the_corpus(built_dataset):
    found = rows(built_dataset, "principles")
    assert all(r["language"] for r in found), "every principle name carries its language"
    assert {r["kind"] for r in found} <= {RG + "Reform", RG + "GovernanceModel"}
    # 001 lists the seven principles of tillitsbaserad styrning och ledning (SOU 2018:47).
    model = {fold(r["name"]) for r in found if fold(r["reformLabel"]).startswith("tillitsbaserad styrning")}
    assert SEVEN_PRINCIPLES <= model, SEVEN_PRINCIPLES - model
    # 000: NPM (and resultatbaseret styring) rest on "let managers manage".
    npm = {fold(r["name"]) for r in found if fold(r["reformLabel"]) == "new public management"}
    assert "let managers manage" in npm


def test_proposals_on_the_corpus(built_dataset):
    found = {(fold(r["thingLabel"]), fold(r["agentLabel"])) for r in rows(built_dataset, "proposals")}
    assert ("tillitsdelegationen", "regeringen") in found  # 001, 003: the government set up the delegation
    assert ("tillitsreformen", "regeringen") in found  # 004
    assert ("tillitsreformen", "ardalan shekarabi") in found  # 004
    assert any(thing.startswith("tillitsbaserad styrning") and agent == "tillitsdelegationen" for thing, agent in found)


def test_stances_on_the_corpus_quote_their_texts(built_dataset):
    texts = {path.name: " ".join(path.read_text(encoding="utf-8").split()) for path in CORPUS.glob("*.txt")}
    for row in rows(built_dataset, "stances"):
        assert row["stance"] in (RG + "supports", RG + "criticizes")
        assert row["text"] in texts and row["quote"], row
        assert " ".join(row["quote"].split()) in texts[row["text"]], row
        if row["sentence"]:
            assert " ".join(row["quote"].split()) in " ".join(row["sentence"].split())


def test_no_institution_is_shared_by_the_danish_and_swedish_texts(built_dataset):
    # Socialstyrelsen is named in 000 (DK) and 001 (SE): two agencies, so nothing crosses.
    assert rows(built_dataset, "cross-country-institutions") == []
    found = built_dataset.query(
        "SELECT ?e ?code WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l ; <%scountry>/<%scountryCode> ?code "
        "FILTER(LCASE(STR(?l)) = 'socialstyrelsen') }" % (RG, RG),
    ).rows
    assert sorted(str(code) for _, code in found) == ["DK", "SE"]


def test_institution_documents_on_the_corpus(built_dataset):
    """Institutions and documents by any of their names (SKL may be labelled with its newer name)."""
    issued: dict[str, set[str]] = {}
    for row in rows(built_dataset, "institution-documents"):
        for institution_name in names(built_dataset, row["institution"]):
            issued.setdefault(institution_name, set()).update(names(built_dataset, row["document"]))
    delegation = issued.get("tillitsdelegationen", set())
    for report in ("sou 2018:47", "sou 2017:65", "sou 2018:48"):  # 001 cites the delegation's three reports
        assert any(report in name for name in delegation), report
    assert "uppdrag granskning" in issued.get("svt", set())  # 001: SVT's Uppdrag Granskning
    skl = issued.get("skl", set())  # 001: "SKL. (2019). Att leda med tillit inom socialtjänsten, ..."
    assert any(name.startswith("att leda med tillit inom socialtjänsten") for name in skl)


def test_co_mentions_on_the_corpus(built_dataset):
    pairs = {frozenset((fold(r["aLabel"]), fold(r["bLabel"]))): int(r["texts"]) for r in rows(built_dataset, "co-mentions")}
    assert pairs[frozenset(("regeringen", "tillitsdelegationen"))] == 3  # 001, 003, 004 (not 002)
    assert pairs[frozenset(("laura hartman", "tillitsdelegationen"))] == 1  # 003
    assert frozenset(("laura hartman", "steffen bohni")) not in pairs  # never in one text
    assert all(r["a"] < r["b"] for r in rows(built_dataset, "co-mentions"))


def test_text_on_the_corpus(built_dataset):
    query = find_query("text")
    triples = set(run_query(built_dataset, query, bindings(query, ["identifier=003_30efb3d1bb7f4172.txt"])).rows)
    text, laura = URIRef(ID + "text/003_30efb3d1bb7f4172.txt"), URIRef(ID + "person/laura-hartman")
    assert (text, SCHEMA_MENTIONS, laura) in triples
    organisations = {o for s, p, o in triples if s == laura and p == ORG.memberOf}
    assert any("tillitsdelegationen" in names(built_dataset, str(o)) for o in organisations)
    roles = {o for _, p, o in triples if p == ORG.role}
    assert any("ordförande" in names(built_dataset, str(role)) for role in roles)
    assert not any("steffen-bohni" in str(s) + str(o) for s, _, o in triples)  # 000's person, not 003's
    assert all(isinstance(o, (URIRef, Literal)) for _, _, o in triples)
