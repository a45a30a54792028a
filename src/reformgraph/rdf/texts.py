"""The named graph of one text: the source text, its mentions, its relations."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ..iris import country_key, digest
from ..model import SELF, Predicate, Relation, ResolvedText
from ..namespaces import DCTERMS, ORG, RG, SCHEMA, SKOS
from ..resolution import role_key
from ..store import Quad
from .graphs import iri, text_graph_iri, text_iri
from .terms import PROPERTY_OF_PREDICATE


def title_of(resolved: ResolvedText) -> str:
    """The metadata title, else the first non-empty line (the headline)."""
    document = resolved.document
    if document.metadata.title:
        return document.metadata.title
    for line in document.text.splitlines():
        if line.strip():
            return " ".join(line.split())[:300]
    return document.identifier


def text_quads(resolved: ResolvedText) -> Iterator[Quad]:
    document = resolved.document
    graph = text_graph_iri(document.identifier)
    text = text_iri(document.identifier)
    title = title_of(resolved)
    yield text, RDF.type, RG.SourceText, graph
    yield text, DCTERMS.identifier, Literal(document.identifier), graph
    yield text, DCTERMS.title, Literal(title, lang=document.language), graph
    yield text, SKOS.prefLabel, Literal(title, lang=document.language), graph
    yield text, RDFS.label, Literal(title), graph
    yield text, DCTERMS.language, Literal(document.language, datatype=XSD.language), graph
    if document.country:
        yield text, RG.country, iri(country_key(document.country)), graph
    if document.metadata.date:
        yield text, DCTERMS.date, Literal(document.metadata.date), graph
    if document.metadata.source:
        yield text, DCTERMS.source, Literal(document.metadata.source), graph
    for entity in resolved.entities:
        yield text, SCHEMA.mentions, iri(entity.key), graph
    for relation in resolved.relations:
        yield from relation_quads(relation, text, graph)


def relation_quads(relation: Relation, text: URIRef, graph: URIRef) -> Iterator[Quad]:
    """The triples of one relation; memberships with a role get an org:Membership."""
    subject = iri(relation.subject)
    obj = text if relation.object == SELF else iri(relation.object)
    if relation.predicate is Predicate.CREATOR:
        # dcterms:creator points from the document to its agent.
        yield obj, DCTERMS.creator, subject, graph
        return
    yield subject, PROPERTY_OF_PREDICATE[relation.predicate], obj, graph
    if relation.predicate is Predicate.PART_OF and relation.subject.startswith("institution/") \
            and relation.object.startswith("institution/"):
        yield subject, ORG.subOrganizationOf, obj, graph
    if relation.predicate is Predicate.MEMBER_OF and relation.role:
        membership = membership_iri(relation)
        yield membership, RDF.type, ORG.Membership, graph
        yield membership, ORG.member, subject, graph
        yield membership, ORG.organization, obj, graph
        yield membership, ORG.role, iri(role_key(relation.role)), graph


def membership_iri(relation: Relation) -> URIRef:
    return iri(f"membership/{digest(relation.subject, relation.object, role_key(relation.role or ''))}")
