"""supports / criticizes: only where the text states the stance and its agent plainly."""

from __future__ import annotations

from rule_texts import add, state_for, triples

from reformgraph.extract.concepts import concepts
from reformgraph.extract.relations import stances


def stance(state) -> set[tuple[str, str, str]]:
    concepts(state)
    stances(state)
    return triples(state)


def test_quoted_speaker_criticizes_what_the_quote_moves_beyond():
    state = state_for("– Det är en ny styrning bortom New Public Management, säger Anna Berg.", "sv")
    add(state, "Anna Berg", "Person")
    assert stance(state) == {("Anna Berg", "criticizes", "New Public Management")}


def test_the_speaker_of_a_quoted_paragraph_and_the_subject_of_a_sentence():
    text = ("– Vi vill minska detaljstyrningen. Vi har sett effekterna, säger Anna Berg.\n\n"
            "Han vill ha mer tillitsbaserad styrning.\n")
    state = state_for(text, "sv")
    add(state, "Anna Berg", "Person")
    assert stance(state) == {("Anna Berg", "criticizes", "detaljstyrning"),
                             ("Anna Berg", "supports", "tillitsbaserad styrning och ledning")}


def test_explicit_verbs_da_nb_en():
    state = state_for("Lars Holm kritiserer NPM skarpt.", "da")
    add(state, "Lars Holm", "Person")
    assert stance(state) == {("Lars Holm", "criticizes", "New Public Management")}
    state = state_for("Fagforbundet støtter tillitsreformen.", "nb", "NO")
    add(state, "Fagforbundet", "Institution", subtype="Union")
    assert stance(state) == {("Fagforbundet", "supports", "tillitsreformen")}
    state = state_for("The union defends value-based health care.", "en")
    add(state, "The union", "Institution")
    assert stance(state) == {("The union", "supports", "value-based health care")}


def test_no_stance_without_a_plain_agent():
    assert stance(state_for("Tanken är att minska detaljstyrning i staten.", "sv")) == set()
    state = state_for("I december fick Delegationen ett uppdrag om mer tillitsbaserad styrning.", "sv")
    add(state, "Delegationen", "Institution", subtype="Commission")
    assert stance(state) == set()


def test_disagreeing_with_a_premise_is_not_criticizing_a_reform():
    state = state_for("Jeg er ikke enig i din præmis om, at tillidsreformen er et brud med NPM.", "da")
    assert stance(state) == set()
