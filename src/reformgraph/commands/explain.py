"""`reformgraph explain`: what the graph says about an entity, and the quotes behind it."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from ..dataset import load_dataset
from ..explain import Explanation, Quote, Statement, explain as run_explain
from ..results import display_prefixes, short


class Format(str, Enum):
    text = "text"
    json = "json"


def explain(
    entity: str = typer.Argument(
        ..., metavar="ENTITY",
        help="A label, in any case ('Karin Lund', 'socialstyrelsen'), or an IRI: whole, in <...>, "
        "or as its path (person/karin-lund).",
    ),
    quotes: int = typer.Option(3, "--quotes", "-q", min=0, help="Quotes shown per statement; 0 shows all."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="text, or json for programs."),
    dataset: Path = typer.Option(
        None, "--dataset", "-d", help="The built graphs folder, or one RDF file (default: graphs/)."
    ),
) -> None:
    """Explain why an entity is in the graph: every statement about it, each with the
    quotes it was extracted from (text file, sentence, matched words, rule, confidence).

    A label that names several entities (Socialstyrelsen in Denmark and in
    Sweden) explains each. Statements only the reasoner inferred are marked
    as such; they have no quote. A name found nowhere is exit code 2, with
    the closest labels as suggestions.
    """
    explanations = run_explain(load_dataset(dataset), entity)
    if fmt is Format.json:
        typer.echo(json.dumps([_as_json(e) for e in explanations], ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    prefixes = display_prefixes()
    for explanation in explanations:
        _print(console, explanation, quotes, prefixes)


def _print(console: Console, explanation: Explanation, limit: int, prefixes: dict[str, str]) -> None:
    console.print(f"[bold]{escape(explanation.label)}[/]  <{explanation.entity}>")
    for statement in explanation.statements:
        console.print("  " + escape(_statement_line(explanation, statement, prefixes)))
        shown = statement.quotes if limit == 0 else statement.quotes[:limit]
        for quote in shown:
            console.print("      " + _quote_markup(quote))
        if len(statement.quotes) > len(shown):
            console.print(f"      [dim]... and {len(statement.quotes) - len(shown)} more (--quotes 0 shows all)[/]")
        if not statement.quotes:
            console.print("      [dim]" + ("inferred by the reasoner" if statement.inferred else "no quote recorded") + "[/]")
    console.print()


def _statement_line(explanation: Explanation, statement: Statement, prefixes: dict[str, str]) -> str:
    parts = [_node(explanation, n, prefixes) for n in (statement.subject, statement.predicate, statement.object)]
    where = f"   [{', '.join(statement.texts)}]" if statement.texts else ""
    return " ".join(parts) + where


def _node(explanation: Explanation, node, prefixes: dict[str, str]) -> str:
    if node == explanation.entity:
        return "·"
    text = short(node, prefixes)
    label = explanation.labels.get(node)
    return f'{text} "{label}"' if label else text


def _quote_markup(quote: Quote) -> str:
    sentence = quote.sentence or ""
    if quote.quote and quote.quote in sentence:
        before, _, after = sentence.partition(quote.quote)
        body = f"{escape(before)}[bold]{escape(quote.quote)}[/]{escape(after)}"
    else:
        body = escape(quote.quote or sentence)
    details = ", ".join(x for x in (quote.rule, None if quote.confidence is None else str(quote.confidence)) if x)
    return f"[cyan]{escape(quote.text)}[/] “{' '.join(body.split())}”" + (f" [dim]({escape(details)})[/]" if details else "")


def _as_json(explanation: Explanation) -> dict:
    return {
        "entity": str(explanation.entity),
        "label": explanation.label,
        "statements": [
            {
                "subject": str(s.subject), "predicate": str(s.predicate), "object": str(s.object),
                "texts": list(s.texts), "inferred": s.inferred,
                "quotes": [
                    {"text": q.text, "quote": q.quote, "sentence": q.sentence, "rule": q.rule,
                     "confidence": None if q.confidence is None else str(q.confidence), "begin": q.begin}
                    for q in s.quotes
                ],
            }
            for s in explanation.statements
        ],
    }
