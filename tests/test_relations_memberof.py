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


@pytest.mark.parametrize("text, language, mentions, expected", [
    ("– Det går bra, säger Eva Ek, byråchef på Länsverket.", "sv",
     [("Eva Ek", "Person"), ("Länsverket", "Institution")], ("Eva Ek", "Länsverket", "byråchef")),
    ("Det siger afdelingschef Ole Dam i Vejdirektoratet.", "da",
     [("Ole Dam", "Person"), ("Vejdirektoratet", "Institution")], ("Ole Dam", "Vejdirektoratet", "afdelingschef")),
    ("Professor Ann Lee of Northshire University disagrees.", "en",
     [("Ann Lee", "Person"), ("Northshire University", "Institution")], ("Ann Lee", "Northshire University", "professor")),
    ("Bjørn Li, direktør for økonomi og styring i Fjordby kommune, er enig.", "nb",
     [("Bjørn Li", "Person"), ("Fjordby kommune", "Institution")],
     ("Bjørn Li", "Fjordby kommune", "direktør for økonomi og styring")),
    ("Det bekrefter seksjonssjef for helse i Fjordby kommune, Kari Li, overfor avisen.", "nb",
     [("Fjordby kommune", "Institution"), ("Kari Li", "Person")], ("Kari Li", "Fjordby kommune", "seksjonssjef for helse")),
    ("Ann Lee, professor of public policy at Northshire University, said so.", "en",
     [("Ann Lee", "Person"), ("Northshire University", "Institution")],
     ("Ann Lee", "Northshire University", "professor of public policy")),
])
def test_role_before_the_name_and_qualified_posts(text, language, mentions, expected):
    """'afdelingschef X i Y', a profession at a named body, a post with its field ('for økonomi')."""
    assert memberships(given(text, language, *mentions)) == {expected}


def test_coordinated_minister_title_goes_to_the_ministry_the_text_names():
    text = ("Samferdsels- og fiskeriminister Ola Dahl la fram planen. "
            "Samferdsels- og fiskeridepartementet har ansvaret. Regjeringen støtter den.")
    state = state_for(text, "nb", "NO")
    add(state, "Ola Dahl", "Person")
    add(state, "Samferdsels- og fiskeridepartementet", "Institution", subtype="Ministry", country="NO")
    add(state, "Regjeringen", "Institution", subtype="Government", country="NO")
    assert memberships(state) == {("Ola Dahl", "Samferdsels- og fiskeridepartementet",
                                   "samferdsels- og fiskeriminister")}


def test_coordinated_minister_title_without_its_ministry_goes_to_the_government():
    text = "Regeringen vil noget. Det sagde social- og boligminister Eva Holm i dag."
    state = state_for(text, "da", "DK")
    add(state, "Regeringen", "Institution", subtype="Government", country="DK")
    add(state, "Eva Holm", "Person")
    assert memberships(state) == {("Eva Holm", "Regeringen", "social- og boligminister")}


def test_a_commission_post_refers_to_the_commission_of_the_text():
    text = ("Skatteutvalget la fram sin innstilling i går. – Vi er fornøyde, sier utvalgsleder Per Moe.\n"
            "Utredningen om vården, som leds av den särskilda utredaren Eva Berg, lämnar förslag i dag.")
    state = state_for(text, "nb", "NO")
    add(state, "Skatteutvalget", "Institution", subtype="Commission")
    add(state, "Per Moe", "Person")
    assert memberships(state) == {("Per Moe", "Skatteutvalget", "utvalgsleder")}
    state = state_for(text.split("\n")[1], "sv", "SE")
    add(state, "Utredningen om vården", "Institution", subtype="Commission")
    add(state, "Eva Berg", "Person")
    assert memberships(state) == {("Eva Berg", "Utredningen om vården", "särskild utredare")}


