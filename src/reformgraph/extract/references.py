"""Reference-list entries: authors, title, journal and publisher, by position.

"Berglund, K., & Holm, P. (2004). Samtalsboken. Lund: Studentlitteratur AB."
names two people, a book, a place and a publisher (APA 7 leaves the place
out: "... (3rd ed.). Fjordbok Press."); the slot a name fills says
what it is. An edition note is no part of the title. Entries are lines with a parenthesised year after the
author part (APA and Harvard styles); the patterns are data
(`patterns/references.jsonl`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document
from .rulefiles import rules_of
from .textview import line_spans, per_document

REFERENCES = "references.jsonl"
MAX_TITLE_WORDS = 40
MAX_AUTHOR_WORDS = 15


@dataclass(frozen=True)
class Author:
    start: int
    end: int
    surname: str
    given: str

    @property
    def initials_only(self) -> bool:
        return "." in self.given or len(self.given) == 1


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    authors: tuple[int, int]
    people: tuple[Author, ...]
    title: tuple[int, int] | None
    container: tuple[int, int] | None
    place: tuple[int, int] | None
    publisher: tuple[int, int] | None
    identifier_author: bool


def _regex(kind: str):
    return rules_of(REFERENCES, kind)[0]["regex"]


@per_document
def references(document: Document) -> tuple[Reference, ...]:
    text = document.text
    found = []
    for line_start, line_end in line_spans(document):
        line = text[line_start:line_end]
        entry = _regex("entry").match(line.strip())
        if not entry:
            continue
        offset = line_start + len(line) - len(line.lstrip())
        reference = _reference(text, offset, entry, line_end)
        authors = text[reference.authors[0]:reference.authors[1]].rstrip()
        if len(authors.split()) <= MAX_AUTHOR_WORDS and (
            authors.endswith((".", ",")) or reference.people or reference.identifier_author
            or _body_author(text, entry, offset, authors)
        ):
            found.append(reference)
    return tuple(found)


MAX_BODY_AUTHOR_WORDS = 8


def _body_author(text: str, entry, offset: int, authors: str) -> bool:
    """A body as author, APA style: "Rigsrevisionen (2024). Beretning om ...": a short
    capitalised name, then the year in brackets and a full stop (running text such as
    "Statskontoret (2023) visade ..." has no stop there)."""
    words = authors.split()
    after = offset + entry.end("date") + 1
    return (len(words) <= MAX_BODY_AUTHOR_WORDS and words[0][0].isupper()
            and text[after:after + 1] == "." and entry.group("rest").strip() != "")


def _reference(text: str, offset: int, entry, line_end: int) -> Reference:
    a_start, a_end = offset + entry.start("authors"), offset + entry.end("authors")
    authors_text = text[a_start:a_end]
    people = tuple(
        Author(a_start + m.start(), a_start + m.end(), m.group("surname"), m.group("given").strip())
        for m in _regex("person_author").finditer(authors_text)
    )
    identifier = bool(_regex("identifier_author").match(authors_text))
    title = container = place = publisher = None
    rest_start = offset + entry.start("rest")
    rest = text[rest_start:line_end]
    if rest.strip() and not _regex("retrieved").match(rest.lstrip()):
        end_mark = _regex("title_end").search(rest)
        title_end = rest_start + (end_mark.start() + (rest[end_mark.start()] in "?!") if end_mark else len(rest))
        edition = _regex("edition").search(text, rest_start, title_end)
        if edition and edition.start() > rest_start:
            title_end = edition.start()
        if 0 < len(text[rest_start:title_end].split()) <= MAX_TITLE_WORDS:
            title = (rest_start, title_end)
        remainder_start = rest_start + (end_mark.end() if end_mark else len(rest))
        remainder = text[remainder_start:line_end]
        if not _regex("retrieved").match(remainder.lstrip()):
            published = _regex("publisher").match(remainder)
            journal = _regex("container").match(remainder)
            publisher_only = _regex("publisher_only").match(remainder)
            if published:
                place = (remainder_start + published.start("place"), remainder_start + published.end("place"))
                publisher = (remainder_start + published.start("publisher"), remainder_start + published.end("publisher"))
            elif publisher_only:
                publisher = (remainder_start + publisher_only.start("publisher"),
                             remainder_start + publisher_only.end("publisher"))
            elif journal:
                container = (remainder_start + journal.start("container"), remainder_start + journal.end("container"))
    return Reference(offset, line_end, (a_start, a_end), people, title, container, place, publisher, identifier)


@per_document
def citations(document: Document) -> tuple[tuple[int, int], ...]:
    """Spans of the author names of in-text citations: "(Berg & Holm, 2019)", "Berg et al. (2019)"."""
    text = document.text
    name = _regex("citation_name")
    found = set()
    for rule in rules_of(REFERENCES, "citation"):
        for match in rule["regex"].finditer(text):
            start = match.start("authors")
            for author in name.finditer(match.group("authors")):
                found.add((start + author.start(), start + author.end()))
    return tuple(sorted(found))
