"""The corpus-wide description of entities, roles and countries."""

from __future__ import annotations

from collections.abc import Iterator

import pycountry
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from ..iris import country_key
from ..model import Entity, EntityType
from ..namespaces import ORG, RG, SKOS
from ..resolution import Registry
from ..store import Quad
from .graphs import ENTITIES_GRAPH, iri
from .terms import entity_class

_UNTAGGED_TYPES = {EntityType.PERSON}


def entity_quads(registry: Registry) -> Iterator[Quad]:
    """Types, labels and countries of every entity, sorted by key."""
    g = ENTITIES_GRAPH
    countries: set[str] = set(registry.countries)
    for key in sorted(registry.entities):
        entity = registry.entities[key]
        subject = iri(key)
        yield subject, RDF.type, entity_class(entity), g
        yield subject, RDFS.label, Literal(entity.label), g
        yield from _labels(entity, g)
        if entity.country:
            countries.add(entity.country)
            if key != country_key(entity.country):
                yield subject, RG.country, iri(country_key(entity.country)), g
    for key in sorted(registry.roles):
        label, language = registry.roles[key]
        yield iri(key), RDF.type, ORG.Role, g
        yield iri(key), SKOS.prefLabel, Literal(label, lang=language), g
        yield iri(key), RDFS.label, Literal(label), g
    yield from country_quads(countries, registry)


def _labels(entity: Entity, g) -> Iterator[Quad]:
    subject = iri(entity.key)
    if entity.type in _UNTAGGED_TYPES:
        preferred = {Literal(entity.label)}
    else:
        preferred = {Literal(label, lang=lang) for lang, label in entity.labels_by_language.items()}
    for literal in sorted(preferred):
        yield subject, SKOS.prefLabel, literal, g
    preferred_forms = {str(p) for p in preferred}
    for alias in sorted(entity.aliases - preferred_forms):
        yield subject, SKOS.altLabel, Literal(alias), g


def country_quads(codes: set[str], registry: Registry) -> Iterator[Quad]:
    """A Place for each country used, with its ISO code and English name."""
    for code in sorted(codes):
        key = country_key(code)
        subject = iri(key)
        yield subject, RG.countryCode, Literal(code), ENTITIES_GRAPH
        if key in registry.entities:
            continue  # described above, as a mentioned place
        country = pycountry.countries.get(alpha_2=code)
        name = country.name if country else code
        yield subject, RDF.type, RG.Place, ENTITIES_GRAPH
        yield subject, SKOS.prefLabel, Literal(name, lang="en"), ENTITIES_GRAPH
        yield subject, RDFS.label, Literal(name), ENTITIES_GRAPH
