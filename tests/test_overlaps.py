"""Overlaps: longest span wins, then confidence and type; names harmonised; furniture flagged."""

from __future__ import annotations

from rule_texts import state_for

from reformgraph.extract.overlaps import overlaps
from reformgraph.model import EntityType, Mention


def _add(state, surface, type_, label=None, confidence=1.0, country=None, nth=0, subtype=None):
    start = -1
    for _ in range(nth + 1):
        start = state.document.text.index(surface, start + 1)
    state.mentions.append(Mention(
        type=type_, surface=surface, label=label or surface, country=country, subtype=subtype,
        evidence=state.evidence(start, start + len(surface), "test", confidence),
    ))


def test_longest_span_wins():
    state = state_for("Sveriges Kommuner och Regioner svarar.", "sv")
    _add(state, "Sveriges", EntityType.PLACE, "Sverige", 0.9)
    _add(state, "Sveriges Kommuner och Regioner", EntityType.INSTITUTION, confidence=0.8)
    overlaps(state)
    assert [m.label for m in state.mentions] == ["Sveriges Kommuner och Regioner"]


def test_equal_spans_by_confidence_then_type_priority():
    state = state_for("Kommuner som Sundsvall har gjort det. Hanna Sundsvall kom.", "sv")
    _add(state, "Sundsvall", EntityType.PLACE, confidence=0.75)
    _add(state, "Sundsvall", EntityType.INSTITUTION, confidence=0.85)
    _add(state, "Hanna Sundsvall", EntityType.PERSON, confidence=0.7)
    _add(state, "Hanna Sundsvall", EntityType.DOCUMENT, confidence=0.7)
    overlaps(state)
    assert [(m.surface, m.type) for m in state.mentions] == [
        ("Sundsvall", EntityType.INSTITUTION), ("Hanna Sundsvall", EntityType.PERSON),
    ]


def test_crossing_spans_keep_the_better_one():
    state = state_for("Ett två tre fyra", "sv")
    _add(state, "Ett två tre", EntityType.DOCUMENT, confidence=0.6)
    _add(state, "tre fyra", EntityType.PERSON, confidence=0.9)
    overlaps(state)
    assert [m.surface for m in state.mentions] == ["Ett två tre"]


def test_missing_country_is_taken_from_the_other_mentions():
    state = state_for("Altinget skriver. Det sa hon till Altinget.", "sv")
    _add(state, "Altinget", EntityType.INSTITUTION, country="SE", subtype="MediaOutlet")
    _add(state, "Altinget", EntityType.INSTITUTION, nth=1)
    overlaps(state)
    assert {(m.country, m.subtype) for m in state.mentions} == {("SE", "MediaOutlet")}


def test_mentions_in_page_furniture_are_flagged():
    text = "Brødtekst om Jens Hald.\n\nEmneord: Jens Hald, Ledelse\n\nForrige artikel\nMette Bang om tillid"
    state = state_for(text, "da")
    _add(state, "Jens Hald", EntityType.PERSON)
    _add(state, "Jens Hald", EntityType.PERSON, nth=1)
    _add(state, "Mette Bang", EntityType.PERSON)
    overlaps(state)
    assert [m.furniture for m in state.mentions] == [False, True, True]


def test_pipeline_order_puts_overlaps_between_concepts_and_relations():
    import json

    from reformgraph.resources import data_file

    config = json.loads(data_file("patterns", "pipeline.json").read_text(encoding="utf-8"))
    order = config["components"]
    assert order.index("concepts") < order.index("principle_lists") < order.index("overlaps") < order.index("relations")
    assert order[:3] == ["people", "institutions", "places"]
    # named reforms and models claim their quotes before documents read quotes as titles
    assert order.index("named_concepts") < order.index("documents") < order.index("concepts")


def test_a_name_and_its_other_form_in_brackets_share_one_label():
    from reformgraph.extract.institutions import institutions

    state = state_for("The Norwegian reform began with the Care Commission (Omsorgskommisjonen). "
                      "Later, the Care Commission (Omsorgskommisjonen) reported.", "en")
    institutions(state)
    overlaps(state)
    labels = {m.surface: m.label for m in state.mentions}
    assert labels == {"Care Commission": "Omsorgskommisjonen", "Omsorgskommisjonen": "Omsorgskommisjonen"}
