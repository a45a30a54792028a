"""`reformgraph query`: run a saved query, a query file or a SPARQL expression."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..dataset import load_dataset
from ..errors import InputError
from ..queries import SavedQuery, bindings, find_query, parse_query, run_query, saved_queries
from ..results import serialize, table_cells
from ..store import QueryResult


class Format(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    xml = "xml"
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"
    rdfxml = "rdfxml"


# What a tabular choice means for a CONSTRUCT/DESCRIBE answer (a graph).
GRAPH_EQUIVALENT = {"table": "turtle", "json": "jsonld", "xml": "rdfxml"}


def query(
    name: str = typer.Argument(
        None, metavar="[NAME|FILE.rq]",
        help="A saved query (see --list), or a file of SPARQL.",
    ),
    expression: str = typer.Option(None, "--expression", "-e", metavar="SPARQL", help="Run this SPARQL text instead."),
    param: list[str] = typer.Option(
        [], "--param", "-p", metavar="NAME=VALUE",
        help="Pre-bind a variable of the query (repeatable). A value that looks like an IRI "
        "(<...>, https://..., or prefix:name with a prefix the query declares) is an IRI, "
        'else a literal (tagged with the language the query\'s header declares, or written "text"@sv).',
    ),
    fmt: Format = typer.Option(
        Format.table, "--format", "-f",
        help="SELECT/ASK: table, csv, tsv, json (SPARQL 1.1 Query Results) or xml. "
        "CONSTRUCT/DESCRIBE: turtle (also for table), ntriples, jsonld (also for json) or rdfxml (also for xml).",
    ),
    dataset: Path = typer.Option(
        None, "--dataset", "-d", help="The built graphs folder, or one RDF file (default: graphs/)."
    ),
    list_queries: bool = typer.Option(False, "--list", "-l", help="List the saved queries, their questions and parameters."),
) -> None:
    """Query the knowledge graph with SPARQL 1.1 (SELECT, ASK, CONSTRUCT, DESCRIBE).

    The query runs on the embedded Oxigraph store holding every named graph of
    the built dataset; its default graph is the merge of all of them (each
    statement once), as in GraphDB and Virtuoso. Saved queries answer the
    competency questions of the graph (`--list`). A syntax error is reported
    with its line and column (exit code 5); a missing build with exit code 2.
    """
    if list_queries:
        _list(saved_queries())
        return
    chosen = _choose(name, expression)
    params = bindings(chosen, param)
    result = run_query(load_dataset(dataset), chosen, params)
    _print(result, fmt.value, chosen)


def _choose(name: str | None, expression: str | None) -> SavedQuery:
    if name and expression:
        raise InputError("give a saved query or file, or -e SPARQL, not both")
    if expression:
        return parse_query(expression, "-e")
    if name:
        return find_query(name)
    raise InputError("name a saved query (reformgraph query --list), a .rq file, or give -e 'SPARQL'")


def _print(result: QueryResult, fmt: str, chosen: SavedQuery) -> None:
    if result.kind == "graph":
        fmt = GRAPH_EQUIVALENT.get(fmt, fmt)
    if fmt != "table":
        sys.stdout.buffer.write(serialize(result, fmt, chosen.prefixes))
        sys.stdout.flush()
        return
    header, rows = table_cells(result, chosen.prefixes)
    table = Table(*header, caption=None if result.kind == "ask" else f"{len(rows)} row(s)")
    for row in rows:
        table.add_row(*row)
    Console(highlight=False).print(table)


def _list(queries: list[SavedQuery]) -> None:
    console = Console(highlight=False)
    for saved in queries:
        console.print(f"[bold]{saved.name}[/]  {saved.title}")
        if saved.question:
            console.print(f"    {saved.question}", style="dim")
        for parameter in saved.parameters:
            console.print(f"    --param {parameter.describe()}")
