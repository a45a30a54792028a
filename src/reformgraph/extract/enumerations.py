"""Enumerated lists of principles: a lead-in ("De sju principerna är:") and its items.

The principles of such a list are named by the text itself ("Tillit – om
att ..."), so they are found by layout, not by lexicon: a lead-in line with a
principle word, then consecutive lines that each start with a short head
followed by a dash or colon, a number or a bullet. Also inline lists after a
colon ("sju principer: tillit, helhetssyn och öppenhet"). Shared by the
`principle_lists` component (mentions) and `relations` (whose list it is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..errors import RuleError
from ..lemmas import lemma
from ..model import Document
from .rulefiles import read_json

PRINCIPLES_FILE = ("patterns", "principles.json")
_MARKER = r"(?:\d{1,2}[.)]|[•·*▪◦–-])"
_HEAD = r"(?P<head>[^\W\d_][^\n–—:]*?)"
_DASHED = re.compile(rf"[ \t]*(?:{_MARKER}[ \t]*)?{_HEAD}[ \t]*(?:[–—:]|[ \t]-)[ \t]+\S")
_MARKED_DASHED = re.compile(rf"[ \t]*{_MARKER}[ \t]*{_HEAD}[ \t]*(?:[–—:]|[ \t]-)[ \t]+\S")
_MARKED = re.compile(rf"[ \t]*{_MARKER}[ \t]+{_HEAD}[ \t]*[.;,]?[ \t]*$")
_MARKED_SENTENCE = re.compile(rf"[ \t]*{_MARKER}[ \t]*{_HEAD}\.[ \t]+(?=[^\W\d_])")
"""'1. Helhetsansvar. Myndighetens ledning ska ...': a numbered head, then its explanation."""
_BARE = re.compile(rf"[ \t]*{_HEAD}[ \t]*[.;,]?[ \t]*$")
_ENDINGS = {
    "sv": {"", "en", "et", "n", "t", "na", "er", "erna", "ar", "arna", "or", "orna"},
    "da": {"", "en", "et", "n", "t", "ne", "er", "erne", "e"},
    "nb": {"", "en", "et", "a", "ene", "er", "ne", "e"},
    "nn": {"", "en", "et", "a", "ane", "ar", "er", "ene"},
}
"""Endings a list head may lose on its way to the base form ("Öppenheten" -> "Öppenhet")."""
_CONJUNCTION = r"(?:och|og|and|samt|&)"
_LEADING_AND = re.compile(rf"\s*{_CONJUNCTION}\s+", re.IGNORECASE)
_LAST_AND = re.compile(rf"\s+{_CONJUNCTION}\s+", re.IGNORECASE)
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„\n]{2,80}?)[»\"”“]")
_QUOTE_GLUE = re.compile(r"\s*(?:,|;|\boch\b|\bog\b|\band\b|\bsamt\b|&|\bor\b|\beller\b)?\s*(?:(?:and|og|och|samt)\s+)?")


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class PrincipleList:
    lead_start: int
    lead_end: int
    lead_word: int
    """Where the principle word stands ("... vilar på följande sex *principer*:")."""
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Config:
    lead_in: re.Pattern[str]
    named: re.Pattern[str]
    named_end: re.Pattern[str]
    max_head_words: int
    max_marked_words: int
    max_inline_words: int
    max_named_words: int
    min_items: int
    max_items: int
    max_gap: int


@cache
def config() -> Config:
    raw = read_json(*PRINCIPLES_FILE, required=("lead_in", "named", "named_end", "max_head_words",
                                                "max_marked_words", "max_inline_words", "max_named_words",
                                                "min_items", "max_items", "max_item_gap_lines"))
    try:
        return Config(
            lead_in=re.compile(raw["lead_in"], re.IGNORECASE),
            named=re.compile(raw["named"], re.IGNORECASE),
            named_end=re.compile(raw["named_end"]),
            max_head_words=int(raw["max_head_words"]),
            max_marked_words=int(raw["max_marked_words"]),
            max_inline_words=int(raw["max_inline_words"]),
            max_named_words=int(raw["max_named_words"]),
            min_items=int(raw["min_items"]),
            max_items=int(raw["max_items"]),
            max_gap=int(raw["max_item_gap_lines"]),
        )
    except (TypeError, ValueError, re.error) as error:
        raise RuleError(f"{'/'.join(PRINCIPLES_FILE)}: {error!r}") from error


def base_form(head: str, language: str) -> str:
    """A list head in its base form: a Nordic definite or plural ending is dropped, capital kept."""
    head = " ".join(head.split()).strip(" .,;")
    if " " in head or language not in _ENDINGS:
        return head
    base = lemma(head.lower(), language).lower()
    ending = head.lower()[len(base):]
    if not head.lower().startswith(base) or ending not in _ENDINGS[language]:
        return head
    return head[0] + base[1:] if head[0].isupper() else base


@lru_cache(maxsize=16)
def principle_lists(document: Document) -> tuple[PrincipleList, ...]:
    """Every list of principles in the document, in text order."""
    cfg = config()
    lines = _lines(document.text)
    found: list[PrincipleList] = []
    for index, (start, end) in enumerate(lines):
        line = document.text[start:end]
        lead = cfg.lead_in.search(line)
        if not lead:
            continue
        colon = line.find(":", lead.end())
        inline = line[colon + 1:].strip() if colon >= 0 else ""
        if inline:
            items = _inline_items(document, start + colon + 1, end, cfg)
        else:
            items = _block_items(document, lines[index + 1:], cfg, needs_marker=colon < 0)
        if len(items) < cfg.min_items:
            items = _quoted_items(document, start + lead.end(), cfg)
        if len(items) >= cfg.min_items:
            sentence_start = max(start, document.sentence_at(start + lead.start()).start)
            found.append(PrincipleList(sentence_start, end, start + lead.start(), tuple(items[: cfg.max_items])))
    return tuple(found)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _inline_items(document: Document, start: int, end: int, cfg: Config) -> list[Item]:
    """'fire principper: tillid, faglighed og åbenhed': commas part the items, and a
    conjunction only the last two ('explicit standards and measures of performance,
    and greater emphasis on output controls' keeps its inner 'and')."""
    text = document.text[start:end]
    stop = re.search(r"[.!?](?:\s|$)", text)
    text = text[: stop.start()] if stop else text
    spans = [m.span() for m in re.finditer(r"[^,;]+", text)]
    if not spans:
        return []
    last_start, last_end = spans.pop()
    last = text[last_start:last_end]
    leading = _LEADING_AND.match(last)
    if leading:
        spans.append((last_start + leading.end(), last_end))
    else:
        joint = _LAST_AND.search(last)
        spans.extend([(last_start, last_start + joint.start()), (last_start + joint.end(), last_end)]
                     if joint else [(last_start, last_end)])
    items = []
    for a, b in spans:
        part = text[a:b]
        if not part.strip() or len(part.split()) > cfg.max_inline_words:
            return []
        lead = len(part) - len(part.lstrip())
        items.append(Item(start + a + lead, start + a + len(part.rstrip()), base_form(part, document.language)))
    return items


def _block_items(document: Document, lines: list[tuple[int, int]], cfg: Config, needs_marker: bool) -> list[Item]:
    """Consecutive item lines of one style (dashed, numbered/bulleted or bare)."""
    marked = (_MARKED, _MARKED_DASHED, _MARKED_SENTENCE)
    styles = marked if needs_marker else (*marked, _DASHED, _BARE)
    style: re.Pattern[str] | None = None
    items: list[Item] = []
    gap = 0
    for start, end in lines:
        line = document.text[start:end]
        if not line.strip():
            gap += 1
            if gap > cfg.max_gap and items:
                break
            continue
        gap = 0
        match = None
        for candidate in (style,) if style else styles:
            found = candidate.match(line)
            limit = cfg.max_marked_words if candidate in marked else cfg.max_head_words
            if found and len(found.group("head").split()) <= limit:
                match, style = found, candidate
                break
        if match is None:
            break
        head_start = start + match.start("head")
        head = match.group("head").rstrip(" \t.;,")
        items.append(Item(head_start, head_start + len(head), base_form(head, document.language)))
        if len(items) >= cfg.max_items:
            break
    return items


def _quoted_items(document: Document, start: int, cfg: Config) -> list[Item]:
    """Quoted names that follow the lead-in in its sentence, one after another
    ('seven principles, among them "the citizen at the centre", "focus on results" and ...')."""
    sentence = document.sentence_at(start)
    text = document.text[start: sentence.end]
    items: list[Item] = []
    previous_end = None
    for quoted in _QUOTED.finditer(text):
        if previous_end is not None and not _QUOTE_GLUE.fullmatch(text[previous_end: quoted.start()]):
            break
        name = quoted.group(1).strip(" ,.;")
        if not name or len(name.split()) > cfg.max_inline_words:
            break
        at = start + quoted.start(1) + quoted.group(1).find(name)
        items.append(Item(at, at + len(name), name))
        previous_end = quoted.end()
    return items if len(items) >= cfg.min_items else []
