"""Institutions: lexicons, name forms, municipalities, contexts, short forms."""

from __future__ import annotations

from rule_texts import state_for

from reformgraph.extract.institutions import institutions
from reformgraph.extract.overlaps import overlaps


def orgs(text: str, language: str, country: str | None = None) -> dict[str, tuple]:
    """Surface -> (label, subtype, country) of the institutions found."""
    state = state_for(text, language, country)
    institutions(state)
    overlaps(state)
    return {m.surface: (m.label, m.subtype, m.country) for m in state.mentions}


def test_same_name_gets_the_country_of_the_text():
    assert orgs("Socialstyrelsen har svarat.", "sv")["Socialstyrelsen"] == ("Socialstyrelsen", "Agency", "SE")
    assert orgs("Socialstyrelsen har svaret.", "da")["Socialstyrelsen"] == ("Socialstyrelsen", "Agency", "DK")
    assert orgs("Enligt danska Socialstyrelsen går det bra.", "sv")["Socialstyrelsen"][2] == "DK"


def test_agency_suffix_and_genitive_label():
    found = orgs("Det säger Kemikaliedelegationens ordförande, och Hälsoverket instämmer.", "sv")
    assert found["Kemikaliedelegationens"] == ("Kemikaliedelegationen", "Commission", "SE")
    assert found["Hälsoverket"][1] == "Agency"


def test_short_form_refers_to_the_named_commission():
    found = orgs("Välfärdskommissionen lämnade sitt förslag. Kommissionen vill se mer tillit.", "sv")
    assert found["Kommissionen"][0] == "Välfärdskommissionen"


def test_government_and_parliament_by_common_noun():
    assert orgs("Det har regeringen beslutat.", "sv")["regeringen"] == ("Regeringen", "Government", "SE")
    assert orgs("Regjeringens forslag ble vedtatt.", "nb")["Regjeringens"] == ("Regjeringen", "Government", "NO")
    assert orgs("Sagen skal behandles i Folketinget.", "da")["Folketinget"][1:] == ("Parliament", "DK")
    assert orgs("The Norwegian government agreed.", "en")["government"] == ("Regjeringen", "Government", "NO")


def test_municipality_forms_and_foreign_municipality():
    found = orgs("Både Göteborgs Stad och Sunne kommun deltar, liksom Lillehammer kommune i Norge.", "sv")
    assert found["Sunne kommun"] == ("Sunne kommun", "Municipality", "SE")
    assert found["Lillehammer kommune"][2] == "NO"
    assert found["Göteborgs Stad"][1] == "Municipality"
    assert orgs("Region Midtjylland og Vejle Kommunes ledelse", "da")["Region Midtjylland"] == (
        "Region Midtjylland", "Region", "DK")


def test_bare_town_acts_as_municipality_only_in_context():
    found = orgs("Flera kommuner, däribland Borlänge och Kiruna, har infört modellen.", "sv")
    assert found["Borlänge"][1] == "Municipality" and found["Kiruna"][1] == "Municipality"
    assert "Kiruna" not in orgs("Vi åkte till Kiruna i fjol.", "sv")


def test_acronym_definition_gives_both_forms():
    found = orgs("Nationalt Center for Tillid (NCT) blev oprettet. NCT skal rådgive kommunerne.", "da")
    assert found["NCT"][0] == "Nationalt Center for Tillid"


def test_known_acronym_only_in_its_country():
    assert orgs("KL mener, at reformen er god.", "da")["KL"][0] == "Kommunernes Landsforening"
    assert "KL" not in orgs("Mötet börjar KL 10 i dag.", "sv")


def test_company_form_media_context_and_party():
    found = orgs("Hon driver Norrsken konsult AB. Det sa hon till Västerbottens-Kuriren. Åsa Berg (MP) höll med.", "sv")
    assert found["Norrsken konsult AB"][1] == "Company"
    assert found["Västerbottens-Kuriren"][1] == "MediaOutlet"
    assert found["MP"][:2] == ("Miljöpartiet", "Party")


def test_unknown_medium_by_context_and_university():
    found = orgs("Det siger hun til Lokalavisen Østjylland. Hun forsker ved Aalborg Universitet.", "da")
    assert found["Lokalavisen Østjylland"][1] == "MediaOutlet"
    assert found["Aalborg Universitet"][1] == "University"


def test_corpus_text_institutions(corpus_dir):
    from reformgraph.analysis import analyse
    from reformgraph.extract.state import ExtractionState
    from reformgraph.reading import read_text

    state = ExtractionState(analyse(read_text(corpus_dir / "000_90bf5e10f28554f8.txt")))
    institutions(state)
    found = {(m.label, m.country) for m in state.mentions}
    assert {("Socialstyrelsen", "DK"), ("Kommunernes Landsforening", "DK"), ("Københavns Kommune", "DK")} <= found
