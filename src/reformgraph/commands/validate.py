"""`reformgraph validate`: check a built graph against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import typer
from rdflib import Graph
from rich.console import Console
from rich.table import Table

from ..errors import EXIT_CODES, InputError, ValidationFailed
from ..reasoning import infer
from ..resources import data_file
from ..validation import validate as run_validation


def _load(path: Path) -> Graph:
    if not path.is_file():
        raise InputError(f"{path}: no such file (run `reformgraph build` first, or name a Turtle/N-Triples/RDF-XML file)")
    try:
        return Graph().parse(path)
    except Exception as error:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: cannot be parsed as RDF ({type(error).__name__}: {error})") from error


def validate(
    data: Path = typer.Argument(Path("graphs/reformgraph.ttl"), help="The data graph to check (Turtle, N-Triples or RDF/XML)."),
    reason: bool = typer.Option(False, "--reason", help="Also check consistency with the HermiT reasoner (needs Java)."),
) -> None:
    """Validate a data graph against reformgraph's SHACL shapes (every entity typed,
    labelled and mentioned; memberships complete; one country per institution).

    Prints every violation; exit code 6 when the graph does not conform, 7 when
    the reasoner finds it inconsistent with the ontology.
    """
    graph = _load(data)
    ontology = Graph().parse(data_file("reformgraph.ttl"), format="turtle")
    report = run_validation(graph, ontology)
    console = Console()
    if reason:
        infer(ontology, graph)  # raises InconsistentGraph with the culprits
        console.print("consistent with the ontology (HermiT)")
    if report.conforms:
        console.print(f"{data}: conforms ({len(graph)} triples)")
        return
    table = Table("focus node", "path", "message", title=f"{len(report.results)} SHACL violation(s)")
    for result in report.results:
        table.add_row(result.focus_node, result.path or "", result.message)
    console.print(table)
    raise typer.Exit(EXIT_CODES[ValidationFailed])
