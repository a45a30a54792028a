"""`reformgraph build`: corpus/ -> graphs/."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import EXIT_CODES, EXIT_SKIPPED_INPUT, ValidationFailed
from ..pipeline import build as run_build
from ..progress import RichReporter


def build(
    corpus: Path = typer.Argument(
        Path("corpus"), help="Folder of input texts (*.txt, optional metadata.csv), or one text file."
    ),
    out: Path = typer.Option(Path("graphs"), "--out", "-o", help="Output folder; replaced whole only when the build succeeds."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars; problems and the summary only."),
) -> None:
    """Build the knowledge graph of a corpus: RDF (Turtle, N-Triples, RDF/XML, TriG,
    N-Quads, JSON-LD), the SHACL report, inferred types and the network pages.

    Texts that cannot be used (empty, binary, undecodable, unknown language) are
    reported one line each and skipped; the others are still built, and the exit
    code is 3. SHACL violations give exit code 6 (the files and report are still
    written). Building twice gives byte-identical files.
    """
    with RichReporter(quiet=quiet) as reporter:
        report = run_build(corpus, out, reporter)
    console = reporter.console
    console.print(
        f"built {report.texts} text(s): {report.entities} entities, {report.quads} quads "
        f"({report.inferred} inferred), {len(report.files)} files in {out}"
    )
    if not report.validation.conforms:
        console.print(
            f"[bold red]SHACL:[/] {len(report.validation.results)} violation(s), see {out / 'shacl-report.ttl'}",
            markup=True,
        )
        raise typer.Exit(EXIT_CODES[ValidationFailed])
    if report.problems:
        console.print(f"[yellow]{len(report.problems)} input(s) skipped[/]", markup=True)
        raise typer.Exit(EXIT_SKIPPED_INPUT)
