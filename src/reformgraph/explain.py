"""Why is X in the graph: an entity's statements, each with the quotes it came from.

The lookup follows docs/architecture.md: statements about the entity in the
data graphs (one per text, the entity descriptions, the inferred graph); for
each, the reified assertions of the provenance graph (`rdf:subject`,
`rdf:predicate`, `rdf:object`) -> `prov:wasDerivedFrom` the NIF sentence ->
its `nif:anchorOf` and the `dcterms:identifier` of the text it belongs to.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote

from rdflib import Literal, URIRef
from rdflib.term import Node

from .errors import InputError
from .iris import ID_BASE
from .rdf.graphs import INFERRED_GRAPH, NIF_GRAPH, ONTOLOGY_GRAPH, PROVENANCE_GRAPH, is_text_graph
from .results import ntriples_term
from .store import Store

TRUE = Literal(True)

PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rg: <https://w3id.org/reformgraph/ontology#>
"""

# Parameters are passed as Oxigraph substitutions, which need the variable in the projection.
_BY_LABEL = PREFIXES + f"""
SELECT DISTINCT ?entity WHERE {{
  VALUES ?wanted {{ %s }}
  ?entity skos:prefLabel|skos:altLabel|rdfs:label ?label .
  FILTER(STRSTARTS(STR(?entity), "{ID_BASE}") && LCASE(STR(?label)) = LCASE(?wanted))
}} ORDER BY ?entity"""

_ALL_LABELS = PREFIXES + f"""
SELECT DISTINCT ?label WHERE {{
  ?entity skos:prefLabel|skos:altLabel|rdfs:label ?label .
  FILTER(STRSTARTS(STR(?entity), "{ID_BASE}"))
}}"""

_EXISTS = "SELECT ?entity WHERE { { ?entity ?p ?o } UNION { ?s ?p ?entity } } LIMIT 1"

# Per named graph; a store without named graphs (a Turtle file) is asked its default graph.
_STATEMENTS = """
SELECT ?entity ?graph ?outgoing ?p ?other WHERE {
  GRAPH ?graph { { ?entity ?p ?other BIND(true AS ?outgoing) } UNION { ?other ?p ?entity BIND(false AS ?outgoing) } }
}"""
_STATEMENTS_IN_DEFAULT_GRAPH = """
SELECT ?entity ?graph ?outgoing ?p ?other WHERE {
  { ?entity ?p ?other BIND(true AS ?outgoing) } UNION { ?other ?p ?entity BIND(false AS ?outgoing) }
}"""
# The NIF, provenance and ontology graphs are about texts, statements and terms, not about the entity.
_NOT_ABOUT_ENTITIES = {NIF_GRAPH, PROVENANCE_GRAPH, ONTOLOGY_GRAPH}

_EVIDENCE = PREFIXES + """
SELECT ?entity ?s ?p ?o ?quote ?confidence ?rule ?text ?sentence ?begin WHERE {
  { ?assertion rdf:subject ?entity } UNION { ?assertion rdf:object ?entity }
  ?assertion rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
             prov:wasDerivedFrom ?span .
  ?span a nif:Sentence ; nif:referenceContext ?context .
  ?context dcterms:identifier ?text .
  OPTIONAL { ?assertion rg:quote ?quote }
  OPTIONAL { ?assertion rg:confidence ?confidence }
  OPTIONAL { ?assertion prov:wasGeneratedBy/rg:rule ?rule }
  OPTIONAL { ?span nif:anchorOf ?sentence }
  OPTIONAL { ?span nif:beginIndex ?begin }
}"""

_LABEL = PREFIXES + "SELECT ?entity ?label WHERE { ?entity rdfs:label|skos:prefLabel ?label } ORDER BY ?label LIMIT 1"


@dataclass(frozen=True)
class Quote:
    """One piece of evidence: where in which text a statement was read."""

    text: str
    quote: str | None
    sentence: str | None
    rule: str | None
    confidence: Decimal | None
    begin: int


@dataclass(frozen=True)
class Statement:
    subject: Node
    predicate: URIRef
    object: Node
    texts: tuple[str, ...] = ()  # identifiers of the texts whose named graphs hold it
    inferred: bool = False  # only in the inferred graph
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Explanation:
    entity: URIRef
    label: str
    statements: tuple[Statement, ...]
    labels: dict[URIRef, str] = field(default_factory=dict)  # labels of the other ends, for display


