"""Named reforms and steering models announced by a noun: quoted or after a naming word."""

from __future__ import annotations

from rule_texts import extracted


def named(text: str, language: str) -> dict[str, str]:
    """Label -> type of the reforms, models and documents found."""
    kinds = {"Reform", "GovernanceModel", "Document"}
    return {m.label: m.type.value for m in extracted(text, language).mentions if m.type.value in kinds}


def test_a_quoted_name_after_a_reform_or_pilot_noun_is_a_reform_not_a_title():
    assert named('Ministeriet sætter nu forsøget "Mere tid til borgeren" i gang i ti kommuner.', "da") == {
        "Mere tid til borgeren": "Reform"}
    assert named("Direktoratet leder piloten «Lokal frihet» fra neste år.", "nb") == {"Lokal frihet": "Reform"}
    assert named('The ministry runs the pilot "Open Desk" in six towns.', "en") == {"Open Desk": "Reform"}


def test_a_name_after_a_naming_word_takes_the_type_of_the_noun_before_it():
    assert named("Nämnden införde en ny styrmodell för skolan, kallad «Lärare leder».", "sv") == {
        "Lärare leder": "GovernanceModel"}
    assert named("Byrådet startede sin egen reform under navnet Plads til faget.", "da") == {
        "Plads til faget": "Reform"}


def test_without_an_announcing_noun_a_quote_stays_what_it_was():
    assert named('Rapporten "Styring i praksis" kom i går.', "da") == {"Styring i praksis": "Document"}
    assert named("Han kallade det «Lärare leder» i talet.", "sv").get("Lärare leder") not in ("Reform", "GovernanceModel")
