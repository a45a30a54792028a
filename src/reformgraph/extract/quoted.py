"""Quoted titles: which quotations in a text are names of documents.

Titles in italics come as Markdown emphasis (*Tillit i praktiken*), counted as
quotes. Quotation marks also mark speech and scare quotes (”kom ihåg”), so a quote is
a title only when it looks like one: it starts with a capital and has two
words or more, an identifier follows it ("(SOU 2018:47)"), a noun that
announces a title precedes it ("delbetänkandet ”...”"), or it is coordinated
with a title ("”A” och ”b”"). Quotes introduced by a dash or a colon or
followed by a speech verb, and quotes naming the outlet something was
published in, are not titles.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..model import Document
from .rulefiles import forms_of, rules_of
from .textview import line_spans, per_document

DOCUMENTS = "documents.jsonl"
MAX_TITLE_WORDS = 20
CUE_WINDOW = 45
SPEECH_WINDOW = 25
SPEECH_WORDS = 3
SPEECH_SENTENCE_WORDS = 6
COORDINATION = frozenset({"och", "og", "and", "samt", "eller", "or", ",", "&"})
EMPHASIS = frozenset("*_")
"""Markdown emphasis marks a title in italics (*Title*, **Title**, _Title_)."""


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    content_start: int
    content_end: int


@cache
def _pairs() -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for pair in forms_of(DOCUMENTS, "quotes"):
        pairs.setdefault(pair[0], set()).add(pair[1])
    return {opener: frozenset(closers) for opener, closers in pairs.items()}


def _quotes_in_line(text: str, start: int, end: int) -> list[Quote]:
    pairs = _pairs()
    found = []
    position = start
    while position < end:
        char = text[position]
        opening = char in pairs and (position == start or not text[position - 1].isalnum())
        if opening and position + 1 < end and not text[position + 1].isspace():
            close = next(
                (i for i in range(position + 1, end)
                 if text[i] in pairs[char] and not text[i - 1].isspace()
                 and (i + 1 >= end or not text[i + 1].isalnum())),
                None,
            )
            if close is not None:
                content_start, content_end = position + 1, close
                while content_start < content_end and text[content_start] in EMPHASIS:
                    content_start += 1
                while content_end > content_start and text[content_end - 1] in EMPHASIS:
                    content_end -= 1
                found.append(Quote(position, close + 1, content_start, content_end))
                position = close + 1
                continue
        position += 1
    return found


@per_document
def quotes(document: Document) -> tuple[Quote, ...]:
    found = []
    for start, end in line_spans(document):
        found.extend(_quotes_in_line(document.text, start, end))
    return tuple(found)


def _cue_before(document: Document, quote: Quote) -> bool:
    cues = forms_of(DOCUMENTS, "cue", document.language)
    before = document.text[max(0, quote.start - CUE_WINDOW):quote.start].casefold()
    return any(word.strip(".,:;()") in cues for word in before.split())


def _speech(document: Document, quote: Quote) -> bool:
    """A quotation in speech: after a dash or a colon, or before a speech verb."""
    verbs = forms_of("people.jsonl", "speech_verb", document.language)
    after = document.text[quote.end:quote.end + SPEECH_WINDOW].replace(",", " ").split()
    line_start = document.text.rfind("\n", 0, quote.start) + 1
    before = document.text[line_start:quote.start].strip()
    introduced = before in ("–", "-", "—") or (before.endswith(":") and not _teaser_line(document, line_start))
    # "...," she says / says Berg: the verb may follow a pronoun or a name.
    verb_follows = any(word.casefold().strip(".") in verbs for word in after[:SPEECH_WORDS])
    # A quoted sentence that ends in a comma or stop inside the marks is speech, not a title.
    content = document.text[quote.content_start:quote.content_end].rstrip()
    sentence_inside = content.endswith(",") or (content.endswith(".") and len(content.split()) > SPEECH_SENTENCE_WORDS)
    return introduced or verb_follows or sentence_inside


def _teaser_line(document: Document, line_start: int) -> bool:
    line_end = document.text.find("\n", line_start)
    line = document.text[line_start:len(document.text) if line_end == -1 else line_end]
    return any(r["regex"].match(line) for r in rules_of(DOCUMENTS, "teaser"))


def _publication_venue(document: Document, quote: Quote) -> bool:
    before = document.text[max(0, quote.start - 80):quote.start + 1]
    return any(r["regex"].search(before) for r in rules_of("institutions.jsonl", "media_before", document.language))


def _identifier_next_to(document: Document, quote: Quote, identifiers: list[tuple[int, int]]) -> tuple[int, int] | None:
    """An identifier right after the quote ("”Titel” (SOU 2018:47)") or right before it ("NOU 2023:4 «Titel»")."""
    after = document.text[quote.end:quote.end + 4]
    offset = quote.end + len(after) - len(after.lstrip(" ("))
    before = document.text[max(0, quote.start - 3):quote.start]
    end = quote.start - (len(before) - len(before.rstrip(" ,:")))
    return next(((s, e) for s, e in identifiers if s == offset or e == end), None)


def titles(document: Document, identifiers: list[tuple[int, int]]) -> list[tuple[Quote, tuple[int, int] | None, str]]:
    """Accepted quotes: (quote, identifier span that follows it or None, rule)."""
    accepted: list[tuple[Quote, tuple[int, int] | None, str]] = []
    text = document.text
    for quote in quotes(document):
        content = text[quote.content_start:quote.content_end].strip()
        parts = content.split()
        if not parts or len(parts) > MAX_TITLE_WORDS or _speech(document, quote):
            continue
        if _publication_venue(document, quote):
            continue
        identifier = _identifier_next_to(document, quote, identifiers)
        rule = None
        if identifier:
            rule = "documents.quoted_identified"
        elif _cue_before(document, quote):
            rule = "documents.quoted_cue"
        elif content[0].isupper() and len(parts) >= 2:
            rule = "documents.quoted"
        elif accepted and set(text[accepted[-1][0].end:quote.start].replace(",", " , ").split()) <= COORDINATION:
            rule = "documents.quoted_coordinated"
        if rule:
            accepted.append((quote, identifier, rule))
    return accepted
