"""Small documents and hand-made mentions for the tests of the concept and relation rules."""

from __future__ import annotations

from pathlib import Path

from reformgraph.analysis import analyse
from reformgraph.extract.state import ExtractionState
from reformgraph.model import EntityType, Mention, RawText, TextMetadata


def state_for(text: str, language: str, country: str | None = None) -> ExtractionState:
    """An extraction state over `text`, segmented as the pipeline does it."""
    metadata = TextMetadata(identifier="t.txt", language=language, country=country)
    raw = RawText(identifier="t.txt", path=Path("t.txt"), text=text, encoding="utf-8", metadata=metadata)
    return ExtractionState(analyse(raw))


def add(state: ExtractionState, surface: str, kind: str, label: str | None = None, subtype: str | None = None,
        country: str | None = None, nth: int = 0) -> Mention:
    """Add a mention of the `nth` occurrence of `surface`, as the people/institution rules would."""
    start = -1
    for _ in range(nth + 1):
        start = state.document.text.index(surface, start + 1)
    mention = Mention(type=EntityType(kind), surface=surface, label=label or surface,
                      evidence=state.evidence(start, start + len(surface), "test"), subtype=subtype, country=country)
    state.mentions.append(mention)
    return mention


def triples(state: ExtractionState) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label or 'self') of the relations found."""
    return {(r.subject.label, r.predicate.value, r.object if isinstance(r.object, str) else r.object.label)
            for r in state.relations}


def labels(state: ExtractionState, kind: str) -> set[str]:
    return {m.label for m in state.mentions if m.type.value == kind}


def given(text: str, language: str, *mentions: tuple, country: str | None = None) -> ExtractionState:
    """A state with mentions given as (surface, kind[, label[, subtype]]) in text order."""
    state = state_for(text, language, country)
    seen: dict[str, int] = {}
    for surface, kind, *rest in mentions:
        label, subtype = (list(rest) + [None, None])[:2]
        add(state, surface, kind, label=label, subtype=subtype, nth=seen.get(surface, 0))
        seen[surface] = seen.get(surface, 0) + 1
    return state


def extracted(text: str, language: str, country: str | None = None):
    """The whole configured pipeline over `text`: its mentions and relations."""
    from reformgraph.extract.run import extract

    return extract(state_for(text, language, country).document)


def relation_labels(extraction, predicate: str) -> set[tuple[str, str]]:
    """(subject label, object label) of the relations of one predicate."""
    return {(r.subject.label, r.object if isinstance(r.object, str) else r.object.label)
            for r in extraction.relations if r.predicate.value == predicate}
