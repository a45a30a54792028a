"""Documents: report identifiers, quoted titles, reference-list titles, programmes.

A report may appear as "SOU 2018:47", as its quoted title and as a
reference-list entry with a subtitle; these are linked (an identifier right
after a title, an identifier in the author slot of an entry, the same main
title) and all get one label: the shortest main title (the part before a
spaced dash), or the identifier when no title is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import EntityType
from ..lemmas import is_common_word
from .mentions import add_mention
from .named_concepts import concept_quote_type
from .orgs import capitalised_inside, known_matches
from .quoted import titles
from .references import references
from .registry import component
from .rulefiles import forms_of, rules_of
from .state import ExtractionState
from .names import first_name_frequency, is_institution_word
from .textview import clean_label, name_runs, plain_gap, strip_genitive, words

DOCUMENTS = "documents.jsonl"
CUED_WINDOW = 120
QUOTE_CHARACTERS = frozenset("\"”“„«»")


@dataclass
class _Doc:
    start: int
    end: int
    title: str | None
    identifier: str | None
    rule: str
    confidence: float


@cache
def _subtitle() -> re.Pattern[str]:
    return re.compile(r"\s+[–—-]\s+|:\s+(?=[A-ZÆØÅÄÖ])")


def main_title(title: str) -> str:
    """The title before a spaced dash or a colon and a capital ("Samtalsboken – om dialogens
    möjligheter" -> "Samtalsboken", "Tillit i praktiken: Kommunernas arbete" -> "Tillit i praktiken")."""
    return _subtitle().split(title, maxsplit=1)[0].strip(" .,;:")


def _identifiers(state: ExtractionState) -> list[_Doc]:
    found = []
    for rule in rules_of(DOCUMENTS, "identifier"):
        for match in rule["regex"].finditer(state.document.text):
            found.append(_Doc(match.start(), match.end(), None, clean_label(match.group()), rule["id"], 0.95))
    return found


def _quoted(state: ExtractionState, identifiers: list[_Doc]) -> list[_Doc]:
    text = state.document.text
    by_span = {(d.start, d.end): d for d in identifiers}
    found = []
    for quote, identifier, rule in titles(state.document, [(d.start, d.end) for d in identifiers]):
        if concept_quote_type(state.document, quote) is not None:
            continue
        title = clean_label(text[quote.content_start:quote.content_end])
        linked = by_span[identifier].identifier if identifier else None
        found.append(_Doc(quote.content_start, quote.content_end, title, linked, rule, 0.8))
    return found


def _cued_before_identifier(state: ExtractionState, identifiers: list[_Doc]) -> list[_Doc]:
    """"betänkandet Tillit i styrningen (SOU 2019:43)": an unquoted title between a cue noun and its identifier."""
    document = state.document
    text = document.text
    cues = forms_of(DOCUMENTS, "cue", document.language)
    found = []
    for identifier in identifiers:
        bracket = text.rfind("(", max(0, identifier.start - 3), identifier.start)
        if bracket == -1:
            continue
        sentence = document.sentence_at(bracket)
        window = text[max(sentence.start, bracket - CUED_WINDOW):bracket]
        matches = list(re.finditer(r"\w+", window))
        for match in reversed(matches[:-1]):
            if match.group().casefold() in cues:
                start = bracket - len(window) + match.end()
                title = text[start:bracket].strip()
                if title and title[0].isupper() and not set(title) & QUOTE_CHARACTERS:
                    start = text.index(title, start)
                    found.append(_Doc(start, start + len(title), clean_label(title), identifier.identifier,
                                      "documents.cued_title", 0.75))
                break
    return found


MAX_CUED_TITLE_WORDS = 10


def _cued_before_year(state: ExtractionState) -> list[_Doc]:
    """"the report Trust in practice (Statskontoret, 2019)", "rapporten Tid til omsorg (2021)":
    a short unquoted title between a cue noun and a bracket with a year."""
    document = state.document
    text = document.text
    cues = forms_of(DOCUMENTS, "cue", document.language)
    found = []
    for bracket in _year_bracket().finditer(text):
        sentence = document.sentence_at(bracket.start())
        window_start = max(sentence.start, bracket.start() - CUED_WINDOW)
        before = list(re.finditer(r"[\w-]+|[^\w\s]", text[window_start:bracket.start()]))
        for i in range(len(before) - 2, -1, -1):
            token = before[i].group()
            if not token[0].isalnum():
                break
            if token.casefold() in cues and i < len(before) - 1:
                start = window_start + before[i + 1].start()
                title = text[start:bracket.start()].strip()
                if title[0].isupper() and len(title.split()) <= MAX_CUED_TITLE_WORDS and not is_institution_word(title):
                    found.append(_Doc(start, start + len(title), clean_label(title), None, "documents.cued_year", 0.7))
                break
    return found


@cache
def _year_bracket() -> re.Pattern[str]:
    return re.compile(r"\((?:[^()\n]{0,40}[\s,])?(?:19|20)\d\d[a-z]?\)")


def _referenced(state: ExtractionState, identifiers: list[_Doc]) -> list[_Doc]:
    text = state.document.text
    found = []
    for reference in references(state.document):
        if reference.title is None:
            continue
        start, end = reference.title
        linked = None
        if reference.identifier_author:
            linked = next((d.identifier for d in identifiers if reference.authors[0] <= d.start < reference.authors[1]), None)
        # "Styra med tillit (SOU 2018:38)": the identifier in brackets closes the title and names it.
        inside = next((d for d in identifiers if start < d.start and d.end < end
                       and text[d.end:end].strip() == ")" and text[start:d.start].rstrip().endswith("(")), None)
        if inside is not None:
            end = text.rindex("(", start, inside.start)
            while end > start and text[end - 1].isspace():
                end -= 1
            linked = linked or inside.identifier
        found.append(_Doc(start, end, clean_label(text[start:end]), linked, "documents.reference_title", 0.7))
    return found


def _programmes(state: ExtractionState) -> list[_Doc]:
    """"SVT:s Kalla fakta": a name right after a media outlet's genitive."""
    runs = {run[0].start: run for run in name_runs(state.document)}
    text = state.document.text
    found = []
    for match in known_matches(state.document):
        institution, _ = match.payload
        if not match.genitive or institution.subtype != "MediaOutlet":
            continue
        following = match.end
        while following < len(text) and text[following] == " ":
            following += 1
        run = runs.get(following)
        if run and following - match.end <= 2:
            found.append(_Doc(run[0].start, run[-1].end, text[run[0].start:run[-1].end], None,
                              "documents.programme", 0.8))
    return found


def _named_after_cue(state: ExtractionState) -> list[_Doc]:
    """"i programmet Agenda", "boken Samtalsboken": a capitalised name right after a title noun."""
    document = state.document
    cues = forms_of(DOCUMENTS, "name_cue", document.language)
    runs = {run[0].index: run for run in name_runs(document)}
    all_words = words(document)
    found = []
    for word in all_words:
        if word.text not in cues or word.index + 1 not in runs:
            continue
        run = runs[word.index + 1]
        if not plain_gap(document.text[word.end:run[0].start]) or first_name_frequency(run[0].text):
            continue
        if is_institution_word(run[0].text):
            continue
        found.append(_Doc(run[0].start, run[-1].end, " ".join(w.text for w in run), None, "documents.named_after_cue", 0.65))
    return found


MIN_SUFFIX_STEM = 3


def _by_suffix(state: ExtractionState) -> list[_Doc]:
    """"Jeløya-plattformen", "Tidöavtalet": a capitalised compound on a platform or agreement
    noun that is no dictionary word (a government platform or a named political agreement)."""
    document = state.document
    suffixes = sorted(forms_of(DOCUMENTS, "suffix"), key=len, reverse=True)
    found = []
    for word in words(document):
        if not word.text[0].isupper() or word.text.isupper():
            continue
        base = word.text if any(word.text.casefold().endswith(s) for s in suffixes) else strip_genitive(word.text)
        suffix = next((s for s in suffixes if base.casefold().endswith(s)), None)
        if suffix is None or len(base) - len(suffix) < MIN_SUFFIX_STEM:
            continue
        if is_common_word(base, document.language) or is_common_word(base.lower(), document.language):
            continue
        first = document.sentence_at(word.start).start == word.start
        if first and word.text not in capitalised_inside(document):
            continue  # "Samarbeidsavtalen mellom ...": a capital only for standing first
        found.append(_Doc(word.start, word.end, base, None, "documents.suffix", 0.7))
    return found


def _teasers(state: ExtractionState) -> list[_Doc]:
    found = []
    for rule in rules_of(DOCUMENTS, "teaser"):
        for match in re.finditer(r"[^\n]+", state.document.text):
            teaser = rule["regex"].match(match.group())
            if teaser:
                start = match.start() + teaser.start("title")
                end = match.start() + teaser.end("title")
                title = clean_label(teaser.group("title")).strip("\"”“„«»'")
                found.append(_Doc(start, end, title, None, rule["id"], 0.6))
    return found


def _repeats(state: ExtractionState, known: list[_Doc]) -> list[_Doc]:
    """Further occurrences of a title with capitals ("(Kalla fakta, 2019)")."""
    text = state.document.text
    taken = {(d.start, d.end) for d in known}
    found = []
    for title in sorted({d.title for d in known if d.title and d.title[0].isupper() and len(d.title.split()) >= 2}):
        for match in re.finditer(r"(?<!\w)" + re.escape(title) + r"(?!\w)", text):
            if not any(s <= match.start() < e for s, e in taken):
                found.append(_Doc(match.start(), match.end(), title, None, "documents.repeated_title", 0.6))
    return found


def _labels(docs: list[_Doc]) -> list[str]:
    """One label per group of linked documents (shared identifier or main title)."""
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, doc in enumerate(docs):
        keys = [f"id:{doc.identifier}"] if doc.identifier else []
        if doc.title:
            keys.append(f"title:{main_title(doc.title).casefold()}")
        for key in keys:
            if key in owner:
                parent[root(i)] = root(owner[key])
            else:
                owner[key] = i
    best: dict[int, str] = {}
    for i, doc in enumerate(docs):
        group = root(i)
        candidate = main_title(doc.title) if doc.title else None
        if candidate and (group not in best or best[group].startswith("\0") or len(candidate) < len(best[group])):
            best[group] = candidate
        elif group not in best and doc.identifier:
            best[group] = "\0" + doc.identifier
    return [best[root(i)].lstrip("\0") for i in range(len(docs))]


@component("documents")
def documents(state: ExtractionState) -> None:
    identifiers = _identifiers(state)
    docs = identifiers + _quoted(state, identifiers) + _cued_before_identifier(state, identifiers)
    docs += _cued_before_year(state)
    docs += _referenced(state, identifiers)
    docs += _programmes(state) + _named_after_cue(state) + _teasers(state) + _by_suffix(state)
    docs += _repeats(state, docs)
    for doc, label in zip(docs, _labels(docs)):
        add_mention(state, EntityType.DOCUMENT, doc.start, doc.end, label, doc.rule, confidence=doc.confidence)
