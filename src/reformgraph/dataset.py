"""The built dataset, loaded for the commands that read it (query, explain, serve, push).

`reformgraph build` writes graphs/reformgraph.trig with every named graph; the
readers load that one file into an in-memory Oxigraph store. A missing build is
one clear error, not a parser traceback.

For querying, the default graph also receives the RDF merge of all named
graphs: each statement once, as GraphDB, Virtuoso and Jena's union graph
present it. (Oxigraph's own union-default-graph option yields a statement
once per graph holding it, which multiplies rows and makes joins over
statements repeated in many texts explode.) Named graphs stay as they are.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .store import FORMATS, Store

DEFAULT_FOLDER = Path("graphs")
DATASET_FILE = "reformgraph.trig"
MERGE_INTO_DEFAULT_GRAPH = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def dataset_path(location: Path | None = None) -> Path:
    """The dataset file: `location` itself if it is an RDF file, else `location`/reformgraph.trig."""
    location = DEFAULT_FOLDER if location is None else location
    names_a_file = location.suffix.lower() in FORMATS and not location.is_dir()
    path = location if names_a_file else location / DATASET_FILE
    if not path.is_file():
        hint = "" if names_a_file else " (run `reformgraph build` first, or point --dataset at a built folder)"
        raise InputError(f"{path}: no such file{hint}")
    return path


def load_dataset(location: Path | None = None, *, merged: bool = True) -> Store:
    """A store holding the built dataset from a folder or an RDF file.

    With `merged`, the default graph is the merge of the named graphs (for
    queries); without, the store holds exactly the file (for copying it elsewhere).
    """
    store = Store()
    store.load(dataset_path(location))
    if merged:
        merge_named_graphs(store)
    return store


def merge_named_graphs(store: Store) -> Store:
    """Add every statement of the named graphs to the default graph (a set: each once)."""
    store.update(MERGE_INTO_DEFAULT_GRAPH)
    return store
