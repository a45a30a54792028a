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
    assert orgs("The Norwegian government agreed.", "en")["Norwegian government"] == ("Regjeringen", "Government", "NO")


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


def test_english_government_and_parliament_with_their_adjective():
    found = orgs("It was launched by the Swedish Government and passed by the Danish Parliament.", "en")
    assert found["Swedish Government"] == ("Regeringen", "Government", "SE")
    assert found["Danish Parliament"] == ("Folketinget", "Parliament", "DK")
    assert orgs("Sveriges regering vill. En ny regering kommer.", "sv") == {
        "Sveriges regering": ("Regeringen", "Government", "SE")}


def test_english_names_of_nordic_bodies_need_their_country_in_the_text():
    found = orgs("In Norway, the Labour Party and the Norwegian Directorate of Health agreed.", "en")
    assert found["Labour Party"][0] == "Arbeiderpartiet"
    assert found["Norwegian Directorate of Health"][0] == "Helsedirektoratet"
    assert orgs("In Britain, the Labour Party disagreed.", "en").get("Labour Party", ("",))[0] != "Arbeiderpartiet"
    found = orgs("The Danish Ministry of Finance and the Swedish Ministry of Finance met.", "en")
    assert found["Danish Ministry of Finance"][:1] == ("Finansministeriet",)
    assert found["Swedish Ministry of Finance"][:1] == ("Finansdepartementet",)


def test_official_names_on_a_head_noun_en_da():
    found = orgs("The Norwegian Institute for Rural Studies and the Directorate for Roads, Rail and Ports met "
                 "the Welfare Inquiry Commission in Oslo, Norway.", "en")
    assert found["Norwegian Institute for Rural Studies"][2] == "NO"
    assert "Directorate for Roads, Rail and Ports" in found
    assert "Welfare Inquiry Commission" in found
    found = orgs("Også Styrelsen for Borgerservice og Nationalt Center for Velfærd deltog.", "da")
    assert set(found) == {"Styrelsen for Borgerservice", "Nationalt Center for Velfærd"}


def test_name_after_a_noun_of_its_kind_and_its_repetitions():
    found = orgs("Ifølge tankesmien Fremtidsrådet har fagforbundet NSF rett. Fremtidsrådet mener mer.", "nb")
    assert found["Fremtidsrådet"][0] == "Fremtidsrådet"
    assert found["NSF"][0] == "Norsk Sykepleierforbund"
    state_count = sum(1 for s in orgs("tankesmien Fremtidsrådet. Fremtidsrådet igjen.", "nb"))
    assert state_count == 1
    found = orgs("The Danish union FOA and the think tank Kraka disagree.", "en")
    assert found["FOA"][0] == "Fag og Arbejde" and "Kraka" in found


def test_body_before_a_hyphenated_people_noun():
    found = orgs("Ifølge Nordlab-forsker Kari Lie viser Nordlab-rapporten og Oslo-rapporten det. SOU-rapporten også.", "nb")
    assert found["Nordlab"][2] == "NO" and "Oslo" not in found and "SOU" not in found


def test_words_before_a_country_name_make_a_body():
    found = orgs("Pengene kommer fra Innovasjon Norge, ikke fra Vestlige Norge.", "nb")
    assert found["Innovasjon Norge"][2] == "NO" and len(found) == 1


def test_towns_in_lists_with_municipalities_and_after_a_colon():
    found = orgs("Med er Horsens Kommune, Ikast-Brande Kommune og Skive.", "da")
    assert found["Skive"][1] == "Municipality"
    found = orgs("We studied three municipalities: Umeå (Sweden), Aalborg (Denmark) and Alta (Norway). "
                 "Aalborg, which has cut its targets, differs.", "en")
    assert {found[t][1] for t in ("Umeå", "Aalborg", "Alta")} == {"Municipality"}


def test_acting_towns_by_relative_clause_inversion_plural_head_and_region():
    assert orgs("Också Kiruna, som har slopat bonusarna, nämns.", "sv")["Kiruna"][1] == "Municipality"
    assert orgs("Sedan i fjol har Borlänge halverat antalet mål.", "sv")["Borlänge"][1] == "Municipality"
    assert orgs("Både Alta og Hammerfest kommuner har kuttet.", "nb")["Hammerfest"][1] == "Municipality"
    assert orgs("I år har Västerbotten minskat antalet mått.", "sv")["Västerbotten"][1] == "Region"


