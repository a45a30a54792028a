"""hasPrinciple (lists and named principles), partOf, and the validation of the rule files."""

from __future__ import annotations

import pytest
from rule_texts import add, state_for, triples

from reformgraph.errors import RuleError
from reformgraph.extract import relation_patterns
from reformgraph.extract.concepts import concepts, principle_lists
from reformgraph.extract.relations import relations

LIST = ("Utredningen lägger fram idén om tillitsbaserad styrning och ledning.\n\n"
        "Kommissionen presenterar tre principer för styrning.\n\nDe tre principerna är:\n\n"
        "Tillit – om att lita på andra.\n\nHelhetssyn – om att se systemet.\n\nKunskap – om forskning.\n\n"
        "Arbetet går nu vidare i kommunerna och landstingen under flera år.\n")


def run(state) -> set[tuple[str, str, str]]:
    concepts(state)
    principle_lists(state)
    relations(state)
    return triples(state)


def test_list_principles_belong_to_the_model_named_before_and_to_who_presents_them():
    state = state_for(LIST, "sv", "SE")
    add(state, "Kommissionen", "Institution", subtype="Commission")
    found = run(state)
    model = "tillitsbaserad styrning och ledning"
    for principle in ("Tillit", "Helhetssyn", "Kunskap"):
        assert (model, "hasPrinciple", principle) in found
        assert (principle, "proposedBy", "Kommissionen") in found


def test_a_named_principle_belongs_to_the_reforms_and_models_of_its_sentence():
    text = ("Inden for NPM-hatten, herunder resultatbaseret styring, skal ledere have et ledelsesrum "
            "(Princippet om; let managers manage).")
    found = run(state_for(text, "da", "DK"))
    assert ("New Public Management", "hasPrinciple", "let managers manage") in found
    assert ("resultatbaseret styring", "hasPrinciple", "let managers manage") in found
    assert ("resultatbaseret styring", "partOf", "New Public Management") in found


def test_a_principle_after_a_contrast_is_not_the_first_concepts():
    found = run(state_for("Lean management is old, but the principle of subsidiarity is new.", "en"))
    assert not {t for t in found if t[1] == "hasPrinciple"}


def test_part_of_within_and_institution_under_ministry():
    found = run(state_for("Målstyrning inom ramen för New Public Management var vanlig.", "sv"))
    assert ("målstyrning", "partOf", "New Public Management") in found
    state = state_for("Statskontoret, som ligger under Finansdepartementet, svarar.", "sv")
    add(state, "Statskontoret", "Institution", subtype="Agency")
    add(state, "Finansdepartementet", "Institution", subtype="Ministry")
    assert ("Statskontoret", "partOf", "Finansdepartementet") in run(state)


def test_ill_typed_relations_are_never_produced():
    state = state_for("Eva Holm är en del av Socialstyrelsen.", "sv")
    add(state, "Eva Holm", "Person")
    add(state, "Socialstyrelsen", "Institution")
    assert not {t for t in run(state) if t[1] == "partOf"}


@pytest.mark.parametrize("line, complaint", [
    ('{"id": "x", "predicate": "likes", "languages": ["sv"], "pattern": "(?P<s><PER>) (?P<o><INST>)"}', "likes"),
    ('{"id": "x", "predicate": "memberOf", "languages": ["xx"], "pattern": "(?P<s><PER>) (?P<o><INST>)"}', "xx"),
    ('{"id": "x", "predicate": "memberOf", "languages": ["sv"], "pattern": "(?P<s><PER>)"}', "groups"),
    ('{"id": "x", "predicate": "memberOf", "languages": ["sv"], "pattern": "(?P<s><NOPE>) (?P<o><INST>)"}', "NOPE"),
    ('{"id": "x", "predicate": "memberOf", "languages": ["sv"], "pattern": "(?P<s><PER> (?P<o><INST>)"}', "error"),
    ("not json", "JSON"),
    ('{"id": "x", "predicate": "memberOf", "languages": ["sv"], "pattern": "(?P<s><PER>) (?P<o><INST>)", "colour": 1}',
     "colour"),
])
def test_a_bad_rule_is_refused_with_file_and_line(tmp_path, monkeypatch, line, complaint):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "bad.jsonl").write_text('\n' + line + '\n', encoding="utf-8")
    from reformgraph.extract import rulefiles

    def data_file(*parts):
        return tmp_path.joinpath(*parts)

    monkeypatch.setattr(relation_patterns, "data_file", data_file)
    monkeypatch.setattr(rulefiles, "data_file", data_file)
    relation_patterns.load_rules.cache_clear()
    try:
        with pytest.raises(RuleError, match=rf"bad\.jsonl:2: .*{complaint}"):
            relation_patterns.load_rules("bad.jsonl")
    finally:
        relation_patterns.load_rules.cache_clear()


