"""Views of one document that several rule families share, computed once.

`words` are letter runs with their offsets (joined across inner hyphens,
apostrophes, colons and dots, so "SKL:s", "SVT´s" and "Kommunalbladet.dk" are
one word each); `name_runs` are maximal runs of capitalised name-like words
on one line, the raw material for people's and organisations' names. Results
are kept for the last few documents only, keyed by identity.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, wraps
from typing import TypeVar

from ..model import Document

T = TypeVar("T")
GENITIVE_ENDINGS = (":s", "'s", "’s", "´s", "s", "'", "’")
CAPITALISING_MARKS = frozenset(":–—\"”“„«»(•*·-")
_CACHE_SIZE = 4


def per_document(func: Callable[[Document], T]) -> Callable[[Document], T]:
    """Cache `func(document)` for the few most recent documents (by identity)."""
    results: OrderedDict[int, tuple[Document, T]] = OrderedDict()

    @wraps(func)
    def wrapper(document: Document) -> T:
        key = id(document)
        hit = results.get(key)
        if hit is not None and hit[0] is document:
            results.move_to_end(key)
            return hit[1]
        value = func(document)
        results[key] = (document, value)
        while len(results) > _CACHE_SIZE:
            results.popitem(last=False)
        return value

    return wrapper


@dataclass(frozen=True)
class Word:
    index: int
    start: int
    end: int
    text: str
    initial: bool
    """First word of a sentence or line, or after a colon, dash, quote or bullet:
    its capital letter says nothing about it being a name."""

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


SUPERSCRIPTS = "\u00b2\u00b3\u00b9\u2070-\u209f"
"""Superscript and subscript digits: footnote and affiliation marks ("Berg¹"), never part of a word."""


@cache
def word_pattern() -> re.Pattern[str]:
    letter = rf"[^\W_{SUPERSCRIPTS}]"
    return re.compile(rf"{letter}(?:{letter}|[-'’´:.&](?={letter}))*")


@per_document
def words(document: Document) -> tuple[Word, ...]:
    text = document.text
    result = []
    sentence_starts = {s.start for s in document.sentences}
    previous_end = 0
    sentence_index = -1
    for match in word_pattern().finditer(text):
        start = match.start()
        gap = text[previous_end:start]
        sentence = document.sentence_at(start).index
        initial = (
            not result or sentence != sentence_index or start in sentence_starts or "\n" in gap
            or bool(set(gap.strip()) & CAPITALISING_MARKS)
        )
        sentence_index = sentence
        result.append(Word(len(result), start, match.end(), match.group(), initial))
        previous_end = match.end()
    return tuple(result)


def strip_genitive(word: str) -> str:
    """`word` without a genitive ending (only the ending, no check that it is one)."""
    for ending in GENITIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def is_name_word(text: str) -> bool:
    """Capitalised letters (with inner hyphens/apostrophes) and some lower case; every part of a
    hyphenated word capitalised ("Holm-Berg", not "Nordlab-forsker")."""
    return (
        text[0].isupper()
        and any(c.islower() for c in text)
        and all(c.isalpha() or c in "-'’" for c in text)
        and all(part[:1].isupper() for part in text.split("-"))
    )


def plain_gap(text: str) -> bool:
    """Whether the text between two words is just spaces on one line."""
    return bool(text) and not text.strip() and "\n" not in text


@per_document
def name_runs(document: Document) -> tuple[tuple[Word, ...], ...]:
    """Maximal runs of name-like words separated by plain spaces on one line.

    Single capital initials with a dot ("Jens C. Birch") and lower-case name
    particles between name words ("Ludwig van Beethoven") stay inside a run.
    """
    text = document.text
    joining = _particles()
    runs: list[tuple[Word, ...]] = []
    current: list[Word] = []
    for word in words(document):
        initial_with_dot = (
            len(word.text) == 1 and word.text.isupper() and text[word.end:word.end + 1] == "."
        )
        joins = bool(current) and (
            plain_gap(text[current[-1].end:word.start]) or _after_initial(text, current[-1], word)
        )
        if joins and (is_name_word(word.text) or initial_with_dot or word.text in joining):
            current.append(word)
            continue
        if current:
            runs.append(tuple(current))
        current = [word] if is_name_word(word.text) else []
    if current:
        runs.append(tuple(current))
    return tuple(trimmed for trimmed in (_trim(run, joining) for run in runs) if trimmed)


@cache
def _particles() -> frozenset[str]:
    from .rulefiles import forms_of

    return forms_of("people.jsonl", "particle")


def _after_initial(text: str, previous: Word, word: Word) -> bool:
    gap = text[previous.end:word.start]
    return len(previous.text) == 1 and gap.startswith(".") and plain_gap(gap[1:])


def _trim(run: tuple[Word, ...], joining: frozenset[str]) -> tuple[Word, ...]:
    """Without trailing initials and particles."""
    while run and (len(run[-1].text) == 1 or run[-1].text in joining):
        run = run[:-1]
    return run


@per_document
def line_spans(document: Document) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line, without its line break."""
    spans = []
    start = 0
    text = document.text
    while start <= len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        spans.append((start, end))
        start = end + 1
    return tuple(spans)


TITLE_CASE_SHARE = 0.6
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_MAX_WORDS = 16
"""A headline is short; a longer line full of capitals is a sentence full of names."""


@per_document
def title_case_lines(document: Document) -> frozenset[int]:
    """Start offsets of headline lines Written In Title Case, where capitals say little."""
    starts = set()
    for start, end in line_spans(document):
        line = [w for w in word_pattern().findall(document.text, start, end) if w[0].isalpha()]
        capitals = sum(1 for w in line if w[0].isupper())
        if TITLE_CASE_MIN_WORDS <= len(line) <= TITLE_CASE_MAX_WORDS and capitals >= TITLE_CASE_SHARE * len(line):
            starts.add(start)
    return frozenset(starts)


def in_title_case_line(document: Document, offset: int) -> bool:
    """Whether `offset` is in an English headline in title case (Nordic headlines are not)."""
    return document.language == "en" and document.text.rfind("\n", 0, offset) + 1 in title_case_lines(document)


def word_at(document: Document, offset: int) -> Word | None:
    """The first word starting at or after `offset` (binary search)."""
    all_words = words(document)
    lo, hi = 0, len(all_words)
    while lo < hi:
        mid = (lo + hi) // 2
        if all_words[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return all_words[lo] if lo < len(all_words) else None


def clean_label(text: str) -> str:
    """One ordinary space for every run of white space; soft hyphens removed."""
    return " ".join(text.replace("\u00ad", "").replace("\u200b", "").split())


@per_document
def _words_by_end(document: Document) -> dict[int, Word]:
    return {w.end: w for w in words(document)}


def word_ending_at(document: Document, offset: int) -> Word | None:
    """The word that ends exactly at `offset`, if any."""
    return _words_by_end(document).get(offset)
