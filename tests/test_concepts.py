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


def test_an_indefinite_form_of_a_reform_found_by_morphology_is_the_same_reform():
    mentions = found("Med en ny skolereform vil regeringen meget. Skolereformen træder i kraft i 2030.", "da", "DK")
    reforms = [(m.surface, m.label) for m in mentions if m.type is EntityType.REFORM]
    assert sorted(reforms) == [("Skolereformen", "Skolereformen"), ("skolereform", "Skolereformen")]
    assert not [m for m in found("Vi taler om en ny skolereform.", "da", "DK") if m.type is EntityType.REFORM]


def test_a_reform_named_by_its_country_is_the_reform_of_that_country_the_text_names():
    text = ("Sweden's tillitsreform and the Danish tillidsreform differ. "
            "The Swedish reform was launched in 2016; the Danish reform in 2013; the British reform never.")
    anaphora = [m for m in found(text, "en") if m.evidence.rule == "concepts.national-reform"]
    assert [(m.surface, m.label, m.country) for m in anaphora] == [
        ("Swedish reform", "the Swedish trust reform", "SE"), ("Danish reform", "the Danish trust reform", "DK")]
    assert anaphora[0].concept == ID + "reform/tillitsreform-se"


def test_performance_management_is_a_governance_model():
    [mention] = found("Performance management remains intact.", "en")
    assert mention.type is EntityType.GOVERNANCE_MODEL and mention.concept == ID + "model/resultatbaserad-styrning"


def test_a_compound_on_a_principle_noun_names_a_principle():
    names = {m.label for m in found("Regeringen lænede sig op ad armslængdeprincippet i sagen.", "da")
             if m.type is EntityType.PRINCIPLE}
    assert names == {"armslængdeprincippet"}
    assert not [m for m in found("Grundprincippet er enkelt.", "da") if m.type is EntityType.PRINCIPLE]


def test_a_quoted_name_after_a_principle_word_is_a_principle():
    names = {m.label for m in found("Utvalget foreslår et prinsipp om «én gang nok» for all rapportering.", "nb")
             if m.type is EntityType.PRINCIPLE}
    assert names == {"én gang nok"}


def test_a_model_name_may_take_a_qualifying_adjective_before_its_head():
    from rule_texts import extracted
    found = extracted("Tre principer för en tillitsbaserad statlig styrning av kommunerna.", "sv", "SE")
    assert any(m.surface == "tillitsbaserad statlig styrning" and m.type.value == "GovernanceModel" for m in found.mentions)
    english = extracted("Four principles for trust-based public governance were agreed.", "en")
    assert any(m.surface == "trust-based public governance" for m in english.mentions)
    assert not any(m.surface.startswith("tillitsbaserad en") for m in found.mentions)


def test_a_national_reform_starts_at_its_countrys_name():
    from rule_texts import extracted
    found = extracted("Sweden's trust reform, launched in 2016, differs from Norway's trust reform.", "en")
    surfaces = {m.surface for m in found.mentions if m.type.value == "Reform"}
    assert {"Sweden's trust reform", "Norway's trust reform"} <= surfaces
