"""The build: corpus/ -> texts -> extraction -> resolution -> RDF -> graphs/.

Each text is read, analysed, extracted, resolved and turned into quads on
its own (streaming); a text that cannot be used is reported as a `Problem`
and skipped, the others are still built. Validation, reasoning and the
writing of files happen once, at the end, into a staging folder that
replaces the output folder only when everything succeeded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .analysis import analyse
from .building import DatasetBuilder
from .errors import InputError
from .extract import extract
from .metadata import load_metadata
from .model import Problem, RawText
from .output import atomic_directory
from .progress import Reporter, SilentReporter
from .publishing import write_dataset_files
from .rdf.graphs import INFERRED_GRAPH
from .reading import discover, read_text
from .reasoning import infer
from .validation import ValidationReport, validate


@dataclass(frozen=True)
class BuildReport:
    texts: int
    problems: tuple[Problem, ...]
    entities: int
    quads: int
    validation: ValidationReport
    inferred: int
    files: tuple[Path, ...]


def iter_texts(corpus: Path, reporter: Reporter) -> Iterator[RawText]:
    """The decoded texts of a corpus; unusable files are reported and skipped."""
    paths = discover(corpus)
    folder = corpus if corpus.is_dir() else corpus.parent
    metadata = load_metadata(folder)
    reporter.stage("Extracting", total=len(paths))
    for path in paths:
        try:
            yield read_text(path, metadata.get(path.name))
        except InputError as error:
            reporter.problem(Problem(path=path, message=str(error)))
        reporter.advance()


def collect(corpus: Path, reporter: Reporter | None = None) -> DatasetBuilder:
    """Read, extract and resolve every text into a dataset (no files written)."""
    reporter = reporter or SilentReporter()
    builder = DatasetBuilder()
    collecting = _Collecting(reporter, builder.problems)
    for raw in iter_texts(corpus, collecting):
        try:
            document = analyse(raw)
        except InputError as error:
            collecting.problem(Problem(path=raw.path, message=str(error)))
            continue
        builder.add(builder.registry.resolve(extract(document)))
    if not builder.text_graphs:
        raise InputError(f"{corpus}: none of the texts could be used")
    builder.finish()
    return builder


def build(corpus: Path, out: Path, reporter: Reporter | None = None) -> BuildReport:
    """The whole build, from a corpus to a replaced output folder."""
    reporter = reporter or SilentReporter()
    builder = collect(corpus, reporter)

    reporter.stage("Validating (SHACL)")
    data = builder.data_graph()
    ontology = builder.ontology_graph
    report = validate(data, ontology)
    reporter.stage("Reasoning (HermiT)")
    inferred = infer(ontology, data)
    builder.store.add((s, p, o, INFERRED_GRAPH) for s, p, o in inferred)

    reporter.stage("Writing files and pages")
    with atomic_directory(out) as staging:
        files = write_dataset_files(builder, staging, report)
    return BuildReport(
        texts=len(builder.text_graphs),
        problems=tuple(builder.problems),
        entities=len(builder.registry.entities),
        quads=len(builder.store),
        validation=report,
        inferred=len(inferred),
        files=tuple(out / f.relative_to(staging) for f in files),
    )


class _Collecting:
    """A reporter that also keeps the problems for the build report."""

    def __init__(self, inner: Reporter, problems: list[Problem]) -> None:
        self._inner = inner
        self._problems = problems

    def stage(self, name: str, total: int | None = None) -> None:
        self._inner.stage(name, total)

    def advance(self, steps: int = 1) -> None:
        self._inner.advance(steps)

    def problem(self, problem: Problem) -> None:
        self._problems.append(problem)
        self._inner.problem(problem)
