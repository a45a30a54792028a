"""Saved SPARQL queries: ontology/queries/NAME.rq, each with a comment header.

The header is the query's documentation, read by `reformgraph query --list`
and checked by the tests, so it cannot drift from the query. Its form:

    # title: Posts in institutions
    # question: Who holds which post in which institution?
    #   (an indented comment line continues the field above)
    # param: ?institution IRI -- only this institution
    # param: ?language literal = "sv" -- only labels in this language
    PREFIX ...

A parameter is a variable that `--param name=value` pre-binds; unbound, it
means "all". Its type is `IRI`, `literal` or `literal@LANG` (a language-tagged
literal); `= value` gives a default.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from .errors import InputError, QueryError
from .resources import data_file
from .store import QueryResult, Store

_FIELD = re.compile(r"#\s*(title|question|param)\s*:\s*(.*)$", re.IGNORECASE)
_CONTINUATION = re.compile(r"#\s{2,}(\S.*)$")
_PARAM = re.compile(
    r"\?(?P<name>[A-Za-z_]\w*)\s+(?P<type>IRI|literal(?:@(?P<lang>[A-Za-z]+(?:-[A-Za-z0-9]+)*))?)"
    r'(?:\s*=\s*(?P<default>"[^"]*"|<[^>]*>|[^\s"<]\S*))?'
    r"(?:\s+--\s+(?P<help>.*))?\s*$"
)
_PREFIX = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_ABSOLUTE_IRI = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|urn:)\S+$", re.IGNORECASE)
_LANG_LITERAL = re.compile(r'^"(.*)"@([A-Za-z]+(?:-[A-Za-z0-9]+)*)$', re.DOTALL)
_PREFIXED_NAME = re.compile(r"^([A-Za-z][\w.-]*)?:([^\s]*)$")


@dataclass(frozen=True)
class Parameter:
    """A pre-bindable variable declared in a query header."""

    name: str
    type: str  # "IRI" or "literal"
    language: str | None = None
    default: str | None = None
    help: str = ""

    def describe(self) -> str:
        kind = f"literal@{self.language}" if self.language else self.type
        default = f" (default {self.default})" if self.default is not None else ""
        return f"?{self.name} {kind}{default}: {self.help}".rstrip(": ")


@dataclass(frozen=True)
class SavedQuery:
    name: str
    text: str
    title: str = ""
    question: str = ""
    parameters: tuple[Parameter, ...] = ()
    path: Path | None = None

    @property
    def prefixes(self) -> dict[str, str]:
        """The query's own PREFIX declarations (prefix -> namespace)."""
        return {prefix or "": namespace for prefix, namespace in _PREFIX.findall(self.text)}


def queries_dir() -> Path:
    return data_file("queries")


def saved_queries() -> list[SavedQuery]:
    """Every saved query, by name (ontology/queries/*.rq; sub-folders are not saved queries)."""
    return [read_query(path) for path in sorted(queries_dir().glob("*.rq"))]


