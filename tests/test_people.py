"""People: first names, roles, speech verbs, bylines, references, short forms."""

from __future__ import annotations

from rule_texts import state_for

from reformgraph.extract.people import people


def persons(text: str, language: str) -> dict[str, set[str]]:
    """Label -> surfaces of the people found."""
    state = state_for(text, language)
    people(state)
    found: dict[str, set[str]] = {}
    for mention in state.mentions:
        found.setdefault(mention.label, set()).add(mention.surface)
    return found


def test_first_name_and_surname_back_reference_sv():
    found = persons("Lena Holmqvist leder arbetet. – Det går bra, säger Holmqvist.", "sv")
    assert found == {"Lena Holmqvist": {"Lena Holmqvist", "Holmqvist"}}


def test_role_before_and_after_a_name_without_known_first_name():
    found = persons("Kulturminister Parisa Zandi öppnade mötet.\n\nParisa Zandi, kulturminister", "sv")
    assert set(found) == {"Parisa Zandi"}


def test_apposition_da():
    found = persons("Det skriver kontorchef i Finansministeriet, Tarek Bouzid, i et indlæg.", "da")
    assert "Tarek Bouzid" in found


def test_speech_verb_nb():
    found = persons("– Vi må stole mer på de ansatte, sier Gunnhild Tveit.", "nb")
    assert set(found) == {"Gunnhild Tveit"}


def test_possessive_and_coordinated_genitives_da():
    found = persons("Det er Mads Kragbjergs og Henrik Dalsgaards forslag, ikke Mads Kragbjerg alene.", "da")
    assert {"Mads Kragbjerg", "Henrik Dalsgaard"} <= set(found)
    assert "Mads Kragbjergs" in found["Mads Kragbjerg"]


def test_byline_with_affiliation_and_photo_credit():
    found = persons("Rubrik\n\nText: Elsa Grön, Byrå Norr\nFoto: © Olle Nyström, Bildbolaget\n\nBrödtext här.", "sv")
    assert {"Elsa Grön", "Olle Nyström"} <= set(found)
    assert "Byrå Norr" not in found


def test_reference_list_authors_resolve_to_full_names():
    text = (
        "Enligt docent Maria Wernersson fungerar det (Wernersson, 2011).\n\n"
        "Referenser\n\n"
        "Wernersson, M., & Lukkarinen-Öst, T. (2011). En bok om tillit. Lund: Förlaget Norr.\n"
    )
    found = persons(text, "sv")
    assert found["Maria Wernersson"] >= {"Maria Wernersson", "Wernersson", "Wernersson, M."}
    assert "T. Lukkarinen-Öst" in found


def test_initials_and_given_name_alone_en():
    found = persons("As J. Keynes put it, markets fail. The story of Emma shows why.", "en")
    assert "J. Keynes" in found
    assert "Emma" in found


def test_comment_signatures():
    text = "Artikel.\n\nKommentarer\n • 12.03.19 Henrik Sølvsten\n  Godt skrevet.\n\nBirte Kaas\nEnig."
    assert {"Henrik Sølvsten", "Birte Kaas"} <= set(persons(text, "da"))


def test_definite_role_refers_back_to_its_holder():
    text = "Socialminister Ylva Berglöf talade först. Socialministern tackade sedan publiken."
    found = persons(text, "sv")
    assert found["Ylva Berglöf"] == {"Ylva Berglöf", "Socialministern"}


def test_ordinary_capitalised_words_are_no_people():
    text = "Tillit och Styrning i Norden. Vi vill Mer. Han menar att Utredningen är klar."
    assert persons(text, "sv") == {}


def test_corpus_text_people(corpus_dir):
    from reformgraph.analysis import analyse
    from reformgraph.extract.state import ExtractionState
    from reformgraph.reading import read_text

    state = ExtractionState(analyse(read_text(corpus_dir / "004_a78e8492f1529fb0.txt")))
    people(state)
    labels = {m.label for m in state.mentions}
    assert {"Ardalan Shekarabi", "Jenny Asp", "Mark Harris"} <= labels
    assert any(m.surface == "Civilministern" and m.label == "Ardalan Shekarabi" for m in state.mentions)


def test_author_lines_with_affiliation_marks_and_affiliations_en():
    text = (
        "Steering by Trust in Welfare Services\n\n"
        "Helga Sørby¹, Nils P. Aune² and Ebba Kron³\n"
        "Tove Lindahl, Department of Sociology, Örebro University\n\n"
        "¹ Faculty of Social Sciences, University of Agder\n"
    )
    found = persons(text, "en")
    assert {"Helga Sørby", "Nils P. Aune", "Ebba Kron", "Tove Lindahl"} <= set(found)
    assert not any(label.startswith(("Faculty", "Steering")) for label in found)


def test_in_text_citations_name_cited_authors():
    found = persons("Studier visar detta (jfr Brännvall & Ekdahl, 2015; Wikner, 2019). Enligt OECD (2017) är det så.", "sv")
    assert {"Brännvall", "Ekdahl", "Wikner"} <= set(found) and "OECD" not in found
    found = persons("As Ottesen and Hjelm (2020) argue, the old model persists (Rask et al., 2018).", "en")
    assert {"Ottesen", "Hjelm", "Rask"} <= set(found)


def test_double_surname_back_references_da():
    text = ("Borgmester Lene Skov Pedersen er glad. – Det virker, siger Skov Pedersen. "
            "Ifølge Skov Pedersen er alle enige, og Skov Pedersens plan holder.")
    found = persons(text, "da")
    assert set(found) == {"Lene Skov Pedersen"}
    assert {"Skov Pedersen", "Skov Pedersens"} <= found["Lene Skov Pedersen"]


def test_hyphenated_surname_alone_and_sentence_initial_cue_nb():
    found = persons("Rådgiver Ingeborg Fjell-Hansen la fram planen. Fjell-Hansen mener den holder.", "nb")
    assert found == {"Ingeborg Fjell-Hansen": {"Ingeborg Fjell-Hansen", "Fjell-Hansen"}}
    found = persons("Direktør Ola Brekke Strand talte. Ifølge Brekke Strand er det bra.", "nb")
    assert set(found) == {"Ola Brekke Strand"}


def test_capitalised_first_word_and_hyphen_compounds_are_no_names():
    assert set(persons("– Nei, sier Fristad-forsker Eli Sunde.", "nb")) == {"Eli Sunde"}
    assert set(persons("It is fine. As Brekke Lund notes, the reform works.", "en")) == {"Brekke Lund"}


def test_surname_that_is_an_ordinary_word_first_in_a_sentence_before_a_verb():
    found = persons("Direktør Anne Marie Dal svarte. Dal understreker at det går bra.", "nb")
    assert found["Anne Marie Dal"] == {"Anne Marie Dal", "Dal"}
