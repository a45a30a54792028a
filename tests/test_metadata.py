"""corpus/metadata.csv: read when present, optional, validated."""

from __future__ import annotations

import pytest

from reformgraph.errors import InputError
from reformgraph.metadata import load_metadata


def test_absent_metadata_is_fine(tmp_path):
    assert load_metadata(tmp_path) == {}


def test_metadata_fields_are_parsed(tmp_path):
    (tmp_path / "metadata.csv").write_text(
        "file,title,language,country,date,authors,source,republish\n"
        "a.txt,En rubrik,SV,se,2019-05-01,Anna Andersson; Bo Berg,https://example.org/a,no\n",
        encoding="utf-8",
    )
    meta = load_metadata(tmp_path)["a.txt"]
    assert meta.title == "En rubrik"
    assert meta.language == "sv" and meta.country == "SE"
    assert meta.authors == ("Anna Andersson", "Bo Berg")
    assert meta.republish is False


def test_unknown_columns_are_reported(tmp_path):
    (tmp_path / "metadata.csv").write_text("file,titel\na.txt,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown: titel"):
        load_metadata(tmp_path)


def test_the_corpus_metadata_covers_every_text(corpus_dir):
    meta = load_metadata(corpus_dir)
    texts = sorted(p.name for p in corpus_dir.glob("*.txt"))
    assert sorted(meta) == texts
    assert all(m.language in {"sv", "da"} for m in meta.values())
