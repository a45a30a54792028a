"""Bylines, photo credits and comment signatures: names on lines of their own.

"Text: Lisa Ek, Byrån AB" gives a person and an affiliation; "Foto: ..."
gives a credited person (page furniture), "Foto: Per Lund/Bildbyrån" a person
and an agency; a comment signature is a name alone on a line, after a bullet
or a date, or inside a comment section. An author line of a paper lists
names with affiliation marks ("Anna Berg¹, Per Holm² and Eva Lind³") or a
name and its affiliation ("Anna Berg, Department of X, Lund University").
The markers are patterns in `patterns/people.jsonl`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Document
from .lexicon import subtype_from_words
from .names import first_name_frequency
from .rulefiles import rules_of
from .textview import is_name_word, line_spans, per_document

PEOPLE = "people.jsonl"
MAX_BYLINE_WORDS = 14
MAX_AUTHOR_LINE_WORDS = 30


@dataclass(frozen=True)
class Byline:
    rule: str
    credit: bool
    people: tuple[tuple[int, int], ...]
    affiliation: tuple[int, int] | None


@cache
def _separator() -> re.Pattern[str]:
    return re.compile(r"\s*(?:,|&|/|\bog\b|\boch\b|\band\b|\bsamt\b)\s*")


def _name_span(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is 2-4 capitalised name words (no other characters)."""
    parts = text[start:end].split()
    return 2 <= len(parts) <= 4 and all(is_name_word(p) for p in parts)


def _has_first_name(name: str) -> bool:
    """A second byline name must start with a known first name ("Anna Berg, Byrå Norr")."""
    return first_name_frequency(name.split()[0]) > 0


@per_document
def bylines(document: Document) -> tuple[Byline, ...]:
    text = document.text
    markers = [(r, False) for r in rules_of(PEOPLE, "byline")] + [(r, True) for r in rules_of(PEOPLE, "credit")]
    ends = rules_of(PEOPLE, "byline_end")
    found = []
    for line_start, line_end in line_spans(document):
        line = text[line_start:line_end]
        stripped = line.lstrip()
        if not stripped or len(stripped.split()) > MAX_BYLINE_WORDS:
            continue
        offset = line_start + len(line) - len(stripped)
        for rule, credit in markers:
            marker = rule["regex"].match(stripped)
            if marker:
                byline = _parse(text, offset + marker.end(), line_end, rule["id"], credit, ends)
                if byline.people:
                    found.append(byline)
                break
    return tuple(found)


def _parse(text: str, start: int, end: int, rule: str, credit: bool, ends) -> Byline:
    """Names separated by commas/and from `start`; what follows a comma and is no name is the affiliation."""
    people: list[tuple[int, int]] = []
    affiliation = None
    position = start
    while position < end:
        separator = _separator().search(text, position, end)
        stop = separator.start() if separator else end
        piece_end = stop
        for rule_end in ends:
            hit = rule_end["regex"].search(text, position, stop)
            if hit and hit.start() > position:
                piece_end = min(piece_end, hit.start())
        piece_start = position
        while piece_start < piece_end and text[piece_start].isspace():
            piece_start += 1
        while piece_end > piece_start and text[piece_end - 1] in " .\u00a0":
            piece_end -= 1
        if _name_span(text, piece_start, piece_end) and (not people or _has_first_name(text[piece_start:piece_end])):
            people.append((piece_start, piece_end))
        elif people and piece_end > piece_start:
            affiliation = (piece_start, piece_end)
            break
        elif piece_end > piece_start:
            break
        if separator is None or piece_end < stop:
            break
        position = separator.end()
    return Byline(rule, credit, tuple(people), affiliation)


@per_document
def signatures(document: Document) -> tuple[tuple[int, int, str], ...]:
    """(start, end, rule) of names alone on a line: after a bullet/date, or in a comment section."""
    text = document.text
    prefix = rules_of(PEOPLE, "signature_prefix")[0]["regex"]
    bullet = rules_of(PEOPLE, "signature_bullet")[0]["regex"]
    marker = rules_of(PEOPLE, "comment_marker")[0]["regex"]
    first_marker = marker.search(text)
    comments_from = first_marker.start() if first_marker else len(text)
    found = []
    for line_start, line_end in line_spans(document):
        line = text[line_start:line_end]
        head = prefix.match(line)
        start = line_start + head.end()
        end = line_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if not _name_span(text, start, end):
            continue
        if bullet.match(line):
            found.append((start, end, "people.signature"))
        elif line_start >= comments_from:
            found.append((start, end, "people.comment_signature"))
    return tuple(found)


@cache
def _initial() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]\.(?:-?[^\W\d_]\.)*")


def _mark(char: str) -> bool:
    """An affiliation or footnote mark after an author's name: a digit (also ¹), *, †, ‡."""
    return char.isdigit() or char in "*†‡"


def _author_name(piece: str) -> bool:
    """2-4 name words led by a known first name; initials ("Ø.") may stand inside."""
    parts = piece.split()
    return (
        2 <= len(parts) <= 4 and first_name_frequency(parts[0]) > 0
        and is_name_word(parts[0]) and is_name_word(parts[-1])
        and all(is_name_word(p) or _initial().fullmatch(p) for p in parts[1:-1])
    )


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, marked) of the comma/and-separated pieces of a line, marks cut off."""
    pieces = []
    position = start
    for separator in [*_separator().finditer(text, start, end), None]:
        stop = separator.start() if separator else end
        piece_start, piece_end = position, stop
        while piece_start < piece_end and text[piece_start].isspace():
            piece_start += 1
        while piece_end > piece_start and (text[piece_end - 1].isspace() or _mark(text[piece_end - 1])):
            piece_end -= 1
        marked = text[piece_end:stop].strip() != ""
        if piece_end > piece_start:
            pieces.append((piece_start, piece_end, marked))
        if separator is not None:
            position = separator.end()
    return pieces


@per_document
def author_lines(document: Document) -> tuple[tuple[int, int], ...]:
    """Name spans of lines that list authors: two names or more, or one marked with an
    affiliation sign or followed by an affiliation ("..., Lund University")."""
    text = document.text
    found: list[tuple[int, int]] = []
    for line_start, line_end in line_spans(document):
        line = text[line_start:line_end]
        if not line.strip() or len(line.split()) > MAX_AUTHOR_LINE_WORDS:
            continue
        pieces = _pieces(text, line_start, line_end)
        names = []
        for start, end, marked in pieces:
            if not _author_name(text[start:end]):
                break
            names.append((start, end, marked))
        rest = " ".join(text[s:e] for s, e, _ in pieces[len(names):])
        if len(names) >= 2 or names and (names[0][2] or subtype_from_words(rest)):
            found.extend((start, end) for start, end, _ in names)
    return tuple(found)
