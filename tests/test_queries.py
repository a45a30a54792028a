"""Saved queries: the registry and its headers, parameters, result formats, syntax errors."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from fixture_dataset import FIXTURE, ID, fixture_store, run_cli
from reformgraph.errors import InputError, QueryError
from reformgraph.queries import bindings, find_query, parse_query, read_query, run_query, saved_queries, term
from reformgraph.results import serialize, table_cells
from reformgraph.store import QueryResult, Store

LAURA = URIRef(ID + "person/laura-hartman")
SAVED = {
    "posts", "principles", "proposals", "stances", "cross-country-institutions",
    "institution-documents", "co-mentions", "text",
}


@pytest.fixture(scope="module")
def store() -> Store:
    return fixture_store()


# -- the registry -----------------------------------------------------------------------------


def test_the_eight_competency_questions_are_saved_with_a_header():
    queries = {q.name: q for q in saved_queries()}
    assert set(queries) == SAVED
    for query in queries.values():
        assert query.title and len(query.question) > 40, query.name
        assert query.question.endswith((".", "?")), query.name
        for parameter in query.parameters:
            assert parameter.help, f"{query.name}: ?{parameter.name} has no description"


def test_evaluation_queries_in_sub_folders_are_not_saved_queries():
    assert all(q.path.parent.name == "queries" for q in saved_queries())


@pytest.mark.parametrize("name", sorted(SAVED))
def test_every_declared_parameter_can_be_bound(name, store):
    """Oxigraph pre-binds only projected variables: a header must not promise others."""
    query = find_query(name)
    assert run_query(store, query).kind in ("select", "graph")
    for parameter in query.parameters:
        value = "<https://example.org/nothing>" if parameter.type == "IRI" else "nothing"
        result = run_query(store, query, bindings(query, [f"{parameter.name}={value}"]))
        assert result.rows == (), f"{name}: ?{parameter.name} did not restrict the answer"


def test_a_parameter_restricts_the_answer_as_in_rdflib(store):
    query = find_query("posts")
    params = bindings(query, [f"person=<{LAURA}>"])
    rows = run_query(store, query, params).rows
    assert [(row[0], str(row[2])) for row in rows] == [(LAURA, "ordförande")]
    dataset = Dataset(default_union=True)
    dataset.parse(FIXTURE)
    assert [(r[0], str(r[2])) for r in dataset.query(query.text, initBindings=params)] == [(LAURA, "ordförande")]


def test_a_text_identifier_selects_one_named_graph(store):
    query = find_query("text")
    triples = run_query(store, query, bindings(query, ["identifier=002_dk.txt"])).rows
    subjects = {str(s) for s, _, _ in triples}
    assert ID + "text/002_dk.txt" in subjects and ID + "text/001_se.txt" not in subjects
    assert (URIRef(ID + "person/steffen-bohni"), URIRef("http://www.w3.org/ns/org#memberOf"),
            URIRef(ID + "institution/socialstyrelsen-dk")) in triples


def test_find_query_by_name_or_file(tmp_path):
    assert find_query("posts").name == "posts"
    own = tmp_path / "mine.rq"
    own.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1\n")
    assert find_query(str(own)).title == ""
    with pytest.raises(InputError, match="posts"):  # the message lists the saved queries
        find_query("no-such-query")
    with pytest.raises(InputError, match="no such query file"):
        find_query(str(tmp_path / "absent.rq"))


# -- headers and parameters -------------------------------------------------------------------

HEADER = """# title: A test
# question: Which things,
#   over two lines?
# param: ?place IRI -- only this place
# param: ?name literal@sv = "Tillit" -- a name
# a free comment
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX id: <https://w3id.org/reformgraph/id/>
SELECT ?place ?name WHERE { ?place skos:prefLabel ?name }
"""


def test_header_fields_continuation_lines_and_parameters():
    query = parse_query(HEADER, "t")
    assert query.title == "A test"
    assert query.question == "Which things, over two lines?"
    place, name = query.parameters
    assert (place.name, place.type, place.language, place.default) == ("place", "IRI", None, None)
    assert (name.name, name.type, name.language, name.default) == ("name", "literal", "sv", '"Tillit"')
    assert query.prefixes["id"] == ID


def test_a_malformed_parameter_line_names_file_and_line(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("# title: x\n# param: place IRI\nSELECT * {}\n")
    with pytest.raises(QueryError, match=r"bad\.rq:2: cannot read the parameter"):
        read_query(path)


def test_parameter_values_become_typed_terms():
    query = parse_query(HEADER, "t")
    values = bindings(query, ["place=id:place/se"])
    assert values == {"place": URIRef(ID + "place/se"), "name": Literal("Tillit", lang="sv")}  # default applied
    assert bindings(query, ["name=Tillid"])["name"] == Literal("Tillid", lang="sv")
    assert bindings(query, ["place=https://w3id.org/reformgraph/id/place/dk"])["place"] == URIRef(ID + "place/dk")
    assert term('"Tillit"@sv') == Literal("Tillit", lang="sv")
    assert term("urn:x-test:1") == URIRef("urn:x-test:1")
    assert term("Laura Hartman") == Literal("Laura Hartman")
    assert term("https://example.org/x") == URIRef("https://example.org/x")


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        ("place=Sverige", r"\?place takes an IRI"),
        ("nowhere=1", r"unknown parameter \?nowhere"),
        ("place", "expected name=value"),
    ],
)
def test_bad_parameters_are_one_clear_error(assignment, message):
    with pytest.raises(QueryError, match=message):
        bindings(parse_query(HEADER, "t"), [assignment])


def test_a_query_without_header_takes_its_own_variables():
    query = parse_query("SELECT ?s WHERE { ?s ?p ?o }", "-e")
    assert bindings(query, ["s=<https://example.org/a>"]) == {"s": URIRef("https://example.org/a")}
    with pytest.raises(QueryError, match=r"has no variable \?x"):
        bindings(query, ["x=1"])


# -- syntax errors ----------------------------------------------------------------------------


def test_a_syntax_error_names_the_query_line_and_column(store):
    query = parse_query("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?s WHERE {\n  ?s skos:prefLabel \n}", "broken")
    with pytest.raises(QueryError, match=r"^broken: SPARQL syntax error at line 4, column 1") as caught:
        run_query(store, query)
    assert "\n" not in str(caught.value)


def test_an_undeclared_prefix_is_named_as_such(store):
    with pytest.raises(QueryError, match=r"line 2, column \d+: undeclared prefix"):
        run_query(store, parse_query("SELECT * WHERE {\n ?s foo:bar ?o }", "-e"))


def test_the_command_reports_a_syntax_error_in_one_line_with_exit_code_5():
    result = run_cli("query", "-e", "SELECT * WHERE {\n ?s ?p }", "--dataset", str(FIXTURE))
    assert result.returncode == 5, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "line 2, column" in errors[0], result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_without_a_build_says_so(tmp_path):
    result = run_cli("query", "posts", "--dataset", str(tmp_path))
    assert result.returncode == 2
    assert "reformgraph build" in result.stderr and "Traceback" not in result.stderr


# -- result formats ---------------------------------------------------------------------------

SELECT = QueryResult(
    kind="select",
    variables=("who", "name", "n"),
    rows=(
        (LAURA, Literal("Laura\tHartman", lang="sv"), Literal("2", datatype=XSD.integer)),
        (URIRef(ID + "x"), Literal('say "hi",\nbye', datatype=XSD.string), None),
    ),
)
ASK = QueryResult(kind="ask", boolean=True)


def test_json_is_sparql_results_json():
    data = json.loads(serialize(SELECT, "json"))
    assert data["head"]["vars"] == ["who", "name", "n"]
    first, second = data["results"]["bindings"]
    assert first["who"] == {"type": "uri", "value": str(LAURA)}
    assert first["name"] == {"type": "literal", "value": "Laura\tHartman", "xml:lang": "sv"}
    assert first["n"] == {"type": "literal", "value": "2", "datatype": str(XSD.integer)}
    assert "n" not in second and "datatype" not in second["name"]  # unbound left out; xsd:string plain
    assert json.loads(serialize(ASK, "json")) == {"head": {}, "boolean": True}


def test_xml_is_sparql_results_xml():
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(serialize(SELECT, "xml"))
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["who", "name", "n"]
    results = root.findall("r:results/r:result", ns)
    assert results[0].find("r:binding[@name='who']/r:uri", ns).text == str(LAURA)
    literal = results[0].find("r:binding[@name='name']/r:literal", ns)
    assert literal.text == "Laura\tHartman" and literal.get("{http://www.w3.org/XML/1998/namespace}lang") == "sv"
    assert results[1].find("r:binding[@name='n']", ns) is None
    assert ET.fromstring(serialize(ASK, "xml")).find("r:boolean", ns).text == "true"


def test_csv_is_sparql_csv():
    text = serialize(SELECT, "csv").decode()
    assert text.startswith("who,name,n\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1] == [str(LAURA), "Laura\tHartman", "2"]
    assert rows[2] == [ID + "x", 'say "hi",\nbye', ""]


def test_tsv_is_sparql_tsv_one_line_per_row():
    lines = serialize(SELECT, "tsv").decode().splitlines()
    assert lines[0] == "?who\t?name\t?n"
    assert lines[1] == f'<{LAURA}>\t"Laura\\tHartman"@sv\t"2"^^<{XSD.integer}>'
    assert lines[2] == f'<{ID}x>\t"say \\"hi\\",\\nbye"\t'
    assert len(lines) == 3


def test_graph_answers_are_rdf_and_tabular_formats_refuse_them(store):
    result = run_query(store, find_query("text"), {"identifier": Literal("001_se.txt")})
    expected = {(s, p, o if not isinstance(o, Literal) or o.datatype != XSD.string else Literal(str(o)))
                for s, p, o in result.rows}
    for fmt, rdf_format in (("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"), ("rdfxml", "xml")):
        graph = Graph().parse(data=serialize(result, fmt, {"rg": "https://w3id.org/reformgraph/ontology#"}), format=rdf_format)
        assert set(graph) == expected, fmt
    with pytest.raises(QueryError, match="does not fit a CONSTRUCT/DESCRIBE answer"):
        serialize(result, "csv")
    with pytest.raises(QueryError, match="does not fit a SELECT/ASK answer"):
        serialize(SELECT, "turtle")


def test_table_cells_use_prefixes():
    header, rows = table_cells(SELECT, {"person": ID + "person/"})
    assert header == ("who", "name", "n")
    assert rows[0][0] == "person:laura-hartman" and rows[0][1] == "Laura\tHartman@sv"
    assert table_cells(ASK, {}) == (("answer",), [("true",)])


def test_the_command_writes_each_format(tmp_path):
    result = run_cli("query", "posts", "--dataset", str(FIXTURE), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "person,personLabel,post,institution,institutionLabel"
    assert "Laura Hartman" in result.stdout
    table = run_cli("query", "posts", "--dataset", str(FIXTURE))
    assert "ordförande" in table.stdout and "2 row(s)" in table.stdout
    ask = run_cli("query", "-e", "ASK { ?s a <https://w3id.org/reformgraph/ontology#Person> }", "--dataset", str(FIXTURE), "-f", "json")
    assert json.loads(ask.stdout)["boolean"] is True
    turtle = run_cli("query", "text", "-p", "identifier=002_dk.txt", "--dataset", str(FIXTURE))
    assert len(Graph().parse(data=turtle.stdout, format="turtle")) > 10