def read_query(path: Path, name: str | None = None) -> SavedQuery:
    """A query file with its header parsed."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read the query ({error})") from error
    return parse_query(text, name or path.stem, path)


def parse_query(text: str, name: str, path: Path | None = None) -> SavedQuery:
    """Parse the leading comment header; a query without one is fine (no title, no parameters)."""
    fields: dict[str, list[str]] = {"title": [], "question": []}
    params: list[Parameter] = []
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        field, continuation = _FIELD.match(line), _CONTINUATION.match(raw.lstrip())
        if field:
            key, value = field[1].lower(), field[2].strip()
            if key == "param":
                params.append(_parameter(value, path or name, number))
                current = None
            else:
                current = fields[key]
                current.append(value)
        elif continuation and current is not None:
            current.append(continuation[1].strip())
        else:
            current = None
    return SavedQuery(
        name=name,
        text=text,
        title=" ".join(fields["title"]),
        question=" ".join(fields["question"]),
        parameters=tuple(params),
        path=path,
    )


def _parameter(spec: str, source: Path | str, line: int) -> Parameter:
    found = _PARAM.match(spec)
    if not found:
        raise QueryError(
            f"{source}:{line}: cannot read the parameter {spec!r} "
            '(expected "?name IRI|literal|literal@LANG [= default] [-- help]")'
        )
    kind = "IRI" if found["type"] == "IRI" else "literal"
    return Parameter(found["name"], kind, found["lang"], found["default"], (found["help"] or "").strip())


def find_query(name_or_file: str) -> SavedQuery:
    """A saved query by name, or a query file (a path ending in .rq or naming an existing file)."""
    candidate = Path(name_or_file)
    if name_or_file.endswith(".rq") or "/" in name_or_file or candidate.is_file():
        if not candidate.is_file():
            raise InputError(f"{candidate}: no such query file")
        return read_query(candidate)
    path = queries_dir() / f"{name_or_file}.rq"
    if not path.is_file():
        names = ", ".join(q.name for q in saved_queries()) or "none"
        raise InputError(f"no saved query named {name_or_file!r} (saved queries: {names})")
    return read_query(path)


def bindings(query: SavedQuery, assignments: Sequence[str]) -> dict[str, Node]:
    """Turn `name=value` strings (plus the header's defaults) into pre-bound rdflib terms."""
    declared = {p.name: p for p in query.parameters}
    values: dict[str, str] = {p.name: p.default for p in query.parameters if p.default is not None}
    for assignment in assignments:
        name, sep, value = assignment.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise QueryError(f"--param {assignment!r}: expected name=value")
        if declared and name not in declared:
            raise QueryError(
                f"{query.name}: unknown parameter ?{name} (it takes {', '.join('?' + n for n in declared)})"
            )
        if not declared and not re.search(rf"[?$]{re.escape(name)}\b", query.text):
            raise QueryError(f"{query.name}: the query has no variable ?{name}")
        values[name] = value
    return {name: term(value, declared.get(name), query.prefixes) for name, value in values.items()}


def term(value: str, parameter: Parameter | None = None, prefixes: Mapping[str, str] | None = None) -> Node:
    """An rdflib term for a parameter value: an IRI if it looks like one, else a literal.

    `<...>`, `scheme://...`, `urn:...` and `prefix:name` (with a prefix the
    query declares) are IRIs; `"text"@lang` is a language-tagged literal. A
    parameter declared `literal` is always a literal; one declared `IRI` must be an IRI.
    """
    name = f"?{parameter.name}" if parameter else "parameter"
    iri = None if parameter is not None and parameter.type == "literal" else _as_iri(value, prefixes or {})
    if parameter is not None and parameter.type == "IRI":
        if iri is None:
            raise QueryError(f"{name} takes an IRI (like <https://w3id.org/reformgraph/id/...>), not {value!r}")
        return iri
    if iri is not None:
        return iri
    tagged = _LANG_LITERAL.match(value)
    if tagged:
        return Literal(tagged[1], lang=tagged[2])
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    language = parameter.language if parameter is not None else None
    return Literal(value, lang=language) if language else Literal(value)


def _as_iri(value: str, prefixes: Mapping[str, str]) -> URIRef | None:
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if _ABSOLUTE_IRI.match(value):
        return URIRef(value)
    prefixed = _PREFIXED_NAME.match(value)
    if prefixed and (prefixed[1] or "") in prefixes:
        return URIRef(prefixes[prefixed[1] or ""] + prefixed[2])
    return None


def run_query(store: Store, query: SavedQuery, params: Mapping[str, Node] | None = None) -> QueryResult:
    """Run on a store from `dataset.load_dataset` (its default graph is the merge of the
    named graphs, as in GraphDB and Virtuoso); errors name the query."""
    try:
        return store.query(query.text, params)
    except QueryError as error:
        raise QueryError(f"{query.name}: {error}") from error
