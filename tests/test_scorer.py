"""The scorer follows the guidelines: types, aliases, optional items, roles."""

from __future__ import annotations

import json

import pytest

from reformgraph.evaluation.gold import load_gold
from reformgraph.evaluation.labels import normalise
from reformgraph.evaluation.predicted import PredictedEntity, PredictedRelation, PredictedText
from reformgraph.evaluation.scorer import evaluate

GOLD = {
    "document": "t.txt", "language": "sv", "country": "SE",
    "entities": [
        {"id": "self", "type": "Document", "label": "Rubrik"},
        {"id": "anna", "type": "Person", "label": "Anna Berg", "aliases": ["Berg"]},
        {"id": "deleg", "type": "Institution", "label": "Tillitsdelegationen", "aliases": ["delegationen"]},
        {"id": "foto", "type": "Person", "label": "Per Foto", "optional": True},
        {"id": "npm", "type": "Reform", "label": "New Public Management", "aliases": ["NPM"]},
    ],
    "relations": [
        {"subject": "anna", "predicate": "memberOf", "object": "deleg", "role": "ordförande"},
        {"subject": "anna", "predicate": "creator", "object": "self"},
        {"subject": "anna", "predicate": "criticizes", "object": "npm", "optional": True},
        {"subject": "foto", "predicate": "memberOf", "object": "deleg"},
    ],
}

P = "https://w3id.org/reformgraph/id/"


