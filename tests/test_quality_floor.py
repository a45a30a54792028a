"""Extraction quality on the development set must not drop below the floor.

The floor (tests/quality_floor.json) records the best figures reached so far;
raise it when the extraction improves, never lower it to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reformgraph.evaluation.gold import load_gold
from reformgraph.evaluation.predicted import read_predictions
from reformgraph.evaluation.scorer import evaluate

FLOOR = Path(__file__).with_name("quality_floor.json")


@pytest.fixture(scope="module")
def figures(built_store, gold_dir) -> dict:
    return evaluate(load_gold(gold_dir), read_predictions(built_store)).summary()


def _floor_items():
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    for part in ("entities", "relations"):
        for category, value in floor[part].items():
            yield part, category, value
    yield "role_accuracy", None, floor["role_accuracy"]


@pytest.mark.parametrize(("part", "category", "minimum"), list(_floor_items()))
def test_figures_stay_at_or_above_the_floor(figures, part, category, minimum):
    actual = figures[part] if category is None else figures[part][category]["f1"]
    assert actual >= minimum, f"{part} {category or ''}: {actual:.3f} < floor {minimum:.3f}"


def test_the_guidelines_targets_hold(figures):
    entities = figures["entities"]
    assert entities["overall"]["f1"] >= 0.90
    for category, values in entities.items():
        assert values["f1"] >= 0.85, category
    assert figures["relations"]["overall"]["f1"] >= 0.75
    assert figures["role_accuracy"] >= 0.90
