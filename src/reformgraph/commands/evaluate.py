"""`reformgraph evaluate`: precision, recall and F1 against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from ..dataset import load_dataset
from ..evaluation.gold import load_gold
from ..evaluation.predicted import read_predictions
from ..evaluation.report import print_evaluation
from ..evaluation.scorer import evaluate as run_evaluation
from ..pipeline import collect
from ..progress import RichReporter


def evaluate(
    gold: Path = typer.Option(..., "--gold", "-g", help="Folder of gold JSON files (annotation-guidelines.md format)."),
    graphs: Path = typer.Option(Path("graphs"), "--graphs", help="Built output folder to score (reads reformgraph.trig)."),
    corpus: Path | None = typer.Option(
        None, "--corpus", help="Score a fresh in-memory extraction of this corpus instead of --graphs (no files written)."
    ),
    json_out: Path | None = typer.Option(None, "--json", help="Also write the figures as JSON to this file."),
    errors: bool = typer.Option(True, "--errors/--no-errors", help="List misses and false hits with their sentences."),
) -> None:
    """Score the graph against gold annotations: precision, recall and F1 per entity
    type and relation predicate, per text, the memberOf role accuracy, and the
    misses and false hits with their sentences (error analysis in one command).
    """
    gold_texts = load_gold(gold)
    if corpus is not None:
        with RichReporter() as reporter:
            store = collect(corpus, reporter).store
    else:
        store = load_dataset(graphs)
    result = run_evaluation(gold_texts, read_predictions(store))
    print_evaluation(result, Console(), errors=errors)
    if json_out:
        json_out.write_text(json.dumps(result.summary(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
