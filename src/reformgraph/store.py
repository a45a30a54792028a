"""The embedded Oxigraph store: loading, SPARQL and deterministic serialisation.

This is the only module that imports pyoxigraph. The rest of the code speaks
rdflib terms; they are converted here, at the seam, so the hot paths (loading,
joins, writing files) run in Oxigraph while the API stays rdflib's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError

# File extension -> Oxigraph format. The output writer uses the same table.
FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}

Quad = tuple[Node, Node, Node, Node | None]
"""(subject, predicate, object, graph) in rdflib terms; graph None = default graph."""


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise StoreError(f"cannot store RDF term of type {type(term).__name__}: {term!r}")


def to_rdflib(term: object) -> Node | None:
    """Convert an Oxigraph term (or None for an unbound variable) to rdflib."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise StoreError(f"unexpected term from the store: {term!r}")


def _graph_name(graph: Node | None) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    return ox.DefaultGraph() if graph is None else _to_ox(graph)


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL answer in rdflib terms.

    kind is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE); for "graph" the
    rows are (s, p, o) triples and `variables` is ("subject", "predicate", "object").
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None

    def dicts(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.variables, row)) for row in self.rows]


class Store:
    """An in-memory (or on-disk, with `path`) Oxigraph dataset."""

    def __init__(self, path: Path | None = None) -> None:
        try:
            self._store = ox.Store(str(path)) if path else ox.Store()
        except OSError as error:
            raise StoreError(f"cannot open store at {path}: {error}") from error

    def __len__(self) -> int:
        return len(self._store)

    def add(self, quads: Iterable[Quad]) -> None:
        """Add rdflib-term quads (bulk, in one transaction)."""
        self._store.extend(
            ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), _graph_name(g)) for s, p, o, g in quads
        )

    def load(self, path: Path, graph: Node | None = None) -> None:
        """Load an RDF file; the format comes from its extension."""
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: unknown RDF format (use one of {', '.join(sorted(FORMATS))})")
        try:
            to_graph = None if graph is None or fmt.supports_datasets else _to_ox(graph)
            self._store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
        except (SyntaxError, OSError, ValueError) as error:
            raise StoreError(f"{path}: {error}") from error

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: Node | None = None, *, union: bool = False) -> Iterator[Quad]:
        """All quads (of one named graph, of the default graph, or of all graphs)."""
        if union:
            found = self._store.quads_for_pattern(None, None, None, None)
        else:
            found = self._store.quads_for_pattern(None, None, None, _graph_name(graph))
        for quad in found:
            g = quad.graph_name
            yield (
                to_rdflib(quad.subject),
                to_rdflib(quad.predicate),
                to_rdflib(quad.object),
                None if isinstance(g, ox.DefaultGraph) else to_rdflib(g),
            )

    def query(
        self,
        sparql: str,
        params: Mapping[str, Node] | None = None,
        *,
        union_default_graph: bool = False,
        default_graphs: Sequence[Node | None] | None = None,
        named_graphs: Sequence[Node] | None = None,
    ) -> QueryResult:
        """Run a SPARQL query; `params` pre-binds variables (without the "?").

        `default_graphs`/`named_graphs` restrict the dataset the way the SPARQL
        Protocol's default-graph-uri/named-graph-uri do (None = no restriction).
        """
        substitutions = {ox.Variable(k): _to_ox(v) for k, v in (params or {}).items()}
        try:
            answer = self._store.query(
                sparql,
                use_default_graph_as_union=union_default_graph and default_graphs is None,
                default_graph=None if default_graphs is None else [_graph_name(g) for g in default_graphs],
                named_graphs=None if named_graphs is None else [_to_ox(g) for g in named_graphs],
                substitutions=substitutions or None,
            )
        except SyntaxError as error:
            raise syntax_error(sparql, error) from error
        except (OSError, ValueError, RuntimeError) as error:
            raise QueryError(f"SPARQL query failed: {error}") from error
        return _result(answer)

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as error:
            raise syntax_error(sparql, error) from error

    def write(
        self,
        path: Path,
        *,
        graphs: Iterable[Node | None] | None = None,
        union: bool = False,
        prefixes: Mapping[str, str] | None = None,
    ) -> None:
        """Write a deterministic file: quads sorted, format from the extension.

        For triple formats (Turtle, N-Triples, RDF/XML) the selected graphs
        are merged (duplicates dropped); dataset formats keep graph names.
        """
        path.write_bytes(self.serialize(path.suffix, graphs=graphs, union=union, prefixes=prefixes))

    def serialize(
        self,
        suffix: str,
        *,
        graphs: Iterable[Node | None] | None = None,
        union: bool = False,
        prefixes: Mapping[str, str] | None = None,
    ) -> bytes:
        """The bytes `write` would write to a file ending in `suffix` (".ttl", ".nq"...)."""
        fmt = _format(suffix)
        if union:
            selected = list(self._store.quads_for_pattern(None, None, None, None))
        else:
            selected = []
            for graph in graphs if graphs is not None else [None]:
                selected.extend(self._store.quads_for_pattern(None, None, None, _graph_name(graph)))
        if fmt.supports_datasets:
            items = sorted(set(selected), key=_quad_sort_key)
        else:
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in selected}
            items = sorted(triples, key=_triple_sort_key)
        return ox.serialize(items, format=fmt, prefixes=dict(prefixes or {}))


