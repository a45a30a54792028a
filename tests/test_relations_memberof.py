"""memberOf: appositions, genitives, bylines and ministers, with the role in its base form."""

from __future__ import annotations

import pytest
from rule_texts import add, given, state_for

from reformgraph.extract.relations import relations


def memberships(state) -> set[tuple[str, str, str | None]]:
    relations(state)
    return {(r.subject.label, r.object.label, r.role) for r in state.relations if r.predicate.value == "memberOf"}


@pytest.mark.parametrize("text, language, mentions, expected", [
    ("Det skriver vicedirektør i Socialstyrelsen, Steffen Bohni.", "da",
     [("Socialstyrelsen", "Institution"), ("Steffen Bohni", "Person")],
     ("Steffen Bohni", "Socialstyrelsen", "vicedirektør")),
    ("Karin Ek, socionom och VD Acme Konsult AB\n", "sv",
     [("Karin Ek", "Person"), ("Acme Konsult AB", "Institution")], ("Karin Ek", "Acme Konsult AB", "vd")),
    ("– Det går bra, säger Utredningens ordförande Per Lund.", "sv",
     [("Utredningens", "Institution", "Utredningen", "Commission"), ("Per Lund", "Person")],
     ("Per Lund", "Utredningen", "ordförande")),
    ("Kari Nordmann er direktøren i Statens vegvesen.", "nb",
     [("Kari Nordmann", "Person"), ("Statens vegvesen", "Institution")],
     ("Kari Nordmann", "Statens vegvesen", "direktør")),
    ("Jane Doe, director of the Institute for Government, said so.", "en",
     [("Jane Doe", "Person"), ("Institute for Government", "Institution")],
     ("Jane Doe", "Institute for Government", "director")),
    ("Brödtext här.\n\nText: Eva Lind, Norra Byrån\n", "sv",
     [("Eva Lind", "Person"), ("Norra Byrån", "Institution")], ("Eva Lind", "Norra Byrån", None)),
])
def test_appositions_genitives_and_bylines(text, language, mentions, expected):
    """The role is the post (not a profession like 'socionom'), in its base form."""
    assert memberships(given(text, language, *mentions)) == {expected}


def test_minister_is_member_of_the_government_the_text_names():
    text = "Regeringen vill mycket.\nCivilminister Anna Berg talade länge.\n"
    state = state_for(text, "sv", "SE")
    add(state, "Regeringen", "Institution", subtype="Government", country="SE")
    add(state, "Anna Berg", "Person")
    assert memberships(state) == {("Anna Berg", "Regeringen", "civilminister")}


def test_no_government_named_no_membership_and_foreign_minister_not_linked():
    state = state_for("Civilminister Anna Berg talade länge.", "sv", "SE")
    add(state, "Anna Berg", "Person")
    assert memberships(state) == set()
    state = state_for("Regeringen lyssnade när Danmarks finansminister Ole Holm talade.", "sv", "SE")
    add(state, "Regeringen", "Institution", subtype="Government", country="SE")
    add(state, "Ole Holm", "Person")
    assert memberships(state) == set()


def test_a_profession_alone_or_a_mere_neighbour_is_no_membership():
    state = state_for("Eva Lind, socionom och psykoterapeut.\nEva Lind och Socialstyrelsen samarbetar.", "sv")
    add(state, "Eva Lind", "Person")
    add(state, "Eva Lind", "Person", nth=1)
    add(state, "Socialstyrelsen", "Institution")
    assert memberships(state) == set()
