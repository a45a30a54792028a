"""Deterministic, readable IRIs."""

from reformgraph.iris import entity_key, slugify, text_graph, text_key
from reformgraph.model import EntityType


def test_slugs_are_ascii_and_readable():
    assert slugify("Kommunernes Landsforening") == "kommunernes-landsforening"
    assert slugify("Claus Langkjær") == "claus-langkjaer"
    assert slugify("Søren Thorup") == "soren-thorup"
    assert slugify("Försäkringskassan") == "forsakringskassan"
    assert slugify("SOU 2018:47") == "sou-2018-47"


def test_institutions_carry_their_country():
    assert entity_key(EntityType.INSTITUTION, "Socialstyrelsen", "DK") == "institution/socialstyrelsen-dk"
    assert entity_key(EntityType.INSTITUTION, "Socialstyrelsen", "SE") == "institution/socialstyrelsen-se"
    assert entity_key(EntityType.PERSON, "Laura Hartman", "SE") == "person/laura-hartman"


def test_long_slugs_are_cut_with_a_digest():
    key = slugify("en mycket lång titel " * 20)
    assert len(key) <= 90 and key == slugify("en mycket lång titel " * 20)


def test_text_iris_escape_unsafe_file_names():
    assert text_key("003_x.txt") == "text/003_x.txt"
    assert text_key("a file#1.txt") == "text/a%20file%231.txt"
    assert text_graph("a.txt").endswith("/graph/text/a.txt")
