"""SHACL validation of the data graph against `ontology/shapes/` (pyshacl).

The only module that imports pyshacl. pyshacl's report graph is made of blank
nodes, which no serialiser orders the same way twice; so the report is
written here as Turtle with every result inlined and the results sorted by
their text, which makes `report_turtle` byte-identical for the same input.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from .namespaces import PREFIXES, SH, curie
from .resources import data_file

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


@dataclass(frozen=True)
class ShapeResult:
    """One SHACL result: which node broke which shape, and why.

    `focus_node` and `shape` are plain IRIs (Turtle for blank nodes),
    `path` is the Turtle form of the property path, `severity` the local
    name of the SHACL severity (`Violation`, `Warning`, `Info`).
    """

    focus_node: str
    path: str | None
    message: str
    severity: str
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    """The verdict, its results in a stable order, and the report as Turtle."""

    conforms: bool
    results: tuple[ShapeResult, ...]
    report_turtle: str


@cache
def _shapes() -> Graph:
    return Graph().parse(data_file("shapes", "reformgraph-shapes.ttl"), format="turtle")


@cache
def _packaged_ontology() -> Graph:
    return Graph().parse(data_file("reformgraph.ttl"), format="turtle")


def validate(data: Graph, ontology: Graph | None = None) -> ValidationReport:
    """Validate `data` against the reformgraph shapes.

    The shapes target the rg: top classes while the data types entities with
    the most specific class (rg:Ministry...), so the ontology (default: the
    packaged one) is mixed in for its rdfs:subClassOf tree; no other inference
    is run, which keeps validation linear and fast.
    """
    conforms, report, _ = pyshacl.validate(
        data_graph=data,
        shacl_graph=_shapes(),
        ont_graph=_packaged_ontology() if ontology is None else ontology,
        inference="none",
        abort_on_first=False,
        allow_infos=False,
        allow_warnings=False,
        advanced=False,
        meta_shacl=False,
        js=False,
        debug=False,
    )
    ordered = sorted((_render(report, node, indent=2), node) for node in report.objects(None, SH.result))
    return ValidationReport(
        conforms=bool(conforms),
        results=tuple(_result(report, node) for _, node in ordered),
        report_turtle=_report_turtle(bool(conforms), [text for text, _ in ordered]),
    )


def _result(report: Graph, node: Node) -> ShapeResult:
    path = report.value(node, SH.resultPath)
    severity = report.value(node, SH.resultSeverity)
    messages = sorted(str(message) for message in report.objects(node, SH.resultMessage))
    return ShapeResult(
        focus_node=_plain(report, report.value(node, SH.focusNode)),
        path=None if path is None else " ".join(_render(report, path).split()),
        message=" / ".join(messages),
        severity=str(severity).removeprefix(str(SH)),
        shape=_plain(report, report.value(node, SH.sourceShape)),
    )


def _report_turtle(conforms: bool, rendered: list[str]) -> str:
    """The report resource, with its results already rendered and sorted."""
    lines = [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in sorted(PREFIXES.items())]
    lines += ["", "[] a sh:ValidationReport ;"]
    lines.append(f"    sh:conforms {'true' if conforms else 'false'}")
    if rendered:
        lines[-1] += " ;"
        lines.append("    sh:result " + " ,\n        ".join(rendered))
    lines[-1] += " ."
    return "\n".join(lines) + "\n"


def _plain(report: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    return str(node) if isinstance(node, URIRef) else _render(report, node)


def _render(graph: Graph, node: Node, indent: int = 0, seen: frozenset[Node] = frozenset()) -> str:
    """Turtle for `node`, blank nodes inlined with their properties sorted."""
    if isinstance(node, URIRef):
        return curie(node)
    if isinstance(node, Literal):
        return _literal(node)
    if node in seen:  # a cycle of blank nodes cannot be inlined; cut it
        return "[]"
    seen = seen | {node}
    if graph.value(node, RDF.first) is not None:
        items = (_render(graph, item, indent, seen) for item in Collection(graph, node))
        return "( " + " ".join(items) + " )"
    pairs = sorted(
        ("a" if p == RDF.type else curie(p), _render(graph, o, indent + 1, seen))
        for p, o in graph.predicate_objects(node)
        if isinstance(p, URIRef)
    )
    if not pairs:
        return "[]"
    pad = "    " * (indent + 1)
    body = " ;\n".join(f"{pad}{p} {o}" for p, o in pairs)
    return "[\n" + body + "\n" + "    " * indent + "]"


def _literal(literal: Literal) -> str:
    text = '"' + str(literal).translate(_ESCAPES) + '"'
    if literal.language:
        return f"{text}@{literal.language}"
    if literal.datatype is not None:
        return f"{text}^^{curie(literal.datatype)}"
    return text
