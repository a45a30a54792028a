"""creator: bylines and signatures of the text itself, reference lists, issued reports."""

from __future__ import annotations

import pytest
from rule_texts import add, given, state_for, triples

from reformgraph.extract.relations import relations


def creators(state) -> set[tuple[str, str, str]]:
    relations(state)
    return {t for t in triples(state) if t[1] == "creator"}


BODY = "Brödtext om styrning. " * 40


def test_byline_text_av_and_signature_block_with_m_fl():
    text = (f"Rubrik\n\nText av Anna Ek m.fl.\n\n{BODY}\n\n"
            "Anna Ek, socionom och lärare.\n\nBo Ström, leg. psykoterapeut.\n")
    state = state_for(text, "sv")
    add(state, "Anna Ek", "Person")
    add(state, "Anna Ek", "Person", nth=1)
    add(state, "Bo Ström", "Person")
    assert creators(state) == {("Anna Ek", "creator", "self"), ("Bo Ström", "creator", "self")}


def test_signature_block_not_sharing_an_author_with_the_byline_is_ignored():
    text = f"Av Cecilia Berg\n\n{BODY}\n\nDavid Holm, professor vid universitetet.\n"
    state = state_for(text, "sv")
    add(state, "Cecilia Berg", "Person")
    add(state, "David Holm", "Person")
    assert creators(state) == {("Cecilia Berg", "creator", "self")}


def test_reference_entries_with_several_authors_and_an_institution():
    text = ("Referenser\n\nBerg, A., & Lund, B. (2001/ 2004). Boken om nätverk. Malmö: Förlaget.\n"
            "Verket. (den 2 mars 2019). Om tillsyn. Hämtat från Verket.\n"
            "SOU 2019:1. (2019). En titel.\n")
    state = state_for(text, "sv")
    add(state, "Berg, A.", "Person", label="A. Berg")
    add(state, "Lund, B.", "Person", label="B. Lund")
    add(state, "Boken om nätverk", "Document")
    add(state, "Verket", "Institution")
    add(state, "Om tillsyn", "Document")
    add(state, "SOU 2019:1", "Document")
    add(state, "En titel", "Document")
    assert creators(state) == {("A. Berg", "creator", "Boken om nätverk"), ("B. Lund", "creator", "Boken om nätverk"),
                               ("Verket", "creator", "Om tillsyn")}


def test_report_by_institution_and_issued_reports():
    text = ("SOU 2020:5. (2020). Styrning – Huvudbetänkande av utredningen om styrning.\n"
            "I juni överlämnade Kommittén två betänkanden (SOU 2020:5) och (SOU 2020:6).\n")
    state = state_for(text, "sv")
    add(state, "SOU 2020:5", "Document")
    add(state, "utredningen om styrning", "Institution", subtype="Commission")
    add(state, "Kommittén", "Institution", subtype="Commission")
    add(state, "SOU 2020:5", "Document", nth=1)
    add(state, "SOU 2020:6", "Document")
    assert creators(state) == {("utredningen om styrning", "creator", "SOU 2020:5"),
                               ("Kommittén", "creator", "SOU 2020:5"), ("Kommittén", "creator", "SOU 2020:6")}


@pytest.mark.parametrize("text, language, mentions, expected", [
    ("Kontrol er naturligt, skriver direktør i Styrelsen, Hans Holm.\n" + BODY, "da",
     [("Styrelsen", "Institution"), ("Hans Holm", "Person")], {("Hans Holm", "creator", "self")}),
    ("Det visade SVT´s Uppdrag Granskning i våras.", "sv",
     [("SVT´s", "Institution", "Sveriges Television"), ("Uppdrag Granskning", "Document")],
     {("Sveriges Television", "creator", "Uppdrag Granskning")}),
    ("Foto: Lisa Bild\n\n– Bra, säger Per Lund.\n" + BODY, "sv", [("Lisa Bild", "Person"), ("Per Lund", "Person")],
     set()),
    ("Det skriver Dagens Nyheter att Anna Berg har sagt.\n" + BODY, "sv",
     [("Dagens Nyheter", "Institution"), ("Anna Berg", "Person")], set()),
])
def test_lead_writer_genitive_source_and_non_creators(text, language, mentions, expected):
    """'skriver X' in the lead signs the text; a photo credit or a quoted speaker does not."""
    assert creators(given(text, language, *mentions)) == expected
