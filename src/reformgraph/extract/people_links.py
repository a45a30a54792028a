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
from .textview import is_name_word, strip_genitive, words


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


class _Index:
    """Full names by surname (last word, or all words after the first)."""

    def __init__(self) -> None:
        self.by_surname: dict[str, set[str]] = {}
        self.by_first: dict[str, set[str]] = {}

    def add(self, label: str) -> None:
        parts = label.split()
        if len(parts) < 2:
            return
        self.by_surname.setdefault(parts[-1].casefold(), set()).add(label)
        self.by_surname.setdefault(" ".join(parts[1:]).casefold(), set()).add(label)
        if not parts[0].endswith("."):
            self.by_first.setdefault(parts[0].casefold(), set()).add(label)

    def surname(self, surname: str, initial: str | None = None) -> str | None:
        found = self.by_surname.get(" ".join(surname.replace("-", " ").split()).casefold(), set())
        if initial:
            found = {label for label in found if label[0].casefold() == initial.casefold()}
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
    for c in candidates:
        if c.size >= 2:
            index.add(c.label)
    linked = [c for c in candidates if c.size >= 2]
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
    """Every other capitalised occurrence of a known surname."""
    taken = sorted((c.start, c.end) for c in known)
    found = []
    position = 0
    for word in words(document):
        if not is_name_word(word.text):
            continue
        while position < len(taken) and taken[position][1] <= word.start:
            position += 1
        if position < len(taken) and taken[position][0] <= word.start < taken[position][1]:
            continue
        if word.initial and is_common_word(word.text, document.language):
            continue
        label = index.surname(word.text) or index.surname(strip_genitive(word.text))
        if label:
            found.append(Candidate(word.start, word.end, label, "people.surname", 0.7, 1))
    return found


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
