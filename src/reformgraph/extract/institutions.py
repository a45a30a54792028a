"""Institutions: lexicons, name forms, municipal names, contexts and short forms.

All rule families propose candidates; a definite short form ("delegationen",
"utredningen") then takes the label of the one body of its kind that the
text names, as the guidelines make it an alias of that body.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..model import EntityType
from .lexicon import institution_types, known_institutions
from .mentions import add_mention
from .municipal import acting_towns, kommun_mentions
from .org_context import acronym_definitions, layout_slots, media_contexts, party_abbreviations
from .org_forms import by_suffix, company_forms, national_body_mentions, national_prefix, universities
from .orgs import OrgCandidate, known_mentions
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


def _lexicon_names() -> dict[str, list]:
    names: dict[str, list] = {}
    for institution in known_institutions():
        for form in (institution.label, *institution.aliases):
            names.setdefault(form, []).append(institution)
    return names


def _normalised(document, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """One label per body: lexicon names take the lexicon's label, a journal cited
    with its subtitle takes the short title the text also uses."""
    names = _lexicon_names()
    media = {c.label for c in found if c.subtype == "MediaOutlet" and c.rule != JOURNAL_RULE}
    result = []
    for c in found:
        known = names.get(c.label)
        if known and not c.rule.startswith("institutions.lexicon"):
            chosen = next((i for i in known if i.country in (c.country, document.country)), known[0])
            c = replace(c, label=chosen.label, subtype=chosen.subtype, country=chosen.country or c.country)
        elif c.rule == JOURNAL_RULE:
            short = [m for m in media if c.label.startswith(m + " ")]
            if short:
                c = replace(c, label=max(short, key=len))
        result.append(c)
    return result


@component("institutions")
def institutions(state: ExtractionState) -> None:
    document = state.document
    found = [
        *known_mentions(document), *national_body_mentions(document), *by_suffix(document),
        *national_prefix(document), *company_forms(document), *universities(document),
        *kommun_mentions(document), *acting_towns(document), *acronym_definitions(document),
        *media_contexts(document), *party_abbreviations(document), *layout_slots(document),
    ]
    found = _normalised(document, found)
    found.extend(_short_forms(state, found))
    for c in sorted(found, key=lambda c: (c.start, c.end, c.rule)):
        add_mention(
            state, EntityType.INSTITUTION, c.start, c.end, c.label, c.rule,
            subtype=c.subtype, country=c.country, confidence=c.confidence,
        )
