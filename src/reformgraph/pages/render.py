"""Write one self-contained HTML page; the only module that imports pyvis.

pyvis holds the network (its `Network` takes the node and edge dicts and the
vis options) and ships vis-network's JS and CSS in its package. Its own
template links CDNs even with `cdn_resources="in_line"` (bootstrap, and
vis-network in other modes), so the page is rendered from our template with
every script and style inlined: no request leaves the file.

Escaping: Jinja2 autoescapes every value put into the HTML; the page data go
into a `<script type="application/json">` with `<`, `>` and `&` written as
JSON escapes, so no text from the corpus can close the element or open a tag.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network

from .bundled import asset_text

VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"
SCRIPTS = ("core.js", "describe.js", "tooltip.js", "paint.js", "filters.js", "search.js", "boot.js")
_BREAKS_OUT = re.compile(r"</(script|style)|<!--", re.IGNORECASE)
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _inline(source: str, name: str) -> Markup:
    """Mark an asset safe to inline, after checking it cannot end its element."""
    if _BREAKS_OUT.search(source):
        raise ValueError(f"{name} contains '</script', '</style' or '<!--' and cannot be inlined")
    return Markup(source)


def _json_for_script(value: Any) -> Markup:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text))


@cache
def _static() -> dict[str, Any]:
    """The inlined assets, read once per process."""
    return {
        "vis_js": _inline((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"), "vis-network.min.js"),
        "vis_css": _inline((VIS_DIR / "vis-network.css").read_text(encoding="utf-8"), "vis-network.css"),
        "page_css": _inline(asset_text("assets", "page.css"), "page.css"),
        "page_js": tuple(_inline(asset_text("assets", "js", name), name) for name in SCRIPTS),
    }


@cache
def _template():
    environment = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    return environment.from_string(asset_text("assets", "page.html"))


def render(payload: dict[str, Any], text_pages: list[tuple[str, str]], subtitle: str | None = None) -> str:
    """The HTML of one page from its payload (see `payload.build_payload`).

    `text_pages` lists (identifier, path from the root) for the navigation.
    """
    page = payload["page"]
    net = Network(directed=page["directed"], cdn_resources="in_line", heading=page["title"])
    net.nodes = payload["nodes"]
    net.edges = payload["edges"]
    net.options = payload["options"]
    nodes, edges, _, _, _, _ = net.get_network_data()
    data = {**payload, "nodes": nodes, "edges": edges}
    return _template().render(
        title=page["title"],
        subtitle=subtitle,
        kind=page["kind"],
        root=page["root"],
        text=page["text"],
        exports=page["exports"],
        text_pages=text_pages,
        data=_json_for_script(data),
        **_static(),
    )
