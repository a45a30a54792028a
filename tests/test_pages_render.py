"""The written pages as files: self-contained, escaped, deterministic."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reformgraph.pages import write_pages
from reformgraph.pages.render import _inline
from reformgraph.store import Store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "pages" / "dataset.trig"
EXPECTED = {
    "index.html", "discourse.html", "actors.html",
    "texts/f01_tillit_se.html", "texts/f02_tillid_dk.html", "texts/f03_hostile.html",
    "network.gexf", "network.graphml", "discourse.gexf", "discourse.graphml", "actors.gexf", "actors.graphml",
}
WRITE = """
import sys
from pathlib import Path
from reformgraph.pages import write_pages
from reformgraph.store import Store
store = Store()
store.load(Path(sys.argv[1]))
write_pages(store, Path(sys.argv[2]))
"""


def _write(out: Path) -> list[Path]:
    store = Store()
    store.load(FIXTURE)
    return write_pages(store, out)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("graphs")
    _write(out)
    return out


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data_json = ""
        self._in_data = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_data = tag == "script" and dict(attrs).get("id") == "rg-data"

    def handle_endtag(self, tag):
        self._in_data = False

    def handle_data(self, data):
        if self._in_data:
            self.data_json += data


def _parse(path: Path) -> _Tags:
    parser = _Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_writes_every_page_and_export(tmp_path):
    written = _write(tmp_path)
    assert {str(p.relative_to(tmp_path)) for p in written} == EXPECTED
    assert all(p.stat().st_size > 0 for p in written)


def test_pages_are_self_contained(site):
    for page in _pages(site):
        parsed = _parse(page)
        for tag, attrs in parsed.tags:
            assert not (tag == "script" and "src" in attrs), f"{page.name}: external script"
            assert tag != "link", f"{page.name}: linked resource {attrs}"
            for name in ("src", "href", "action", "srcset"):
                value = attrs.get(name) or ""
                assert not re.match(r"\s*(https?:)?//", value), f"{page.name}: {tag} {name}={value}"
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", text)
        assert "default-src 'none'" in text  # the CSP forbids any request, too


def test_corpus_markup_is_escaped_everywhere(site):
    for page in _pages(site):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<img src=x" not in text, page.name
        assert "onerror=alert" not in text.replace("\\u003cimg src=x onerror=alert", ""), page.name
    hostile = (site / "texts" / "f03_hostile.html").read_text(encoding="utf-8")
    assert "<h1>A hostile &lt;script&gt;alert(1)&lt;/script&gt; text</h1>" in hostile
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in hostile


def test_page_data_round_trip(site):
    data = json.loads(_parse(site / "index.html").data_json)
    assert len(data["nodes"]) == 22 and len(data["edges"]) == 15
    hostile = next(n for n in data["nodes"] if n["id"].endswith("hostile-institute"))
    assert hostile["label"] == "<img src=x onerror=alert(1)> Institute"
    norway = next(n for n in data["nodes"] if n["id"].endswith("place/no"))
    assert norway["texts"] == [] and norway["langs"] == ["und"]
    assert data["languages"][-1] == ["und", 1]
    assert data["options"]["physics"]["enabled"] is True
    assert data["options"]["layout"]["improvedLayout"] is False


def test_same_graph_same_bytes_whatever_the_hash_seed(site, tmp_path):
    """Two builds in fresh processes with different hash seeds: identical files."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", WRITE, str(FIXTURE), str(out)], check=True, env=env)
        outs.append(out)
    for name in sorted(EXPECTED):
        first = (outs[0] / name).read_bytes()
        assert first == (outs[1] / name).read_bytes(), name
        assert first == (site / name).read_bytes(), name


def test_an_asset_that_could_end_its_element_is_refused():
    with pytest.raises(ValueError, match="cannot be inlined"):
        _inline("var s = '</script>';", "evil.js")
