"""Adding a mention to the extraction state, with a clean label."""

from __future__ import annotations

from ..model import EntityType, Mention
from .state import ExtractionState
from .textview import clean_label


def add_mention(
    state: ExtractionState,
    type_: EntityType,
    start: int,
    end: int,
    label: str,
    rule: str,
    *,
    subtype: str | None = None,
    country: str | None = None,
    confidence: float = 1.0,
    concept: str | None = None,
) -> Mention:
    """Record a mention of [start, end) labelled `label` (white space normalised)."""
    text = state.document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    mention = Mention(
        type=type_,
        surface=text[start:end],
        label=clean_label(label) or clean_label(text[start:end]),
        evidence=state.evidence(start, end, rule, confidence),
        subtype=subtype,
        country=country,
        concept=concept,
    )
    state.mentions.append(mention)
    return mention
