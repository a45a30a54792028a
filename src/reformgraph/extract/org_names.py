"""Institutions named by the words in and around their names.

Official names built on a head noun ("the Swedish Agency for Public
Management", "Styrelsen for Arbejdsmarked og Rekruttering"), a name after a
noun of its kind ("fagforbundet FOA", "the think tank Agenda"), a name before a
hyphen and a noun for its people or reports ("Nordlab-forsker"), a name after a
post and a preposition ("forsker ved Nordlab"), and words before a country name
("Innovasjon Norge"). The word lists are patterns in
`patterns/institutions.jsonl`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..lemmas import is_common_word
from ..model import Document
from .geography import cities, country_names, regions
from .lexicon import known_institutions, nationality_adjectives, subtype_from_words
from .names import first_name_frequency, is_institution_word, is_role_word, label_of, name_stops, role_spans
from .orgs import OrgCandidate, context_countries, known_matches, nationality_before
from .rulefiles import forms_of, rules_of
from .textview import (
    Word, in_title_case_line, is_name_word, per_document, plain_gap, strip_genitive, word_at, words,
)

INSTITUTIONS = "institutions.jsonl"


MAX_TYPED_NAME_WORDS = 4


def _name_from(document: Document, first: Word) -> tuple[Word, ...] | None:
    """The capitalised name (or acronym) that starts at `first`: up to four words on one line,
    without trailing name stops or role words; None if it is a person's name."""
    text = document.text
    all_words = words(document)
    name = [first]
    for word in all_words[first.index + 1:first.index + MAX_TYPED_NAME_WORDS]:
        if not (plain_gap(text[name[-1].end:word.start]) and word.text[0].isupper()):
            break
        following = all_words[word.index + 1] if word.index + 1 < len(all_words) else None
        if first_name_frequency(word.text) and following and is_name_word(following.text):
            break  # a person's name follows ("ved Nordlab Kari Lie")
        name.append(word)
    while name and (name[-1].text in name_stops() or is_role_word(name[-1].text, document.language)):
        name.pop()
    if not name or len(name) > 1 and first_name_frequency(first.text) and is_name_word(name[1].text):
        return None
    return tuple(name)


def typed_names(document: Document) -> Iterator[OrgCandidate]:
    """"fagforbundet FOA", "tankesmien Agenda", "the consultancy Ramboll": a capitalised name
    (or acronym) right after a common noun that says what kind of body it is."""
    text = document.text
    for rule in rules_of(INSTITUTIONS, "type_before", document.language):
        for match in rule["regex"].finditer(text):
            first = word_at(document, match.end())
            if first is None or first.start != match.end() or in_title_case_line(document, first.start):
                continue
            name = _name_from(document, first)
            if name is None:
                continue
            label, _ = label_of(document, name)
            country = nationality_before(document, match.start()) or document.country
            yield OrgCandidate(first.start, name[-1].end, label, rule.get("subtype"), country, rule["id"], 0.7)


AFFILIATION_WORDS = frozenset({"ved", "vid", "på", "hos", "i", "fra", "från", "for", "för", "at", "with"})
"""Prepositions between a post and the body it is held in ("forsker ved X", "researcher at X");
"for" after a minister, and English "for", name a portfolio instead ("Minister for Public Administration")."""
PORTFOLIO_WORDS = frozenset({"for", "för"})


def role_affiliations(document: Document) -> Iterator[OrgCandidate]:
    """"forsker ved Nordlab", "konsulent hos Rambøll", "researcher at Nordlab": the capitalised
    name after a post and a preposition, unless it is a place (the municipal rules' job) or a word."""
    text = document.text
    all_words = words(document)
    for role in role_spans(document):
        if role.last + 2 >= len(all_words):
            continue
        preposition, first = all_words[role.last + 1], all_words[role.last + 2]
        if preposition.text not in AFFILIATION_WORDS or not first.text[0].isupper() or first.initial:
            continue
        portfolio = document.language == "en" or "minist" in role.role.base
        if portfolio and preposition.text in PORTFOLIO_WORDS:
            continue
        if not (plain_gap(text[role.end:preposition.start]) and plain_gap(text[preposition.end:first.start])):
            continue
        if first.start in _lexicon_starts(document) or is_institution_word(first.text):
            continue
        name = _name_from(document, first)
        if name is None or len(name) == 1 and not _body_name(document, strip_genitive(first.text)):
            continue
        if len(name) > 1 and " ".join(w.text for w in name) in _place_names(document.language):
            continue
        label, _ = label_of(document, name)
        yield OrgCandidate(first.start, name[-1].end, label, None, document.country, "institutions.role_affiliation",
                           0.65)


def compound_prefixes(document: Document) -> Iterator[OrgCandidate]:
    """"Nordlab-forsker", "LO-lederen": an organisation's name or acronym before a hyphen and a noun
    for its people (no ordinary word, place or first name); before a noun for a report
    ("Nordlab-rapporten") only a name the text or a lexicon knows as a body."""
    text = document.text
    found: list[tuple[int, int, str, str]] = []
    people_names: set[str] = set()
    for rule in rules_of(INSTITUTIONS, "compound_prefix_people"):
        for match in rule["regex"].finditer(text):
            if _body_name(document, match.group("name")):
                people_names.add(match.group("name"))
                found.append((match.start("name"), match.end("name"), match.group("name"), rule["id"]))
    known = _lexicon_forms()
    for rule in rules_of(INSTITUTIONS, "compound_prefix_report"):
        for match in rule["regex"].finditer(text):
            name = match.group("name")
            if name in people_names or name in known and _body_name(document, name):
                found.append((match.start("name"), match.end("name"), name, rule["id"]))
    for start, end, name, rule in found:
        yield OrgCandidate(start, end, name, None, document.country, rule, 0.65)


