"""The network pages in a real browser: headless Debian Chromium via Playwright.

Every page is opened with all non-file requests blocked (and recorded, so a
request that would have left the file fails the test), console errors and
dialogs (an injected `alert`) recorded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformgraph.pages import write_pages
from reformgraph.pages.browser import CHROMIUM, OfflinePage, chromium
from reformgraph.store import Store

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "dataset.trig"
ID = "https://w3id.org/reformgraph/id/"
LAURA = ID + "person/laura-hartman"
HOSTILE = ID + "institution/hostile-institute"
ENTITY_COUNT = """
PREFIX rg: <https://w3id.org/reformgraph/ontology#>
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a ?class .
  VALUES ?class { rg:Person rg:Institution rg:Government rg:Ministry rg:Parliament rg:Agency
    rg:Commission rg:Municipality rg:Region rg:Association rg:Union rg:Company rg:University
    rg:MediaOutlet rg:Party rg:Reform rg:Principle rg:GovernanceModel rg:Document
    rg:SourceText rg:Place }
}
"""

if not CHROMIUM.exists():
    pytest.skip("needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)

pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def store() -> Store:
    store = Store()
    store.load(FIXTURE)
    return store


@pytest.fixture(scope="module")
def site(store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("graphs")
    write_pages(store, out)
    return out


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


class Visit(OfflinePage):
    """One page opened offline, with helpers to find what it draws."""

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Viewport coordinates of a node's centre."""
        return tuple(self.js(
            """id => {
                const p = RG.network.canvasToDOM(RG.network.getPositions([id])[id]);
                const box = RG.network.body.container.getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""",
            node_id,
        ))

    def drawn(self) -> list[str]:
        return self.js("RG.network.body.nodeIndices.slice()")


@pytest.fixture
def visit(browser, site):
    opened: list[Visit] = []

    def open_page(name: str) -> Visit:
        opened.append(Visit(browser))
        return opened[-1].open(site / name)

    yield open_page
    for v in opened:
        v.close()


def _pages(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))


def test_every_page_opens_offline_without_errors(site, visit):
    pages = _pages(site)
    assert {"index.html", "discourse.html", "actors.html", "texts/f01_tillit_se.html"} <= set(pages)
    for name in pages:
        v = visit(name)
        assert v.outside == [], f"{name} tried to fetch {v.outside}"
        assert v.errors == [], f"{name} logged {v.errors}"
        assert v.js("RG.network.body.nodeIndices.length") == len(v.js("RG.data.nodes"))


def test_nodes_drawn_equal_entities_in_rdf(store, visit):
    expected = int(store.query(ENTITY_COUNT, union_default_graph=True).rows[0][0])
    v = visit("index.html")
    drawn = v.drawn()
    assert len(drawn) == expected == 22
    assert LAURA in drawn


def test_search_finds_a_person_and_focuses_it(visit):
    v = visit("index.html")
    v.js("RG.network.setOptions({physics: {enabled: false}})")  # a still node for the check
    v.page.fill("#rg-search", "hartman")
    first = v.page.locator("#rg-results button").first
    assert "Laura Hartman" in first.inner_text()
    v.page.press("#rg-search", "Enter")
    assert v.js("RG.network.getSelectedNodes()") == [LAURA]
    assert v.page.locator("#rg-details h3").inner_text() == "Laura Hartman"
    centre = v.js("RG.network.getViewPosition()")
    position = v.js("id => RG.network.getPositions([id])[id]", LAURA)
    assert abs(centre["x"] - position["x"]) < 1 and abs(centre["y"] - position["y"]) < 1


def test_search_matches_any_name_ignoring_case_and_accents(visit):
    v = visit("index.html")
    assert v.js("RG.fold('Sørensen ÆRØ Bromölla')") == "sorensen aero bromolla"

    def first_hit(query: str) -> str:
        v.page.fill("#rg-search", query)
        return v.page.locator("#rg-results li").first.inner_text()

    assert first_hit("tillitsdelegationen").startswith("The Trust Delegation")  # its Swedish name
    assert first_hit("kl").startswith("Kommunernes Landsforening")  # an alternative form
    assert first_hit("no such name") == "No match"


def test_class_filter_hides_that_class(visit):
    v = visit("index.html")
    persons = {ID + "person/laura-hartman", ID + "person/steffen-bohni"}
    before = set(v.drawn())
    box = v.page.locator('input[data-facet="cls"][data-key="Person"]')
    box.uncheck()
    after = set(v.drawn())
    assert after == before - persons
    hidden_edges = v.js("RG.edges.get({filter: e => e.hidden}).map(e => e.from)")
    assert set(hidden_edges) >= persons  # their edges went with them
    box.check()
    assert set(v.drawn()) == before


def test_tooltip_shows_the_quote_and_its_text(visit):
    v = visit("index.html")
    v.js("RG.network.setOptions({physics: {enabled: false}})")
    v.page.mouse.move(*v.node_point(LAURA))
    tooltip = v.page.locator("#rg-tooltip")
    tooltip.wait_for(state="visible")
    quotes = tooltip.locator("blockquote")
    assert "Tillitsdelegationens ordförande Laura Hartman säger" in quotes.first.inner_text()
    assert tooltip.locator("blockquote mark").first.inner_text() == "Laura Hartman"
    assert "f01_tillit_se.txt" in tooltip.locator("cite").first.inner_text()
    assert "Person" in tooltip.inner_text()


def test_physics_switch(visit):
    v = visit("index.html")
    switch = v.page.locator("#rg-physics")
    assert switch.is_checked()  # a small graph starts with physics on
    switch.uncheck()
    assert v.js("RG.network.physics.options.enabled") is False


def test_language_choice_relabels_nodes(visit):
    v = visit("index.html")
    delegation = ID + "institution/tillitsdelegationen-se"
    assert v.js("id => RG.nodes.get(id).label", delegation) == "The Trust Delegation"
    v.page.select_option("#rg-lang", "sv")
    assert v.js("id => RG.nodes.get(id).label", delegation) == "Tillitsdelegationen"


def test_markup_from_the_corpus_stays_inert(visit):
    for name in ("index.html", "texts/f03_hostile.html"):
        v = visit(name)
        v.js("RG.network.setOptions({physics: {enabled: false}})")
        v.page.mouse.move(*v.node_point(HOSTILE))
        v.page.locator("#rg-tooltip").wait_for(state="visible")
        v.page.mouse.click(*v.node_point(HOSTILE))
        details = v.page.locator("#rg-details")
        assert "<img src=x onerror=alert(1)> Institute" in details.locator("h3").inner_text()
        assert "<script>alert(1)</script>" in details.locator("blockquote").first.inner_text()
        v.page.fill("#rg-search", "onerror")
        assert "<img src=x" in v.page.locator("#rg-results button").first.inner_text()
        assert v.js("document.querySelectorAll('img, [onerror]').length") == 0
        assert v.js("document.scripts.length") == 9  # data, vis-network and the 7 page scripts
        assert v.dialogs == [] and v.errors == []
    assert "<script>alert(1)</script>" in v.page.locator("h1").inner_text()
