"""The curated lexicons of people's names, roles and institutions, loaded once.

Every file is validated as it is read (`RuleError` with file and line); each
loader is cached, so a corpus of thousands of texts reads each file once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import RuleError
from .rulefiles import LANG, STRING_LIST, Field, read_json, read_jsonl

INSTITUTION_FILES = (
    "institutions-se.jsonl", "institutions-dk.jsonl", "institutions-no.jsonl",
    "institutions-international.jsonl", "media.jsonl", "companies.jsonl",
)
SUBTYPES = frozenset({
    "Government", "Ministry", "Parliament", "Agency", "Commission", "Municipality",
    "Region", "Association", "Union", "Company", "University", "MediaOutlet", "Party",
})
ROLE_KINDS = frozenset({"post", "profession", "title"})
COUNTRY = Field(str, required=False)


@cache
def first_names() -> dict[str, tuple[int, int]]:
    """First name -> (Nordic frequency, English frequency), each 0-13."""
    document = read_json("lexicons", "first-names.json", ("source", "names"))
    names = {}
    for name, value in document["names"].items():
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
            raise RuleError(f"lexicons/first-names.json: bad entry for {name!r}")
        names[name] = (value[0], value[1])
    return names


@dataclass(frozen=True)
class Role:
    form: str
    base: str
    language: str
    kind: str


ROLE_SCHEMA = {
    "form": Field(str), "base": Field(str), "lang": LANG,
    "kind": Field(str, choices=ROLE_KINDS),
}


@cache
def roles() -> tuple[Role, ...]:
    return tuple(
        Role(r["form"], r["base"], r["lang"], r["kind"])
        for r in read_jsonl("lexicons", "roles.jsonl", ROLE_SCHEMA)
    )


@cache
def role_forms(language: str) -> dict[tuple[str, ...], Role]:
    """Role words of `language` (and English), as lower-cased word tuples."""
    family = "nb" if language == "nn" else language
    result: dict[tuple[str, ...], Role] = {}
    for role in roles():
        if role.language in (family, "en"):
            key = tuple(role.form.casefold().replace(".", " ").split())
            if role.language == family or key not in result:
                result[key] = role
    return result


@dataclass(frozen=True)
class KnownInstitution:
    """An institution of a curated lexicon."""

    label: str
    subtype: str
    country: str | None
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    source: str
    english: tuple[str, ...] = ()
    """Official English names (`institutions-english.json`); they need the country in context."""


INSTITUTION_SCHEMA = {
    "label": Field(str), "subtype": Field(str, choices=SUBTYPES), "country": COUNTRY,
    "aliases": STRING_LIST, "acronyms": STRING_LIST,
}


@cache
def known_institutions() -> tuple[KnownInstitution, ...]:
    english = _english_names()
    result = []
    for name in INSTITUTION_FILES:
        for r in read_jsonl("lexicons", name, INSTITUTION_SCHEMA):
            result.append(KnownInstitution(
                r["label"], r["subtype"], r.get("country"), tuple(r["aliases"]), tuple(r["acronyms"]), name,
                tuple(english.pop((r.get("country"), r["label"]), ())),
            ))
    if english:
        unknown = ", ".join(f"{country}/{label}" for country, label in sorted(english))
        raise RuleError(f"lexicons/institutions-english.json: no lexicon institution {unknown}")
    return tuple(result)


def _english_names() -> dict[tuple[str, str], list[str]]:
    """(country, lexicon label) -> English names."""
    document = read_json("lexicons", "institutions-english.json", ("names",))
    result = {}
    for country, names in document["names"].items():
        for label, forms in names.items():
            if not (isinstance(forms, list) and all(isinstance(f, str) and f for f in forms)):
                raise RuleError(f"lexicons/institutions-english.json: bad names for {label!r}")
            result[(country, label)] = list(forms)
    return result


@dataclass(frozen=True)
class NationalBody:
    """A body named by a common noun ("regeringen"); its country comes from context."""

    forms: tuple[str, ...]
    languages: frozenset[str]
    subtype: str
    country: str | None
    labels: dict[str, str]
    needs_nationality: bool


NATIONAL_BODY_SCHEMA = {
    "forms": STRING_LIST, "languages": STRING_LIST, "subtype": Field(str, choices=SUBTYPES),
    "country": COUNTRY, "labels": Field(dict), "needs_nationality": Field(bool, required=False),
}


@cache
def national_bodies() -> tuple[NationalBody, ...]:
    return tuple(
        NationalBody(
            tuple(r["forms"]), frozenset(r["languages"]), r["subtype"], r.get("country"),
            dict(r["labels"]), bool(r.get("needs_nationality")),
        )
        for r in read_jsonl("lexicons", "national-bodies.jsonl", NATIONAL_BODY_SCHEMA)
    )


@cache
def nationality_adjectives() -> dict[str, str]:
    """Lower-cased nationality adjective -> ISO country code."""
    document = read_json("lexicons", "nationality.json", ("adjectives",))
    return {
        form.casefold(): country
        for country, forms in document["adjectives"].items() for form in forms
    }


@cache
def institution_types() -> dict:
    return read_json(
        "lexicons", "institution-types.json",
        ("suffixes", "company_forms", "head_words", "national_prefixes", "municipality_words", "short_forms"),
    )


@cache
def head_word_subtypes() -> dict[str, str]:
    """Lower-cased head word -> institution subtype."""
    result = {}
    for subtype, forms in institution_types()["head_words"].items():
        if subtype not in SUBTYPES:
            raise RuleError(f"lexicons/institution-types.json: unknown subtype {subtype!r}")
        for form in forms:
            result.setdefault(form.casefold(), subtype)
    return result


def subtype_from_words(name: str) -> str | None:
    """The subtype that the words of `name` reveal, if any (last matching word wins)."""
    heads = head_word_subtypes()
    found = None
    for word in name.replace("-", " ").split():
        found = heads.get(word.casefold(), found)
    return found
