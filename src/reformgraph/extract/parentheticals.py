"""A name and its other form in brackets are one entity.

English texts give a Nordic body or document its native name in brackets
("the Jeløya platform (Jeløya-plattformen)", "the Trust Delegation
(Tillitsdelegationen)"), Nordic texts sometimes the English one. Both forms
get one label: a lexicon's label if one side has it, else the long form of an
acronym, else the native name (in brackets in an English text). A name in
brackets that nothing before it matched gives the words before the bracket
as a further mention, in English texts, where names carry capitals.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..model import Document, EntityType, Mention
from .textview import word_ending_at

LINKED_TYPES = frozenset({EntityType.INSTITUTION, EntityType.DOCUMENT})
LEXICON_RULES = ("institutions.lexicon", "institutions.national_body")
MAX_PHRASE_WORDS = 8
CONNECTORS = frozenset({"of", "for", "and", "on", "&"})
STOPS = frozenset({"the", "a", "an", "its", "their", "this", "that", "in", "by", "at", "to", "from", "with", "as"})


@cache
def _open() -> re.Pattern[str]:
    return re.compile(r"\s*\(\s*$")


def _in_brackets(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 3):mention.start]
    return bool(_open().search(before)) and text[mention.end:mention.end + 3].lstrip().startswith(")")


def _bracket_start(text: str, mention: Mention) -> int:
    return text.rindex("(", 0, mention.start)


def _back_over_spaces(text: str, offset: int) -> int:
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset


def _preferred(outside: Mention, inside: Mention, language: str) -> Mention:
    for mention in (outside, inside):
        if mention.evidence.rule.startswith(LEXICON_RULES) or mention.concept:
            return mention
    if inside.surface.isupper():
        return outside
    if outside.surface.isupper():
        return inside
    return inside if language == "en" else outside


def _phrase_before(document: Document, end: int) -> tuple[int, int] | None:
    """The capitalised English name before a bracket ("Jeløya platform", "Trust Delegation")."""
    text = document.text
    words = []
    position = _back_over_spaces(text, end)
    while len(words) < MAX_PHRASE_WORDS:
        word = word_ending_at(document, position)
        if word is None or word.text.casefold() in STOPS:
            break
        gap = text[word.end:words[-1].start] if words else ""
        if gap.strip():
            break
        lower = not word.text[0].isupper()
        if lower and not (not words or word.text in CONNECTORS):
            break
        words.append(word)
        position = _back_over_spaces(text, word.start)
    while words and (words[-1].text in CONNECTORS or not words[-1].text[0].isupper()):
        words.pop()
    if not words or all(not w.text[0].isupper() for w in words):
        return None
    return words[-1].start, words[0].end


def link_parentheticals(document: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions with one label for "Name (Other name)" pairs, plus English names before brackets."""
    text = document.text
    by_end = {m.end: m for m in mentions}
    spans = sorted((m.start, m.end) for m in mentions)
    result = list(mentions)
    for i, inside in enumerate(result):
        if inside.type not in LINKED_TYPES or not _in_brackets(text, inside):
            continue
        bracket = _bracket_start(text, inside)
        outside = by_end.get(_back_over_spaces(text, bracket))
        if outside is not None and outside.type is inside.type:
            chosen = _preferred(outside, inside, document.language)
            for j, m in enumerate(result):
                if m is outside or m is inside:
                    result[j] = replace(m, label=chosen.label, subtype=chosen.subtype or m.subtype,
                                        country=chosen.country or m.country, concept=chosen.concept or m.concept)
            continue
        if outside is not None or document.language != "en":
            continue
        phrase = _phrase_before(document, bracket)
        if phrase is None or any(s < phrase[1] and phrase[0] < e for s, e in spans):
            continue
        start, end = phrase
        evidence = replace(inside.evidence, start=start, end=end, quote=text[start:end], rule="aliases.parenthetical")
        result.append(replace(inside, surface=text[start:end], evidence=evidence))
    return result
