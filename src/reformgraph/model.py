"""The typed objects that cross the seams between pipeline stages.

Every stage takes one of these and returns the next, so a stage can be tested
on its own and replaced without touching its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class EntityType(str, Enum):
    """The seven entity types of the annotation guidelines (and rg: classes)."""

    PERSON = "Person"
    INSTITUTION = "Institution"
    REFORM = "Reform"
    PRINCIPLE = "Principle"
    GOVERNANCE_MODEL = "GovernanceModel"
    DOCUMENT = "Document"
    PLACE = "Place"


INSTITUTION_SUBTYPES = (
    "Government", "Ministry", "Parliament", "Agency", "Commission", "Municipality",
    "Region", "Association", "Union", "Company", "University", "MediaOutlet", "Party",
)


class Predicate(str, Enum):
    """Relation predicates of the annotation guidelines."""

    MEMBER_OF = "memberOf"
    CREATOR = "creator"
    HAS_PRINCIPLE = "hasPrinciple"
    PROPOSED_BY = "proposedBy"
    PART_OF = "partOf"
    SUPPORTS = "supports"
    CRITICIZES = "criticizes"


@dataclass(frozen=True)
class TextMetadata:
    """What `corpus/metadata.csv` says about one text; every field optional."""

    identifier: str
    title: str | None = None
    language: str | None = None
    country: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    republish: bool = True


@dataclass(frozen=True)
class RawText:
    """A decoded, NFC-normalised input text, before any analysis."""

    identifier: str
    path: Path
    text: str
    encoding: str
    metadata: TextMetadata


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True)
class Document:
    """A text with its language, country and segmentation (character offsets)."""

    identifier: str
    text: str
    language: str
    country: str | None
    metadata: TextMetadata
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding character `offset` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start:sentence.end]


@dataclass(frozen=True)
class Evidence:
    """Why a fact is in the graph: the quote, where it is, and the rule."""

    document: str
    start: int
    end: int
    quote: str
    sentence: int
    sentence_start: int
    sentence_end: int
    rule: str
    confidence: float = 1.0


@dataclass(frozen=True)
class Mention:
    """One surface form in a text that names an entity.

    `label` is the base form the extractor proposes as the entity's name
    (genitive stripped, full name where known); `concept` is the lexicon IRI
    for reforms, principles, governance models and known institutions.
    """

    type: EntityType
    surface: str
    label: str
    evidence: Evidence
    subtype: str | None = None
    country: str | None = None
    concept: str | None = None
    furniture: bool = False

    @property
    def start(self) -> int:
        return self.evidence.start

    @property
    def end(self) -> int:
        return self.evidence.end


SELF = "self"
"""Object of a relation mention that points at the source text itself."""


@dataclass(frozen=True)
class RelationMention:
    """A relation stated in a text, between two mentions (or a mention and SELF)."""

    subject: Mention
    predicate: Predicate
    object: Mention | str
    evidence: Evidence
    role: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything the rule families found in one document."""

    document: Document
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]


@dataclass
class Entity:
    """A resolved entity: one IRI, all its names, all its mentions."""

    key: str  # "{kind}/{slug}", the IRI path under the instance namespace
    type: EntityType
    label: str
    subtype: str | None = None
    country: str | None = None
    concept: str | None = None
    aliases: set[str] = field(default_factory=set)
    labels_by_language: dict[str, str] = field(default_factory=dict)
    texts: int = 0  # how many texts mention it


@dataclass(frozen=True)
class Relation:
    """A resolved relation between two entity keys (object may be SELF)."""

    subject: str
    predicate: Predicate
    object: str
    role: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ResolvedText:
    """One text after resolution: its entities, its mentions and relations.

    `mentions` pairs each mention with the key of its entity; the corpus-wide
    registry keeps no mentions, so memory does not grow with the corpus.
    """

    document: Document
    entities: tuple[Entity, ...]
    mentions: tuple[tuple[str, Mention], ...]
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class Problem:
    """An input that was skipped or partly read, with a one-line reason."""

    path: Path
    message: str
