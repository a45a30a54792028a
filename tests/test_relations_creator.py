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


def test_own_report_is_the_document_the_text_introduces_with_that_noun():
    text = ("Skolutredningen har nu överlämnat sitt betänkande. "
            "I betänkandet Bättre skola för alla (SOU 2031:7) föreslås färre prov.\n")
    state = state_for(text, "sv", "SE")
    add(state, "Skolutredningen", "Institution", subtype="Commission")
    add(state, "Bättre skola för alla", "Document")
    add(state, "SOU 2031:7", "Document", label="Bättre skola för alla")
    assert creators(state) == {("Skolutredningen", "creator", "Bättre skola för alla")}


def test_own_report_with_two_candidate_documents_is_left_alone():
    text = "Skatteutvalget overleverte sin innstilling. Rapporten Alfa og rapporten Beta kom i fjor.\n"
    state = state_for(text, "nb", "NO")
    add(state, "Skatteutvalget", "Institution", subtype="Commission")
    add(state, "Alfa", "Document")
    add(state, "Beta", "Document")
    assert creators(state) == set()


@pytest.mark.parametrize("text, language, mentions, expected", [
    ("Reformen kom i Fjordplattformen, Venstrepartiets og Bondepartiets politiske plattform.", "nb",
     [("Fjordplattformen", "Document"), ("Venstrepartiets", "Institution", "Venstrepartiet"),
      ("Bondepartiets", "Institution", "Bondepartiet")],
     {("Venstrepartiet", "creator", "Fjordplattformen"), ("Bondepartiet", "creator", "Fjordplattformen")}),
    ("Ann Lee has written the book Trust at Work.", "en",
     [("Ann Lee", "Person"), ("Trust at Work", "Document")], {("Ann Lee", "creator", "Trust at Work")}),
    ("Per Holm har udarbejdet analysen Styring i praksis for Byrådsforeningen.", "da",
     [("Per Holm", "Person"), ("Styring i praksis", "Document"), ("Byrådsforeningen", "Institution")],
     {("Per Holm", "creator", "Styring i praksis")}),
])
def test_document_apposition_with_genitive_makers_and_writing_verbs(text, language, mentions, expected):
    assert creators(given(text, language, *mentions)) == expected


def test_author_line_of_an_article_creates_the_text_and_reference_lines_sign_nothing():
    body = "We study trust in local government. " * 30
    text = (f"Steering by trust\n\nAnn Lee¹ and Bo Dahl²\n\n¹ Northshire University\n² Southby College\n\n{body}\n\n"
            "References\n\nLee, A., & Dahl, B. (2019). Trust at work. Northshire University Press.\n")
    state = state_for(text, "en")
    add(state, "Ann Lee", "Person")
    add(state, "Bo Dahl", "Person")
    add(state, "Lee, A.", "Person", label="A. Lee")
    add(state, "Dahl, B.", "Person", label="B. Dahl")
    add(state, "Trust at work", "Document")
    add(state, "Northshire University Press", "Institution")
    assert creators(state) == {("Ann Lee", "creator", "self"), ("Bo Dahl", "creator", "self"),
                               ("A. Lee", "creator", "Trust at work"), ("B. Dahl", "creator", "Trust at work")}


def test_a_single_name_alone_on_a_line_is_no_author_line():
    state = given("Rubrik\n\nAnna Berg\n\nHon arbetar i kommunen.\n", "sv", ("Anna Berg", "Person"))
    assert creators(state) == set()


def test_a_named_genre_byline_a_writes_list_and_a_signature_with_party_or_verb():
    state = given("Kronikk av Eva Dahl\n\n" + BODY, "nb", ("Eva Dahl", "Person"))
    assert creators(state) == {("Eva Dahl", "creator", "self")}
    text = ("Rubrik\n\nKommunerna behöver frihet, skriver Eva Ek och Bo Lund.\n\n" + BODY +
            "\n\nEva Ek (S), kommunstyrelsens ordförande i Åby kommun\n\nBo Lund är docent vid Åby högskola\n")
    state = given(text, "sv", ("Eva Ek", "Person"), ("Bo Lund", "Person"), ("Eva Ek", "Person"),
                  ("Åby kommun", "Institution"), ("Bo Lund", "Person"), ("Åby högskola", "Institution"))
    assert creators(state) == {("Eva Ek", "creator", "self"), ("Bo Lund", "creator", "self")}
