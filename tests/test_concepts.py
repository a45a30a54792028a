"""The `concepts` component: lexicon mentions, country by context, morphology, named principles."""

from __future__ import annotations

from rule_texts import add, state_for

from reformgraph.extract.concepts import concepts
from reformgraph.model import EntityType

ID = "https://w3id.org/reformgraph/id/"


def found(text: str, language: str, country: str | None = None, places: tuple = ()):
    state = state_for(text, language, country)
    for surface, code in places:
        add(state, surface, "Place", country=code)
    concepts(state)
    return state.mentions[len(places):]


def test_lexicon_mentions_carry_label_in_text_language_concept_and_country():
    [mention] = found("Regeringens tillitsreform ska minska detaljstyrningen? Nej.", "sv")[:1]
    assert mention.type is EntityType.REFORM
    assert (mention.surface, mention.label, mention.country) == ("tillitsreform", "tillitsreformen", "SE")
    assert mention.concept == ID + "reform/tillitsreform-se"
    assert mention.evidence.rule == "concepts.lexicon"


def test_all_four_languages():
    assert {m.label for m in found("Vi vil have mindre detailstyring og et opgør med NPM.", "da")} == {
        "detailstyring", "New Public Management"}
    assert {m.label for m in found("Tillitsreformen gir mindre detaljstyring.", "nb")} == {
        "tillitsreformen", "detaljstyring"}
    assert {m.label for m in found("Lean management came with New Public Management.", "en")} == {
        "lean management", "New Public Management"}


def test_a_country_named_before_the_reform_decides_it():
    [mention] = found("Den norska tillitsreformen är ny.", "sv")
    assert mention.country == "NO"
    [mention] = found("I Norge införs tillitsreformen nu.", "sv", places=(("Norge", "NO"),))
    assert mention.concept == ID + "reform/tillitsreform-no"
    [mention] = found("Sveriges tillidsreform er ældre.", "da")
    assert mention.concept == ID + "reform/tillitsreform-se"


def test_a_reform_of_another_country_than_the_context_is_dropped():
    assert found("Den svenska strukturreformen.", "sv") == []


def test_morphology_names_unknown_reforms_and_models_with_low_confidence():
    mentions = found("Lederskabsreformen kom. Utifrånstyrningen har vuxit.", "sv", "SE")
    by_type = {m.type: m for m in mentions}
    assert by_type[EntityType.REFORM].label == "Lederskabsreformen"
    assert by_type[EntityType.GOVERNANCE_MODEL].label.casefold() == "utifrånstyrning"
    assert all(m.evidence.confidence <= 0.5 and m.concept is None for m in mentions)


def test_morphology_leaves_generic_compounds_and_urls_alone():
    text = "Verksamhetsstyrningen, ekonomistyrning och https://skl.se/demokratiledningstyrning/x.html"
    assert found(text, "sv") == []


def test_a_principle_named_as_such_in_the_text():
    [mention] = found("Det bygger på principen om lika behandling.", "sv")
    assert (mention.type, mention.label) == (EntityType.PRINCIPLE, "lika behandling")
    [mention] = found("Det følger (Princippet om; let managers manage).", "da")
    assert mention.concept == ID + "principle/let-managers-manage"


def test_common_words_are_not_principles():
    assert found("Tillit är viktigt, och stöd behövs för kunskap.", "sv") == []
