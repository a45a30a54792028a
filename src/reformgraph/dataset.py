"""The built dataset, loaded for the commands that read it (query, explain, serve, push).

`reformgraph build` writes graphs/reformgraph.trig with every named graph; the
readers load that one file into an in-memory Oxigraph store. A missing build is
one clear error, not a parser traceback.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .store import FORMATS, Store

DEFAULT_FOLDER = Path("graphs")
DATASET_FILE = "reformgraph.trig"


def dataset_path(location: Path | None = None) -> Path:
    """The dataset file: `location` itself if it is an RDF file, else `location`/reformgraph.trig."""
    location = DEFAULT_FOLDER if location is None else location
    names_a_file = location.suffix.lower() in FORMATS and not location.is_dir()
    path = location if names_a_file else location / DATASET_FILE
    if not path.is_file():
        hint = "" if names_a_file else " (run `reformgraph build` first, or point --graphs at a built folder)"
        raise InputError(f"{path}: no such file{hint}")
    return path


def load_dataset(location: Path | None = None) -> Store:
    """A store holding the built dataset (all named graphs) from a folder or an RDF file."""
    store = Store()
    store.load(dataset_path(location))
    return store
