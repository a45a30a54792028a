"""The ontology file keeps the public contract (output-contract.md) and stays
documented in every language the corpus is written in."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from reformgraph import namespaces as ns
from reformgraph.model import INSTITUTION_SUBTYPES, EntityType, Predicate
from reformgraph.namespaces import DCTERMS, FOAF, ORG, OWL, RDF, RDFS, RG, SKOS, VANN
from reformgraph.resources import data_file

ONTOLOGY = URIRef("https://w3id.org/reformgraph/ontology")
RG_NS = "https://w3id.org/reformgraph/ontology#"
LANGUAGES = ("sv", "da", "nb", "en")

CONTRACT_ALIGNMENTS = {
    RG.Person: {FOAF.Person, ns.SCHEMA.Person},
    RG.Institution: {ORG.Organization},
    RG.Principle: {SKOS.Concept},
    RG.GovernanceModel: {SKOS.Concept},
    RG.Document: {FOAF.Document, ns.SCHEMA.CreativeWork},
    RG.SourceText: {RG.Document},
    RG.Place: {ns.SCHEMA.Place},
    RG.Reform: set(),
}

OBJECT_PROPERTIES = {
    RG.hasPrinciple: RG.isPrincipleOf,
    RG.proposedBy: RG.proposed,
    RG.partOf: RG.hasPart,
    RG.supports: RG.supportedBy,
    RG.criticizes: RG.criticizedBy,
}
DATATYPE_PROPERTIES = {
    RG.countryCode: ns.XSD.string,
    RG.confidence: ns.XSD.decimal,
    RG.quote: ns.XSD.string,
    RG.rule: ns.XSD.string,
}
TOP_CLASSES = [RG.Person, RG.Institution, RG.Reform, RG.Principle, RG.GovernanceModel, RG.Document, RG.Place]

# subject and object classes of the guidelines' relation table
RELATION_ENDS = {
    RG.hasPrinciple: ({RG.Reform, RG.GovernanceModel}, {RG.Principle}),
    RG.proposedBy: ({RG.Reform, RG.GovernanceModel, RG.Principle, RG.Institution}, {RG.Person, RG.Institution}),
    RG.partOf: ({RG.Institution, RG.GovernanceModel, RG.Document}, {RG.Institution, RG.Reform, RG.Document}),
    RG.supports: ({RG.Person, RG.Institution}, {RG.Reform, RG.GovernanceModel, RG.Principle}),
    RG.criticizes: ({RG.Person, RG.Institution}, {RG.Reform, RG.GovernanceModel, RG.Principle}),
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data_file("reformgraph.ttl"), format="turtle")


def rg_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type) if isinstance(s, URIRef) and s.startswith(RG_NS)}


def classes_of(graph: Graph, expression) -> set:
    """The named classes of a class IRI or an owl:unionOf."""
    if isinstance(expression, URIRef):
        return {expression}
    return set(Collection(graph, graph.value(expression, OWL.unionOf)))


def test_header_metadata(ontology: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    version = ontology.value(ONTOLOGY, OWL.versionInfo)
    assert version == Literal("0.1.0")
    assert ontology.value(ONTOLOGY, OWL.versionIRI) == URIRef(f"{ONTOLOGY}/{version}")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.creator):
        assert str(ontology.value(ONTOLOGY, prop) or "").strip(), prop
    assert ontology.value(ONTOLOGY, DCTERMS.license) in {
        URIRef("https://www.gnu.org/licenses/gpl-3.0.html"),
        URIRef("https://spdx.org/licenses/GPL-3.0-or-later"),
    }
    for prop in (DCTERMS.created, DCTERMS.modified):
        assert ontology.value(ONTOLOGY, prop).datatype == ns.XSD.date
    assert ontology.value(ONTOLOGY, VANN.preferredNamespacePrefix) == Literal("rg")
    assert str(ontology.value(ONTOLOGY, VANN.preferredNamespaceUri)) == RG_NS


@pytest.mark.parametrize("cls", sorted(CONTRACT_ALIGNMENTS))
def test_contract_class_alignments(ontology: Graph, cls: URIRef) -> None:
    assert (cls, RDF.type, OWL.Class) in ontology
    named_parents = {p for p in ontology.objects(cls, RDFS.subClassOf) if isinstance(p, URIRef)}
    assert named_parents == CONTRACT_ALIGNMENTS[cls]


def test_entity_types_and_institution_subtypes_are_classes(ontology: Graph) -> None:
    assert {RG[t.value] for t in EntityType} == set(TOP_CLASSES)
    for subtype in INSTITUTION_SUBTYPES:
        assert (RG[subtype], RDF.type, OWL.Class) in ontology
        assert set(ontology.objects(RG[subtype], RDFS.subClassOf)) == {RG.Institution}


def test_top_classes_are_pairwise_disjoint(ontology: Graph) -> None:
    groups = [set(Collection(ontology, ontology.value(g, OWL.members)))
              for g in ontology.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert set(TOP_CLASSES) in groups


def test_guideline_predicates_are_properties(ontology: Graph) -> None:
    standard = {Predicate.MEMBER_OF: ORG.memberOf, Predicate.CREATOR: DCTERMS.creator}
    for predicate in Predicate:
        prop = standard[predicate] if predicate in standard else RG[predicate.value]
        assert set(ontology.objects(prop, RDF.type)) & {
            OWL.ObjectProperty, OWL.AnnotationProperty}, predicate


@pytest.mark.parametrize("prop", sorted(OBJECT_PROPERTIES))
def test_object_properties_and_inverses(ontology: Graph, prop: URIRef) -> None:
    inverse = OBJECT_PROPERTIES[prop]
    for term in (prop, inverse):
        assert (term, RDF.type, OWL.ObjectProperty) in ontology
    assert (prop, OWL.inverseOf, inverse) in ontology


@pytest.mark.parametrize("prop", sorted(RELATION_ENDS))
def test_domains_and_ranges_follow_the_relation_table(ontology: Graph, prop: URIRef) -> None:
    subjects, objects = RELATION_ENDS[prop]
    assert classes_of(ontology, ontology.value(prop, RDFS.domain)) == subjects
    assert classes_of(ontology, ontology.value(prop, RDFS.range)) == objects


def test_part_of_is_restricted_per_subject_type(ontology: Graph) -> None:
    only = {}
    for cls, restriction in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(restriction, BNode) and ontology.value(restriction, OWL.onProperty) == RG.partOf:
            only[cls] = classes_of(ontology, ontology.value(restriction, OWL.allValuesFrom))
    assert only == {
        RG.Institution: {RG.Institution, RG.Reform},
        RG.GovernanceModel: {RG.Reform},
        RG.Document: {RG.Document},
    }


def test_country_is_functional_with_place_range(ontology: Graph) -> None:
    assert {OWL.ObjectProperty, OWL.FunctionalProperty} <= set(ontology.objects(RG.country, RDF.type))
    assert ontology.value(RG.country, RDFS.range) == RG.Place


@pytest.mark.parametrize("prop", sorted(DATATYPE_PROPERTIES))
def test_datatype_properties(ontology: Graph, prop: URIRef) -> None:
    assert (prop, RDF.type, OWL.DatatypeProperty) in ontology
    assert ontology.value(prop, RDFS.range) == DATATYPE_PROPERTIES[prop]


def test_every_rg_term_is_labelled_and_defined(ontology: Graph) -> None:
    problems = []
    for term in sorted(rg_terms(ontology)):
        labels = [l for l in ontology.objects(term, RDFS.label) if l.language == "en"]
        definitions = [d for d in ontology.objects(term, SKOS.definition) if d.language == "en"]
        pref = sorted(l.language for l in ontology.objects(term, SKOS.prefLabel))
        if len(labels) != 1 or len(definitions) != 1 or pref != sorted(LANGUAGES):
            problems.append(f"{term}: label@en {len(labels)}, definition@en {len(definitions)}, prefLabel {pref}")
    assert not problems, "\n".join(problems)


def test_external_terms_are_declared(ontology: Graph) -> None:
    """OWL 2 DL wants every class and property it uses declared."""
    builtin = (str(RDF), str(RDFS), str(OWL), str(ns.XSD))
    declared = set(ontology.subjects(RDF.type))
    used = {p for p in ontology.predicates() if not str(p).startswith(builtin)}
    used |= {c for c in ontology.objects(None, RDFS.subClassOf) if isinstance(c, URIRef)}
    used |= {c for c in ontology.objects(None, RDFS.range) if isinstance(c, URIRef) and not str(c).startswith(builtin)}
    assert used - declared == set()
