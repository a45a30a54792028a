"""Reforms and steering models that the text names itself: a noun announces the name.

"forsøgsordningen «Frisat velfærd»", "piloten «Tid til tjenesten»", "en ny
styrmodell ..., kallad «Tillit i vardagen»", "sin egen tillidsreform under
navnet Fri til faglighed". The name is quoted, or (after a naming word) a run
of words starting with a capital up to the next punctuation. The nouns and
naming words are data (`patterns/named-concepts.jsonl`); the names come from
the text. Quotes taken here are not document titles (`documents` asks
`concept_quote_type`).
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Document, EntityType, Mention
from .quoted import Quote, quotes
from .registry import component
from .rulefiles import forms_of, rules_of
from .state import ExtractionState
from .textview import per_document

NAMED_CONCEPTS = "named-concepts.jsonl"
RULE = "concepts.named-by-noun"
CUE_WORDS_BACK = 8
"""How many words before a naming word the announcing noun may stand ("styrmodell för äldreomsorgen, kallad")."""
MAX_NAME_WORDS = 7
NAMING_REACH = 40
"""Characters before a name searched for a naming word."""
_UNQUOTED_NAME = re.compile(r"[^\W\d_][^\n.,;:!?()«»\"”“]*")


@cache
def _cue_patterns(language: str, adjacent: bool) -> tuple[tuple[re.Pattern[str], EntityType], ...]:
    """(pattern, type) per announcing noun of one language, longest noun first; with
    `adjacent` the noun must end the words before the name. A compound ending in the
    noun announces too ("tillidsreform", "frikommuneforsøget")."""
    cues = sorted(((form.casefold(), EntityType(rule["type"]))
                   for rule in rules_of(NAMED_CONCEPTS, "concept_cue", language) for form in rule.get("forms", ())),
                  key=lambda pair: -len(pair[0]))
    end = "$" if adjacent else "(?= |$)"
    return tuple((re.compile(re.escape(noun) + end), kind) for noun, kind in cues)


@cache
def _naming_words() -> tuple[str, ...]:
    return tuple(sorted((f.casefold() for f in forms_of(NAMED_CONCEPTS, "naming_words")), key=len, reverse=True))


@cache
def _after_naming_word() -> re.Pattern[str]:
    """A naming word followed by the first letter of a name."""
    words = "|".join(map(re.escape, _naming_words()))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?=[^\W\d_])", re.IGNORECASE)


def _cue_before(document: Document, end: int, words_back: int, adjacent: bool) -> EntityType | None:
    """The type of an announcing noun among the last `words_back` words before `end` in
    the same sentence; with `adjacent`, the noun must be the last of them."""
    sentence = document.sentence_at(max(0, end - 1))
    tokens = re.findall(r"[\w-]+", document.text[sentence.start:end].casefold())[-words_back:]
    tail = " " + " ".join(tokens)
    return next((kind for pattern, kind in _cue_patterns(document.language, adjacent) if pattern.search(tail)), None)


def _naming_word_before(document: Document, end: int) -> int | None:
    """The start of a naming word ("kallad", "under navnet") ending right before `end`."""
    window_start = max(0, end - NAMING_REACH)
    stripped = document.text[window_start:end].rstrip(" ,:")
    before = stripped.casefold()
    for word in _naming_words():
        if before.endswith(word) and (len(before) == len(word) or not before[-len(word) - 1].isalnum()):
            return window_start + len(stripped) - len(word)
    return None


def _announced_type(document: Document, start: int) -> EntityType | None:
    """The type a name starting at `start` is announced as: by the noun right before
    it, or by a noun shortly before a naming word right before it."""
    naming = _naming_word_before(document, start)
    if naming is not None:
        return _cue_before(document, naming, CUE_WORDS_BACK, adjacent=False)
    return _cue_before(document, _strip_back(document, start), 3, adjacent=True)


def _strip_back(document: Document, offset: int) -> int:
    while offset > 0 and document.text[offset - 1] in " \t,":
        offset -= 1
    return offset


@per_document
def _quoted_concepts(document: Document) -> dict[Quote, EntityType]:
    found = {}
    for quote in quotes(document):
        content = document.text[quote.content_start:quote.content_end].strip()
        if not content or not content[0].isupper() or len(content.split()) > MAX_NAME_WORDS:
            continue
        kind = _announced_type(document, quote.start)
        if kind is not None:
            found[quote] = kind
    return found


def concept_quote_type(document: Document, quote: Quote) -> EntityType | None:
    """Whether a quote names a reform or steering model (then it is no document title)."""
    return _quoted_concepts(document).get(quote)


def _unquoted(document: Document) -> list[tuple[int, int, EntityType]]:
    """'under navnet Fri til faglighed.': a capitalised name right after a naming word."""
    found = []
    text = document.text
    for match in _after_naming_word().finditer(text):
        name = _UNQUOTED_NAME.match(text, match.end())
        if not name or not name.group()[0].isupper():
            continue
        value = name.group().rstrip()
        if len(value.split()) > MAX_NAME_WORDS:
            continue
        kind = _cue_before(document, match.start(), CUE_WORDS_BACK, adjacent=False)
        if kind is not None:
            found.append((name.start(), name.start() + len(value), kind))
    return found


@component("named_concepts")
def named_concepts(state: ExtractionState) -> None:
    document = state.document
    spans = [(q.content_start, q.content_end, kind) for q, kind in _quoted_concepts(document).items()]
    spans += _unquoted(document)
    for start, end, kind in spans:
        label = document.text[start:end].strip()
        state.mentions.append(Mention(
            type=kind, surface=label, label=label,
            evidence=state.evidence(start, start + len(label), RULE, 0.7),
            country=document.country if kind is EntityType.REFORM else None,
        ))
