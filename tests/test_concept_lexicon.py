"""The SKOS concept lexicon: it validates, and its labels resolve in all four languages."""

from __future__ import annotations

import pytest

from reformgraph.concept_lexicon import lexicon, load_lexicon
from reformgraph.errors import RuleError
from reformgraph.model import EntityType
from reformgraph.resources import data_file

ID = "https://w3id.org/reformgraph/id/"


def names(text: str, language: str, country: str | None = None) -> list[tuple[str, str | None]]:
    lex = lexicon()
    chosen = [(text[m.start:m.end], lex.choose(m.concepts, None, language, country)) for m in lex.match(text, language)]
    return [(surface, concept.iri[len(ID):] if concept else None) for surface, concept in chosen]


def test_lexicon_validates_and_every_concept_has_labels_and_sources():
    from rdflib import Graph, URIRef
    from rdflib.namespace import DCTERMS, SKOS

    lex = lexicon()
    graph = Graph().parse(data_file("lexicons", "concepts.ttl"))
    assert len(lex.concepts) >= 30
    for iri, concept in lex.concepts.items():
        assert iri.startswith(ID + {"Reform": "reform/", "Principle": "principle/",
                                    "GovernanceModel": "model/"}[concept.type.value])
        assert {"sv", "da", "nb", "en"} & set(concept.pref_labels)
        assert "en" in concept.pref_labels
        assert list(graph.objects(URIRef(iri), DCTERMS.source))
        assert list(graph.objects(URIRef(iri), SKOS.definition))


def test_country_specific_reforms_carry_their_country():
    concepts = lexicon().concepts
    assert concepts[ID + "reform/tillitsreform-se"].country == "SE"
    assert concepts[ID + "reform/tillidsreform-dk"].country == "DK"
    assert concepts[ID + "reform/tillitsreform-no"].country == "NO"
    assert concepts[ID + "reform/new-public-management"].country is None


@pytest.mark.parametrize("text, language, expected", [
    ("Detaljstyrningen minskar.", "sv", [("Detaljstyrningen", "model/detaljstyrning")]),
    ("Tillidsreformens syv principper.", "da", [("Tillidsreformens", "reform/tillidsreform-dk")]),
    ("De tillitsbaserade styrmodellerna", "sv", [("tillitsbaserade styrmodellerna", "model/tillitsbaserad-styrning")]),
    ("mål och resultatstyrning", "sv", [("mål och resultatstyrning", "model/mal-och-resultatstyrning")]),
    ("proces- og detailstyring", "da", [("proces- og detailstyring", "model/detaljstyrning")]),
    ("resultatbaserede styring", "da", [("resultatbaserede styring", "model/resultatbaserad-styrning")]),
    ("tillitsbasert styring og ledelse", "nb", [("tillitsbasert styring og ledelse", "model/tillitsbaserad-styrning")]),
    ("NPM:s arv och NPMs kritiker", "sv", [("NPM:s", "reform/new-public-management"),
                                          ("NPMs", "reform/new-public-management")]),
    ("value-based health care works", "en", [("value-based health care", "model/vardebaserad-vard")]),
    ("the principle of subsidiarity", "en", [("principle of subsidiarity", "principle/narhetsprincipen")]),
])
def test_inflected_forms_resolve(text, language, expected):
    assert names(text, language) == expected


def test_longest_label_wins_and_words_must_be_adjacent():
    assert names("tillitsbaserad styrning och ledning", "sv") == [
        ("tillitsbaserad styrning och ledning", "model/tillitsbaserad-styrning")]
    assert names("tillitsbaserad. Styrning", "sv") == []


def test_acronyms_match_only_in_capitals():
    assert names("npm install", "en") == []


def test_spelling_decides_the_country():
    assert names("tillidsreformen", "sv") == [("tillidsreformen", "reform/tillidsreform-dk")]
    assert names("Tillitsreformen", "sv") == [("Tillitsreformen", "reform/tillitsreform-se")]
    assert names("Tillitsreformen", "nb") == [("Tillitsreformen", "reform/tillitsreform-no")]
    assert names("the trust reform", "en", "NO") == [("trust reform", "reform/tillitsreform-no")]


def test_a_shared_spelling_that_nothing_decides_is_left_out():
    assert names("tillitsreformen", "da", "DK") == [("tillitsreformen", None)]
    assert names("the trust reform", "en") == [("trust reform", None)]


def test_context_country_picks_the_variant_or_drops_the_match():
    lex = lexicon()
    match = lex.match("tillitsreformen", "sv")[0]
    assert lex.choose(match.concepts, "NO", "sv", "SE").iri == ID + "reform/tillitsreform-no"
    dk = lex.match("tillidsreformen", "da")[0]
    assert lex.choose(dk.concepts, "SE", "da", "DK").iri == ID + "reform/tillitsreform-se"
    structural = lex.match("strukturreformen", "sv")[0]
    assert lex.choose(structural.concepts, "SE", "sv", "SE") is None
    npm = lex.match("NPM", "sv")[0]
    assert lex.choose(npm.concepts, "NO", "sv", "SE").type is EntityType.REFORM


def test_labels_in_the_text_language():
    concept = lexicon().concepts[ID + "reform/tillitsreform-no"]
    assert concept.label("sv") == "den norska tillitsreformen"
    assert concept.label("nb") == "tillitsreformen"
    assert concept.label("fi") == "the Norwegian trust reform"


CONCEPT = """@prefix rg: <https://w3id.org/reformgraph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://w3id.org/reformgraph/id/scheme/concepts> a skos:ConceptScheme .
<https://w3id.org/reformgraph/id/model/x> a rg:GovernanceModel , skos:Concept ;
    skos:inScheme <https://w3id.org/reformgraph/id/scheme/concepts> ;
"""


@pytest.mark.parametrize("body, complaint", [
    ('    skos:prefLabel "x-styrning"@sv .\n', "dcterms:source"),
    ('    dcterms:source "A book." .\n', "prefLabel"),
])
def test_a_concept_without_label_or_source_is_refused_by_name(tmp_path, body, complaint):
    path = tmp_path / "concepts.ttl"
    path.write_text(CONCEPT + body, encoding="utf-8")
    with pytest.raises(RuleError, match=rf"model/x.*{complaint}|{complaint}.*model/x"):
        load_lexicon(path)


def test_an_unparsable_lexicon_is_a_rule_error(tmp_path):
    path = tmp_path / "concepts.ttl"
    path.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(RuleError, match="concepts.ttl"):
        load_lexicon(path)
