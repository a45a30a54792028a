"""The pages' data files (styles, vis options, SPARQL, JS, CSS, template).

They ship inside the package (`reformgraph/pages/assets`, `.../queries`), so
a wheel carries them; reading goes through importlib.resources for that reason.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..errors import ResourceMissing


def asset_text(*parts: str) -> str:
    """The text of a file under this package, e.g. `asset_text("assets", "page.css")`."""
    node = resources.files(__package__).joinpath(*parts)
    if not node.is_file():
        raise ResourceMissing(f"data file missing: reformgraph/pages/{'/'.join(parts)}")
    return node.read_text(encoding="utf-8")


def query(name: str) -> str:
    """A saved SPARQL query of the pages (`queries/{name}.rq`)."""
    return asset_text("queries", f"{name}.rq")


@cache
def style() -> dict[str, Any]:
    """Classes, relations and palette: colours, shapes and labels of the pages."""
    return json.loads(asset_text("assets", "style.json"))


def vis_options() -> dict[str, Any]:
    """A fresh copy of the base vis-network options (callers adjust it)."""
    return json.loads(asset_text("assets", "vis-options.json"))
