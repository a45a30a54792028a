"""Reading: encodings, line ends, normalisation, and every kind of bad input."""

from __future__ import annotations

import unicodedata

import pytest

from reformgraph.errors import InputError
from reformgraph.reading import discover, read_text

SAMPLE = "Tillitsdelegationen föreslår att styrningen ska präglas av tillit. Ærlig talt, siger Søren.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("cp1252"), "utf-8"),  # decoded as cp1252 below
        (SAMPLE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    ],
)
def test_decodes_every_supported_encoding_to_the_same_text(tmp_path, data, encoding):
    path = tmp_path / "text.txt"
    path.write_bytes(data)
    raw = read_text(path)
    assert raw.text == SAMPLE
    assert raw.identifier == "text.txt"


def test_legacy_cp1252_is_recognised(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Det är ”tillit” – inte kontroll – som bär.".encode("cp1252"))
    raw = read_text(path)
    assert raw.encoding == "cp1252"
    assert "”tillit”" in raw.text and "–" in raw.text


def test_latin1_without_cp1252_characters(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Sjukvården i Malmö och Göteborg".encode("latin-1"))
    assert read_text(path).text == "Sjukvården i Malmö och Göteborg"


def test_text_is_nfc_normalised(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Försäkringskassan och Ærø")
    path = tmp_path / "nfd.txt"
    path.write_text(decomposed, encoding="utf-8")
    assert read_text(path).text == "Försäkringskassan och Ærø"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x00\x01\x02binary\x00data", "binary file"),
        (bytes(range(128, 256)) * 4 + bytes(range(1, 9)) * 50, "cannot be decoded"),
    ],
)
def test_bad_inputs_name_the_file(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_text(path)
    assert message in str(caught.value)
    assert "bad.txt" in str(caught.value)


def test_discover_lists_texts_sorted_and_rejects_empty_folders(tmp_path):
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "README.md").write_text("about the corpus", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("x", encoding="utf-8")
    assert [p.name for p in discover(tmp_path)] == ["a.txt", "b.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no texts"):
        discover(empty)
    with pytest.raises(InputError, match="no such file"):
        discover(tmp_path / "missing")
