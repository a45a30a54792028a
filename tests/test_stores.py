"""Other triple stores: every RDF file loads with the same count in rdflib, Oxigraph and
Apache Jena, and the saved queries give the same answers in all three.

Three sources of files: a small hand-made dataset (tests/fixtures/stores), a
fresh build of corpus/, and the committed graphs/ when the checkout has it.
Queries run the way the README tells users to: the default graph is the
merge of the named graphs (rdflib `Dataset(default_union=True)`; Oxigraph with
the merge copied into its default graph, as `reformgraph query` does; Jena
TDB2 with `tdb:unionDefaultGraph`).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from fixture_dataset import FIXTURE
from jena_support import (
    classpath, missing_reason, parse_json_results, returns_graph, riot_count, tdb2_load, tdb2_query,
)
from reformgraph.dataset import load_dataset
from reformgraph.publishing import prefixes
from reformgraph.queries import run_query, saved_queries
from reformgraph.rdf.graphs import ENTITIES_GRAPH, is_text_graph
from reformgraph.results import ntriples_term
from reformgraph.store import Store

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "graphs"
TRIPLE_SUFFIXES = (".ttl", ".nt", ".rdf")
DATASET_SUFFIXES = (".trig", ".nq", ".jsonld")
SOURCES = ["fixture", "built"] + (["graphs"] if (COMMITTED / "reformgraph.trig").is_file() else [])
QUERIES = [q.name for q in saved_queries()]

jena = pytest.mark.jena


@pytest.fixture(scope="module")
def fixture_files(tmp_path_factory) -> Path:
    """The fixture dataset written in the six syntaxes as the build writes them."""
    store = Store()
    store.load(FIXTURE)
    out = tmp_path_factory.mktemp("fixture-files")
    data_graphs = [g for g in store.graphs() if is_text_graph(g) or g == ENTITIES_GRAPH]
    for suffix in TRIPLE_SUFFIXES:
        store.write(out / f"reformgraph{suffix}", graphs=data_graphs, prefixes=prefixes())
    for suffix in DATASET_SUFFIXES:
        store.write(out / f"reformgraph{suffix}", union=True, prefixes=prefixes())
    return out


@pytest.fixture(scope="module", params=SOURCES)
def folder(request) -> Path:
    if request.param == "fixture":
        return request.getfixturevalue("fixture_files")
    if request.param == "built":
        return request.getfixturevalue("built")
    return COMMITTED


@pytest.fixture(scope="module")
def jena_cp(tmp_path_factory) -> str:
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    return classpath(tmp_path_factory.mktemp("jena"))


def rdflib_count(path: Path) -> int:
    if path.suffix in DATASET_SUFFIXES:
        dataset = Dataset()
        dataset.parse(path)
        return sum(len(graph) for graph in dataset.graphs())
    return len(Graph().parse(path))


def oxigraph_count(path: Path) -> int:
    store = Store()
    store.load(path)
    return len(store)


@pytest.mark.parametrize("suffix", TRIPLE_SUFFIXES + DATASET_SUFFIXES)
def test_rdflib_and_oxigraph_read_the_same_number_of_statements(folder, suffix):
    path = folder / f"reformgraph{suffix}"
    assert path.is_file(), path
    expected = oxigraph_count(folder / ("reformgraph.nt" if suffix in TRIPLE_SUFFIXES else "reformgraph.nq"))
    assert expected > 0
    assert oxigraph_count(path) == expected
    assert rdflib_count(path) == expected


@jena
def test_jena_riot_counts_the_same_statements(folder, jena_cp):
    for suffix in TRIPLE_SUFFIXES + DATASET_SUFFIXES:
        path = folder / f"reformgraph{suffix}"
        assert riot_count(jena_cp, path) == oxigraph_count(path), path.name


@pytest.mark.parametrize("suffix", [".ttl", ".trig"])
def test_declared_prefixes_are_namespaces(folder, suffix):
    """Stores import a file's prefixes (GraphDB keeps them for every later query): no stray ones."""
    text = (folder / f"reformgraph{suffix}").read_text(encoding="utf-8")
    declared = dict(re.findall(r"^@prefix ([\w-]*): <([^>]*)> \.$", text, re.MULTILINE))
    assert declared, "no prefixes declared"
    assert {p: ns for p, ns in declared.items() if not ns.endswith(("/", "#"))} == {}


def test_the_fixture_files_hold_the_data_graphs_and_the_dataset(fixture_files):
    store = Store()
    store.load(FIXTURE)
    data = {(s, p, o) for s, p, o, g in store.quads(union=True) if g is not None and (is_text_graph(g) or g == ENTITIES_GRAPH)}
    assert oxigraph_count(fixture_files / "reformgraph.ttl") == len(data)
    assert oxigraph_count(fixture_files / "reformgraph.trig") == len(store) > len(data)


# -- the saved queries in three engines ------------------------------------------------------


def answer_key(kind_or_rows) -> Counter | bool:
    """A comparable answer: the ASK boolean, or a multiset of rows in N-Triples syntax."""
    if isinstance(kind_or_rows, bool):
        return kind_or_rows
    return Counter(tuple("" if v is None else ntriples_term(v) for v in row) for row in kind_or_rows)


def oxigraph_answer(store: Store, name: str):
    result = run_query(store, next(q for q in saved_queries() if q.name == name))
    return result.boolean if result.kind == "ask" else answer_key(result.rows)


@pytest.fixture(scope="module")
def oxigraph_store(folder) -> Store:
    return load_dataset(folder / "reformgraph.trig")


@pytest.fixture(scope="module")
def rdflib_dataset(folder) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(folder / "reformgraph.trig")
    return dataset


@pytest.fixture(scope="module")
def tdb2(folder, jena_cp, tmp_path_factory) -> Path:
    location = tmp_path_factory.mktemp("tdb2") / "db"
    tdb2_load(jena_cp, location, folder / "reformgraph.trig")
    return location


@pytest.mark.parametrize("name", QUERIES)
def test_rdflib_gives_the_answers_oxigraph_gives(name, oxigraph_store, rdflib_dataset):
    query = next(q for q in saved_queries() if q.name == name)
    result = rdflib_dataset.query(query.text)
    if result.type == "ASK":
        answer = bool(result.askAnswer)
    elif result.type == "SELECT":
        answer = answer_key([tuple(row) for row in result])
    else:
        answer = answer_key(list(result.graph))
    assert answer == oxigraph_answer(oxigraph_store, name)


@jena
@pytest.mark.parametrize("name", QUERIES)
def test_jena_gives_the_answers_oxigraph_gives(name, oxigraph_store, tdb2, jena_cp):
    query = next(q for q in saved_queries() if q.name == name)
    output = tdb2_query(jena_cp, tdb2, query.path)
    if returns_graph(query.path):
        answer = answer_key(list(Graph().parse(data=output, format="nt")))
    else:
        parsed = parse_json_results(output)
        answer = parsed if isinstance(parsed, bool) else answer_key(parsed[1])
    assert answer == oxigraph_answer(oxigraph_store, name)
