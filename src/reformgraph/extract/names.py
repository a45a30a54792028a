"""What makes a run of capitalised words a person's name (shared by the rules).

A name is built from a run of name-like words: it stops at words that never
belong to a name (role words, institution words, months ...), at ordinary
dictionary words after the surname (English title case), and at four words.
A final -s is a genitive when the next word is not one of the language's
function words or verbs ("Mads Holms definition" -> "Mads Holm").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lemmas import is_common_word
from ..model import Document
from .gazetteer import Gazetteer
from .lexicon import Role, first_names, institution_types, known_institutions, role_forms
from .rulefiles import forms_of
from .textview import Word, per_document, words

MAX_NAME_WORDS = 4
COORDINATORS = frozenset({"og", "och", "and", "eller", "or"})
PEOPLE = "people.jsonl"


def first_name_frequency(word: str) -> int:
    """How common `word` is as a first name (0 if it is none), also for "AnnMarie", "Ann-Marie"."""
    names = first_names()
    found = names.get(word)
    if found:
        return max(found)
    parts = [p for p in word.split("-") if p]
    if len(parts) == 1:
        parts = _camel_parts(word)
    if len(parts) > 1 and all(p in names for p in parts):
        return min(max(names[p]) for p in parts)
    return 0


def _camel_parts(word: str) -> list[str]:
    parts, current = [], ""
    for char in word:
        if char.isupper() and current:
            parts.append(current)
            current = ""
        current += char
    return parts + [current]


@cache
def name_stops() -> frozenset[str]:
    return forms_of(PEOPLE, "name_stop")


@cache
def particles() -> frozenset[str]:
    return forms_of(PEOPLE, "particle")


@cache
def _suffixes() -> tuple[tuple[str, str, frozenset[str]], ...]:
    types = institution_types()
    return tuple(
        (s["suffix"], s["subtype"], frozenset(s["languages"]))
        for s in sorted(types["suffixes"], key=lambda s: -len(s["suffix"]))
    )


def suffix_match(word: str) -> tuple[str, frozenset[str]] | None:
    """(subtype, languages) of the institution-name suffix `word` ends in, if any."""
    lowered = word.casefold()
    minimum = institution_types().get("suffix_min_stem", 3)
    for suffix, subtype, languages in _suffixes():
        for form in (suffix, suffix + "s"):
            if lowered.endswith(form) and len(lowered) - len(form) >= minimum:
                return subtype, languages
    return None


def suffix_subtype(word: str) -> str | None:
    """The subtype an institution-name suffix gives `word` ("Statskontoret" -> Agency)."""
    found = suffix_match(word)
    return found[0] if found else None


@cache
def _institution_words() -> frozenset[str]:
    known = set()
    for institution in known_institutions():
        for form in (institution.label, *institution.aliases, *institution.acronyms):
            if " " not in form:
                known.add(form)
    return frozenset(known)


def is_institution_word(word: str) -> bool:
    """A word that names (or ends like) an organisation rather than a person."""
    stem = word[:-1] if word.endswith("s") else word
    return (
        word in _institution_words() or stem in _institution_words()
        or suffix_subtype(word) is not None or word in name_stops()
    )


def is_role_word(word: str, language: str) -> bool:
    return (word.casefold(),) in role_forms(language)


def name_words(run: tuple[Word, ...], begin: int, language: str) -> tuple[Word, ...]:
    """The name starting at `run[begin]`: stops at non-name words and after four words."""
    taken: list[Word] = []
    for word in run[begin:]:
        if word.text in name_stops() or is_role_word(word.text, language) or is_institution_word(word.text):
            break
        title_case = language == "en" or word.initial
        if len(taken) >= 2 and title_case and is_common_word(word.text, language) and not first_name_frequency(word.text):
            break
        if not taken and word.text in particles():
            break
        taken.append(word)
        if len(taken) == MAX_NAME_WORDS:
            break
    while taken and taken[-1].text in particles():
        taken.pop()
    return tuple(taken)


def genitive_stem(document: Document, name: tuple[Word, ...]) -> str | None:
    """The last word without its genitive -s, when it is one; else None."""
    last = name[-1].text
    for ending in ("'s", "’s", "´s", ":s"):
        if last.endswith(ending):
            return last[: -len(ending)]
    if document.language == "en" or not last.endswith("s") or last.endswith("ss") or len(last) < 4:
        return None
    following = _next_word(document, name[-1])
    if following is None or not following.text[0].islower():
        return None
    if following.text.casefold() in forms_of(PEOPLE, "genitive_blocker", document.language):
        if following.text.casefold() not in COORDINATORS or not _genitive_follows(document, following):
            return None
    return last[:-1]


def _genitive_follows(document: Document, coordinator: Word) -> bool:
    """Whether the name after "og/och/and" ends in a genitive too ("A-s og B-s forslag")."""
    word = _next_word(document, coordinator)
    for _ in range(MAX_NAME_WORDS):
        if word is None or not word.text[0].isupper():
            return False
        following = _next_word(document, word)
        if following is not None and following.text[0].islower():
            return word.text.endswith("s") and following.text.casefold() not in COORDINATORS
        word = following
    return False


def _next_word(document: Document, word: Word) -> Word | None:
    all_words = words(document)
    if word.index + 1 >= len(all_words):
        return None
    following = all_words[word.index + 1]
    gap = document.text[word.end:following.start]
    return following if not gap.strip() and "\n" not in gap else None


def label_of(document: Document, name: tuple[Word, ...]) -> tuple[str, bool]:
    """(label, genitive?) of a name: words joined by one space, genitive removed."""
    parts = [w.text for w in name]
    stem = genitive_stem(document, name)
    if stem is not None:
        parts[-1] = stem
    label = " ".join(_with_dots(document, name, parts))
    return label, stem is not None


def _with_dots(document: Document, name: tuple[Word, ...], parts: list[str]) -> list[str]:
    """Initials keep their dot ("Jens C. Birch")."""
    return [
        p + "." if len(p) == 1 and document.text[w.end:w.end + 1] == "." else p
        for w, p in zip(name, parts)
    ]


@dataclass(frozen=True)
class RoleSpan:
    start: int
    end: int
    first: int
    last: int
    role: Role


@cache
def _role_gazetteer(language: str) -> Gazetteer:
    return Gazetteer((role.form, role, False) for role in role_forms(language).values())


@per_document
def role_spans(document: Document) -> tuple[RoleSpan, ...]:
    """Role and title words of the document's language (and English), longest first."""
    found = []
    taken_until = -1
    for match in sorted(_role_gazetteer(document.language).find(document), key=lambda m: (m.start, -m.end)):
        if match.start < taken_until or match.genitive:
            continue
        found.append(RoleSpan(match.start, match.end, match.first, match.last, match.payload))
        taken_until = match.end
    return tuple(found)
