"""Sentences and tokens with character offsets (the only module using spaCy).

Web articles put headlines, bylines, list items and comment signatures on
lines of their own without a full stop, so besides spaCy's punctuation-based
sentencizer a sentence also starts after a blank line, and after a line break
unless the next line plainly continues a hard-wrapped sentence (it starts in
lower case after a long line). The blank pipelines are built on first use and
cached; nothing is loaded at import time.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .model import Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language

SPACY_LANGUAGE = {"sv": "sv", "da": "da", "nb": "nb", "nn": "nb", "en": "en"}
WRAPPED_LINE = 60
OPENERS = frozenset("([{“„«‹\"'‘")
"""A line at least this long followed by a lower-case line is one wrapped sentence."""


@cache
def _pipeline(language: str) -> Language:
    import spacy

    nlp = spacy.blank(SPACY_LANGUAGE.get(language, "en"))
    nlp.add_pipe("sentencizer")
    return nlp


def plain_spaces(text: str) -> str:
    """`text` with every white space but the line break turned into a space (same length)."""
    if text.isascii():
        return text.replace("\t", " ").replace("\r", " ")
    return "".join(
        "\n" if c in "\n\u2028\u2029\x0b\x0c\x85" else (" " if c.isspace() else c) for c in text
    )


def _line_starts(text: str) -> set[int]:
    """Offsets where a new line begins a new sentence."""
    starts = set()
    position = text.find("\n")
    while position != -1:
        line_begin = text.rfind("\n", 0, position) + 1
        previous = text[line_begin:position].strip()
        following = position + 1
        while following < len(text) and text[following] in " \n":
            following += 1
        blank_line = "\n" in text[position + 1:following]
        if following < len(text):
            wrapped = not blank_line and len(previous) >= WRAPPED_LINE and text[following].islower()
            if not wrapped:
                starts.add(following)
        position = text.find("\n", position + 1)
    return starts


def _opens_next(words: list, i: int, text: str) -> bool:
    """Whether word `i` is an opening bracket or quote glued to the word after it."""
    word = words[i]
    return word.text in OPENERS and word.whitespace_ == "" and (word.idx == 0 or text[word.idx - 1].isspace())


def segment(text: str, language: str) -> tuple[tuple[Sentence, ...], tuple[Token, ...]]:
    """Sentences and (non-space) tokens of `text`, offsets into `text` itself."""
    nlp = _pipeline(language)
    plain = plain_spaces(text)
    doc = nlp.make_doc(plain)
    breaks = _line_starts(plain)
    for token in doc:
        if token.i > 0 and token.idx in breaks:
            token.is_sent_start = True
    doc = nlp.get_pipe("sentencizer")(doc)
    words = [t for t in doc if not t.is_space]
    # A punctuation break before a lower-case word ("...” säger hon") is no break.
    starts = {
        i for i, t in enumerate(words)
        if i == 0 or t.idx in breaks or (t.is_sent_start and not t.text[0].islower())
    }
    # spaCy keeps an opening bracket or quote with the sentence before it.
    for i in sorted(starts):
        if i > 1 and i - 1 not in starts and _opens_next(words, i - 1, plain):
            starts.discard(i)
            starts.add(i - 1)
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    bounds = sorted(starts) + [len(words)]
    for index, (first, stop) in enumerate(zip(bounds, bounds[1:])):
        last = words[stop - 1]
        sentences.append(Sentence(index=index, start=words[first].idx, end=last.idx + len(last.text)))
        for word in words[first:stop]:
            end = word.idx + len(word.text)
            tokens.append(Token(word.idx, end, text[word.idx:end], index))
    if not sentences:
        sentences.append(Sentence(index=0, start=0, end=len(text)))
    return tuple(sentences), tuple(tokens)
