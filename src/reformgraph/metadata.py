"""Optional per-text metadata from `corpus/metadata.csv`.

Columns (all but `file` optional): file, title, language, country, date,
authors (separated by ";"), source, republish (yes/no: may the full text be
republished in the graph). The build works without the file.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .errors import InputError
from .model import TextMetadata

METADATA_FILE = "metadata.csv"
COLUMNS = ("file", "title", "language", "country", "date", "authors", "source", "republish")


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def load_metadata(corpus_dir: Path) -> dict[str, TextMetadata]:
    """Metadata by file name; empty when the corpus has no metadata file."""
    path = corpus_dir / METADATA_FILE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        unknown = set(reader.fieldnames or ()) - set(COLUMNS)
        if "file" not in (reader.fieldnames or ()) or unknown:
            raise InputError(
                f"{path}: expected columns {', '.join(COLUMNS)}"
                + (f"; unknown: {', '.join(sorted(unknown))}" if unknown else "")
            )
        result: dict[str, TextMetadata] = {}
        for line, row in enumerate(reader, start=2):
            name = _clean(row.get("file"))
            if not name:
                raise InputError(f"{path}:{line}: the 'file' column is empty")
            authors = tuple(a.strip() for a in (row.get("authors") or "").split(";") if a.strip())
            country = _clean(row.get("country"))
            result[name] = TextMetadata(
                identifier=name,
                title=_clean(row.get("title")),
                language=(_clean(row.get("language")) or "").lower() or None,
                country=country.upper() if country else None,
                date=_clean(row.get("date")),
                authors=authors,
                source=_clean(row.get("source")),
                republish=(_clean(row.get("republish")) or "yes").lower() not in {"no", "false", "0"},
            )
    return result
