"""The RDF namespaces of reformgraph, and one place that binds their prefixes.

`RG` is closed: it lists exactly the terms of `ontology/reformgraph.ttl`, so a
misspelt term (`RG.Persn`) raises at once instead of minting a new IRI.
(No `from __future__ import annotations` here: rdflib reads RG's annotations
as real types.)
"""

import re

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    VANN,
    XSD,
    DefinedNamespace,
)


class RG(DefinedNamespace):
    """reformgraph ontology terms (`rg:`); kept equal to the ontology by a test."""

    _fail = True
    _NS = Namespace("https://w3id.org/reformgraph/ontology#")

    # classes
    Person: URIRef
    Institution: URIRef
    Government: URIRef
    Ministry: URIRef
    Parliament: URIRef
    Agency: URIRef
    Commission: URIRef
    Municipality: URIRef
    Region: URIRef
    Association: URIRef
    Union: URIRef
    Company: URIRef
    University: URIRef
    MediaOutlet: URIRef
    Party: URIRef
    Reform: URIRef
    Principle: URIRef
    GovernanceModel: URIRef
    Document: URIRef
    SourceText: URIRef
    Place: URIRef

    # object properties
    country: URIRef
    hasPrinciple: URIRef
    isPrincipleOf: URIRef
    proposedBy: URIRef
    proposed: URIRef
    partOf: URIRef
    hasPart: URIRef
    supports: URIRef
    supportedBy: URIRef
    criticizes: URIRef
    criticizedBy: URIRef

    # datatype properties
    countryCode: URIRef
    confidence: URIRef
    quote: URIRef
    rule: URIRef


ONTOLOGY = URIRef("https://w3id.org/reformgraph/ontology")
SCHEMA = SDO
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
RGSH = Namespace("https://w3id.org/reformgraph/shapes#")
ID = Namespace("https://w3id.org/reformgraph/id/")
GRAPH = Namespace("https://w3id.org/reformgraph/graph/")

PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "rg": RG,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "org": ORG,
    "foaf": FOAF,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "prov": PROV,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "vann": VANN,
    "sh": SH,
    "rgsh": RGSH,
    "id": ID,
    "graph": GRAPH,
}
"""Prefix -> namespace: every prefix reformgraph writes into its files."""


def prefix_iris() -> dict[str, str]:
    """Prefix -> namespace IRI as plain strings (for serialisers and displays)."""
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every reformgraph prefix on `graph` (replacing rdflib's defaults)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, URIRef(str(namespace)), override=True, replace=True)
    return graph


_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def curie(iri: URIRef) -> str:
    """`rg:Person` for an IRI in a bound namespace, else `<iri>` (Turtle-safe)."""
    for prefix, namespace in PREFIXES.items():
        base = str(namespace)
        if iri.startswith(base) and _LOCAL_NAME.fullmatch(iri[len(base):]):
            return f"{prefix}:{iri[len(base):]}"
    return f"<{iri}>"
