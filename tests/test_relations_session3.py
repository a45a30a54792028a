"""Rules added in session 3, one test per rule, in all four languages (sentences written for
the tests): models listed as NPM's tools, inverted and relative appointments, principles
named by an agent after a reform, creators named around a report, quotes and glosses."""

from __future__ import annotations

from rule_texts import extracted, relation_labels


def test_models_listed_as_a_reforms_tools_are_its_parts():
    found = extracted("Tanken har fyldt NPM's værktøjskasse med kontraktstyring og mål- og resultatstyring.", "da", "DK")
    parts = relation_labels(found, "partOf")
    assert ("kontraktstyring", "New Public Management") in parts
    assert ("mål- og resultatstyring", "New Public Management") in parts
    came = extracted("Med NPM kom beställar–utförarmodeller och kontraktstyrning till kommunerna.", "sv", "SE")
    assert ("kontraktstyrning", "New Public Management") in relation_labels(came, "partOf")
    colon = extracted("Many countries adopted New Public Management in the 1990s: contract management, "
                      "competitive tendering and the purchaser-provider split.", "en")
    assert ("contract management", "New Public Management") in relation_labels(colon, "partOf")


def test_appointments_in_inverted_and_relative_clauses():
    inverted = extracted("Det kan være lærerigt at se mod Sverige. Her nedsatte den svenske regering i 2016 "
                         "Tillitsdelegationen, som arbejdede i fire år.", "da", "DK")
    assert ("Tillitsdelegationen", "Regeringen") in relation_labels(inverted, "proposedBy")
    relative = extracted("Styringsutvalget, som regjeringen oppnevnte i 2022, leverte en utredning.", "nb", "NO")
    assert ("Styringsutvalget", "Regjeringen") in relation_labels(relative, "proposedBy")
    passive = extracted("In Sweden, the Tillitsdelegationen (Trust Delegation), appointed by the Swedish government "
                        "in 2016, wrote several reports.", "en")
    assert ("Tillitsdelegationen", "Regeringen") in relation_labels(passive, "proposedBy")


def test_a_reform_promised_or_launched_with_the_verb_first():
    promised = extracted("Reformen ble varslet i plattformen, der Arbeiderpartiet og Senterpartiet i 2021 "
                         "lovet en tillitsreform i offentlig sektor.", "nb", "NO")
    agents = {o for s, o in relation_labels(promised, "proposedBy")}
    assert {"Arbeiderpartiet", "Senterpartiet"} <= agents


def test_principles_presented_by_an_agent_after_the_reform_they_belong_to():
    text = ("Forsøket bygger på de tre prinsippene for tillitsreformen som regjeringen la fram i 2022:\n\n"
            "1. Brukeren først\n2. Tid til faget\n3. Mindre rapportering\n")
    proposed = relation_labels(extracted(text, "nb", "NO"), "proposedBy")
    assert {("Brukeren først", "Regjeringen"), ("Tid til faget", "Regjeringen")} <= proposed


def test_creators_named_around_a_report():
    found = extracted("Statskontoret pekade i rapporten «Styrning utan mål» (2024:7) på samma problem. "
                      "I rapporten «Tid för tillit» (2023:6) visar Ekonomistyrningsverket att kraven ökar.", "sv", "SE")
    creators = relation_labels(found, "creator")
    assert ("Statskontoret", "Styrning utan mål") in creators
    assert ("Ekonomistyrningsverket", "Tid för tillit") in creators
    danish = extracted('Udspillet "Færre krav, mere tid" fra Finansministeriet og Beskæftigelsesministeriet lover meget.',
                       "da", "DK")
    assert ("Finansministeriet", "Færre krav, mere tid") in relation_labels(danish, "creator")
    relative = extracted("Meld. St. 9 (2024–2025) «Tillit i staten», som Kommunal- og distriktsdepartementet la fram "
                         "før jul, er svak.", "nb", "NO")
    assert any(s == "Kommunal- og distriktsdepartementet" for s, _ in relation_labels(relative, "creator"))


def test_a_body_as_author_of_a_reference_entry():
    text = ("Referencer\n\nRigsrevisionen (2024). Beretning om statens krav til kommunerne. København: Rigsrevisionen.\n\n"
            "Statskontoret (2023) visade att kraven ökat.\n")
    found = extracted(text, "da", "DK")
    assert ("Rigsrevisionen", "Beretning om statens krav til kommunerne") in relation_labels(found, "creator")
    assert not any(m.surface.startswith("visade") for m in found.mentions)


def test_a_report_published_by_a_body_names_it_as_creator_of_the_text():
    text = "Trust at Work\n\nPublished by the Nordic Council of Ministers, Copenhagen 2025\n\nThe report maps reforms.\n"
    assert any(o == "self" for _, o in relation_labels(extracted(text, "en"), "creator"))
