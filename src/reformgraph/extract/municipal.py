"""Municipalities and regions as organisations.

"X kommun", "X Kommune", "Region X" and "X fylkeskommune" always name the
authority. A bare town (or region) name names it only in a context where it
acts or is acted on ("kommuner som Umeå och Lerum", "vi i Växjö förlorar",
"Kiruna, som har slopat ...", "Sedan i år har Luleå halverat ...", "Ikast-Brande
Kommune og Skive", "three municipalities: Umeå (Sweden), ..."): those
contexts are patterns (`patterns/institutions.jsonl`) tried on the text
before and after the name or the list it stands in. A town that acts once
names its municipality wherever the text names it bare, under the full name
the text gives it ("Horsens" -> "Horsens Kommune").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from ..lemmas import is_common_word
from ..model import Document
from .geography import cities, municipalities, pick_country, regions
from .lexicon import institution_types
from .orgs import OrgCandidate
from .rulefiles import rules_of
from .textview import Word, is_name_word, strip_genitive, words

INSTITUTIONS = "institutions.jsonl"
NAME_WORDS_BEFORE = 3
LIST_SEPARATORS = frozenset({",", "och", "og", "and", "samt", "eller", "or", "&"})
CONTEXT_WINDOW = 160
KOMMUN_COUNTRY = {"kommun": "SE"}
DEFAULT_KOMMUN_WORDS = frozenset({"kommun", "kommune", "Kommune"})


def _municipality_country(name: str, word: str, document: Document) -> str | None:
    found = municipalities().get(name) or municipalities().get(strip_genitive(name)) or ()
    candidates = {m.country for m in found}
    if word.casefold() in KOMMUN_COUNTRY and (not candidates or "SE" in candidates):
        return "SE"
    if candidates:
        return pick_country(candidates, document.country) or next(iter(sorted(candidates)))
    return document.country if document.country in ("DK", "NO", "SE") else None


def _named_before(document: Document, index: int) -> tuple[Word, ...] | None:
    """The municipality name ending at word `index`: longest known, else one capitalised word."""
    all_words = words(document)
    text = document.text
    best = None
    for size in range(1, NAME_WORDS_BEFORE + 1):
        first = index - size + 1
        if first < 0:
            break
        span = all_words[first:index + 1]
        if "\n" in text[span[0].start:span[-1].end]:
            break
        name = text[span[0].start:span[-1].end]
        if name in municipalities() or strip_genitive(name) in municipalities():
            best = span
    if best is None and is_name_word(all_words[index].text):
        word = all_words[index]
        if not (word.initial and is_common_word(word.text, document.language)):
            best = (word,)
    return best


def _head(word: str, heads: set[str]) -> str | None:
    """`word` (or its stem without a genitive) if it is one of `heads`."""
    if word in heads:
        return word
    stem = strip_genitive(word)
    return stem if stem in heads else None


def kommun_mentions(document: Document) -> Iterator[OrgCandidate]:
    """"X kommun(e)", "X stad" (known towns only), "X fylkeskommune", "X landsting", "Region X"."""
    types = institution_types()
    municipality_words = set(types["municipality_words"].get(document.language, ())) | DEFAULT_KOMMUN_WORDS
    city_words = set(types.get("city_municipality_words", ()))
    region_words = types.get("region_words_after", {})
    text = document.text
    for word in words(document)[1:]:
        head = _head(word.text, municipality_words | city_words | set(region_words))
        if head is None:
            continue
        name = _named_before(document, word.index - 1)
        if not name or text[name[-1].end:word.start].strip():
            continue
        known = text[name[0].start:name[-1].end]
        label = f"{known} {head}"
        if head in region_words:
            yield OrgCandidate(name[0].start, word.end, label, "Region", region_words[head],
                               "institutions.region", 0.85)
        elif head in municipality_words or strip_genitive(known) in municipalities() or known in municipalities():
            yield OrgCandidate(name[0].start, word.end, label, "Municipality",
                               _municipality_country(known, head, document), "institutions.municipality", 0.9)
    yield from _regions(document)


def _regions(document: Document) -> Iterator[OrgCandidate]:
    places, authorities = regions()
    before = set(institution_types().get("region_words_before", ()))
    all_words = words(document)
    text = document.text
    for word in all_words:
        if word.text not in before or word.index + 1 >= len(all_words):
            continue
        name = []
        for following in all_words[word.index + 1:word.index + 4]:
            gap = text[(name[-1] if name else word).end:following.start]
            if gap.strip() or "\n" in gap or not (is_name_word(following.text) or following.text == "län"):
                break
            name.append(following)
        if not name:
            continue
        label = text[word.start:name[-1].end]
        place = text[name[0].start:name[-1].end]
        country = authorities.get(label) or places.get(place) or places.get(strip_genitive(place)) or document.country
        yield OrgCandidate(word.start, name[-1].end, label, "Region", country, "institutions.region", 0.85)


def _name_lists(document: Document) -> Iterator[tuple[Word, ...]]:
    """Runs of known town names joined by commas and "och/og/and"."""
    all_words = words(document)
    text = document.text
    known = municipalities()
    towns = cities()
    places = regions()[0]
    current: list[Word] = []
    for word in all_words:
        base = strip_genitive(word.text)
        is_town = is_name_word(word.text) and (
            word.text in known or base in known or word.text in towns or word.text in places or base in places)
        if is_town and (word.initial is False or not is_common_word(word.text, document.language)):
            if current:
                gap = _gap(text, current[-1].end, word.start)
                if set(gap.replace(",", " , ").split()) <= LIST_SEPARATORS and "\n" not in gap:
                    current.append(word)
                    continue
                yield tuple(current)
            current = [word]
        elif current and _inside_aside(text, current[-1].end, word.start):
            continue
        elif current and word.text in LIST_SEPARATORS and _gap(text, current[-1].end, word.start) in ("", ","):
            continue
        else:
            if current:
                yield tuple(current)
            current = []
    if current:
        yield tuple(current)


@cache
def _bracket() -> re.Pattern[str]:
    """A bracketed aside in a list of towns ("Umeå (Sverige), Skive (Danmark) og Alta")."""
    return re.compile(r"\([^()\n]{1,40}\)")


def _gap(text: str, end: int, start: int) -> str:
    """The text between two list items without a bracketed aside."""
    return _bracket().sub(" ", text[end:start]).strip(" ")


def _inside_aside(text: str, end: int, start: int) -> bool:
    """Whether a word at `start` stands inside a bracket opened right after the item ending at `end`."""
    gap = text[end:start].strip(" ")
    return gap.startswith("(") and ")" not in gap and "\n" not in gap and len(gap) < 40


def _inverted(document: Document, before: str, after: str) -> str | None:
    """"Sedan i år har Luleå slopat ...": auxiliary before the town, participle after it."""
    for aux in rules_of(INSTITUTIONS, "municipality_inverted_aux", document.language):
        if aux["regex"].search(before):
            for verb in rules_of(INSTITUTIONS, "municipality_inverted_participle", document.language):
                if verb["regex"].match(after):
                    return verb["id"]
    return None


def _town(word: Word, document: Document) -> tuple[str, str, str | None]:
    """(label, subtype, country) of a town or region name acting as its authority."""
    places = regions()[0]
    names = {m.name for m in municipalities().get(word.text, ())}
    if len(names) == 1:
        label = next(iter(names))  # "Esbjergs" -> "Esbjerg", "Tranås" stays
    else:
        label = word.text if word.text in cities() or word.text in places else strip_genitive(word.text)
    found = municipalities().get(label, ())
    country = pick_country({m.country for m in found}, document.country) if found else None
    if country is None and label in cities():
        country = cities()[label].country
    if not found and label in places:
        return label, "Region", places[label]
    return label, "Municipality", country


def acting_towns(document: Document) -> Iterator[OrgCandidate]:
    """Bare town names in a municipal context, per the context patterns; a town that acts
    once names the municipality wherever else the text names it bare."""
    text = document.text
    before_rules = rules_of(INSTITUTIONS, "municipality_before", document.language)
    after_rules = rules_of(INSTITUTIONS, "municipality_after", document.language)
    lists = list(_name_lists(document))
    acting: set[str] = set()
    for towns in lists:
        sentence = document.sentence_at(towns[0].start)
        before = text[max(sentence.start, towns[0].start - CONTEXT_WINDOW):towns[0].start]
        after = _bracket().sub("", text[towns[-1].end:min(sentence.end, towns[-1].end + CONTEXT_WINDOW)], count=1)
        rule = next((r["id"] for r in before_rules if r["regex"].search(before)), None)
        rule = rule or next((r["id"] for r in after_rules if r["regex"].match(after)), None)
        rule = rule or _inverted(document, before, after)
        if rule is None:
            continue
        for town in towns:
            label, subtype, country = _town(town, document)
            acting.add(label)
            yield OrgCandidate(town.start, town.end, label, subtype, country, rule, 0.85)
    for towns in lists:
        for town in towns:
            label, subtype, country = _town(town, document)
            if label in acting:
                yield OrgCandidate(town.start, town.end, label, subtype, country,
                                   "institutions.acting_town_again", 0.8)


def link_town_labels(found: list[OrgCandidate]) -> list[OrgCandidate]:
    """A bare town that names a municipality takes the full name the text also uses
    ("Horsens" -> "Horsens Kommune"), as the guidelines make it an alias."""
    before = set(institution_types().get("region_words_before", ()))
    full: dict[str, set[str]] = {}
    for c in found:
        parts = c.label.split()
        if c.subtype not in ("Municipality", "Region") or len(parts) < 2:
            continue
        name = " ".join(parts[1:]) if parts[0] in before else " ".join(parts[:-1])
        for form in {name, strip_genitive(name)}:
            full.setdefault(form, set()).add(c.label)
    result = []
    for c in found:
        labels = full.get(c.label, set()) if c.subtype in ("Municipality", "Region") else set()
        result.append(replace(c, label=next(iter(labels))) if len(labels) == 1 else c)
    return result
