"""Printing an evaluation: per-type and per-predicate tables, per text, errors."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .scorer import Counts, Evaluation


NOT_SCORED = "–"


def _figures(c: Counts) -> tuple[str, str, str]:
    """P, R and F1 as printed; a dash where there is nothing to score (no gold, no hit)."""
    precision = f"{c.precision:.3f}" if c.tp + c.fp else NOT_SCORED
    recall = f"{c.recall:.3f}" if c.tp + c.fn else NOT_SCORED
    f1 = f"{c.f1:.3f}" if c.tp + c.fp + c.fn else NOT_SCORED
    return precision, recall, f1


def _row(name: str, c: Counts) -> tuple[str, ...]:
    return (name, *_figures(c), str(c.tp), str(c.fp), str(c.fn))


def _table(title: str, totals: dict[str, Counts], overall: Counts) -> Table:
    table = Table("", "P", "R", "F1", "tp", "fp", "fn", title=title)
    for name, counts in totals.items():
        table.add_row(*_row(name, counts))
    table.add_row(*_row("overall", overall), style="bold")
    return table


def print_evaluation(evaluation: Evaluation, console: Console, errors: bool = True) -> None:
    console.print(_table("Entities", evaluation.total("entities"), evaluation.overall("entities")))
    console.print(_table("Relations", evaluation.total("relations"), evaluation.overall("relations")))
    scored = sum(t.roles_scored for t in evaluation.texts)
    accuracy = f"{evaluation.role_accuracy:.3f}" if scored else NOT_SCORED
    console.print(f"memberOf roles right: {accuracy} of {scored} matched memberships with a gold role")
    per_text = Table("text", "entity F1", "relation F1", title="Per text")
    for text in evaluation.texts:
        ent, rel = Counts(), Counts()
        for c in text.entities.values():
            ent.add(c)
        for c in text.relations.values():
            rel.add(c)
        per_text.add_row(text.document, _figures(ent)[2], _figures(rel)[2])
    console.print(per_text)
    if not errors:
        return
    for kind, title in (("miss", "misses"), ("false hit", "false hits"), ("wrong role", "wrong roles")):
        found = [e for t in evaluation.texts for e in t.errors if e.kind == kind]
        if not found:
            continue
        table = Table("text", "type", "what", "sentence", title=title)
        for e in found:
            table.add_row(e.document[:12], e.category, e.text, e.sentence[:160])
        console.print(table)
