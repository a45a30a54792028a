"""Tie short forms of people's names to the full names of the same text.

A text names a person in full once and then by surname ("Lund"), by
possessive ("Holms"), in a reference list ("Lind, A.") or by a definite
role noun ("civilministern"). Guidelines make these aliases of one entity, so
each gets the full name as its label when exactly one full name fits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..lemmas import is_common_word
from ..model import Document
from .names import role_spans
from .references import references
from .rulefiles import forms_of
from .textview import is_name_word, plain_gap, strip_genitive, words


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    rule: str
    confidence: float
    size: int
    role: str | None = None

    def with_role(self, role: str) -> Candidate:
        return replace(self, role=role)


def _key(name: str) -> str:
    """A surname as looked up: hyphens as spaces ("Holm-Berg" = "Holm Berg"), case folded."""
    return " ".join(name.replace("-", " ").split()).casefold()


class _Index:
    """Full names by surname: the last word, and every run of words up to the end after the first
    ("Skov Pedersen" and "Pedersen" for "Lene Skov Pedersen")."""

    def __init__(self) -> None:
        self.by_surname: dict[str, set[str]] = {}
        self.by_first: dict[str, set[str]] = {}

    def add(self, label: str) -> None:
        parts = label.split()
        if len(parts) < 2:
            return
        for i in range(1, len(parts)):
            self.by_surname.setdefault(_key(" ".join(parts[i:])), set()).add(label)
        if not parts[0].endswith("."):
            self.by_first.setdefault(parts[0].casefold(), set()).add(label)

    def surname(self, surname: str, initial: str | None = None) -> str | None:
        found = self.by_surname.get(_key(surname), set())
        if initial:
            found = {label for label in found if label[0].casefold() == initial.casefold()}
        return next(iter(found)) if len(found) == 1 else None

    def longer(self, label: str) -> str | None:
        """The one longer full name that `label` ends ("Skov Pedersen" -> "Lene Skov Pedersen")."""
        found = {f for f in self.by_surname.get(_key(label), set()) if len(f.split()) > len(label.split())}
        return next(iter(found)) if len(found) == 1 else None

    def first(self, name: str) -> str | None:
        found = self.by_first.get(name.casefold(), set())
        return next(iter(found)) if len(found) == 1 else None


def _best_per_span(candidates: list[Candidate]) -> list[Candidate]:
    best: dict[tuple[int, int], Candidate] = {}
    for c in candidates:
        known = best.get((c.start, c.end))
        if known is None or (c.confidence, c.role is not None) > (known.confidence, known.role is not None):
            best[(c.start, c.end)] = c if known is None or c.role or not known.role else c.with_role(known.role)
    return sorted(best.values(), key=lambda c: (c.start, c.end))


def link_short_forms(document: Document, candidates: list[Candidate]) -> list[Candidate]:
    candidates = _best_per_span(candidates)
    index = _Index()
    linked = []
    for c in sorted((c for c in candidates if c.size >= 2), key=lambda c: -len(c.label.split())):
        full = index.longer(c.label)
        if full is None:
            index.add(c.label)
        linked.append(c if full is None else replace(c, label=full))
    linked += _reference_authors(document, index)
    for c in candidates:
        if c.size < 2:
            label = (
                index.surname(c.label) or index.surname(strip_genitive(c.label)) or index.first(c.label) or c.label
            )
            linked.append(replace(c, label=label))
    linked += _surnames_alone(document, index, linked)
    linked += _role_references(document, linked)
    return sorted(linked, key=lambda c: (c.start, c.end, c.rule))


def _reference_authors(document: Document, index: _Index) -> list[Candidate]:
    found = []
    for reference in references(document):
        for author in reference.people:
            initial = author.given[0]
            label = index.surname(author.surname, initial)
            if label is None:
                given = " ".join(author.given.replace(".", ". ").split()) if author.initials_only else author.given
                label = f"{given} {author.surname}"
            found.append(Candidate(author.start, author.end, label, "people.reference", 0.85, 2))
    for c in found:
        index.add(c.label)
    return found


def _surnames_alone(document: Document, index: _Index, known: list[Candidate]) -> list[Candidate]:
    """Every other capitalised occurrence of a known surname, a double one ("Nordin Falk") as one."""
    taken = sorted((c.start, c.end) for c in known)
    all_words = words(document)
    text = document.text
    found = []
    position = 0
    skip_until = -1
    for word in all_words:
        if word.start < skip_until or not is_name_word(word.text):
            continue
        while position < len(taken) and taken[position][1] <= word.start:
            position += 1
        if position < len(taken) and taken[position][0] <= word.start < taken[position][1]:
            continue
        following = all_words[word.index + 1] if word.index + 1 < len(all_words) else None
        if following and is_name_word(following.text) and plain_gap(text[word.end:following.start]):
            double = f"{word.text} {following.text}"
            label = index.surname(double) or index.surname(f"{word.text} {strip_genitive(following.text)}")
            if label:
                found.append(Candidate(word.start, following.end, label, "people.surname", 0.7, 2))
                skip_until = following.end
                continue
        if word.initial and is_common_word(word.text, document.language) and not _verb_follows(document, following):
            continue
        label = index.surname(word.text) or index.surname(strip_genitive(word.text))
        if label:
            found.append(Candidate(word.start, word.end, label, "people.surname", 0.7, 1))
    return found


def _verb_follows(document: Document, following) -> bool:
    """Whether the next word is a verb or function word ("Lund understreger", "Berg har"), which
    makes a capitalised ordinary word at the start of a sentence a surname."""
    if following is None or not following.text[0].islower():
        return False
    language = document.language
    return following.text in forms_of("people.jsonl", "speech_verb", language) | forms_of(
        "people.jsonl", "genitive_blocker", language)


def _role_references(document: Document, known: list[Candidate]) -> list[Candidate]:
    """"Civilministern tackar": a definite role noun naming the one person who holds that role."""
    holders: dict[str, set[str]] = {}
    for c in known:
        if c.role:
            holders.setdefault(c.role.casefold(), set()).add(c.label)
    starts = {c.start for c in known}
    found = []
    for role in role_spans(document):
        if role.role.form.casefold() == role.role.base.casefold():
            continue
        people = holders.get(role.role.base.casefold(), set())
        if len(people) != 1:
            continue
        following = [w for w in words(document)[role.last + 1:role.last + 2] if w.start in starts]
        if not following:
            found.append(Candidate(role.start, role.end, next(iter(people)), "people.role_reference", 0.6, 1))
    return found