@per_document
def _lexicon_starts(document: Document) -> frozenset[int]:
    return frozenset(m.start for m in known_matches(document))


@cache
def _lexicon_forms() -> frozenset[str]:
    return frozenset(form for i in known_institutions() for form in (i.label, *i.acronyms))


@cache
def _place_names(language: str) -> frozenset[str]:
    return frozenset(country_names(language)) | frozenset(regions()[0]) | frozenset(cities())


def _body_name(document: Document, name: str) -> bool:
    """A word that may name an organisation: no place, first name, ordinary word or document series."""
    if name in _place_names(document.language) or first_name_frequency(name) or name.casefold() in nationality_adjectives():
        return False
    if any(r["regex"].match(name) for r in rules_of("references.jsonl", "identifier_author")):
        return False
    return name.isupper() or not (is_common_word(name, document.language) or is_common_word(name.lower(), "en"))


NAME_LEADS = frozenset({
    "Det", "Den", "De", "Nationalt", "Nationale", "Nationella", "Nationellt", "Nasjonalt", "Nasjonale", "Statens",
    "Danske", "Norske", "Svenska", "Kongelige", "Kungliga", "Central", "Centrale", "Centrala",
})
"""Words that begin names although they are ordinary words ("Nationalt Center for ...")."""


def official_names(document: Document) -> Iterator[OrgCandidate]:
    """"the Swedish Agency for Public Management", "Norwegian Directorate of Health",
    "Styrelsen for Digital Forvaltning": capitalised names built on an institution head noun.
    A coordinated second body ("... og Nationalt Center for Tillid") is a name of its own."""
    text = document.text
    adjectives = nationality_adjectives()
    named = context_countries(document)
    for rule in rules_of(INSTITUTIONS, "official_name", document.language):
        position = 0
        while (match := rule["regex"].search(text, position)) is not None:
            start, end = _trimmed(document, match.start(), match.end())
            position = max(end, match.start() + 1)
            label = text[start:end]
            if len(label.split()) < 2 or "\n" in label or in_title_case_line(document, start):
                continue
            country = adjectives.get(label.split()[0].casefold()) or document.country or (
                next(iter(named)) if len(named) == 1 else None)
            yield OrgCandidate(start, end, " ".join(label.split()), subtype_from_words(label), country,
                               rule["id"], 0.75)


def _trimmed(document: Document, start: int, end: int) -> tuple[int, int]:
    """Without an ordinary word that only has a capital for standing first ("Også Styrelsen for
    ...") and without a second body coordinated at the end ("Styrelsen for X og Nationalt Center ...")."""
    text = document.text
    first = word_at(document, start)
    rest = word_at(document, first.end) if first else None
    if first and rest and rest.start < end and first.initial and first.text not in NAME_LEADS and (
            is_common_word(first.text, document.language) or first.text.casefold() in ("the", "and")):
        start = rest.start
    known = {m.start for m in known_matches(document)}
    for conjunction in _coordination().finditer(text, start, end):
        rest = text[conjunction.end():end]
        if subtype_from_words(rest) or conjunction.end() in known or _names_country(document, rest):
            return start, conjunction.start()
    return start, end


def _names_country(document: Document, words_: str) -> bool:
    """Whether a country or nationality is named among `words_` ("Local Government Denmark")."""
    names = country_names(document.language)
    adjectives = nationality_adjectives()
    return any(w in names or w.casefold() in adjectives for w in words_.replace(",", " ").split())


@cache
def _coordination() -> re.Pattern[str]:
    return re.compile(r"\s+(?:og|och|and|&)\s+")


MAX_WORDS_BEFORE_COUNTRY = 3


def named_after_country(document: Document) -> Iterator[OrgCandidate]:
    """"Innovasjon Norge", "Udbetaling Danmark", "Business Sweden": capitalised words inside a
    sentence right before a country name make a body's name, not a place."""
    text = document.text
    names = country_names(document.language)
    directions = forms_of("places.jsonl", "direction")
    adjectives = nationality_adjectives()
    all_words = words(document)
    for word in all_words:
        code = names.get(word.text)
        if code is None or word.index == 0:
            continue
        taken = []
        for previous in reversed(all_words[max(0, word.index - MAX_WORDS_BEFORE_COUNTRY):word.index]):
            after = taken[-1] if taken else word
            if not plain_gap(text[previous.end:after.start]) or not previous.text[0].isupper() or previous.initial:
                break
            if previous.text in directions or previous.text.casefold() in adjectives or previous.text in names:
                break
            if first_name_frequency(previous.text) or previous.text in cities():
                break
            taken.append(previous)
        if taken:
            start = taken[-1].start
            label = text[start:word.end]
            yield OrgCandidate(start, word.end, label, subtype_from_words(label), code, "institutions.named_after_country",
                               0.7)


def after_place_genitive(document: Document) -> Iterator[OrgCandidate]:
    """"Bergens Tidende", "Stockholms Stadsmission": a town's genitive and a capitalised name
    inside a sentence make a body's name, not a place."""
    towns = _place_names(document.language)
    all_words = words(document)
    for word in all_words[:-1]:
        stem = strip_genitive(word.text)
        if stem == word.text or stem not in towns or word.text in towns:
            continue
        following = all_words[word.index + 1]
        if following.initial or not following.text[0].isupper() or not plain_gap(
                document.text[word.end:following.start]):
            continue
        name = _name_from(document, following)
        if name is None:
            continue
        label = document.text[word.start:name[-1].end]
        city = cities().get(stem)
        country = country_names(document.language).get(stem) or regions()[0].get(stem) or (city.country if city else None)
        yield OrgCandidate(word.start, name[-1].end, label, subtype_from_words(label), country,
                           "institutions.after_place_genitive", 0.7)