def test_acting_town_names_its_municipality_everywhere_under_the_full_name():
    found = orgs("Hørsholm Kommune er med. Borgmester i Hørsholm Anne Ravn siger ja.", "da")
    assert found["Hørsholm"][0] == "Hørsholm Kommune"
    state = state_for("Blandt dem er Lejre Kommune og Greve. I Greve har man droppet møderne.", "da")
    institutions(state)
    overlaps(state)
    assert [m.label for m in state.mentions if m.surface == "Greve"] == ["Greve", "Greve"]


def test_photo_agency_after_a_slash_and_ambiguous_names_in_tag_lists():
    found = orgs("Tekst\n\nFoto: Lars Berg/Bildbyrån Nord\n\nEmneord: Kommunal ekonomi, Skole", "nb")
    assert found["Bildbyrån Nord"][0] == "Bildbyrån Nord"
    assert orgs("Ämnen: Kommunal ekonomi, Vård", "sv") == {}


def test_university_of_a_city_ending_in_s():
    assert orgs("She works at Horsens University.", "en")["Horsens University"][1:] == ("University", "DK")


def test_body_after_a_post_and_a_preposition():
    found = orgs("Det mener forsker ved Nordlab Kari Lie og journalist i Fjordposten Ola Dahl. "
                 "Rådmann i Stavanger og leder i Fagforbundet Oslo er enige.", "nb")
    assert found["Nordlab"][0] == "Nordlab" and found["Fjordposten"][0] == "Fjordposten"
    assert found["Fagforbundet Oslo"][:2] == ("Fagforbundet Oslo", "Union") and found["Stavanger"][1] == "Municipality"
    found = orgs("Minister for Public Administration Ebba Lind met a researcher at Nordlab.", "en")
    assert set(found) == {"Nordlab"}


def test_nordic_acronyms_in_english_texts_where_their_country_is_named():
    found = orgs("In Denmark, FOA and KL disagree with DSR. In Britain, MP means something else.", "en")
    assert found["FOA"][0] == "Fag og Arbejde" and found["DSR"][0] == "Dansk Sygeplejeråd"
    assert "MP" not in found


def test_town_genitive_and_name_make_a_body_not_a_place():
    found = orgs("Det skriver Fjordbyens Avis. Ifølge Bergens Stiftelse Nord er det riktig.", "nb")
    assert found["Bergens Stiftelse Nord"][2] == "NO"


def test_town_genitive_before_a_municipal_post_and_union_branches():
    found = orgs("Det mener Horsens' kommunaldirektør og Viborgs børne- og kulturdirektør.", "da")
    assert found["Viborgs"] == ("Viborg", "Municipality", "DK")
    found = orgs("Både Fagforbundet Harstad og Unio svarte.", "nb")
    assert found["Fagforbundet Harstad"][:2] == ("Fagforbundet Harstad", "Union") and "Harstad" not in found


def test_party_letters_in_brackets_after_a_name():
    found = orgs("– Vi er klar, siger borgmester Lene Holm (V). Og Ole Dam (S) er enig.", "da")
    assert found["V"] == ("Venstre", "Party", "DK")
    assert found["S"] == ("Socialdemokratiet", "Party", "DK")
    assert "M" not in orgs("Se Ek, M. och Berg, A. (2020) om detta.", "sv")


def test_long_lexicon_compounds_count_at_the_start_of_a_sentence():
    assert orgs("Riksrevisjonen har gransket saken.", "nb")["Riksrevisjonen"][1] == "Agency"


def test_an_ambiguous_party_name_coordinated_with_a_party_counts():
    found = orgs("Høyre og Senterpartiet stemte imot forslaget.", "nb")
    assert found["Høyre"] == ("Høyre", "Party", "NO")
    assert "Høyre" not in orgs("Høyre side av veien var stengt.", "nb")


def test_a_list_after_a_plural_municipality_noun_and_a_copula():
    found = orgs("De deltagende kommuner er Viborg, Esbjerg og Horsens.", "da")
    assert {found[t][1] for t in ("Viborg", "Esbjerg", "Horsens")} == {"Municipality"}