def serialize_triples(
    triples: Iterable[tuple[Node, Node, Node]], suffix: str, prefixes: Mapping[str, str] | None = None
) -> bytes:
    """Serialise rdflib-term triples (a CONSTRUCT answer) sorted, in the format of `suffix`.

    Through Oxigraph rather than rdflib, whose Turtle writer shortens xsd:double.
    """
    fmt = _format(suffix)
    items = sorted({ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in triples}, key=_triple_sort_key)
    return ox.serialize(items, format=fmt, prefixes=dict(prefixes or {}))


def _format(suffix: str) -> ox.RdfFormat:
    fmt = FORMATS.get(suffix.lower())
    if fmt is None:
        raise StoreError(f"{suffix}: unknown RDF format (use one of {', '.join(sorted(FORMATS))})")
    return fmt


_SYNTAX_POSITION = re.compile(r"error at (\d+):(\d+)(?:-\d+:\d+)?: (.*)", re.DOTALL)


def syntax_error(sparql: str, error: SyntaxError) -> QueryError:
    """One line: where the SPARQL is wrong (line and column, 1-based), what was expected, the line itself.

    Oxigraph reports "error at LINE:COLUMN: expected ..." with a multi-line list
    of expected tokens; that list is shortened here.
    """
    message = str(error)
    found = _SYNTAX_POSITION.match(message)
    if not found:
        return QueryError(f"SPARQL syntax error: {' '.join(message.split())}")
    line, column, detail = int(found[1]), int(found[2]), " ".join(found[3].split())
    if "Prefix not found" in detail:
        detail = "undeclared prefix"
    elif len(detail) > 120:
        detail = detail[:117].rstrip() + "..."
    lines = sparql.splitlines()
    source = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    near = f' (near "{source[:80]}")' if source else ""
    return QueryError(f"SPARQL syntax error at line {line}, column {column}: {detail}{near}")


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _triple_sort_key(t: ox.Triple) -> tuple[str, int, str, str]:
    return (str(t.subject), 0 if t.predicate.value == _RDF_TYPE else 1, t.predicate.value, str(t.object))


def _quad_sort_key(q: ox.Quad) -> tuple[str, str, int, str, str]:
    return (str(q.graph_name),) + _triple_sort_key(ox.Triple(q.subject, q.predicate, q.object))


def _result(answer: object) -> QueryResult:
    if isinstance(answer, ox.QuerySolutions):
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(to_rdflib(solution[v]) for v in variables) for solution in answer)
        return QueryResult(kind="select", variables=variables, rows=rows)
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        rows = tuple((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in answer)
        return QueryResult(kind="graph", variables=("subject", "predicate", "object"), rows=rows)
    raise StoreError(f"unexpected query answer {type(answer).__name__}")