def test_led_by_and_speaker_from_a_body():
    state = given("Arbetsgruppen för skolan leds av rektor Lena Dal.", "sv",
                  ("Arbetsgruppen för skolan", "Institution"), ("Lena Dal", "Person"))
    assert memberships(state) == {("Lena Dal", "Arbetsgruppen för skolan", "rektor")}
    state = given("– Det er for lidt, siger Mads Kjær fra Lærerforeningen.", "da",
                  ("Mads Kjær", "Person"), ("Lærerforeningen", "Institution"))
    assert memberships(state) == {("Mads Kjær", "Lærerforeningen", None)}
    state = given("Lena Dal från Malmö och Eva Ek från Lund träffades.", "sv",
                  ("Lena Dal", "Person"), ("Malmö", "Place"), ("Eva Ek", "Person"), ("Lund", "Place"))
    assert memberships(state) == set()


def test_genitive_body_with_a_second_post_between():
    state = given("– Endelig, siger Lærerforeningens formand, skoleleder i Byskolen Anne Bak.", "da",
                  ("Lærerforeningens", "Institution", "Lærerforeningen"), ("Byskolen", "Institution"),
                  ("Anne Bak", "Person"))
    assert memberships(state) == {("Anne Bak", "Lærerforeningen", "formand"), ("Anne Bak", "Byskolen", "skoleleder")}


def test_author_lines_with_footnote_marks_and_plain_affiliation_lines():
    text = ("Steering by trust\n\nAnn Lee¹ and Bo Dahl²\n\n"
            "¹ Department of Politics, Northshire University, Norway\n² Southby College, Denmark\n\n"
            "Abstract\n\nWe study trust.\n")
    state = state_for(text, "en")
    for surface in ("Ann Lee", "Bo Dahl"):
        add(state, surface, "Person")
    for surface in ("Northshire University", "Southby College"):
        add(state, surface, "Institution")
    assert memberships(state) == {("Ann Lee", "Northshire University", None), ("Bo Dahl", "Southby College", None)}
    text = "Steering by trust\n\nAnn Lee and Bo Dahl, Department of Politics, Northshire University\n\nAbstract\n"
    state = given(text, "en", ("Ann Lee", "Person"), ("Bo Dahl", "Person"), ("Northshire University", "Institution"))
    assert memberships(state) == {("Ann Lee", "Northshire University", None), ("Bo Dahl", "Northshire University", None)}


def test_english_minister_for_a_field_and_signature_posts_after_a_party():
    text = "The Government will act, said Minister for Local Affairs Eva Berg."
    state = state_for(text, "en")
    add(state, "Government", "Institution", subtype="Government", country="SE")
    add(state, "Eva Berg", "Person")
    assert memberships(state) == {("Eva Berg", "Government", "minister for local affairs")}
    state = given("Eva Ek (S), kommunstyrelsens ordförande i Åby kommun\n", "sv",
                  ("Eva Ek", "Person"), ("Åby kommun", "Institution"))
    assert memberships(state) == {("Eva Ek", "Åby kommun", "kommunstyrelsens ordförande")}


def test_contact_lines_role_name_comma_institution():
    from rule_texts import extracted, relation_labels

    found = extracted("Kontakt:\nPressechef Jonas Friis, Beskæftigelsesministeriet\nKommunikationsrådgiver Eva Lind, KL\n",
                      "da")
    assert relation_labels(found, "memberOf") >= {("Jonas Friis", "Beskæftigelsesministeriet"),
                                                  ("Eva Lind", "Kommunernes Landsforening")}


def test_a_municipal_post_without_its_body_belongs_to_the_municipality_of_the_text():
    from rule_texts import extracted

    found = extracted("Skive Kommune sparer på papiret. – Det virker, siger borgmester Per Kragh. "
                      "Kommunaldirektør Anne Bech er enig.", "da")
    roles = {(r.subject.label, r.object.label, r.role) for r in found.relations if r.predicate.value == "memberOf"}
    assert roles == {("Per Kragh", "Skive Kommune", "borgmester"), ("Anne Bech", "Skive Kommune", "kommunaldirektør")}


def test_a_compound_on_a_post_is_a_role():
    from rule_texts import extracted

    found = extracted("Med i gruppen var Ola Berg, departementssekreterare vid Finansdepartementet.", "sv")
    roles = {(r.subject.label, r.object.label, r.role) for r in found.relations if r.predicate.value == "memberOf"}
    assert roles == {("Ola Berg", "Finansdepartementet", "departementssekreterare")}
