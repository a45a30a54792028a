"""proposedBy: whose reform, who presents a reform or model, who appointed a commission."""

from __future__ import annotations

from rule_texts import add, state_for, triples

from reformgraph.extract.concepts import concepts, principle_lists
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


def test_a_body_whose_proposal_builds_on_a_model():
    text = "Vårdutredningens förslag är att vården i regionerna ska baseras på tillitsbaserad styrning."
    state = state_for(text, "sv", "SE")
    add(state, "Vårdutredningens", "Institution", label="Vårdutredningen", subtype="Commission")
    assert proposals(state) == {("tillitsbaserad styrning och ledning", "proposedBy", "Vårdutredningen")}
    state = state_for("Kommuneforbundet foreslår at kommunene går over til tillitsbasert styring.", "nb", "NO")
    add(state, "Kommuneforbundet", "Institution")
    assert proposals(state) == {("tillitsbasert styring og ledelse", "proposedBy", "Kommuneforbundet")}


def test_a_relative_clause_a_fronted_reform_and_an_untagged_government_compound():
    text = "Debatten om en skattereform, som finansminister Ole Berg lancerede i går, er hård."
    state = state_for(text, "da", "DK")
    add(state, "Ole Berg", "Person")
    concepts(state)
    state.mentions.append(_reform(state, "skattereform", "Skattereformen"))
    relations(state)
    assert {t for t in triples(state) if t[1] == "proposedBy"} == {("Skattereformen", "proposedBy", "Ole Berg")}
    text = "Gjennom en ny tillitsreform skal regjeringen gjøre hverdagen enklere."
    state = state_for(text, "nb", "NO")
    add(state, "regjeringen", "Institution", label="Regjeringen", subtype="Government", country="NO")
    assert proposals(state) == {("tillitsreformen", "proposedBy", "Regjeringen")}
    text = "Regjeringen har lagt fram planen. Dahl-regjeringen presenterte tillitsreformen på et møte."
    state = state_for(text, "nb", "NO")
    add(state, "Regjeringen", "Institution", subtype="Government", country="NO")
    assert proposals(state) == {("tillitsreformen", "proposedBy", "Regjeringen")}


def _reform(state, surface: str, label: str):
    from reformgraph.model import EntityType, Mention
    start = state.document.text.index(surface)
    return Mention(type=EntityType.REFORM, surface=surface, label=label,
                   evidence=state.evidence(start, start + len(surface), "test"))


def test_passive_launch_by_several_and_on_the_initiative_of():
    text = "The Danish reform was introduced by the Danish Government, the Municipal Union (MU) and the County Board."
    state = state_for(text, "en")
    add(state, "Danish", "Place", country="DK")
    state.mentions.pop()
    add(state, "Government", "Institution", label="Danish Government", subtype="Government", country="DK")
    add(state, "Municipal Union", "Institution")
    add(state, "MU", "Institution", label="Municipal Union")
    add(state, "County Board", "Institution")
    concepts(state)
    state.mentions.append(_reform(state, "Danish reform", "the Danish trust reform"))
    relations(state)
    assert {t for t in triples(state) if t[1] == "proposedBy"} == {
        ("the Danish trust reform", "proposedBy", o) for o in ("Danish Government", "Municipal Union", "County Board")}
    text = "Tillitsreformen startade 2015 på initiativ av civilminister Anna Berg."
    state = state_for(text, "sv", "SE")
    add(state, "Anna Berg", "Person")
    assert proposals(state) == {("tillitsreformen", "proposedBy", "Anna Berg")}


def test_commissions_set_up_or_given_a_mandate():
    state = state_for("Regjeringen har satt ned Skatteutvalget for å se på reglene.", "nb", "NO")
    add(state, "Regjeringen", "Institution", subtype="Government", country="NO")
    add(state, "Skatteutvalget", "Institution", subtype="Commission")
    assert proposals(state) == {("Skatteutvalget", "proposedBy", "Regjeringen")}
    text = "Skolkommissionen arbetar.\nRegeringen gav 2020 en kommission i uppdrag att se över skolan."
    state = state_for(text, "sv", "SE")
    add(state, "Skolkommissionen", "Institution", subtype="Commission")
    add(state, "Regeringen", "Institution", subtype="Government", country="SE")
    assert proposals(state) == {("Skolkommissionen", "proposedBy", "Regeringen")}


def test_principles_of_a_list_said_to_be_from_a_report_are_proposed_by_its_maker():
    text = ("Vårdutredningen överlämnade i dag sitt betänkande. Ministern fick betänkandet Vård i tiden.\n\n"
            "I betänkandet formuleras tre principer för vården:\n\n• Tillit\n• Enkelhet\n• Ansvar\n")
    state = state_for(text, "sv", "SE")
    add(state, "Vårdutredningen", "Institution", subtype="Commission")
    add(state, "Vård i tiden", "Document")
    principle_lists(state)
    found = proposals(state)
    assert found == {(p, "proposedBy", "Vårdutredningen") for p in ("Tillit", "Enkelhet", "Ansvar")}


def test_parties_that_agree_on_a_reform_proposed_it():
    from rule_texts import extracted, relation_labels

    found = extracted('Regeringen og KL er blevet enige om forsøget "Lokal styrke".', "da")
    assert relation_labels(found, "proposedBy") == {("Lokal styrke", "Regeringen"),
                                                    ("Lokal styrke", "Kommunernes Landsforening")}


def test_a_reform_launched_in_an_agreement_with_several_bodies():
    from rule_texts import extracted, relation_labels

    found = extracted("The Danish government launched the trust reform in 2013 in an agreement with "
                      "Local Government Denmark (KL) and Danish Regions.", "en")
    assert {o for _, o in relation_labels(found, "proposedBy")} >= {"Kommunernes Landsforening", "Danske Regioner"}


def test_principles_that_the_lead_in_says_bodies_wrote():
    from rule_texts import extracted, relation_labels

    text = ("Reformen bygger på tre prinsipper som regjeringen og KS la fram i fjor:\n"
            "1. Brukeren først\n2. Faglig skjønn\n3. Mindre rapportering\n")
    proposed = relation_labels(extracted(text, "nb"), "proposedBy")
    assert {("Brukeren først", "Regjeringen"), ("Brukeren først", "KS")} <= proposed
