"""The `principle_lists` component: principles named by an enumerated list in the text."""

from __future__ import annotations

from rule_texts import labels, state_for

from reformgraph.extract.concepts import principle_lists


def principles(text: str, language: str) -> set[str]:
    state = state_for(text, language)
    principle_lists(state)
    return labels(state, "Principle")


def test_dashed_items_after_a_lead_in_with_colon():
    text = ("Delegationen presenterar principer.\n\nDe tre grundläggande principerna är:\n\n"
            "Tillit – om att lita på varandra.\n\nÖppenheten – att dela information.\n\n"
            "Helhetssyn: att se systemet.\n\nArbetet fortsätter nu i kommunerna med full kraft.\n")
    assert principles(text, "sv") == {"Tillit", "Öppenhet", "Helhetssyn"}


def test_numbered_items_without_colon():
    text = "Reformens prinsipper\n1. Tillit\n2. Brukerens behov\n3. Samarbeid\n\nDet var alt.\n"
    assert principles(text, "nb") == {"Tillit", "Brukerens behov", "Samarbeid"}


def test_inline_list_after_colon():
    assert principles("Reformen har fire principper: tillid, faglighed, åbenhed og ledelse.", "da") == {
        "tillid", "faglighed", "åbenhed", "ledelse"}
    assert principles("The reform has three principles: trust, openness and learning.", "en") == {
        "trust", "openness", "learning"}


def test_the_list_stops_at_a_line_of_another_style():
    text = "Principles:\n- Trust – the base.\n- Openness – always.\nConclusion\n"
    assert principles(text, "en") == {"Trust", "Openness"}


def test_no_list_without_lead_in_or_layout():
    assert principles("Tillidsreformens syv grundprincipper.\nTillid er godt.\nKontrol er bedre.\n", "da") == set()
    assert principles("Vi har två frågor:\n1. Hur mår du?\n2. Vad gör du?\n", "sv") == set()
    assert principles("Principerna är viktiga: de styr allt vi gör i vardagen varje dag.", "sv") == set()


def test_numbered_heads_followed_by_their_explanation():
    text = ("Rådet lägger fram fyra principer:\n\n"
            "1. Ansvar i linjen. Chefer ska ha mandat att prioritera.\n\n"
            "2. Färre mått som används. Varje mått ska ha en mottagare.\n\n"
            "3. Dialog före rapport. Uppföljning sker i samtal.\n\nSlut.\n")
    assert principles(text, "sv") == {"Ansvar i linjen", "Färre mått som används", "Dialog före rapport"}


def test_long_numbered_items_are_still_items():
    text = ("Modellen har tre prinsipper:\n1. Brukernes behov styrer tjenestene\n"
            "2. Ansatte får faglig rom til vurdering\n3. Ledere som gir tillit og følger opp\n")
    assert principles(text, "nb") == {"Brukernes behov styrer tjenestene", "Ansatte får faglig rom til vurdering",
                                      "Ledere som gir tillit og følger opp"}


def test_an_inline_list_splits_on_commas_and_only_its_last_conjunction():
    assert principles("Planen bygger på tre principper: nærhed til borgeren, respekt for faglighed og "
                      "ro om økonomien.", "da") == {"nærhed til borgeren", "respekt for faglighed", "ro om økonomien"}
    assert principles("The review used the doctrines: clear goals and measures, freedom to manage, "
                      "and contestable provision.", "en") == {
        "clear goals and measures", "freedom to manage", "contestable provision"}


def test_quoted_principles_after_a_lead_in_without_colon():
    text = 'The scheme rests on four principles, among them "service first", "fewer forms" and "local judgement".'
    assert principles(text, "en") == {"service first", "fewer forms", "local judgement"}
    assert principles('Principles matter, as "Per Ek" said and wrote.', "en") == set()
