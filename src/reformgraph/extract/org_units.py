"""Named units inside a larger body: "Institut for Statskundskab, Aarhus Universitet",
"Senter for tillitsbasert ledelse ved Nord universitet", "Kontor for Kommunal Styring".

A unit name is a capitalised head ("Institutt for", "Department of") and a few
words. Names of this kind are often written in lower case after the head, so
where the name ends is read from what follows it: punctuation, the end of the
line, or a link word ("ved", "vid", "at") before a capitalised name. An
all-capitalised name ("Department of Administration and Organization Theory")
may also end before an ordinary word. Heads and link words are data
(`patterns/units.json`); which unit belongs to which body is decided in
`relations` (a unit and the body right after its link word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TypeVar

from ..errors import RuleError
from ..model import Document, Mention
from .orgs import OrgCandidate
from .rulefiles import read_json

Body = TypeVar("Body", OrgCandidate, Mention)
UNITS = "units.json"
RULE = "institutions.unit"
COMMISSION_RULE = "institutions.commission_name"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLOSE = re.compile(r"[ \t]*(?:[,.;:()\n]|[–—]|$)")


@dataclass(frozen=True)
class UnitWords:
    head: re.Pattern[str]
    links: frozenset[str]
    parent_link: re.Pattern[str]
    """The words between a unit and its parent body ("," "ved" "at")."""
    connectors: frozenset[str]
    stop_words: frozenset[str]
    max_words: int
    commission_head: re.Pattern[str]
    commission_max_words: int


@cache
def unit_words() -> UnitWords:
    raw = read_json("patterns", UNITS, required=(
        "heads", "links", "parent_links", "connectors", "stop_words", "max_words", "commission_heads",
        "commission_max_words"))
    try:
        parent_links = sorted(raw["parent_links"], key=len, reverse=True)
        return UnitWords(
            head=_heads(raw["heads"]),
            links=frozenset(w.casefold() for w in raw["links"]),
            parent_link=re.compile(r"[ \t]*(?:" + "|".join(
                re.escape(w) if not w[0].isalpha() else rf"\b{re.escape(w)}\b" for w in parent_links) + r")[ \t]+"),
            connectors=frozenset(w.casefold() for w in raw["connectors"]),
            stop_words=frozenset(w.casefold() for w in raw["stop_words"]),
            max_words=int(raw["max_words"]),
            commission_head=_heads(raw["commission_heads"]),
            commission_max_words=int(raw["commission_max_words"]),
        )
    except (TypeError, ValueError, re.error) as error:
        raise RuleError(f"patterns/{UNITS}: {error!r}") from error


def _heads(forms: list[str]) -> re.Pattern[str]:
    forms = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")[ \t]+(?=[^\W\d_])")


def commission_names(document: Document) -> Iterator[OrgCandidate]:
    """"Utredningen om en tillitsbaserad myndighetsstyrning": a commission head and its
    remit up to the next punctuation or line end; at the start of a sentence only as a
    line of its own (a heading), since "Utredningen om detta visar ..." is the definite noun."""
    text = document.text
    rules = unit_words()
    for head in rules.commission_head.finditer(text):
        close = _CLOSE.search(text, head.end())
        end = len(text.rstrip()) if close is None else close.start()
        heading = close is None or text[end:end + 1] == "\n" and text[head.start() - 1:head.start()] in ("", "\n")
        if document.sentence_at(head.start()).start == head.start() and not heading:
            continue
        label = " ".join(text[head.start():end].split())
        if 3 <= len(label.split()) <= rules.commission_max_words + 2:
            yield OrgCandidate(head.start(), end, label, "Commission", document.country, COMMISSION_RULE, 0.7)


def unit_names(document: Document) -> Iterator[OrgCandidate]:
    """Unit names whose end the following text makes clear (see the module docstring)."""
    text = document.text
    rules = unit_words()
    for head in rules.head.finditer(text):
        end = _name_end(text, head.end(), rules)
        if end is not None:
            label = " ".join(text[head.start():end].split())
            yield OrgCandidate(head.start(), end, label, None, document.country, RULE, 0.7)


def with_parents(document: Document, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """Units take the country of the body right after their link word, and a unit of a
    university is a university's part (subtype University)."""
    by_start = {c.start: c for c in found if c.rule != RULE}
    result = []
    for c in found:
        parent = parent_after(document, c.end, by_start) if c.rule == RULE else None
        if parent is not None:
            c = replace(c, country=parent.country or c.country,
                        subtype="University" if parent.subtype == "University" else c.subtype)
        result.append(c)
    return result


def parent_after(document: Document, end: int, bodies: dict[int, Body]) -> Body | None:
    """The body (candidate or mention, by start offset) right after a unit's link word, if any."""
    after = unit_words().parent_link.match(document.text, end)
    return bodies.get(after.end()) if after else None


def _name_end(text: str, position: int, rules: UnitWords) -> int | None:
    """The end of the longest run of name words after a head that closes cleanly."""
    best = None
    capitalised = True
    for count in range(rules.max_words):
        word = _WORD.match(text, position)
        lower = word.group().casefold() if word else ""
        if word is None or lower in rules.links or lower in rules.stop_words:
            break
        if lower not in rules.connectors:
            if count and capitalised and not word.group()[0].isupper():
                break  # "Institute for Rural Studies and the ...": a capitalised name has ended
            capitalised = capitalised and word.group()[0].isupper()
            if _closes(text, word.end(), rules, capitalised):
                best = word.end()
        gap = re.match(r"[ \t]+", text[word.end():word.end() + 3])
        if gap is None:
            break
        position = word.end() + gap.end()
    return best


def _closes(text: str, end: int, rules: UnitWords, capitalised: bool) -> bool:
    if _CLOSE.match(text, end):
        return True
    following = re.match(r"[ \t]+([^\W\d_][\w-]*)(?:[ \t]+(\S))?", text[end:end + 60])
    if following is None:
        return False
    word, after = following.group(1), following.group(2)
    if word.casefold() in rules.links:
        return bool(after) and after[0].isupper()
    return capitalised and word[0].islower()
