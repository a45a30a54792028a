"""Named units inside a body, commissions named by their remit, local branches: the
entities and the partOf and memberOf they carry (sentences written for the tests)."""

from __future__ import annotations

from rule_texts import extracted, relation_labels


def _institutions(extraction) -> dict[str, str | None]:
    return {m.label: m.subtype for m in extraction.mentions if m.type.value == "Institution"}


def test_a_university_unit_is_a_part_of_the_university_and_its_staff_are_members_of_both():
    found = extracted("Sara Lind er lektor ved Institut for Offentlig Styring, Aarhus Universitet, hvor hun forsker.", "da", "DK")
    assert _institutions(found)["Institut for Offentlig Styring"] == "University"
    assert ("Institut for Offentlig Styring", "Aarhus Universitet") in relation_labels(found, "partOf")
    members = {(r.object.label, r.role) for r in found.relations if r.predicate.value == "memberOf"}
    assert {("Institut for Offentlig Styring", "lektor"), ("Aarhus Universitet", "lektor")} <= members


def test_a_unit_named_in_lower_case_ends_before_its_link_word():
    found = extracted("Senter for lokal styring ved Nord universitet skal evaluere forsøket.", "nb", "NO")
    assert "Senter for lokal styring" in _institutions(found)
    assert ("Senter for lokal styring", "Nord universitet") in relation_labels(found, "partOf")
    english = extracted("¹ Department of Public Policy and Planning, University of Bergen, Norway", "en")
    assert "Department of Public Policy and Planning" in _institutions(english)


def test_a_unit_name_does_not_run_into_the_next_body():
    found = extracted("The Institute for Rural Planning and the Directorate for Roads met in Oslo.", "en")
    assert "Institute for Rural Planning" in _institutions(found)
    assert not any(" and the " in label for label in _institutions(found))


def test_a_unit_head_in_running_text_without_a_clear_end_is_no_name():
    found = extracted("Hon arbetar på Centrum för att hitta nya lösningar och skriver mycket.", "sv", "SE")
    assert not any(label.startswith("Centrum för") for label in _institutions(found))


def test_a_commission_named_by_its_remit():
    text = ("Betänkande av Utredningen om en enklare statlig styrning\n\n"
            "Utredningen om detta visar att det är svårt, säger hon. "
            "Regeringen tillsatte Utredningen om färre krav i äldreomsorgen.")
    found = _institutions(extracted(text, "sv", "SE"))
    assert found["Utredningen om en enklare statlig styrning"] == "Commission"
    assert found["Utredningen om färre krav i äldreomsorgen"] == "Commission"
    assert not any("detta" in label for label in found)


def test_a_local_branch_is_its_own_body_and_part_of_the_union():
    found = extracted("Leder Kari Holm i Fagforbundet Bodø er fornøyd. Fagforbundet har lenge krevd dette.", "nb", "NO")
    assert _institutions(found)["Fagforbundet Bodø"] == "Union"
    assert ("Fagforbundet Bodø", "Fagforbundet") in relation_labels(found, "partOf")
    assert ("Kari Holm", "Fagforbundet Bodø") in relation_labels(found, "memberOf")


def test_a_signature_chain_names_post_unit_and_body():
    text = ("Det är dags att agera. Vi kan inte vänta längre.\n\n"
            "Eva Lund, docent i statsvetenskap, Förvaltningshögskolan, Göteborgs universitet\n"
            "Nils Ek, socialdirektör, socialförvaltningen, Umeå kommun\n")
    found = extracted(text, "sv", "SE")
    members = {(r.subject.label, r.object.label, r.role) for r in found.relations if r.predicate.value == "memberOf"}
    assert ("Eva Lund", "Göteborgs universitet", "docent i statsvetenskap") in members
    assert ("Eva Lund", "Förvaltningshögskolan", "docent i statsvetenskap") in members
    assert ("Nils Ek", "Umeå kommun", "socialdirektör") in members
    assert ("Förvaltningshögskolan", "Göteborgs universitet") in relation_labels(found, "partOf")
