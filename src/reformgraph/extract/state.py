"""The object that flows through the extraction components of one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document, Evidence, Mention, RelationMention


@dataclass
class ExtractionState:
    document: Document
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)

    def evidence(self, start: int, end: int, rule: str, confidence: float = 1.0) -> Evidence:
        """Evidence for the span [start, end) of this document, found by `rule`."""
        sentence = self.document.sentence_at(start)
        return Evidence(
            document=self.document.identifier,
            start=start,
            end=end,
            quote=self.document.text[start:end],
            sentence=sentence.index,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            rule=rule,
            confidence=confidence,
        )
