"""Resolution inside a text and across texts."""

from __future__ import annotations

from reformgraph.model import (
    Document, Evidence, EntityType, Extraction, Mention, Predicate, RelationMention, Sentence, TextMetadata,
)
from reformgraph.resolution import Registry


def _doc(identifier: str, text: str, language: str = "sv", country: str = "SE") -> Document:
    return Document(
        identifier=identifier, text=text, language=language, country=country,
        metadata=TextMetadata(identifier), sentences=(Sentence(0, 0, len(text)),), tokens=(),
    )


def _mention(doc: Document, surface: str, type_: EntityType, label: str, country=None, subtype=None) -> Mention:
    start = doc.text.index(surface)
    evidence = Evidence(doc.identifier, start, start + len(surface), surface, 0, 0, len(doc.text), "test")
    return Mention(type=type_, surface=surface, label=label, evidence=evidence, country=country, subtype=subtype)


def test_short_forms_and_inflections_become_one_entity_with_aliases():
    doc = _doc("a.txt", "Laura Hartman leder Tillitsdelegationen. Hartman säger att delegationens arbete går vidare.")
    mentions = (
        _mention(doc, "Laura Hartman", EntityType.PERSON, "Laura Hartman"),
        _mention(doc, "Tillitsdelegationen", EntityType.INSTITUTION, "Tillitsdelegationen", "SE", "Commission"),
        _mention(doc, "Hartman säger", EntityType.PERSON, "Laura Hartman"),
        _mention(doc, "delegationens", EntityType.INSTITUTION, "Tillitsdelegationen", "SE", "Commission"),
    )
    relation = RelationMention(mentions[0], Predicate.MEMBER_OF, mentions[1], mentions[0].evidence, role="ordförande")
    resolved = Registry().resolve(Extraction(doc, mentions, (relation,)))
    keys = [e.key for e in resolved.entities]
    assert keys == ["institution/tillitsdelegationen-se", "person/laura-hartman"]
    delegation = resolved.entities[0]
    assert delegation.aliases == {"delegationens"} and delegation.subtype == "Commission"
    assert [(r.subject, r.predicate, r.object, r.role) for r in resolved.relations] == [
        ("person/laura-hartman", Predicate.MEMBER_OF, "institution/tillitsdelegationen-se", "ordförande")
    ]


def test_same_name_in_two_countries_stays_apart_and_texts_are_counted():
    registry = Registry()
    da = _doc("da.txt", "Socialstyrelsen", "da", "DK")
    sv = _doc("sv.txt", "Socialstyrelsen", "sv", "SE")
    for doc in (da, sv, _doc("sv2.txt", "Socialstyrelsen", "sv", "SE")):
        registry.resolve(Extraction(doc, (_mention(doc, "Socialstyrelsen", EntityType.INSTITUTION, "Socialstyrelsen", doc.country),), ()))
    assert sorted(registry.entities) == ["institution/socialstyrelsen-dk", "institution/socialstyrelsen-se"]
    assert registry.entities["institution/socialstyrelsen-se"].texts == 2
    assert registry.countries == {"DK", "SE"}


def test_lexicon_concepts_keep_the_lexicon_iri():
    doc = _doc("c.txt", "tillitsreformen")
    mention = Mention(
        type=EntityType.REFORM, surface="tillitsreformen", label="tillitsreformen",
        evidence=Evidence("c.txt", 0, 15, "tillitsreformen", 0, 0, 15, "test"),
        concept="https://w3id.org/reformgraph/id/reform/tillitsreform-se", country="SE",
    )
    resolved = Registry().resolve(Extraction(doc, (mention,), ()))
    assert resolved.entities[0].key == "reform/tillitsreform-se"
