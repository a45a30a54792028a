"""Municipalities and regions as organisations.

"X kommun", "X Kommune", "Region X" and "X fylkeskommune" always name the
authority. A bare town name names it only in a context where it acts or is
acted on ("kommuner som Umeå och Lerum", "vi i Växjö
förlorar"): those contexts are patterns (`patterns/institutions.jsonl`)
tried on the text before and after the name or the list it stands in.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    current: list[Word] = []
    for word in all_words:
        base = strip_genitive(word.text)
        is_town = is_name_word(word.text) and (word.text in known or base in known or word.text in towns)
        if is_town and (word.initial is False or not is_common_word(word.text, document.language)):
            if current:
                gap = text[current[-1].end:word.start]
                if set(gap.replace(",", " , ").split()) <= LIST_SEPARATORS and "\n" not in gap:
                    current.append(word)
                    continue
                yield tuple(current)
            current = [word]
        elif current and word.text in LIST_SEPARATORS and text[current[-1].end:word.start].strip() in ("", ","):
            continue
        else:
            if current:
                yield tuple(current)
            current = []
    if current:
        yield tuple(current)


def acting_towns(document: Document) -> Iterator[OrgCandidate]:
    """Bare town names in a municipal context, per the context patterns."""
    text = document.text
    before_rules = rules_of(INSTITUTIONS, "municipality_before", document.language)
    after_rules = rules_of(INSTITUTIONS, "municipality_after", document.language)
    for towns in _name_lists(document):
        sentence = document.sentence_at(towns[0].start)
        before = text[max(sentence.start, towns[0].start - CONTEXT_WINDOW):towns[0].start]
        after = text[towns[-1].end:min(sentence.end, towns[-1].end + CONTEXT_WINDOW)]
        rule = next((r["id"] for r in before_rules if r["regex"].search(before)), None)
        rule = rule or next((r["id"] for r in after_rules if r["regex"].match(after)), None)
        if rule is None:
            continue
        for town in towns:
            label = town.text if town.text in municipalities() or town.text in cities() else strip_genitive(town.text)
            found = municipalities().get(label, ())
            country = pick_country({m.country for m in found}, document.country) if found else None
            if country is None and label in cities():
                country = cities()[label].country
            yield OrgCandidate(town.start, town.end, label, "Municipality", country, rule, 0.85)
