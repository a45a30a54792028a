"""proposedBy: whose reform, who presents a reform or model, who appointed a commission."""

from __future__ import annotations

from rule_texts import add, state_for, triples

from reformgraph.extract.concepts import concepts
from reformgraph.extract.relations import relations


def proposals(state) -> set[tuple[str, str, str]]:
    concepts(state)
    relations(state)
    return {t for t in triples(state) if t[1] == "proposedBy"}


def test_government_genitive_reform_sv_and_da():
    state = state_for("Regeringens tillitsreform handlar om styrning.", "sv", "SE")
    add(state, "Regeringens", "Institution", label="Regeringen", subtype="Government", country="SE")
    assert proposals(state) == {("tillitsreformen", "proposedBy", "Regeringen")}
    state = state_for("Regeringens nye sammenhængsreform er klar.", "da", "DK")
    add(state, "Regeringens", "Institution", label="Regeringen", subtype="Government", country="DK")
    assert proposals(state) == {("Sammenhængsreformen", "proposedBy", "Regeringen")}


def test_a_pronoun_presenting_a_reform_is_the_person_named_before():
    text = "Statsrådet Kari Dahl talte i går. Hun er her for å presentere den nye tillitsreformen."
    state = state_for(text, "nb", "NO")
    add(state, "Kari Dahl", "Person")
    assert proposals(state) == {("tillitsreformen", "proposedBy", "Kari Dahl")}


def test_a_definite_commission_noun_proposes_a_model():
    text = ("Delegationen om styrning arbetar.\n"
            "Utredningen konstaterar problem med NPM och lägger fram idén om tillitsbaserad styrning.")
    state = state_for(text, "sv", "SE")
    add(state, "Delegationen om styrning", "Institution", subtype="Commission")
    assert proposals(state) == {("tillitsbaserad styrning och ledning", "proposedBy", "Delegationen om styrning")}


def test_the_government_appointing_a_commission():
    text = "Tillsynsdelegationen började 2017.\nÅr 2016 beslutade regeringen att tillsätta en statlig delegation."
    state = state_for(text, "sv", "SE")
    add(state, "Tillsynsdelegationen", "Institution", subtype="Commission")
    add(state, "regeringen", "Institution", label="Regeringen", subtype="Government")
    assert proposals(state) == {("Tillsynsdelegationen", "proposedBy", "Regeringen")}
    state = state_for("The commission was appointed by the Government in 2015.", "en")
    add(state, "The commission", "Institution", subtype="Commission")
    add(state, "the Government", "Institution", subtype="Government")
    assert proposals(state) == {("The commission", "proposedBy", "the Government")}


def test_appointing_without_a_known_commission_or_discussing_a_reform_proposes_nothing():
    state = state_for("Regeringen tillsatte en utredning om skolan.", "sv", "SE")
    add(state, "Regeringen", "Institution", subtype="Government")
    assert proposals(state) == set()
    state = state_for("Regeringen diskuterar tillitsreformen och kritiken mot NPM.", "sv", "SE")
    add(state, "Regeringen", "Institution", subtype="Government")
    assert proposals(state) == set()


def test_passive_proposal_en():
    state = state_for("New Public Governance was proposed by Stephen Osborne.", "en")
    add(state, "Stephen Osborne", "Person")
    assert proposals(state) == {("New Public Governance", "proposedBy", "Stephen Osborne")}