def find_entities(store: Store, wanted: str) -> list[URIRef]:
    """The entities a label (prefLabel, altLabel or rdfs:label, any case) or an IRI names.

    An IRI may be written whole, in angle brackets, or as its instance path
    (`person/karin-lund`). Nothing found is an InputError with close labels.
    """
    wanted = " ".join(unicodedata.normalize("NFC", wanted).split())
    if not wanted:
        raise InputError("name an entity: a label such as 'Karin Lund' or an IRI")
    iri = _as_iri(wanted)
    if iri is not None and store.query(_EXISTS, {"entity": iri}).rows:
        return [iri]
    by_label = _BY_LABEL % ntriples_term(Literal(wanted))
    found = [row[0] for row in store.query(by_label).rows]
    if found:
        return found  # type: ignore[return-value]
    labels = sorted({str(row[0]) for row in store.query(_ALL_LABELS).rows})
    close = difflib.get_close_matches(wanted, labels, n=3, cutoff=0.7) or _close_casefolded(wanted, labels)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    raise InputError(f"nothing in the graph is called or identified by {wanted!r}{hint}")


def _close_casefolded(wanted: str, labels: list[str]) -> list[str]:
    by_folded = {label.casefold(): label for label in labels}
    return [by_folded[m] for m in difflib.get_close_matches(wanted.casefold(), list(by_folded), n=3, cutoff=0.7)]


def _as_iri(wanted: str) -> URIRef | None:
    if wanted.startswith("<") and wanted.endswith(">"):
        return URIRef(wanted[1:-1])
    if "://" in wanted and " " not in wanted:
        return URIRef(wanted)
    kind, slash, slug = wanted.partition("/")
    if slash and kind.isalpha() and kind.islower() and slug and " " not in wanted:
        return URIRef(ID_BASE + wanted)
    return None


def explain(store: Store, wanted: str) -> list[Explanation]:
    """What the graph holds about each entity `wanted` names, with the evidence of every statement.

    `store` comes from `dataset.load_dataset`: its default graph is the merge of the named graphs.
    """
    return [explain_entity(store, entity) for entity in find_entities(store, wanted)]


def explain_entity(store: Store, entity: URIRef) -> Explanation:
    quotes = _quotes(store, entity)
    statements = []
    for triple, graphs in _graphs_of_statements(store, entity).items():
        texts = sorted(unquote(str(g).rsplit("/", 1)[-1]) for g in graphs if is_text_graph(g))
        evidence = {(q.text, q.begin, q.quote): q for q in sorted(quotes.get(triple, ()), key=lambda q: (q.text, q.begin))}
        inferred = graphs == {INFERRED_GRAPH}
        statements.append(Statement(*triple, texts=tuple(texts), inferred=inferred, quotes=tuple(evidence.values())))
    statements.sort(key=lambda st: (st.subject != entity, str(st.predicate), str(st.object), str(st.subject)))
    others = {n for st in statements for n in (st.subject, st.object) if isinstance(n, URIRef) and n != entity}
    return Explanation(
        entity=entity,
        label=label_of(store, entity),
        statements=tuple(statements),
        labels={n: label_of(store, n) for n in sorted(others)},
    )


Triple = tuple[Node, Node, Node]


def _graphs_of_statements(store: Store, entity: URIRef) -> dict[Triple, set[URIRef | None]]:
    """Each statement with the entity as subject or object, and the graphs holding it."""
    asked = _STATEMENTS if store.graphs() else _STATEMENTS_IN_DEFAULT_GRAPH
    graphs: dict[Triple, set[URIRef | None]] = defaultdict(set)
    for _, graph, outgoing, p, other in store.query(asked, {"entity": entity}).rows:
        if graph not in _NOT_ABOUT_ENTITIES:
            graphs[(entity, p, other) if outgoing == TRUE else (other, p, entity)].add(graph)  # type: ignore[index, arg-type]
    return graphs


def _quotes(store: Store, entity: URIRef) -> dict[Triple, list[Quote]]:
    """The evidence of the provenance graph for statements with the entity as subject or object."""
    quotes: dict[Triple, list[Quote]] = defaultdict(list)
    for _, s, p, o, quote, confidence, rule, text, sentence, begin in store.query(_EVIDENCE, {"entity": entity}).rows:
        quotes[(s, p, o)].append(  # type: ignore[index]
            Quote(str(text), _str(quote), _str(sentence), _str(rule), _decimal(confidence), int(begin or 0))
        )
    return quotes


def label_of(store: Store, node: URIRef) -> str:
    """The first rdfs:label or skos:prefLabel in sort order, else the empty string."""
    rows = store.query(_LABEL, {"entity": node}).rows
    return str(rows[0][1]) if rows else ""


def _str(term: Node | None) -> str | None:
    return None if term is None else str(term)


def _decimal(term: Node | None) -> Decimal | None:
    if term is None:
        return None
    try:
        return Decimal(str(term))
    except InvalidOperation:
        return None
