"""Places: countries in four languages, regions, cities, each with its own country code."""

from __future__ import annotations

from rule_texts import state_for

from reformgraph.extract.places import places


def found(text: str, language: str) -> dict[str, tuple]:
    state = state_for(text, language)
    places(state)
    return {m.surface: (m.label, m.subtype, m.country) for m in state.mentions}


def test_countries_in_each_language():
    assert found("Reformen liknar den i Danmark och Finland.", "sv")["Danmark"] == ("Danmark", "Country", "DK")
    assert found("Det samme gælder i Sverige og Tyskland.", "da")["Tyskland"][2] == "DE"
    assert found("Slik er det også i Storbritannia.", "nb")["Storbritannia"][2] == "GB"
    assert found("Trust reforms in Norway and the USA.", "en")["USA"][2] == "US"


def test_genitive_country_keeps_base_label():
    assert found("Det gäller Sveriges kommuner.", "sv")["Sveriges"] == ("Sverige", "Country", "SE")


def test_region_of_a_country_and_official_region():
    result = found("Metoden kommer från Norra Finland och prövas nu i Skåne.", "sv")
    assert result["Norra Finland"] == ("Norra Finland", "Region", "FI")
    assert result["Skåne"] == ("Skåne", "Region", "SE")


def test_cities_nordic_and_large_world_cities():
    result = found("Konferensen hölls i Tromsø, därefter i Aarhus och i Tokyo.", "sv")
    assert result["Tromsø"][1:] == ("City", "NO")
    assert result["Aarhus"][2] == "DK"
    assert result["Tokyo"][2] == "JP"


def test_sentence_initial_common_word_is_no_place():
    assert "Lund" not in found("Lund och äng täckte marken.", "sv")


def test_corpus_text_places(corpus_dir):
    from reformgraph.analysis import analyse
    from reformgraph.extract.state import ExtractionState
    from reformgraph.reading import read_text

    state = ExtractionState(analyse(read_text(corpus_dir / "001_e0cde2e283545ae3.txt")))
    places(state)
    labels = {(m.label, m.country) for m in state.mentions}
    assert {("Sverige", "SE"), ("Norge", "NO"), ("Norra Finland", "FI"), ("Malmö", "SE")} <= labels


def test_datelines_and_common_words_in_english_headlines():
    result = found("A Time For Trust In Local Government\n\nODENSE – Moss and Stavanger agreed.", "en")
    assert "Time" not in result
    assert result["ODENSE"] == ("Odense", "City", "DK")
    assert result["Stavanger"][2] == "NO"
