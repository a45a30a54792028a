"""Institutions: lexicons, name forms, municipal names, contexts and short forms.

All rule families propose candidates; a definite short form ("delegationen",
"utredningen") then takes the label of the one body of its kind that the
text names, as the guidelines make it an alias of that body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from ..model import EntityType
from .lexicon import institution_types, known_institutions
from .mentions import add_mention
from .municipal import acting_towns, kommun_mentions, link_town_labels
from .org_context import acronym_definitions, layout_slots, media_contexts, party_abbreviations
from .org_forms import by_suffix, company_forms, national_body_mentions, national_prefix, universities
from .org_names import (
    after_place_genitive, compound_prefixes, named_after_country, official_names, role_affiliations, typed_names,
)
from .org_units import commission_names, unit_names, with_parents
from .orgs import OrgCandidate, context_countries, known_mentions
from .registry import component
from .state import ExtractionState
from .textview import strip_genitive, words

JOURNAL_RULE = "institutions.reference_journal"


def _short_forms(state: ExtractionState, found: list[OrgCandidate]) -> Iterable[OrgCandidate]:
    """Definite common nouns that refer back to a named body of a fitting subtype:
    the only one named before them, else the nearest before them."""
    short = institution_types()["short_forms"]
    named = sorted(found, key=lambda c: c.start)
    covered = [(c.start, c.end) for c in named]
    for word in words(state.document):
        key = word.text.casefold()
        if key not in short:
            key = strip_genitive(word.text).casefold()
        if key not in short or any(s <= word.start < e for s, e in covered):
            continue
        fitting = [c for c in named if c.subtype in short[key] and c.end <= word.start]
        if not fitting:
            continue
        labels = {(c.label, c.country) for c in fitting}
        chosen = fitting[0] if len(labels) == 1 else fitting[-1]
        yield OrgCandidate(word.start, word.end, chosen.label, chosen.subtype, chosen.country,
                           "institutions.short_form", 0.6)


@cache
def _lexicon_names() -> dict[str, list]:
    """Lexicon name -> institutions; acronyms marked, as they need the country to fit."""
    names: dict[str, list] = {}
    for institution in known_institutions():
        for form in (institution.label, *institution.aliases, *institution.english):
            names.setdefault(form, []).append((institution, False))
        for form in institution.acronyms:
            names.setdefault(form, []).append((institution, True))
    return names


def _normalised(document, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """One label per body: lexicon names take the lexicon's label (an acronym only where the
    country fits), a journal cited with its subtitle takes the short title the text also uses."""
    names = _lexicon_names()
    media = {c.label for c in found if c.subtype == "MediaOutlet" and c.rule != JOURNAL_RULE}
    named = context_countries(document)
    result = []
    for c in found:
        known = names.get(c.label)
        if known and not c.rule.startswith("institutions.lexicon"):
            fitting = [i for i, _ in known if i.country in (c.country, document.country)]
            fitting = fitting or [i for i, acronym in known if i.country in named or not (acronym or named)]
            chosen = fitting[0] if len({(i.label, i.country) for i in fitting}) == 1 else None
            if chosen is not None:
                c = replace(c, label=chosen.label, subtype=chosen.subtype, country=chosen.country or c.country)
        elif c.rule == JOURNAL_RULE:
            short = [m for m in media if c.label.startswith(m + " ")]
            if short:
                c = replace(c, label=max(short, key=len))
        result.append(c)
    return result


REPEATED_FROM = (
    "type_before.", "compound.prefix.", "official_name.", "media.", "institutions.role_affiliation",
    "institutions.company_form", "institutions.byline_affiliation", "institutions.unit",
    "institutions.commission_name",
)
"""Rules that find a name by its context once; the name then stands for the body everywhere."""


def _repeated(document, found: list[OrgCandidate]) -> Iterable[OrgCandidate]:
    """Further occurrences of names that a context rule found once ("tænketanken Nordlab ... Nordlab mener")."""
    text = document.text
    by_surface: dict[str, OrgCandidate] = {}
    for c in found:
        surface = text[c.start:c.end]
        if c.rule.startswith(REPEATED_FROM) and len(surface) >= 3 and surface[0].isupper():
            by_surface.setdefault(surface, c)
    for surface, c in sorted(by_surface.items()):
        for match in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", text):
            if match.start() != c.start:
                yield replace(c, start=match.start(), end=match.end(), rule="institutions.repeated_name",
                              confidence=0.6)


@component("institutions")
def institutions(state: ExtractionState) -> None:
    document = state.document
    found = [
        *known_mentions(document), *national_body_mentions(document), *by_suffix(document),
        *national_prefix(document), *company_forms(document), *universities(document), *official_names(document),
        *kommun_mentions(document), *acting_towns(document), *acronym_definitions(document),
        *media_contexts(document), *party_abbreviations(document), *layout_slots(document), *typed_names(document),
        *compound_prefixes(document), *named_after_country(document), *role_affiliations(document),
        *after_place_genitive(document), *unit_names(document), *commission_names(document),
    ]
    found = with_parents(document, link_town_labels(_normalised(document, found)))
    found.extend(list(_repeated(document, found)))
    found.extend(_short_forms(state, found))
    for c in sorted(found, key=lambda c: (c.start, c.end, c.rule)):
        add_mention(
            state, EntityType.INSTITUTION, c.start, c.end, c.label, c.rule,
            subtype=c.subtype, country=c.country, confidence=c.confidence,
        )
