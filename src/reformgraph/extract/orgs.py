"""Shared pieces of the institution rules: the candidate record and the lexicon look-up."""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import cache

from ..lemmas import is_common_word
from ..model import Document
from .furniture import furniture_spans, in_furniture
from .gazetteer import Gazetteer, GazetteerMatch
from .geography import cities, country_names, municipalities, regions
from .lexicon import KnownInstitution, known_institutions, nationality_adjectives
from .names import suffix_subtype
from .textview import per_document, plain_gap, strip_genitive, word_at, word_ending_at, words

SHORT_NAME = 3
"""Names of up to three capitals ("DR", "KL") count only in their own country's texts."""


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
        entries.extend((name, (institution, "english"), True) for name in institution.english)
    _, authorities = regions()
    for name, country in authorities.items():
        region = KnownInstitution(name, "Region", country, (), (), "regions.json")
        entries.append((name, (region, "label"), True))
    return Gazetteer(entries)


def nationality_word_before(document: Document, start: int) -> tuple[str, int] | None:
    """(country, start) of a nationality adjective or country genitive just before `start`
    ("svenska Socialstyrelsen", "the Danish Government", "Sveriges regering")."""
    window_start = max(0, start - 30)
    before = document.text[window_start:start].rstrip()
    if not before or before[-1] in "\n.,;:!?":
        return None
    word = word_ending_at(document, window_start + len(before))
    if word is None:
        return None
    country = nationality_adjectives().get(word.text.casefold())
    if country is None and len(word.text) > 3:
        stem = strip_genitive(word.text)
        country = country_names(document.language).get(stem) if stem != word.text else None
    return (country, word.start) if country else None


def nationality_before(document: Document, start: int) -> str | None:
    """The country of a nationality adjective or country genitive just before `start`."""
    found = nationality_word_before(document, start)
    return found[0] if found else None


@per_document
def capitalised_inside(document: Document) -> frozenset[str]:
    """Words written with a capital somewhere inside a sentence (so, names)."""
    return frozenset(w.text for w in words(document) if not w.initial and w.text[0].isupper())


def _ambiguous(document: Document, form: str) -> bool:
    """A one-word name that is also an ordinary word of the text's language ("Vision",
    "Venstre"), not a compound with an institution suffix ("Socialstyrelsen") and not a
    long compound ("Riksrevisjonen"), which sentence-initial capitals do not fake."""
    if " " in form or form.isupper() or suffix_subtype(form) or len(form) >= LONG_NAME:
        return False
    return is_common_word(form, document.language) or is_common_word(form, "en")


LONG_NAME = 12
_COORDINATION = re.compile(r"\s*(?:,|og|och|and|&)\s*", re.IGNORECASE)


def _coordinated(document: Document, match: GazetteerMatch, by_start: dict[int, list[GazetteerMatch]]) -> bool:
    """'Høyre og Fremskrittspartiet stemte mot': joined to a lexicon body of the same kind."""
    glue = _COORDINATION.match(document.text, match.end)
    subtype = match.payload[0].subtype
    return bool(glue) and any(other.payload[0].subtype == subtype and other.payload[1] != "acronym"
                              for other in by_start.get(glue.end(), ()))


@per_document
def context_countries(document: Document) -> frozenset[str]:
    """The text's country; for a text without one (English), the countries it names
    by name or nationality adjective ("Denmark", "Danish", "Sweden's")."""
    if document.country:
        return frozenset({document.country})
    names = country_names(document.language)
    adjectives = nationality_adjectives()
    found = set()
    for word in words(document):
        if word.text[0].isupper():
            code = adjectives.get(word.text.casefold()) or names.get(word.text) or names.get(strip_genitive(word.text))
            if code:
                found.add(code)
    return frozenset(found)


