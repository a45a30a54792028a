"""The files of a build: RDF in six syntaxes, the SHACL report, the pages,
the ontology's documentation page.

Triple syntaxes (Turtle, N-Triples, RDF/XML) carry the data graph; dataset
syntaxes (TriG, N-Quads, JSON-LD) carry every named graph. All are written
through Oxigraph with sorted statements, so two builds give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from .building import DatasetBuilder
from .iris import ID_BASE
from .namespaces import prefix_iris
from .ontology_docs import write_ontology_page
from .pages import write_pages
from .validation import ValidationReport

BASENAME = "reformgraph"
DATA_SUFFIXES = (".ttl", ".nt", ".rdf")
DATASET_SUFFIXES = (".trig", ".nq", ".jsonld")
INSTANCE_KINDS = (
    "person", "institution", "reform", "principle", "model", "document", "place",
    "text", "membership", "role", "assertion", "activity", "agent", "scheme",
)


def prefixes() -> dict[str, str]:
    """Vocabulary prefixes plus one per kind of instance (person:, place: ...)."""
    result = prefix_iris()
    result.pop("id", None)
    result.update({kind: f"{ID_BASE}{kind}/" for kind in INSTANCE_KINDS})
    return result


def write_dataset_files(builder: DatasetBuilder, folder: Path, report: ValidationReport) -> list[Path]:
    written: list[Path] = []
    names = prefixes()
    for suffix in DATA_SUFFIXES:
        path = folder / f"{BASENAME}{suffix}"
        builder.store.write(path, graphs=builder.data_graphs, prefixes=names)
        written.append(path)
    for suffix in DATASET_SUFFIXES:
        path = folder / f"{BASENAME}{suffix}"
        builder.store.write(path, union=True, prefixes=names)
        written.append(path)
    report_path = folder / "shacl-report.ttl"
    report_path.write_text(report.report_turtle, encoding="utf-8")
    written.append(report_path)
    written.extend(write_pages(builder.store, folder))
    written.append(write_ontology_page(folder))
    return sorted(written)
