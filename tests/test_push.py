"""`push`: upload with the SPARQL 1.1 Graph Store Protocol, against a real Oxigraph server.

The server is Oxigraph's own (`oxigraph serve`, the `oxigraph` package on
PyPI, same version as pyoxigraph), in memory, started by the test on a free
port of 127.0.0.1 and terminated by it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

from fixture_dataset import FIXTURE, fixture_store, run_cli
from reformgraph.errors import InputError, StoreError
from reformgraph.push import graph_url, push
from reformgraph.store import Store

DK_GRAPH = URIRef("https://w3id.org/reformgraph/graph/text/002_dk.txt")


def oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).with_name("oxigraph")
    return str(beside_python) if beside_python.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def oxigraph() -> Iterator[str]:
    """Base URL of a fresh, empty Oxigraph server."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).close()
                break
            except urllib.error.URLError:
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline, "oxigraph serve did not start"
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()


@pytest.fixture(scope="module")
def store() -> Store:
    return fixture_store(merged=False)  # the file as it is, as `push` loads it


def remote_quads(base: str) -> set[str]:
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return {line for line in response.read().decode("utf-8").splitlines() if line.strip()}


def local_quads(store: Store, graphs: list[URIRef] | None = None) -> set[str]:
    data = store.serialize(".nq", union=graphs is None, graphs=graphs)
    return {line for line in data.decode("utf-8").splitlines() if line.strip()}


def test_every_graph_arrives_whole_and_pushing_again_changes_nothing(oxigraph, store):
    pushed = push(store, f"{oxigraph}/store")
    assert sorted(p.graph for p in pushed) == store.graphs()  # the fixture's default graph is empty
    assert sum(p.triples for p in pushed) == len(store)
    assert remote_quads(oxigraph) == local_quads(store)
    push(store, f"{oxigraph}/store")
    assert remote_quads(oxigraph) == local_quads(store)


def test_one_graph_only(oxigraph, store):
    pushed = push(store, f"{oxigraph}/store", [DK_GRAPH])
    assert [p.graph for p in pushed] == [DK_GRAPH]
    assert remote_quads(oxigraph) == local_quads(store, [DK_GRAPH])


def test_a_default_graph_goes_to_the_default_graph(oxigraph):
    store = Store()
    store.add([(URIRef("https://example.org/a"), URIRef("https://example.org/p"), URIRef("https://example.org/b"), None)])
    assert [p.graph for p in push(store, f"{oxigraph}/store")] == [None]
    assert remote_quads(oxigraph) == {"<https://example.org/a> <https://example.org/p> <https://example.org/b> ."}


def test_a_refusal_is_one_clear_error(oxigraph, store):
    with pytest.raises(StoreError, match=r"/query refused graph <.*>: HTTP 4\d\d"):
        push(store, f"{oxigraph}/query")


def test_an_unreachable_store_is_one_clear_error(store):
    with pytest.raises(StoreError, match=r"cannot reach http://127\.0\.0\.1:\d+/store"):
        push(store, f"http://127.0.0.1:{free_port()}/store", timeout=5)


def test_bad_endpoints_and_graphs_are_input_errors(store):
    with pytest.raises(InputError, match="not an http"):
        push(store, "ftp://example.org/store")
    with pytest.raises(InputError, match="has no graph"):
        push(store, "http://127.0.0.1:1/store", [URIRef("https://example.org/nothing")])


def test_graph_urls_use_indirect_identification():
    assert graph_url("http://h/store", None) == "http://h/store?default"
    assert graph_url("http://h/ds/data?x=1", URIRef("https://w3id.org/g/a b")) == "http://h/ds/data?x=1&graph=https%3A%2F%2Fw3id.org%2Fg%2Fa%20b"


def test_the_command_pushes_and_reports_refusal_in_one_line(oxigraph):
    done = run_cli("push", "--dataset", str(FIXTURE), "--endpoint", f"{oxigraph}/store")
    assert done.returncode == 0, done.stderr
    assert "pushed 7 graph(s)" in done.stdout
    failed = run_cli("push", "--dataset", str(FIXTURE), "--endpoint", f"http://127.0.0.1:{free_port()}/store")
    assert failed.returncode == 8
    assert [line for line in failed.stderr.splitlines() if line.startswith("error:")][0].startswith("error: cannot reach")
    assert "Traceback" not in failed.stderr
