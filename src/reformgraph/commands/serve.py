"""`reformgraph serve`: a read-only SPARQL 1.1 Protocol endpoint on localhost."""

from __future__ import annotations

import signal
from pathlib import Path

import typer
from rich.console import Console

from ..dataset import load_dataset
from ..server import SparqlServer


def serve(
    port: int = typer.Option(7878, "--port", "-p", min=0, max=65535, help="TCP port; 0 picks a free one."),
    host: str = typer.Option(
        "127.0.0.1", "--host",
        help="Address to listen on. The default serves this machine only; anything else exposes the endpoint to the network.",
    ),
    dataset: Path = typer.Option(
        None, "--dataset", "-d", help="The built graphs folder, or one RDF file (default: graphs/)."
    ),
    max_requests: int = typer.Option(8, "--max-requests", min=1, help="Queries run at once; more get 503."),
    quiet: bool = typer.Option(False, "--quiet", help="Do not log requests."),
) -> None:
    """Serve the knowledge graph as a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/query.

    GET ?query=..., POST of a form (query=...) or of application/sparql-query;
    answers as SPARQL JSON, XML, CSV or TSV, or Turtle, N-Triples, JSON-LD or
    RDF/XML for CONSTRUCT/DESCRIBE, by the Accept header. The default graph is
    the merge of all named graphs (default-graph-uri/named-graph-uri narrow it).
    Read-only: updates get 403. Ctrl-C (or SIGTERM) stops it cleanly.
    """
    console = Console(stderr=True, highlight=False)
    store = load_dataset(dataset)
    server = SparqlServer(store, host, port, max_requests=max_requests, log=None if quiet else console.print)
    signal.signal(signal.SIGTERM, _interrupt)
    console.print(f"SPARQL endpoint (read-only): {server.url}  ({len(store)} quads; Ctrl-C stops)")
    server.serve_forever()
    console.print("stopped")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
