"""Where the data files live, installed or in a checkout.

The wheel carries `ontology/` as `reformgraph/_ontology`; in a source checkout
(editable install, tests) the top-level `ontology/` is used instead.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .errors import ResourceMissing


@cache
def ontology_dir() -> Path:
    installed = Path(__file__).resolve().parent / "_ontology"
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[2] / "ontology"
    if checkout.is_dir():
        return checkout
    raise ResourceMissing("the ontology folder is missing from this installation")


def data_file(*parts: str) -> Path:
    """Path of a data file under the ontology folder; one clear error if absent."""
    path = ontology_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceMissing(f"data file missing: {'/'.join(parts)}")
    return path
