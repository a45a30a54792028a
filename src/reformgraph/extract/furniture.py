"""Page furniture: tag lists, credits, teasers, navigation, newsletter blurbs.

Entities found only there are optional in the guidelines, so their mentions
are flagged. A rule's `scope` says how far a match reaches: the match
itself, its line, its paragraph (up to a blank line) or the rest of the text.
"""

from __future__ import annotations

from ..model import Document
from .rulefiles import rules_of
from .textview import per_document

FURNITURE = "furniture.jsonl"


def _reach(text: str, start: int, end: int, scope: str) -> tuple[int, int]:
    if scope == "match":
        return start, end
    if scope == "rest":
        return text.rfind("\n", 0, start) + 1, len(text)
    if scope == "line":
        line_end = text.find("\n", end)
        return text.rfind("\n", 0, start) + 1, len(text) if line_end == -1 else line_end
    begin = text.rfind("\n\n", 0, start)
    finish = text.find("\n\n", end)
    return (0 if begin == -1 else begin + 2), (len(text) if finish == -1 else finish)


@per_document
def furniture_spans(document: Document) -> tuple[tuple[int, int], ...]:
    """Sorted, merged (start, end) spans of page furniture."""
    text = document.text
    spans = []
    for rule in rules_of(FURNITURE, "furniture"):
        for match in rule["regex"].finditer(text):
            spans.append(_reach(text, match.start(), match.end(), rule.get("scope", "line")))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def in_furniture(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one furniture span (binary search)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= start:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo][0] <= start and end <= spans[lo][1]
