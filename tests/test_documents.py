"""Documents: identifiers, quoted titles (not scare quotes), reference titles, programmes."""

from __future__ import annotations

from rule_texts import state_for

from reformgraph.extract.documents import documents, main_title


def docs(text: str, language: str) -> dict[str, str]:
    """Surface -> label of the documents found."""
    state = state_for(text, language)
    documents(state)
    return {m.surface: m.label for m in state.mentions}


def test_identifiers_of_several_countries():
    found = docs("Se SOU 2021:10, Ds 2020:3, prop. 2019/20:1, NOU 2022:7 og Meld. St. 30 (2019–2020).", "sv")
    assert set(found) == {"SOU 2021:10", "Ds 2020:3", "prop. 2019/20:1", "NOU 2022:7", "Meld. St. 30 (2019–2020)"}


def test_quoted_title_linked_to_its_identifier_shares_its_label():
    text = ("Betänkandet ”Styrning för framtiden” (SOU 2021:10) kom i våras. "
            "Enligt SOU 2021:10 behövs mer tillit.")
    found = docs(text, "sv")
    assert found["Styrning för framtiden"] == found["SOU 2021:10"] == "Styrning för framtiden"


def test_scare_quotes_and_speech_are_no_titles():
    text = 'Det blev en ”nystart” för alla. ”Vi måste lyssna mer”, säger hon.'
    assert docs(text, "sv") == {}


def test_cue_and_coordination_accept_lower_case_titles():
    found = docs("I programmet ”kampen om skolan” och ”tyst vecka” hörs lärarna.", "sv")
    assert set(found) == {"kampen om skolan", "tyst vecka"}


def test_reference_list_titles_use_the_main_title():
    text = "Litteratur\n\nHolm, K. (2015). Tillit i praktiken – en handbok. Oslo: Gyldendal.\n"
    assert docs(text, "nb")["Tillit i praktiken – en handbok"] == "Tillit i praktiken"


def test_programme_after_a_media_genitive():
    assert docs("Det visade SVT:s Uppdrag Granskning i går.", "sv")["Uppdrag Granskning"] == "Uppdrag Granskning"


def test_name_right_after_a_title_noun():
    found = docs("Hon var med i programmet Kaliber och i podden Tankesmedjan.", "sv")
    assert set(found) == {"Kaliber", "Tankesmedjan"}


def test_unquoted_title_between_cue_and_identifier():
    found = docs("Utredningen Bättre vård i hela landet (SOU 2020:19) föreslår en reform.", "sv")
    assert found["Bättre vård i hela landet"] == "Bättre vård i hela landet"


def test_main_title():
    assert main_title("Nätverksboken – om mötets möjligheter") == "Nätverksboken"
    assert main_title("Beslutskedja: Tillit i styrningen") == "Beslutskedja"  # the full title stays a surface form


def test_corpus_text_documents(corpus_dir):
    from reformgraph.analysis import analyse
    from reformgraph.extract.state import ExtractionState
    from reformgraph.reading import read_text

    state = ExtractionState(analyse(read_text(corpus_dir / "001_e0cde2e283545ae3.txt")))
    documents(state)
    labels = {m.label for m in state.mentions}
    assert {"Med tillit växer handlingsutrymmet", "En lärande tillsyn", "Nätverksboken", "Äppna samtal"} <= labels
    assert {m.label for m in state.mentions if m.surface == "SOU 2018:47"} == {"Med tillit växer handlingsutrymmet"}


def test_platforms_and_agreements_named_by_their_compound():
    found = docs("Regjeringen la fram Lysakerplattformen, og Fjordavtalen gjelder. Plattformen og avtalen er nye. "
                 "Samarbeidsavtalen mellom partene er også klar.", "nb")
    assert set(found) == {"Lysakerplattformen", "Fjordavtalen"}
    assert docs("It began with the Lysaker platform (Lysakerplattformen).", "en") == {
        "Lysakerplattformen": "Lysakerplattformen"}


def test_titles_in_italics_and_unquoted_titles_before_a_year():
    found = docs("Rapporten *Mer tid til omsorg* kom i fjor, og boken Styring i sentrum (2021) likeså.", "nb")
    assert {"Mer tid til omsorg", "Styring i sentrum"} <= set(found)
    found = docs("The report Reporting less (Ingesund, 2022) says so. The report (2022) is short.", "en")
    assert set(found) == {"Reporting less"}


def test_reference_titles_without_edition_and_identifier():
    text = ("References\n\n"
            "Berge, A. (2020). Governing by numbers: Indicators in local government (3rd ed.). Fjordbok Press.\n"
            "Holm, K. (2019). Tillit i vardagen (SOU 2019:9). Stockholm: Norstedts.\n")
    found = docs(text, "en")
    assert "Governing by numbers: Indicators in local government" in found
    assert found["Tillit i vardagen"] == found["SOU 2019:9"] == "Tillit i vardagen"


def test_quoted_speech_is_no_title():
    assert docs('"We will show that it works if we get time," she says.', "en") == {}
    assert docs('"Trust is not a budget line," says the mayor.', "en") == {}
    assert docs("The report «Local Trust» came out in May.", "en") == {"Local Trust": "Local Trust"}


def test_lower_case_directive_numbers_and_laws_with_their_sfs_number():
    found = docs("Utredaren följer dir. 2022:41 och skollagen (2010:800), men inte arbetslagen.", "sv")
    assert set(found) == {"dir. 2022:41", "skollagen (2010:800)"}


def test_main_title_stops_at_a_subtitle_after_a_colon():
    assert main_title("Tillit i vardagen: Kommunernas arbete med styrning") == "Tillit i vardagen"
    assert main_title("Reform 2030: en plan") == "Reform 2030: en plan"  # no capital: one title
