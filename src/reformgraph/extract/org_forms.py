"""Institutions recognised by the form of their name.

One-word agency names by suffix ("Statskontoret", "Tillitsdelegationen"),
common-noun national bodies ("regeringen", "Folketinget", "the Danish
Government"), names led by a national prefix ("Statens vegvesen", "Danmarks
Statistik"), company forms ("Studentlitteratur AB") and universities ("Lunds
universitet"). The word lists are data (`lexicons/institution-types.json`,
`lexicons/national-bodies.jsonl`). Official names on a head noun are in `org_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..lemmas import is_common_word
from ..model import Document
from .gazetteer import Gazetteer
from .geography import cities
from .lexicon import institution_types, national_bodies, role_forms, subtype_from_words
from .names import suffix_match, suffix_subtype
from .orgs import OrgCandidate, capitalised_inside, context_countries, nationality_before, nationality_word_before
from .rulefiles import rules_of
from .textview import is_name_word, name_runs, strip_genitive, words

INSTITUTIONS = "institutions.jsonl"
COMPANY_WORDS_BEFORE = 5
MAX_PREFIXED_WORDS = 4
LOWER_CASE_SUFFIXES = ("delegationen", "kommissionen", "kommisjonen", "kommittén")
"""Commission names that Nordic newspapers often write in lower case ("tillitsdelegationen")."""
COUNTRY_OF_LANGUAGE = {"sv": "SE", "da": "DK", "nb": "NO", "nn": "NO"}
COMPANY_COUNTRY = {"AB": "SE", "HB": "SE", "KB": "SE", "A/S": "DK", "ApS": "DK", "I/S": "DK", "K/S": "DK",
                   "ASA": "NO", "AS": "NO", "Oy": "FI", "Oyj": "FI"}


def by_suffix(document: Document) -> Iterator[OrgCandidate]:
    """One-word names with an agency, ministry, commission ... suffix (capitalised,
    or a lower-case commission name that is no dictionary word)."""
    for word in words(document):
        lower_case = word.text.islower() and strip_genitive(word.text).endswith(LOWER_CASE_SUFFIXES)
        if not (is_name_word(word.text) or lower_case):
            continue
        found = suffix_match(word.text)
        if found is None:
            continue
        subtype, languages = found
        family = "nb" if document.language == "nn" else document.language
        country = nationality_before(document, word.start) or (
            (document.country if family in languages else None) if document.country
            else _one_named({COUNTRY_OF_LANGUAGE.get(language) for language in languages}, document))
        label = word.text
        if label.endswith("s") and suffix_subtype(label[:-1]):
            label = label[:-1]
        if lower_case and is_common_word(label, document.language):
            continue
        if word.initial and is_common_word(label, document.language) and word.text not in capitalised_inside(document):
            continue
        confidence = 0.65 if lower_case else 0.8
        yield OrgCandidate(
            word.start, word.end, label[0].upper() + label[1:], subtype, country,
            "institutions.suffix", confidence,
        )


@cache
def _bodies_gazetteer() -> Gazetteer:
    return Gazetteer((form, body, False) for body in national_bodies() for form in body.forms)


def _one_named(countries: set[str | None], document: Document) -> str | None:
    """The one country among `countries` that an English text names, if just one."""
    named = countries & context_countries(document)
    return next(iter(named)) if len(named) == 1 else None


def national_body_mentions(document: Document) -> Iterator[OrgCandidate]:
    """"regeringen", "Regeringens", "Folketinget": the country's government or parliament."""
    family = "nb" if document.language == "nn" else document.language
    for match in _bodies_gazetteer().find(document):
        body = match.payload
        if document.language not in body.languages and family not in body.languages:
            continue
        nationality = nationality_word_before(document, match.start)
        if body.needs_nationality and nationality is None:
            continue
        country = body.country or (nationality[0] if nationality else None) or document.country
        label = body.labels.get(country or "")
        if label is None:
            continue
        # "the Swedish Government": the adjective belongs to the English name.
        start = nationality[1] if nationality and body.needs_nationality else match.start
        yield OrgCandidate(start, match.end, label, body.subtype, country, "institutions.national_body", 0.9)


def national_prefix(document: Document) -> Iterator[OrgCandidate]:
    """"Statens vegvesen", "Danmarks Statistik": a national prefix and a capitalised name."""
    prefixes = institution_types()["national_prefixes"]
    for run in name_runs(document):
        for i, word in enumerate(run[:-1]):
            if word.text not in prefixes:
                continue
            rest = run[i + 1:i + 1 + MAX_PREFIXED_WORDS]
            label = document.text[word.start:rest[-1].end]
            country = prefixes[word.text] or document.country
            yield OrgCandidate(
                word.start, rest[-1].end, label, subtype_from_words(label), country,
                "institutions.national_prefix", 0.7,
            )
            break


@cache
def _company_pattern() -> re.Pattern[str]:
    forms = sorted(institution_types()["company_forms"], key=len, reverse=True)
    return re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w/])")


def company_forms(document: Document) -> Iterator[OrgCandidate]:
    """"Nordisk Ledarskap i Norr AB": back from the company form to the first capitalised word."""
    text = document.text
    all_words = words(document)
    roles = role_forms(document.language)
    by_start = {w.start: w for w in all_words}
    for match in _company_pattern().finditer(text):
        form_word = by_start.get(match.start())
        if form_word is None or form_word.index == 0:
            continue
        taken = []
        for word in reversed(all_words[max(0, form_word.index - COMPANY_WORDS_BEFORE):form_word.index]):
            gap = text[word.end:(taken[-1] if taken else form_word).start]
            role = (word.text.casefold(),) in roles and any(w.text[0].isupper() for w in taken)
            if gap.strip().strip("&-") or "\n" in gap or role:
                break
            taken.append(word)
        nearest = next((i for i, w in enumerate(taken) if w.text[0].isupper()), None)
        if nearest is None:
            continue
        while nearest + 1 < len(taken) and taken[nearest + 1].text[0].isupper():
            nearest += 1
        first = taken[nearest]
        end = match.end()
        yield OrgCandidate(
            first.start, end, text[first.start:end], "Company", COMPANY_COUNTRY.get(match.group()),
            "institutions.company_form", 0.85,
        )


def universities(document: Document) -> Iterator[OrgCandidate]:
    text = document.text
    for rule in rules_of(INSTITUTIONS, "university_pattern"):
        for match in rule["regex"].finditer(text):
            label = match.group()
            first = label.split()[0]
            if first in ("Universitetet", "University", "Högskolan", "Høgskolen", "Høyskolen", "Handelshögskolan"):
                place = label.split()[-1]
            else:
                place = first if first in cities() else strip_genitive(first)
            if is_common_word(first, document.language) and first[0].isupper() and place not in cities():
                continue
            city = cities().get(place)
            country = city.country if city else document.country
            yield OrgCandidate(match.start(), match.end(), label, "University", country, rule["id"], 0.85)
