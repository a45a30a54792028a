"""One mention per stretch of text, consistent names, furniture flagged.

Runs after every mention component. Where mentions overlap, the longest
wins; on equal spans the higher confidence, then the type priority
(institution over person over concepts over document over place). Mentions
of one name that lack a country or subtype take the one the others agree
on, so they resolve to one entity; a name and its other form in brackets share
one label (`parentheticals`). Mentions in page furniture are flagged.
"""

from __future__ import annotations

from bisect import insort
from collections import Counter
from dataclasses import replace

from ..model import EntityType, Mention
from .furniture import furniture_spans, in_furniture
from .parentheticals import link_parentheticals
from .registry import component
from .state import ExtractionState

TYPE_PRIORITY = (
    EntityType.INSTITUTION, EntityType.PERSON, EntityType.REFORM, EntityType.GOVERNANCE_MODEL,
    EntityType.PRINCIPLE, EntityType.DOCUMENT, EntityType.PLACE,
)


def _rank(mention: Mention) -> tuple:
    return (
        mention.end - mention.start, mention.evidence.confidence, -TYPE_PRIORITY.index(mention.type),
        mention.concept is not None, mention.subtype is not None, mention.country is not None,
        -mention.start, mention.label,
    )


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the best of every group of overlapping mentions (greedy by rank)."""
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(mentions, key=_rank, reverse=True):
        if any(mention.start < end and start < mention.end for start, end in _near(taken, mention)):
            continue
        chosen.append(mention)
        insort(taken, (mention.start, mention.end))
    return sorted(chosen, key=lambda m: (m.start, m.end))


def _near(taken: list[tuple[int, int]], mention: Mention) -> list[tuple[int, int]]:
    """The kept spans that may overlap `mention` (binary search; spans do not overlap)."""
    lo, hi = 0, len(taken)
    while lo < hi:
        mid = (lo + hi) // 2
        if taken[mid][1] <= mention.start:
            lo = mid + 1
        else:
            hi = mid
    return taken[lo:lo + 2]


def harmonise(mentions: list[Mention]) -> list[Mention]:
    """Fill a missing country or subtype from the other mentions of the same name."""
    countries: dict[tuple, Counter] = {}
    subtypes: dict[tuple, Counter] = {}
    for m in mentions:
        key = (m.type, m.label.casefold())
        if m.country:
            countries.setdefault(key, Counter())[m.country] += 1
        if m.subtype:
            subtypes.setdefault(key, Counter())[m.subtype] += 1
    result = []
    for m in mentions:
        key = (m.type, m.label.casefold())
        country = m.country or _only(countries.get(key))
        subtype = m.subtype or _only(subtypes.get(key))
        result.append(m if (country, subtype) == (m.country, m.subtype) else replace(m, country=country, subtype=subtype))
    return result


def _only(counts: Counter | None) -> str | None:
    return next(iter(counts)) if counts and len(counts) == 1 else None


@component("overlaps")
def overlaps(state: ExtractionState) -> None:
    spans = furniture_spans(state.document)
    kept = link_parentheticals(state.document, resolve_overlaps(state.mentions))
    kept = [
        replace(m, furniture=True) if not m.furniture and in_furniture(spans, m.start, m.end) else m
        for m in harmonise(kept)
    ]
    state.mentions[:] = kept