def test_the_shipped_rule_files_validate():
    assert len(relation_patterns.load_rules("relations.jsonl")) >= 30
    assert len(relation_patterns.load_rules("stances.jsonl")) >= 4


@pytest.mark.parametrize("text, language, mentions, expected", [
    ("Skatteutvalget startet i fjor som et ledd i arbeidet med tillitsreformen.", "nb",
     [("Skatteutvalget", "Institution", "Skatteutvalget", "Commission")],
     ("Skatteutvalget", "partOf", "tillitsreformen")),
    ("Fjordby kommune ble forsøkskommune i tillitsreformen i fjor.", "nb",
     [("Fjordby kommune", "Institution", "Fjordby kommune", "Municipality")],
     ("Fjordby kommune", "partOf", "tillitsreformen")),
    ("Vejby Kommune deltager i tillidsreformen.", "da",
     [("Vejby Kommune", "Institution", "Vejby Kommune", "Municipality")],
     ("Vejby Kommune", "partOf", "tillidsreformen")),
    ("Tillitsbasert styring er selve hjertet i tillitsreformen.", "nb", [],
     ("tillitsbasert styring og ledelse", "partOf", "tillitsreformen")),
    ("Results-based management, the heart of NPM, is still here.", "en", [],
     ("results-based management", "partOf", "New Public Management")),
    ("Trust-based management is part of the post-NPM reforms.", "en", [],
     ("trust-based governance and management", "partOf", "post-NPM")),
    ("Direktoratet för skolor är en myndighet under Utbildningsdepartementet.", "sv",
     [("Direktoratet för skolor", "Institution", "Direktoratet för skolor", "Agency"),
      ("Utbildningsdepartementet", "Institution", "Utbildningsdepartementet", "Ministry")],
     ("Direktoratet för skolor", "partOf", "Utbildningsdepartementet")),
])
def test_part_of_a_reform_or_a_ministry(text, language, mentions, expected):
    """'som en del av arbeidet med', a pilot or participant, the core of a reform, an agency under a ministry."""
    state = state_for(text, language, {"sv": "SE", "da": "DK", "nb": "NO"}.get(language))
    for surface, kind, label, subtype in mentions:
        add(state, surface, kind, label=label, subtype=subtype)
    assert {t for t in run(state) if t[1] == "partOf"} == {expected}


def test_a_municipality_merely_named_with_a_reform_is_not_part_of_it():
    state = state_for("Fjordby kommune kritiserer tillitsreformen.", "nb", "NO")
    add(state, "Fjordby kommune", "Institution", subtype="Municipality")
    assert not {t for t in run(state) if t[1] == "partOf"}


@pytest.mark.parametrize("text, language, owner, items", [
    ("The reform rests on three principles: trust, simplicity and openness.\n", "en",
     "New Public Governance", ("trust", "simplicity", "openness")),
    ("Reformen bygger på tre prinsipper:\n\n1. Tillit\n2. Enkelhet\n3. Åpenhet\n", "nb",
     "samhandlingsreformen", ("Tillit", "Enkelhet", "Åpenhet")),
    ("Reformen hviler på tre principper:\n\n– Tillid\n– Faglighed\n– Enkelhed\n", "da",
     "kvalitetsreformen", ("Tillid", "Faglighed", "Enkelhed")),
])
def test_principle_lists_in_english_norwegian_and_danish(text, language, owner, items):
    lead = {"en": "New Public Governance is new.", "nb": "Samhandlingsreformen kom i 2012.",
            "da": "Kvalitetsreformen kom i 2007."}[language]
    found = run(state_for(lead + "\n" + text, language, {"da": "DK", "nb": "NO"}.get(language)))
    assert {t for t in found if t[1] == "hasPrinciple"} == {(owner, "hasPrinciple", item) for item in items}


def test_participating_municipalities_are_part_of_the_reform_named_before():
    from rule_texts import extracted, relation_labels

    found = extracted('Staten og KL indfører forsøget "Fri velfærd". De deltagende kommuner er Viborg og Esbjerg.', "da")
    assert relation_labels(found, "partOf") == {("Viborg", "Fri velfærd"), ("Esbjerg", "Fri velfærd")}
