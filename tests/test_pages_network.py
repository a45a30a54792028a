"""The networkx side of the pages: reading the store, the three networks,
layout, centrality, communities and the exports, on the hand-made fixture."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from reformgraph.pages import export, layout
from reformgraph.pages.communities import communities
from reformgraph.pages.data import GraphData, _language, load
from reformgraph.pages.network import actor_graph, discourse_graph, entity_graph
from reformgraph.pages.payload import text_page_name
from reformgraph.pages.site import draw
from reformgraph.store import Store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "pages" / "dataset.trig"
ID = "https://w3id.org/reformgraph/id/"
LAURA, BOHNI = ID + "person/laura-hartman", ID + "person/steffen-bohni"
DELEGATION, KL = ID + "institution/tillitsdelegationen-se", ID + "institution/kommunernes-landsforening-dk"
HOSTILE, NPM = ID + "institution/hostile-institute", ID + "reform/new-public-management"
TRUST_MODEL, SE_REFORM = ID + "model/tillitsbaserad-styrning", ID + "reform/tillitsreformen-se"


@pytest.fixture(scope="module")
def data() -> GraphData:
    store = Store()
    store.load(FIXTURE)
    return load(store)


def test_entities_get_their_most_specific_class(data):
    assert len(data.entities) == 22
    delegation = data.entities[DELEGATION]  # rg:Commission, and rg:Institution inferred
    assert (delegation.cls, delegation.subtype) == ("Institution", "Commission")
    assert data.entities[HOSTILE].subtype is None
    assert data.entities[ID + "text/f01_tillit_se.txt"].cls == "SourceText"  # also an inferred rg:Document
    assert data.entities[ID + "document/sou-2018-47"].cls == "Document"


def test_names_countries_and_texts(data):
    delegation = data.entities[DELEGATION]
    assert delegation.labels == {"sv": "Tillitsdelegationen", "en": "The Trust Delegation"}
    assert delegation.label == "Tillitsdelegationen"  # the language of its text wins
    assert delegation.alt_labels == {"Tillitsdelegationens", "delegationen"}
    assert delegation.country == "SE"
    assert data.entities[ID + "place/dk"].country == "DK"
    assert data.entities[LAURA].label == "Laura Hartman"  # the plain rdfs:label
    assert data.entities[NPM].texts == {"f01_tillit_se.txt", "f02_tillid_dk.txt", "f03_hostile.txt"}
    assert {t.language for t in data.texts.values()} == {"sv", "da", "en"}
    norway = data.entities[ID + "place/no"]  # described corpus-wide, named by no text
    assert (norway.texts, norway.country, norway.label) == (set(), "NO", "Norway")
    text = data.entities[ID + "text/f02_tillid_dk.txt"]  # a text is named by its file
    assert (text.labels, text.alt_labels, text.country) == ({"": "f02_tillid_dk.txt"}, set(), "DK")


@pytest.mark.parametrize(
    ("value", "language"),
    [("sv", "sv"), ("DA", "da"), ("http://id.loc.gov/vocabulary/iso639-1/nb", "nb"), (None, "und"), ("", "und")],
)
def test_text_languages_are_read_from_literals_or_iris(value, language):
    assert _language(value) == language


def test_quotes_come_from_the_evidence_graphs(data):
    quotes = sorted(data.entities[LAURA].quotes)
    assert [q.text for q in quotes] == ["f01_tillit_se.txt", "f01_tillit_se.txt"]
    first = quotes[0]
    assert first.quote.startswith("Tillitsdelegationens ordförande Laura Hartman")
    assert first.quote[first.mark[0] : first.mark[1]] == "Laura Hartman"
    member = data.relations[LAURA, "memberOf", DELEGATION]
    assert member.roles == {"ordförande"}
    assert [(q.text, q.quote) for q in member.quotes] == [
        ("f01_tillit_se.txt", "Tillitsdelegationens ordförande Laura Hartman")
    ]


def test_entity_graph(data):
    graph = entity_graph(data)
    assert graph.number_of_nodes() == 22
    assert graph.number_of_edges() == 15
    assert set(graph[LAURA][DELEGATION]) == {"memberOf"}
    assert graph.nodes[DELEGATION]["cls"] == "Institution"
    assert graph.edges[LAURA, DELEGATION, "memberOf"]["roles"] == ("ordförande",)
    assert list(graph) == sorted(graph)


def test_discourse_graph_ties(data):
    graph = discourse_graph(data)
    parts = nx.get_node_attributes(graph, "part")
    assert {parts[LAURA], parts[KL], parts[NPM]} == {"actor", "concept"}
    assert all(parts[u] == "actor" and parts[v] == "concept" for u, v in graph.edges())
    assert set(graph[DELEGATION][NPM]) == {"criticizes"}
    # named in one sentence, no stance stated in that text: a mentions tie
    assert set(graph[LAURA][SE_REFORM]) == {"mentions"}
    assert set(graph[KL][NPM]) == {"mentions"}
    # Laura Hartman's stance on trust-based governance is stated: no mentions tie beside it
    assert set(graph[LAURA][TRUST_MODEL]) == {"supports"}
    mention = graph.edges[KL, NPM, "mentions"]
    assert mention["weight"] == 1 and mention["texts"] == ("f02_tillid_dk.txt",)
    assert "Kommunernes Landsforening har længe talt om" in mention["quotes"][0].quote


def test_actor_graph_links_shared_stances(data):
    actors = actor_graph(discourse_graph(data))
    assert set(actors) == {LAURA, BOHNI, DELEGATION, KL, HOSTILE}
    assert set(map(frozenset, actors.edges())) == {
        frozenset(p) for p in [(BOHNI, DELEGATION), (BOHNI, HOSTILE), (DELEGATION, HOSTILE), (BOHNI, KL)]
    }
    assert actors.degree(LAURA) == 0
    edge = actors.edges[BOHNI, KL]
    assert edge["weight"] == 1
    assert edge["shared"] == (("supports", ID + "reform/tillidsreformen-dk", "tillidsreformen"),)
    assert {q.text for q in edge["quotes"]} == {"f02_tillid_dk.txt"}


def test_a_text_contributes_its_own_part(data):
    own = data.for_text("f02_tillid_dk.txt")
    graph = entity_graph(own)
    assert BOHNI in graph and LAURA not in graph
    assert all(q.text == "f02_tillid_dk.txt" for e in own.entities.values() for q in e.quotes)
    assert own.entities[NPM].texts == data.entities[NPM].texts  # counts stay corpus-wide
    assert graph.number_of_edges() == 4


def test_layout_is_deterministic_and_spreads_nodes(data):
    graph = entity_graph(data)
    first, second = layout.positions(graph), layout.positions(graph)
    assert first == second and set(first) == set(graph)
    assert len(set(first.values())) == len(first)
    assert all(isinstance(c, int) for xy in first.values() for c in xy)


def test_large_components_use_the_fast_layout():
    graph = nx.Graph()
    graph.add_edges_from((f"n{i:04d}", f"n{i + 1:04d}") for i in range(899))
    graph.add_edges_from((f"n{i:04d}", f"n{(i * 7 + 1) % 900:04d}") for i in range(0, 900, 5))
    graph.add_edges_from((f"n{i:04d}", f"leaf{i:04d}") for i in range(0, 900, 3))
    assert max(map(len, nx.connected_components(graph))) > layout.SPRING_MAX
    found = layout.positions(graph)
    assert found == layout.positions(graph)
    points = sorted(found.values())
    assert len(set(points)) == len(points)  # leaves of one hub no longer coincide


def test_communities_are_stable_and_singletons_are_grey(data):
    graph = entity_graph(data)
    found = communities(graph)
    assert found == communities(graph)
    assert found[ID + "text/f03_hostile.txt"] == -1  # an isolated node
    assert found[LAURA] >= 0 and found[DELEGATION] >= 0
    sizes = [list(found.values()).count(c) for c in range(max(found.values()) + 1)]
    assert sizes == sorted(sizes, reverse=True) and min(sizes) > 1  # numbered largest first


def test_exports_are_readable_and_deterministic(data, tmp_path):
    graph = entity_graph(data)
    drawing = draw(graph)
    gexf = export.write_gexf(graph, drawing, tmp_path / "a.gexf")
    graphml = export.write_graphml(graph, drawing, tmp_path / "a.graphml")
    assert b"lastmodifieddate" not in gexf.read_bytes()
    back = nx.read_graphml(graphml)
    assert back.number_of_nodes() == 22 and back.number_of_edges() == 15
    assert back.nodes[DELEGATION]["label_en"] == "The Trust Delegation"
    assert nx.read_gexf(gexf).number_of_edges() == 15
    again = export.write_gexf(graph, draw(graph), tmp_path / "b.gexf")
    assert gexf.read_bytes() == again.read_bytes()


def test_text_page_names_are_safe():
    assert text_page_name("003_30efb3d1bb7f4172.txt") == "003_30efb3d1bb7f4172.html"
    assert text_page_name("plain") == "plain.html"
    odd = [text_page_name(i) for i in ("../x/evil<1>.txt", "evil-1-.txt", "a.b.txt", ".hidden")]
    assert all("/" not in n and "<" not in n and not n.startswith(".") for n in odd)
    assert len(set(odd)) == len(odd)
