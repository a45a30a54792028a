"""SHACL validation: the shapes catch what they promise, and the report is stable."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal

from reformgraph.namespaces import ID, RGSH, SH
from reformgraph.resources import data_file
from reformgraph.validation import ValidationReport, validate

FIXTURES = Path(__file__).parent / "fixtures" / "shacl"

# shape (local name under rgsh:) -> focus node (under id:test/) it must report
EXPECTED_VIOLATIONS = {
    "OneEntityClass": "two-types",
    "PrefLabel": "no-label",
    "DocumentHasPrefLabel": "unlabelled-document",
    "OnePrefLabelPerLanguage": "two-sv-labels",
    "Mentioned": "unmentioned",
    "DocumentMentioned": "unmentioned-document",
    "PlaceMentioned": "unmentioned-place",
    "AtMostOneCountry": "two-countries",
    "OneAlpha2Code": "lower-case-code",
    "OneMember": "two-members",
    "OneOrganization": "no-organization",
    "HasRole": "no-role",
    "Role": "untyped-role",
    "RoleLabel": "unlabelled-role",
    "OneIdentifier": "text-without-identifier",
}


def load(name: str) -> Graph:
    return Graph().parse(FIXTURES / name, format="turtle")


@pytest.fixture(scope="module")
def invalid_report() -> ValidationReport:
    return validate(load("invalid.ttl"))


def test_valid_data_conforms() -> None:
    report = validate(load("valid.ttl"))
    assert report.results == ()
    assert report.conforms


def test_each_broken_shape_is_reported_once(invalid_report: ValidationReport) -> None:
    assert not invalid_report.conforms
    found = sorted((r.shape, r.focus_node) for r in invalid_report.results)
    expected = sorted((str(RGSH[shape]), str(ID[f"test/{node}"])) for shape, node in EXPECTED_VIOLATIONS.items())
    assert found == expected


def test_every_shape_with_a_message_is_exercised() -> None:
    shapes = Graph().parse(data_file("shapes", "reformgraph-shapes.ttl"), format="turtle")
    with_message = {str(s).removeprefix(str(RGSH)) for s in shapes.subjects(SH.message)}
    assert with_message == set(EXPECTED_VIOLATIONS)


def test_results_carry_the_shape_messages(invalid_report: ValidationReport) -> None:
    shapes = Graph().parse(data_file("shapes", "reformgraph-shapes.ttl"), format="turtle")
    for result in invalid_report.results:
        assert result.severity == "Violation"
        assert result.message == str(shapes.value(RGSH[result.shape.removeprefix(str(RGSH))], SH.message))
    paths = {r.shape.removeprefix(str(RGSH)): r.path for r in invalid_report.results}
    assert paths["Mentioned"] == "[ sh:inversePath schema:mentions ]"
    assert paths["OneMember"] == "org:member"


def test_subclasses_reach_shapes_only_through_the_ontology() -> None:
    """rg:Municipality is an rg:Institution only by the ontology's subClassOf."""
    without = validate(load("invalid.ttl"), ontology=Graph())
    assert str(RGSH.AtMostOneCountry) not in {r.shape for r in without.results}


def test_report_turtle_is_stable_and_complete(invalid_report: ValidationReport) -> None:
    again = validate(load("invalid.ttl"))
    assert again.report_turtle == invalid_report.report_turtle
    report = Graph().parse(data=invalid_report.report_turtle, format="turtle")
    assert len(list(report.objects(None, SH.result))) == len(EXPECTED_VIOLATIONS)
    assert set(report.objects(None, SH.conforms)) == {Literal(False)}


def test_conforming_report_turtle_parses() -> None:
    report = Graph().parse(data=validate(load("valid.ttl")).report_turtle, format="turtle")
    assert set(report.objects(None, SH.conforms)) == {Literal(True)}
    assert not list(report.objects(None, SH.result))
