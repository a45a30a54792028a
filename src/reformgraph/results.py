"""Writing a QueryResult in the standard result formats, for the terminal and for HTTP.

SELECT and ASK answers: SPARQL 1.1 Query Results JSON, XML, CSV and TSV (the
W3C formats, so other tools read them). CONSTRUCT and DESCRIBE answers are
graphs: Turtle, N-Triples, JSON-LD or RDF/XML, written by Oxigraph.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .errors import QueryError
from .namespaces import prefix_iris
from .store import QueryResult, serialize_triples

TABULAR_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = {"turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld", "rdfxml": ".rdf"}

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


def formats_for(result: QueryResult) -> tuple[str, ...]:
    return tuple(GRAPH_FORMATS) if result.kind == "graph" else TABULAR_FORMATS


def serialize(result: QueryResult, fmt: str, prefixes: Mapping[str, str] | None = None) -> bytes:
    """The answer in one format; a format that does not fit the kind of answer is a QueryError."""
    if fmt not in formats_for(result):
        kind = "CONSTRUCT/DESCRIBE" if result.kind == "graph" else "SELECT/ASK"
        raise QueryError(f"{fmt} does not fit a {kind} answer (use one of {', '.join(formats_for(result))})")
    if result.kind == "graph":
        return serialize_triples(result.rows, GRAPH_FORMATS[fmt], prefixes)  # type: ignore[arg-type]
    writer = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}[fmt]
    return writer(result).encode("utf-8")


def to_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [
        {var: _json_term(value) for var, value in zip(result.variables, row) if value is not None}
        for row in result.rows
    ]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _json_term(term: Node) -> dict[str, str]:
    kind, value, language, datatype = parts(term)
    out = {"type": "uri" if kind == "iri" else kind, "value": value}
    if language:
        out["xml:lang"] = language
    elif datatype:
        out["datatype"] = datatype
    return out


def to_xml(result: QueryResult) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
    out.append("<results>")
    for row in result.rows:
        cells = "".join(
            f"<binding name={quoteattr(var)}>{_xml_term(value)}</binding>"
            for var, value in zip(result.variables, row)
            if value is not None
        )
        out.append(f"<result>{cells}</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _xml_term(term: Node) -> str:
    kind, value, language, datatype = parts(term)
    if kind != "literal":
        element = "uri" if kind == "iri" else "bnode"
        return f"<{element}>{escape(value)}</{element}>"
    attribute = f" xml:lang={quoteattr(language)}" if language else f" datatype={quoteattr(datatype)}" if datatype else ""
    return f"<literal{attribute}>{escape(value)}</literal>"


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV: plain values (IRIs bare, literals without tags), CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if v is None else (f"_:{v}" if isinstance(v, BNode) else str(v)) for v in row])
    return buffer.getvalue()


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: `?var` header, terms in N-Triples syntax."""
    if result.kind == "ask":
        return f"?boolean\n{'true' if result.boolean else 'false'}\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if v is None else ntriples_term(v) for v in row) for row in result.rows]
    return "\n".join(lines) + "\n"


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def ntriples_term(term: Node) -> str:
    """An RDF term in N-Triples syntax (xsd:string literals written plain)."""
    kind, value, language, datatype = parts(term)
    if kind == "iri":
        return f"<{value}>"
    if kind == "bnode":
        return f"_:{value}"
    text = f'"{value.translate(_ESCAPES)}"'
    return f"{text}@{language}" if language else f"{text}^^<{datatype}>" if datatype else text


def parts(term: Node) -> tuple[str, str, str | None, str | None]:
    """(kind, value, language, datatype) of a term; kind is iri, bnode or literal, and
    the datatype is None for plain and xsd:string literals (written alike in RDF 1.1)."""
    if isinstance(term, URIRef):
        return "iri", str(term), None, None
    if isinstance(term, BNode):
        return "bnode", str(term), None, None
    if isinstance(term, Literal):
        datatype = None if term.language or term.datatype in (None, XSD.string) else str(term.datatype)
        return "literal", str(term), term.language, datatype
    raise QueryError(f"cannot write the RDF term {term!r}")


def display_prefixes(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """reformgraph's prefixes (rg:, id:, org:, skos: ...) overridden by `extra` (a query's own)."""
    prefixes = prefix_iris()
    prefixes.update(extra or {})
    return prefixes


def short(term: Node | None, prefixes: Mapping[str, str]) -> str:
    """A term for people to read: prefixed name where a prefix fits (`id:person/karin-lund`,
    not valid Turtle but readable), literal text with @lang."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        best = max(
            ((p, ns) for p, ns in prefixes.items() if ns and str(term).startswith(ns)),
            key=lambda item: len(item[1]),
            default=None,
        )
        if best is not None:
            local = str(term)[len(best[1]):]
            if local and all(c.isalnum() or c in "_-./" for c in local) and not local.endswith("."):
                return f"{best[0]}:{local}"
        return f"<{term}>"
    if isinstance(term, Literal) and term.language:
        return f"{term}@{term.language}"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def table_cells(result: QueryResult, prefixes: Mapping[str, str]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """Header and rows of strings for a terminal table (an ASK answer is one cell)."""
    if result.kind == "ask":
        return ("answer",), [("true" if result.boolean else "false",)]
    names = display_prefixes(prefixes)
    return result.variables, [tuple(short(value, names) for value in row) for row in result.rows]
