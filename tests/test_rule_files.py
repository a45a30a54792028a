"""Every lexicon and pattern file of the mention rules validates, and says where it comes from."""

from __future__ import annotations

import json

import pycountry
import pytest

from reformgraph.errors import RuleError
from reformgraph.extract import rulefiles
from reformgraph.extract.geography import cities, country_names, municipalities, regions
from reformgraph.extract.lexicon import (
    SUBTYPES, first_names, institution_types, known_institutions, national_bodies, nationality_adjectives, roles,
)
from reformgraph.language import detect_language
from reformgraph.resources import data_file, ontology_dir

PATTERN_FILES = sorted(rulefiles.KINDS)
OTHER_OWNERS = {"concepts.ttl"}
"""Lexicons that another rule family keeps (and validates)."""


def _sources() -> dict:
    return json.loads(data_file("lexicons", "sources.json").read_text(encoding="utf-8"))


def test_every_lexicon_file_has_a_source():
    sources = _sources()["lexicons"]
    files = {
        p.name for p in (ontology_dir() / "lexicons").iterdir()
        if p.is_file() and p.name not in OTHER_OWNERS and p.name != "sources.json"
    }
    assert files <= set(sources), f"lexicons without a source: {sorted(files - set(sources))}"
    assert all(entry["source"].strip() for entry in sources.values())


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_pattern_files_validate_and_have_a_source(name):
    rules = rulefiles.patterns(name)
    assert rules
    assert name in _sources()["patterns"]


def test_roles_keep_their_stable_format():
    lines = data_file("lexicons", "roles.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert set(json.loads(line)) == {"form", "base", "lang", "kind"}
    bases = {(r.form, r.base) for r in roles()}
    assert {("vicedirektør", "vicedirektør"), ("civilministern", "civilminister"), ("VD", "VD")} <= bases
    assert {r.kind for r in roles()} == {"post", "profession", "title"}


def test_institution_lexicons():
    institutions = known_institutions()
    assert len(institutions) > 400
    for institution in institutions:
        assert institution.subtype in SUBTYPES
        assert institution.country is None or pycountry.countries.get(alpha_2=institution.country)
    types = institution_types()
    assert all(s["subtype"] in SUBTYPES for s in types["suffixes"])
    assert {body.subtype for body in national_bodies()} == {"Government", "Parliament"}
    assert nationality_adjectives()["danska"] == "DK"


def test_geography_lexicons():
    names = municipalities()
    assert {m.country for m in names["Stange"]} == {"NO"}
    assert {m.country for m in names["Københavns"]} == {"DK"}
    assert len({m for found in names.values() for m in found}) == 290 + 98 + 355
    places, authorities = regions()
    assert places["Skåne"] == "SE" and authorities["Region Hovedstaden"] == "DK"
    assert cities()["Göteborg"].country == "SE"
    assert country_names("da")["Sverige"] == "SE"


def test_first_names_and_language_profiles():
    names = first_names()
    assert names["Ingrid"][0] > 0 and names["Scott"][1] > 0
    assert detect_language("Hvad siger du?") == "da"


def test_a_bad_rule_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "broken.jsonl").write_text(
        '{"id": "a", "kind": "cue", "lang": "sv", "forms": ["x"]}\n'
        '{"id": "b", "kind": "cue", "lang": "sv", "regex": "(unclosed"}\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(rulefiles, "data_file", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(RuleError, match=r"patterns/broken.jsonl:2: 'regex' is not a valid regular expression"):
        rulefiles.read_jsonl("patterns", "broken.jsonl", rulefiles.PATTERN_SCHEMA)


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "a", "kind": "cue", "lang": "xx", "forms": ["x"]}', "'lang' is 'xx'"),
    ('{"id": "a", "kind": "cue", "lang": "sv", "form": ["x"]}', "unknown key"),
    ('{"id": "a", "kind": "cue", "lang": "sv", "forms": "x"}', "must be of type list"),
    ('not json', "not valid JSON"),
])
def test_schema_errors(tmp_path, monkeypatch, line, message):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "bad.jsonl").write_text(line + "\n", encoding="utf-8")
    monkeypatch.setattr(rulefiles, "data_file", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(RuleError, match="patterns/bad.jsonl:1"):
        rulefiles.read_jsonl("patterns", "bad.jsonl", rulefiles.PATTERN_SCHEMA)
    with pytest.raises(RuleError, match=message):
        rulefiles.read_jsonl("patterns", "bad.jsonl", rulefiles.PATTERN_SCHEMA)


def test_english_names_belong_to_lexicon_bodies():
    by_label = {(i.country, i.label): i for i in known_institutions()}
    assert "Swedish Agency for Public Management" in by_label[("SE", "Statskontoret")].english
    assert "Local Government Denmark" in by_label[("DK", "Kommunernes Landsforening")].english
    assert all(name and name[0].isupper() for i in known_institutions() for name in i.english)