@pytest.fixture()
def gold(tmp_path):
    (tmp_path / "t.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return load_gold(tmp_path)


def _predicted(*entities, relations=()):
    text = PredictedText("t.txt")
    for iri, type_, labels in entities:
        text.entities[P + iri] = PredictedEntity(P + iri, type_, set(labels))
    text.relations = {PredictedRelation(P + s, p, o if o == "self" else P + o, r) for s, p, o, r in relations}
    return {"t.txt": text}


def test_labels_are_normalised_as_the_guidelines_say():
    assert normalise("  «Tillits\u00a0delegationen»,  ") == "tillits delegationen"
    assert normalise("NPM.") == "npm"


def test_perfect_prediction_scores_one(gold):
    predicted = _predicted(
        ("person/anna-berg", "Person", ["Anna Berg"]),
        ("institution/t", "Institution", ["Tillitsdelegationen", "delegationens"]),
        ("reform/npm", "Reform", ["NPM"]),
        relations=[("person/anna-berg", "memberOf", "institution/t", "Ordförande"),
                   ("person/anna-berg", "creator", "self", None)],
    )
    result = evaluate(gold, predicted)
    assert result.overall("entities").f1 == 1.0
    assert result.overall("relations").f1 == 1.0
    assert result.role_accuracy == 1.0


def test_wrong_type_duplicates_and_misses_are_counted(gold):
    predicted = _predicted(
        ("place/anna-berg", "Place", ["Anna Berg"]),  # wrong type: false hit, and Anna is missed
        ("institution/t", "Institution", ["Tillitsdelegationen"]),
        ("institution/d", "Institution", ["delegationen"]),  # second match of one gold entity: false hit
        ("person/per-foto", "Person", ["Per Foto"]),  # optional: neither way
        relations=[("person/per-foto", "memberOf", "institution/t", None)],  # touches an optional entity
    )
    result = evaluate(gold, predicted)
    entities = result.total("entities")
    assert (entities["Institution"].tp, entities["Institution"].fp) == (1, 1)
    assert (entities["Person"].tp, entities["Person"].fn) == (0, 1)
    assert entities["Place"].fp == 1
    assert result.overall("entities").fn == 2  # Anna Berg, NPM
    relations = result.overall("relations")
    assert (relations.tp, relations.fp, relations.fn) == (0, 0, 2)
    misses = {e.text for t in result.texts for e in t.errors if e.kind == "miss"}
    assert "Anna Berg" in misses and "New Public Management" in misses


def test_a_wrong_role_is_scored_apart_from_the_relation(gold):
    predicted = _predicted(
        ("person/anna-berg", "Person", ["Anna Berg"]),
        ("institution/t", "Institution", ["Tillitsdelegationen"]),
        relations=[("person/anna-berg", "memberOf", "institution/t", "ledamot")],
    )
    result = evaluate(gold, predicted)
    assert result.total("relations")["memberOf"].tp == 1
    assert result.role_accuracy == 0.0


def test_unstated_stance_is_a_false_hit_and_optional_stance_is_ignored(gold):
    predicted = _predicted(
        ("person/anna-berg", "Person", ["Anna Berg"]),
        ("reform/npm", "Reform", ["New Public Management"]),
        relations=[("person/anna-berg", "criticizes", "reform/npm", None),
                   ("person/anna-berg", "supports", "reform/npm", None)],
    )
    result = evaluate(gold, predicted)
    assert result.total("relations")["supports"].fp == 1
    assert result.total("relations")["criticizes"].tp == 0


def test_the_report_prints_a_dash_where_there_is_nothing_to_score(gold):
    from io import StringIO

    from rich.console import Console

    from reformgraph.evaluation.report import print_evaluation

    evaluation = evaluate(gold, _predicted(("person/anna-berg", "Person", ["Anna Berg"])))
    out = StringIO()
    print_evaluation(evaluation, Console(file=out, width=200), errors=False)
    rows = {line.split("│")[1].strip(): line for line in out.getvalue().splitlines() if line.count("│") > 3}
    precision, recall = rows["memberOf"].split("│")[2:4]
    assert precision.strip() == "–"  # nothing predicted: precision is undefined
    assert recall.strip() == "0.000"  # a gold relation was missed: that is a real zero
    assert "memberOf roles right: – of 0" in out.getvalue()


def test_entities_pair_with_gold_by_the_words_written_in_this_text(tmp_path):
    """Two reforms both carry "tillitsreformen" among their names (it is Swedish and
    Norwegian); the one whose mention in this text reads "Sweden's trust reform" is the
    Swedish one, whatever order the IRIs sort in."""
    gold_text = {
        "document": "t.txt", "language": "en", "country": None,
        "entities": [
            {"id": "se", "type": "Reform", "label": "Swedish trust reform", "aliases": ["Sweden's trust reform", "tillitsreformen"]},
            {"id": "no", "type": "Reform", "label": "Norwegian trust reform", "aliases": ["tillitsreform"]},
            {"id": "gov", "type": "Institution", "label": "Swedish government"},
        ],
        "relations": [{"subject": "se", "predicate": "proposedBy", "object": "gov"}],
    }
    (tmp_path / "t.json").write_text(json.dumps(gold_text), encoding="utf-8")
    predicted = _predicted(("a-no", "Reform", ["tillitsreform", "tillitsreformen"]),
                           ("b-se", "Reform", ["Sweden's trust reform", "tillitsreform", "tillitsreformen"]),
                           ("gov", "Institution", ["Swedish government"]),
                           relations=[("b-se", "proposedBy", "gov", None)])
    predicted["t.txt"].entities[P + "a-no"].surfaces = {"tillitsreform"}
    predicted["t.txt"].entities[P + "b-se"].surfaces = {"Sweden's trust reform"}
    result = evaluate(load_gold(tmp_path), predicted)
    assert result.overall("entities").tp == 3 and result.overall("relations").tp == 1


def test_a_wrong_role_is_listed_with_both_posts(gold):
    predicted = _predicted(("anna", "Person", ["Anna Berg"]), ("deleg", "Institution", ["Tillitsdelegationen"]),
                           relations=[("anna", "memberOf", "deleg", "sekreterare")])
    [error] = [e for t in evaluate(gold, predicted).texts for e in t.errors if e.kind == "wrong role"]
    assert "'ordförande'" in error.text and "sekreterare" in error.text