def known_mentions(document: Document) -> list[OrgCandidate]:
    """Lexicon institutions; acronyms and ambiguous words only where the country fits,
    English names only where the text names the body's country."""
    matches = known_matches(document)
    all_words = words(document)
    found_labels = {m.payload[0].label for m in matches if m.payload[1] != "acronym"}
    furniture = furniture_spans(document)
    by_start: dict[int, list[GazetteerMatch]] = {}
    for match in matches:
        by_start.setdefault(match.start, []).append(match)
    by_span: dict[tuple[int, int], list[GazetteerMatch]] = {}
    for match in matches:
        institution, kind = match.payload
        home = institution.country in (None, document.country)
        form = document.text[match.start:match.end]
        short = kind == "acronym" or (form.isupper() and len(form) <= SHORT_NAME)
        # An English text may use a Nordic acronym of three letters or more ("FOA") for a country it names.
        named = document.country is None and len(form) > 2 and institution.country in context_countries(document)
        if short and not home and not named and institution.label not in found_labels:
            continue
        if kind == "english" and institution.country not in context_countries(document):
            continue
        if match.first == match.last and _ambiguous(document, form):
            initial_only = all_words[match.first].initial and form not in capitalised_inside(document)
            if not home or initial_only and not _coordinated(document, match, by_start):
                continue
            if in_furniture(furniture, match.start, match.end):
                continue
        by_span.setdefault((match.start, match.end), []).append(match)
    result = []
    for (start, end), options in sorted(by_span.items()):
        chosen = _choose(document, start, [m.payload[0] for m in options])
        if chosen is None:
            continue
        institution, country = chosen
        kinds = {m.payload[1] for m in options}
        confidence = 0.95 if options[0].payload[1] != "acronym" else 0.9
        nationality = nationality_word_before(document, start) if "english" in kinds else None
        if nationality and nationality[0] == country:
            start = nationality[1]
        branch_end = _branch_end(document, end) if institution.subtype in BRANCHED else end
        if branch_end > end:
            result.append(OrgCandidate(start, branch_end, " ".join(document.text[start:branch_end].split()),
                                       institution.subtype, country, BRANCH_RULE, confidence))
            continue
        result.append(OrgCandidate(
            start, end, institution.label, institution.subtype, country, f"institutions.lexicon.{institution.source}",
            confidence,
        ))
    return result


BRANCHED = frozenset({"Union", "Association", "Party"})
"""Bodies with local branches named by a place ("FOA Odense", "Fagforbundet Trondheim")."""
BRANCH_RULE = "institutions.local_branch"
"""A local branch is a body of its own, partOf the national one (`relations`)."""


def _branch_end(document: Document, end: int) -> int:
    """The end of a local branch's place name right after a body's name, else `end`."""
    following = word_at(document, end)
    if following is None or not plain_gap(document.text[end:following.start]) or not following.text[0].isupper():
        return end
    name = following.text
    if name in cities() or name in municipalities() or name in regions()[0]:
        return following.end
    return end


def _choose(document: Document, start: int, options: list[KnownInstitution]):
    """One institution for a name several lexicons know (Socialstyrelsen of SE or DK):
    the country of an adjective before it, of the text, or the one country the text names."""
    unique = {(i.label, i.country): i for i in options}
    if len(unique) == 1:
        institution = next(iter(unique.values()))
        return institution, institution.country
    wanted = nationality_before(document, start) or document.country
    for institution in unique.values():
        if institution.country == wanted:
            return institution, institution.country
    named = [i for i in unique.values() if i.country in context_countries(document)]
    if wanted is None and len(named) == 1:
        return named[0], named[0].country
    labels = {i.label for i in unique.values()}
    if len(labels) == 1:
        institution = next(iter(unique.values()))
        return institution, None
    return None


@per_document
def known_matches(document: Document) -> list[GazetteerMatch]:
    """Raw lexicon matches (payload: (KnownInstitution, form kind)), genitives marked."""
    return _known_gazetteer().find(document)
