"""Shared pieces of the institution rules: the candidate record and the lexicon look-up."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lemmas import is_common_word
from ..model import Document
from .gazetteer import Gazetteer, GazetteerMatch
from .geography import regions
from .lexicon import KnownInstitution, known_institutions, nationality_adjectives
from .names import suffix_subtype
from .textview import per_document, words

SHORT_NAME = 3
"""Names of up to three capitals ("DR", "KL") count only in their own country's texts."""
LANGUAGE_OF_COUNTRY = {"SE": "sv", "DK": "da", "NO": "nb", "FI": "sv"}


@dataclass(frozen=True)
class OrgCandidate:
    start: int
    end: int
    label: str
    subtype: str | None
    country: str | None
    rule: str
    confidence: float


@cache
def _known_gazetteer() -> Gazetteer:
    entries = []
    for institution in known_institutions():
        entries.append((institution.label, (institution, "label"), True))
        entries.extend((alias, (institution, "alias"), True) for alias in institution.aliases)
        entries.extend((acronym, (institution, "acronym"), True) for acronym in institution.acronyms)
    _, authorities = regions()
    for name, country in authorities.items():
        region = KnownInstitution(name, "Region", country, (), (), "regions.json")
        entries.append((name, (region, "label"), True))
    return Gazetteer(entries)


def nationality_before(document: Document, start: int) -> str | None:
    """The country of a nationality adjective or country genitive just before `start`."""
    before = document.text[max(0, start - 30):start].split()
    if not before:
        return None
    word = before[-1].casefold()
    return nationality_adjectives().get(word)


@per_document
def capitalised_inside(document: Document) -> frozenset[str]:
    """Words written with a capital somewhere inside a sentence (so, names)."""
    return frozenset(w.text for w in words(document) if not w.initial and w.text[0].isupper())


def _ambiguous(institution: KnownInstitution, form: str) -> bool:
    """A one-word name that is also an ordinary word ("Vision", "Venstre"), not a compound
    with an institution suffix ("Socialstyrelsen")."""
    if " " in form or form.isupper() or suffix_subtype(form):
        return False
    language = LANGUAGE_OF_COUNTRY.get(institution.country or "", "en")
    return is_common_word(form, language) or is_common_word(form, "en")


def known_mentions(document: Document) -> list[OrgCandidate]:
    """Lexicon institutions; acronyms and ambiguous words only where the country fits."""
    matches = _known_gazetteer().find(document)
    all_words = words(document)
    found_labels = {m.payload[0].label for m in matches if m.payload[1] != "acronym"}
    by_span: dict[tuple[int, int], list[GazetteerMatch]] = {}
    for match in matches:
        institution, kind = match.payload
        home = institution.country in (None, document.country)
        form = document.text[match.start:match.end]
        short = kind == "acronym" or (form.isupper() and len(form) <= SHORT_NAME)
        if short and not home and institution.label not in found_labels:
            continue
        if match.first == match.last and _ambiguous(institution, form):
            if not home or all_words[match.first].initial and form not in capitalised_inside(document):
                continue
        by_span.setdefault((match.start, match.end), []).append(match)
    result = []
    for (start, end), options in sorted(by_span.items()):
        chosen = _choose(document, start, [m.payload[0] for m in options])
        if chosen is None:
            continue
        institution, country = chosen
        confidence = 0.95 if options[0].payload[1] != "acronym" else 0.9
        result.append(OrgCandidate(
            start, end, institution.label, institution.subtype, country, f"institutions.lexicon.{institution.source}",
            confidence,
        ))
    return result


def _choose(document: Document, start: int, options: list[KnownInstitution]):
    """One institution for a name several lexicons know (Socialstyrelsen of SE or DK)."""
    unique = {(i.label, i.country): i for i in options}
    if len(unique) == 1:
        institution = next(iter(unique.values()))
        return institution, institution.country
    wanted = nationality_before(document, start) or document.country
    for institution in unique.values():
        if institution.country == wanted:
            return institution, institution.country
    labels = {i.label for i in unique.values()}
    if len(labels) == 1:
        institution = next(iter(unique.values()))
        return institution, None
    return None


def known_matches(document: Document) -> list[GazetteerMatch]:
    """Raw lexicon matches (payload: (KnownInstitution, form kind)), genitives marked."""
    return _known_gazetteer().find(document)
