"""`reformgraph push`: upload the dataset to a SPARQL 1.1 Graph Store Protocol store."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rdflib import URIRef
from rich.console import Console

from ..dataset import load_dataset
from ..push import Pushed, push as run_push

PASSWORD_VARIABLE = "REFORMGRAPH_PASSWORD"


def push(
    endpoint: str = typer.Option(
        ..., "--endpoint", "-e", metavar="URL",
        help="The store's Graph Store Protocol URL: Oxigraph http://HOST:7878/store, Fuseki "
        "http://HOST:3030/DATASET/data, GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/service, "
        "Virtuoso http://HOST:8890/sparql-graph-crud.",
    ),
    graph: list[str] = typer.Option(
        [], "--graph", "-g", metavar="IRI", help="Push only this named graph (repeatable); default: all of them."
    ),
    dataset: Path = typer.Option(
        None, "--dataset", "-d", help="The built graphs folder, or one RDF file (default: graphs/)."
    ),
    user: str = typer.Option(
        None, "--user", "-u", help=f"User name for HTTP basic authentication; the password comes from ${PASSWORD_VARIABLE}."
    ),
    timeout: float = typer.Option(60.0, "--timeout", min=1.0, help="Seconds to wait for the store per graph."),
) -> None:
    """Upload the built dataset, one named graph at a time, to a triple store that speaks the
    SPARQL 1.1 Graph Store HTTP Protocol (Oxigraph, Fuseki, GraphDB, Virtuoso...).

    Each graph is sent as Turtle with PUT, which replaces that graph in the store:
    pushing again gives the same data, and graphs of the store that the dataset
    does not have are left alone. A store that refuses or cannot be reached is
    exit code 8, after the graphs sent so far.
    """
    credentials = None
    if user is not None:
        password = os.environ.get(PASSWORD_VARIABLE)
        if password is None:
            password = typer.prompt(f"password for {user}", hide_input=True)
        credentials = (user, password)
    console = Console(highlight=False)
    pushed = run_push(
        load_dataset(dataset, merged=False), endpoint, [URIRef(g.strip("<>")) for g in graph],
        credentials=credentials, timeout=timeout, progress=lambda p: console.print(_line(p)),
    )
    console.print(f"pushed {len(pushed)} graph(s), {sum(p.triples for p in pushed)} triples to {endpoint}")


def _line(pushed: Pushed) -> str:
    return f"  {pushed.triples:>8} triples  {'(default graph)' if pushed.graph is None else pushed.graph}"
