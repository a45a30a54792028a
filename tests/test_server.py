"""`serve`: a read-only SPARQL 1.1 Protocol endpoint, called the way users' tools call it.

The server runs on a free port of 127.0.0.1 in this process and is stopped by
the fixture; SPARQLWrapper and plain urllib requests talk to it over HTTP.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from fixture_dataset import FIXTURE, ID, fixture_store
from reformgraph.server import SparqlServer, negotiate
from reformgraph.store import Store

POSTS = """PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?person ?institution WHERE { ?person org:memberOf ?institution } ORDER BY ?person"""
MEMBERS = [(ID + "person/laura-hartman", ID + "institution/tillitsdelegationen-se"),
           (ID + "person/steffen-bohni", ID + "institution/socialstyrelsen-dk")]


@pytest.fixture(scope="module")
def server():
    with SparqlServer(fixture_store(), "127.0.0.1", 0) as running:
        yield running
    with pytest.raises(OSError):  # stopped: nothing listens any more
        socket.create_connection(("127.0.0.1", running.port), timeout=2).close()


def wrapper(server, fmt, method=None) -> SPARQLWrapper:
    client = SPARQLWrapper(server.url)
    client.setReturnFormat(fmt)
    if method:
        client.setMethod(method)
    return client


def test_it_listens_on_localhost_only(server):
    assert server.host == "127.0.0.1" and server.url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("method", [None, POST])
def test_select_as_json(server, method):
    client = wrapper(server, JSON, method)
    client.setQuery(POSTS)
    bindings = client.queryAndConvert()["results"]["bindings"]
    assert [(b["person"]["value"], b["institution"]["value"]) for b in bindings] == MEMBERS


def test_select_as_xml(server):
    client = wrapper(server, XML)
    client.setQuery(POSTS)
    document = client.queryAndConvert()  # an xml.dom.minidom Document
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]
    assert uris == [value for pair in MEMBERS for value in pair]


def test_select_as_csv(server):
    client = wrapper(server, CSV)
    client.setQuery(POSTS)
    rows = list(csv.reader(io.StringIO(client.queryAndConvert().decode("utf-8"))))
    assert rows == [["person", "institution"], *map(list, MEMBERS)]


def test_ask(server):
    client = wrapper(server, JSON)
    client.setQuery(f"ASK {{ <{ID}person/laura-hartman> ?p ?o }}")
    assert client.queryAndConvert()["boolean"] is True
    client.setQuery(f"ASK {{ <{ID}person/nobody> ?p ?o }}")
    assert client.queryAndConvert()["boolean"] is False


def test_construct_as_turtle(server):
    client = wrapper(server, TURTLE)
    client.setQuery(f"CONSTRUCT {{ ?p <{ID}worksAt> ?i }} WHERE {{ ?p <http://www.w3.org/ns/org#memberOf> ?i }}")
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert {(str(s), str(o)) for s, _, o in graph} == set(MEMBERS)


def test_construct_as_rdfxml_by_default(server):
    client = SPARQLWrapper(server.url)  # SPARQLWrapper asks for RDF/XML unless told otherwise
    client.setQuery(f"CONSTRUCT {{ ?p <{ID}worksAt> ?i }} WHERE {{ ?p <http://www.w3.org/ns/org#memberOf> ?i }}")
    assert len(client.queryAndConvert()) == 2  # SPARQLWrapper parses it into an rdflib Graph


def test_the_default_graph_is_the_union_and_named_graphs_stay_addressable(server):
    client = wrapper(server, JSON)
    client.setQuery("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(client.queryAndConvert()["results"]["bindings"][0]["n"]["value"]) == 7
    client.addDefaultGraph("https://w3id.org/reformgraph/graph/text/002_dk.txt")
    client.setQuery(POSTS)
    bindings = client.queryAndConvert()["results"]["bindings"]
    assert [b["person"]["value"] for b in bindings] == [MEMBERS[1][0]]


def test_updates_are_refused(server):
    client = SPARQLWrapper(server.url, updateEndpoint=server.url)
    client.setMethod(POST)
    client.setQuery(f"INSERT DATA {{ <{ID}x> <{ID}y> <{ID}z> }}")
    with pytest.raises(urllib.error.HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    request = urllib.request.Request(
        server.url, data=b"DELETE WHERE { ?s ?p ?o }", method="POST",
        headers={"Content-Type": "application/sparql-update"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    check = wrapper(server, JSON)
    check.setQuery(f"ASK {{ <{ID}x> ?p ?o }}")
    assert check.queryAndConvert()["boolean"] is False


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_graph_store_writes_are_not_allowed(server, method):
    request = urllib.request.Request(server.url + "?default", data=b"", method=method)
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405 and refused.value.headers["Allow"] == "GET, POST"


def test_a_bad_query_is_400_with_line_and_column(server):
    client = wrapper(server, JSON)
    client.setQuery("SELECT * WHERE {\n ?s ?p }")
    with pytest.raises(QueryBadFormed, match="line 2, column"):
        client.query()


def test_form_posts_and_unacceptable_formats(server):
    body = urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    request = urllib.request.Request(
        server.url, data=body, method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv;q=0.5, application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Type"] == "application/sparql-results+json"
    request = urllib.request.Request(
        server.url + "?" + urlencode({"query": "ASK { ?s ?p ?o }"}), headers={"Accept": "image/png"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 406


def test_too_large_bodies_are_refused():
    store = Store()
    with SparqlServer(store, "127.0.0.1", 0, max_body=100) as small:
        request = urllib.request.Request(
            small.url, data=b"ASK {}" + b" " * 200, method="POST", headers={"Content-Type": "application/sparql-query"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 413


def test_negotiation_honours_quality_and_order():
    assert negotiate(None, "select") == "json"
    assert negotiate("text/csv, application/sparql-results+xml", "select") == "csv"
    assert negotiate("text/csv;q=0.1, application/sparql-results+xml", "select") == "xml"
    assert negotiate("*/*", "graph") == "turtle"
    assert negotiate("application/n-triples;q=0.9, text/turtle;q=0", "graph") == "ntriples"


def test_the_command_serves_and_stops_cleanly_on_sigterm():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "COLUMNS": "200"}
    process = subprocess.Popen(
        [sys.executable, "-m", "reformgraph.cli", "serve", "--port", str(port), "--dataset", str(FIXTURE), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}/query?" + urlencode({"query": "ASK { ?s ?p ?o }"})
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    assert b"true" in response.read()
                break
            except urllib.error.URLError:
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
        assert process.returncode == 0, stderr
        assert "stopped" in stderr and "Traceback" not in stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
