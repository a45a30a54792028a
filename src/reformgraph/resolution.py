"""Entity resolution: mentions -> entities, inside a text and across texts.

Inside a text, mentions with the same type, key and country are one entity
(the extractor has already turned short forms into full labels). Across
texts, a `Registry` keyed by entity key merges them: the same name of the
same type (and, for institutions, the same country) is one IRI everywhere.
Lexicon concepts keep the lexicon's IRI. The registry is a dict, so resolving
a corpus is linear in its size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .iris import ID_BASE, country_key, entity_key, key_of_iri, slugify
from .model import SELF, Entity, EntityType, Extraction, Mention, Relation, ResolvedText

_GENITIVE_ENDINGS = ("s", "'s", "’s", "'", "’")


def mention_key(mention: Mention) -> str:
    """The IRI path a mention resolves to."""
    if mention.concept and mention.concept.startswith(ID_BASE):
        return key_of_iri(mention.concept) or entity_key(mention.type, mention.label, mention.country)
    if mention.type is EntityType.PLACE and mention.concept is None and _is_country(mention):
        return country_key(mention.country or "")
    return entity_key(mention.type, mention.label, mention.country)


def _is_country(mention: Mention) -> bool:
    return mention.subtype == "Country" and bool(mention.country)


@dataclass
class Registry:
    """All entities of the corpus so far, by key, in first-seen order."""

    entities: dict[str, Entity] = field(default_factory=dict)
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Role key -> (label as first written, language of that text)."""
    countries: set[str] = field(default_factory=set)
    """Country codes of the texts (entities carry their own)."""

    def resolve(self, extraction: Extraction) -> ResolvedText:
        """Merge one text's mentions into the registry; return that text's view."""
        language = extraction.document.language
        if extraction.document.country:
            self.countries.add(extraction.document.country)
        local: dict[str, Entity] = {}
        key_of: dict[int, str] = {}
        for mention in _all_mentions(extraction):
            key = mention_key(mention)
            key_of[id(mention)] = key
            entity = self.entities.get(key)
            if entity is None:
                entity = Entity(
                    key=key, type=mention.type, label=mention.label, subtype=mention.subtype,
                    country=mention.country, concept=mention.concept,
                )
                self.entities[key] = entity
            _absorb(entity, mention, language)
            if key not in local:
                local[key] = entity
                entity.texts += 1
        relations = _relations(extraction, key_of)
        for relation in relations:
            if relation.role:
                self.roles.setdefault(role_key(relation.role), (relation.role, language))
        return ResolvedText(
            document=extraction.document,
            entities=tuple(local[k] for k in sorted(local)),
            mentions=tuple((key_of[id(m)], m) for m in _all_mentions(extraction)),
            relations=relations,
        )


def role_key(role: str) -> str:
    return f"role/{slugify(role)}"


def _all_mentions(extraction: Extraction) -> list[Mention]:
    """The mentions, plus relation ends that the overlap filter dropped."""
    mentions = list(extraction.mentions)
    seen = {id(m) for m in mentions}
    for rel in extraction.relations:
        for end in (rel.subject, rel.object):
            if isinstance(end, Mention) and id(end) not in seen:
                seen.add(id(end))
                mentions.append(end)
    return mentions


def _absorb(entity: Entity, mention: Mention, language: str) -> None:
    entity.labels_by_language.setdefault(language, mention.label)
    if entity.subtype is None and mention.subtype:
        entity.subtype = mention.subtype
    if entity.country is None and mention.country:
        entity.country = mention.country
    for form in (mention.surface, mention.label):
        form = " ".join(form.split())
        if form and form != entity.label:
            entity.aliases.add(form)


def _relations(extraction: Extraction, key_of: dict[int, str]) -> tuple[Relation, ...]:
    """Relation mentions -> relations between keys, evidence merged per relation."""
    merged: dict[tuple[str, str, str, str | None], list] = {}
    for rel in extraction.relations:
        subject = key_of[id(rel.subject)]
        obj = key_of[id(rel.object)] if isinstance(rel.object, Mention) else SELF
        if subject == obj:
            continue
        merged.setdefault((subject, rel.predicate.value, obj, rel.role), []).append(rel)
    result = []
    for (subject, _, obj, role), rels in sorted(merged.items(), key=lambda kv: tuple(map(str, kv[0]))):
        evidence = tuple(sorted({r.evidence for r in rels}, key=lambda e: (e.start, e.end, e.rule)))
        result.append(Relation(subject=subject, predicate=rels[0].predicate, object=obj, role=role, evidence=evidence))
    return tuple(result)
