"""Mapping the model's types and predicates onto ontology terms."""

from __future__ import annotations

from rdflib import URIRef

from ..model import INSTITUTION_SUBTYPES, Entity, EntityType, Predicate
from ..namespaces import DCTERMS, ORG, RG

CLASS_OF_TYPE: dict[EntityType, URIRef] = {
    EntityType.PERSON: RG.Person,
    EntityType.INSTITUTION: RG.Institution,
    EntityType.REFORM: RG.Reform,
    EntityType.PRINCIPLE: RG.Principle,
    EntityType.GOVERNANCE_MODEL: RG.GovernanceModel,
    EntityType.DOCUMENT: RG.Document,
    EntityType.PLACE: RG.Place,
}

PROPERTY_OF_PREDICATE: dict[Predicate, URIRef] = {
    Predicate.MEMBER_OF: ORG.memberOf,
    Predicate.CREATOR: DCTERMS.creator,
    Predicate.HAS_PRINCIPLE: RG.hasPrinciple,
    Predicate.PROPOSED_BY: RG.proposedBy,
    Predicate.PART_OF: RG.partOf,
    Predicate.SUPPORTS: RG.supports,
    Predicate.CRITICIZES: RG.criticizes,
}


def entity_class(entity: Entity) -> URIRef:
    """The most specific class the text supports (institution subtypes)."""
    if entity.type is EntityType.INSTITUTION and entity.subtype in INSTITUTION_SUBTYPES:
        return RG[entity.subtype]
    return CLASS_OF_TYPE[entity.type]
