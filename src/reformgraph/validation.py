"""SHACL validation of the data graph against `ontology/shapes/` (pyshacl).

The only module that imports pyshacl. pyshacl's report graph is made of blank
nodes, which no serialiser orders the same way twice; so the report is
written here as Turtle with every result inlined and the results sorted by
their text, which makes `report_turtle` byte-identical for the same input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from .namespaces import PREFIXES, SH
from .resources import data_file

RGSH = Namespace("https://w3id.org/reformgraph/shapes#")
"""Shape IRIs of `reformgraph-shapes.ttl` (named, so reports can cite them)."""

_REPORT_PREFIXES: dict[str, str] = {
    **{prefix: str(namespace) for prefix, namespace in PREFIXES.items()},
    "rgsh": str(RGSH),
}
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
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
    result_nodes = sorted(report.objects(None, SH.result), key=lambda node: _render(report, node))
    results = tuple(_result(report, node) for node in result_nodes)
    return ValidationReport(
        conforms=bool(conforms),
        results=results,
        report_turtle=_report_turtle(report, bool(conforms), result_nodes),
    )


def _result(report: Graph, node: Node) -> ShapeResult:
    path = report.value(node, SH.resultPath)
    severity = report.value(node, SH.resultSeverity)
    messages = sorted(str(message) for message in report.objects(node, SH.resultMessage))
    return ShapeResult(
        focus_node=_plain(report, report.value(node, SH.focusNode)),
        path=None if path is None else " ".join(_render(report, path).split()),
        message=" / ".join(messages),
        severity=str(severity).removeprefix(str(SH)) if severity is not None else "Violation",
        shape=_plain(report, report.value(node, SH.sourceShape)),
    )


def _report_turtle(report: Graph, conforms: bool, result_nodes: list[Node]) -> str:
    lines = [f"@prefix {prefix}: <{iri}> ." for prefix, iri in sorted(_REPORT_PREFIXES.items())]
    lines += ["", "[] a sh:ValidationReport ;"]
    lines.append(f"    sh:conforms {'true' if conforms else 'false'}")
    rendered = [_render(report, node, indent=2) for node in result_nodes]
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
        return _iri(node)
    if isinstance(node, Literal):
        return _literal(node)
    if node in seen:  # a cycle of blank nodes cannot be inlined; cut it
        return "[]"
    seen = seen | {node}
    if graph.value(node, RDF.first) is not None:
        items = (_render(graph, item, indent, seen) for item in Collection(graph, node))
        return "( " + " ".join(items) + " )"
    pairs = sorted(
        ("a" if p == RDF.type else _iri(p), _render(graph, o, indent + 1, seen))
        for p, o in graph.predicate_objects(node)
        if isinstance(p, URIRef)
    )
    if not pairs:
        return "[]"
    pad = "    " * (indent + 1)
    body = " ;\n".join(f"{pad}{p} {o}" for p, o in pairs)
    return "[\n" + body + "\n" + "    " * indent + "]"


def _iri(iri: URIRef) -> str:
    for prefix, namespace in _REPORT_PREFIXES.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(local):
            return f"{prefix}:{local}"
    return f"<{iri}>"


def _literal(literal: Literal) -> str:
    text = '"' + str(literal).translate(_ESCAPES) + '"'
    if literal.language:
        return f"{text}@{literal.language}"
    if literal.datatype is not None:
        return f"{text}^^{_iri(literal.datatype)}"
    return text
