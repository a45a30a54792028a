"""People: names found by first names, roles, speech verbs, bylines, author lines and citations.

Each rule proposes candidates with a confidence; then short forms are tied
to the full names of the same text: a surname alone ("säger Lund"), a
possessive ("Holms"), a reference-list author ("Lind, A.") and a definite
role noun ("civilministern") all get the full name as their label.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..lemmas import is_common_word
from ..model import EntityType
from .bylines import author_lines, bylines, signatures
from .geography import cities, country_names
from .mentions import add_mention
from .names import (
    PEOPLE, first_name_frequency, is_institution_word, is_role_word, label_of, name_words, role_spans,
)
from .people_links import Candidate, link_short_forms
from .references import citations, references
from .registry import component
from .rulefiles import forms_of, rules_of
from .state import ExtractionState
from .textview import Word, in_title_case_line, name_runs, plain_gap, word_ending_at, words

GIVEN_NAME_ALONE = 5
"""Frequency (of 13) a first name needs to count as a person on its own."""


@cache
def _speech_verbs(language: str) -> frozenset[str]:
    return forms_of(PEOPLE, "speech_verb", language)


def _runs_by_word(state: ExtractionState) -> dict[int, tuple[tuple[Word, ...], int]]:
    """Word index -> (its name run, position inside the run)."""
    return {w.index: (run, i) for run in name_runs(state.document) for i, w in enumerate(run)}


def _context(state: ExtractionState):
    """(document, text, language, name runs by word index, words) for the rules below."""
    document = state.document
    return document, document.text, document.language, _runs_by_word(state), words(document)


def _candidate(state: ExtractionState, name: tuple[Word, ...], rule: str, confidence: float) -> Candidate:
    label, _ = label_of(state.document, name)
    return Candidate(name[0].start, name[-1].end, label, rule, confidence, len(name))


def _by_first_name(state: ExtractionState) -> Iterator[Candidate]:
    language = state.document.language
    for run in name_runs(state.document):
        if in_title_case_line(state.document, run[0].start):
            continue
        for i, word in enumerate(run):
            frequency = first_name_frequency(word.text)
            if not frequency or is_role_word(word.text, language) or is_institution_word(word.text):
                continue
            if word.initial and is_common_word(word.text, language) and frequency < GIVEN_NAME_ALONE:
                continue
            name = name_words(run, i, language)
            if len(name) >= 2:
                yield _candidate(state, name, "people.first_name", 0.85)
            break


def _by_role(state: ExtractionState) -> Iterator[Candidate]:
    """Role before ("civilminister Eva Berg") or after ("Eva Berg, civilminister")."""
    document, text, language, runs, all_words = _context(state)
    for role in role_spans(document):
        following = role.last + 1
        if following < len(all_words) and plain_gap(text[role.end:all_words[following].start]):
            if following in runs and role.role.form.casefold() == role.role.base.casefold():
                run, position = runs[following]
                name = name_words(run, position, language)
                if len(name) >= 2 and not all(is_common_word(w.text, language) for w in name):
                    yield _candidate(state, name, "people.role_before", 0.9).with_role(role.role.base)
        previous = _word_before_comma(document, role.start)
        if previous is not None and previous.index in runs:
            run, position = runs[previous.index]
            if position == len(run) - 1 and len(run) >= 2:
                name = name_words(run, _name_start(run, language), language)
                if len(name) >= 2 and name[-1] is run[-1]:
                    yield _candidate(state, name, "people.role_after", 0.9).with_role(role.role.base)
        yield from _apposition(state, role, runs)


ROLE_PREFIXES = ("leg.", "f.d.", "fd", "tidl.", "tidigare", "tidligere", "former", "vice", "och", "og", "and", "samt")


def _word_before_comma(document, offset: int) -> Word | None:
    """The word before ", [leg.] <role>" ending at `offset`, if the role follows a comma."""
    window_start = max(0, offset - 60)
    before = document.text[window_start:offset].rstrip()
    changed = True
    while changed:
        changed = False
        for prefix in ROLE_PREFIXES:
            if before.endswith((" " + prefix, "," + prefix)):
                before = before[: -len(prefix)].rstrip()
                changed = True
    if not before.endswith(","):
        return None
    end = window_start + len(before) - 1
    while end > 0 and document.text[end - 1].isspace():
        end -= 1
    return word_ending_at(document, end)


def _name_start(run: tuple[Word, ...], language: str) -> int:
    """Where a name starts in a run: at its first first name, else up to three words from the end,
    after an ordinary word that is capitalised for standing first ("As Brekke Dahl notes")."""
    for i, word in enumerate(run):
        if first_name_frequency(word.text):
            return i
    start = max(0, len(run) - 3)
    while start < len(run) - 1 and run[start].initial and is_common_word(run[start].text, language):
        start += 1
    return start


def _apposition(state: ExtractionState, role, runs) -> Iterator[Candidate]:
    """"vicedirektør i Socialstyrelsen, Mads Holm": role, preposition, body, comma, name."""
    document = state.document
    text = document.text
    window = text[role.end:role.end + 90]
    comma = window.find(",")
    if comma <= 0 or any(c in window[:comma] for c in ".;:!?\n"):
        return
    head = window[:comma].split()
    if not head or head[0].casefold() not in {"i", "på", "vid", "hos", "för", "ved", "for", "at", "of", "in"}:
        return
    after = role.end + comma + 1
    for word in words(document)[role.last + 1:role.last + 14]:
        if word.start < after:
            continue
        if plain_gap(text[after:word.start]) and word.index in runs:
            run, position = runs[word.index]
            name = name_words(run, position, document.language)
            if len(name) >= 2:
                yield _candidate(state, name, "people.apposition", 0.85).with_role(role.role.base)
        return


def _by_speech(state: ExtractionState) -> Iterator[Candidate]:
    document, text, language, runs, all_words = _context(state)
    verbs = _speech_verbs(language)
    for word in all_words:
        if word.text.casefold() not in verbs or not word.text[0].islower():
            continue
        following = word.index + 1
        if following < len(all_words) and following in runs and plain_gap(text[word.end:all_words[following].start]):
            run, position = runs[following]
            if position == 0:
                yield from _speaker(state, name_words(run, 0, language))
        previous = word.index - 1
        if previous >= 0 and previous in runs and plain_gap(text[all_words[previous].end:word.start]):
            run, position = runs[previous]
            if position == len(run) - 1:
                name = name_words(run, _name_start(run, language), language)
                if name and name[-1] is run[-1]:
                    yield from _speaker(state, name)
    for rule in rules_of(PEOPLE, "according", language):
        for run in name_runs(document):
            # The cue may be a capitalised part of the run itself ("Ifølge Skov Pedersen").
            for i, word in enumerate(run[:2]):
                if rule["regex"].search(text, max(0, word.start - 30), word.start):
                    yield from _speaker(state, name_words(run, i, language))
                    break


def _speaker(state: ExtractionState, name: tuple[Word, ...]) -> Iterator[Candidate]:
    language = state.document.language
    if len(name) >= 2:
        yield _candidate(state, name, "people.speech", 0.8)
    elif len(name) == 1:
        word = name[0].text
        if not is_common_word(word, language) and not is_institution_word(word) and not is_role_word(word, language):
            yield _candidate(state, name, "people.speech", 0.6)


def _by_layout(state: ExtractionState) -> Iterator[Candidate]:
    """Bylines, photo credits and comment signatures."""
    text = state.document.text
    for byline in bylines(state.document):
        for start, end in byline.people:
            yield Candidate(start, end, text[start:end], byline.rule, 0.8 if byline.credit else 0.9, 2)
    for start, end, rule in signatures(state.document):
        yield Candidate(start, end, text[start:end], rule, 0.75, 2)
    for start, end in author_lines(state.document):
        yield Candidate(start, end, " ".join(text[start:end].split()), "people.author_line", 0.9, 2)


def _by_initials(state: ExtractionState) -> Iterator[Candidate]:
    """"K. Marx": initials and a surname that is no ordinary word."""
    document = state.document
    reference_lines = [(r.start, r.end) for r in references(document)]
    for rule in rules_of(PEOPLE, "initials"):
        for match in rule["regex"].finditer(document.text):
            surname = match.group(2)
            if is_common_word(surname, document.language) or is_institution_word(surname):
                continue
            if any(s <= match.start() < e for s, e in reference_lines):
                continue
            label = " ".join(match.group(1).split()) + " " + surname
            yield Candidate(match.start(), match.end(), label, "people.initials", 0.75, 2)


def _cited_authors(state: ExtractionState) -> Iterator[Candidate]:
    """Surnames of in-text citations ("(Berg & Holm, 2019)") that are no words, bodies or places."""
    document = state.document
    text = document.text
    reference_lines = [(r.start, r.end) for r in references(document)]
    for start, end in citations(document):
        name = text[start:end]
        if any(s <= start < e for s, e in reference_lines) or is_institution_word(name):
            continue
        if is_common_word(name, document.language) or is_common_word(name, "en"):
            continue
        if name in country_names(document.language) or name in cities():
            continue
        yield Candidate(start, end, name, "people.citation", 0.7, 1)


def _given_names_alone(state: ExtractionState) -> Iterator[Candidate]:
    """A common first name on its own, mid-sentence ("reportagen om Hanna")."""
    language = state.document.language
    for run in name_runs(state.document):
        if len(run) != 1:
            continue
        word = run[0]
        if word.initial or first_name_frequency(word.text) < GIVEN_NAME_ALONE:
            continue
        if language == "en" and is_common_word(word.text, language):
            continue
        if is_institution_word(word.text) or is_role_word(word.text, language):
            continue
        yield Candidate(word.start, word.end, word.text, "people.given_name", 0.5, 1)


@component("people")
def people(state: ExtractionState) -> None:
    candidates = [
        *_by_first_name(state), *_by_role(state), *_by_speech(state), *_by_layout(state),
        *_by_initials(state), *_given_names_alone(state), *_cited_authors(state),
    ]
    for candidate in link_short_forms(state.document, candidates):
        add_mention(
            state, EntityType.PERSON, candidate.start, candidate.end, candidate.label, candidate.rule,
            confidence=candidate.confidence,
        )
