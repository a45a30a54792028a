"""Find the input texts and decode them, whatever their encoding.

UTF-8 (with or without BOM), UTF-16 with BOM, and legacy cp1252/latin-1 are
decoded; line ends become "\n" and the text is NFC-normalised, so character
offsets everywhere refer to this one normalised string.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from .errors import InputError
from .model import RawText, TextMetadata

TEXT_SUFFIXES = (".txt",)
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def discover(corpus: Path) -> list[Path]:
    """The input files of a corpus folder (sorted), or the one file given."""
    if not corpus.exists():
        raise InputError(f"{corpus}: no such file or folder")
    if corpus.is_file():
        return [corpus]
    files = sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
    if not files:
        raise InputError(f"{corpus}: no texts (*.txt) in this folder")
    return files


def _looks_like_text(text: str) -> bool:
    """Few control characters and mostly letters: not binary junk."""
    if not text.strip():
        return False
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    visible = [c for c in text if not c.isspace()]
    letters = sum(1 for c in visible if c.isalpha())
    return controls <= len(text) * 0.001 and letters >= len(visible) * 0.5


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decoded text and the encoding used; InputError if it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: not valid {encoding} despite its byte-order mark ({error.reason})") from error
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
    raise InputError(f"{name}: cannot be decoded as UTF-8, cp1252 or latin-1 text")


def read_text(path: Path, metadata: TextMetadata | None = None) -> RawText:
    """Read one input file; InputError (naming the file) if it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error
    if not data.strip():
        raise InputError(f"{path}: empty file")
    text, encoding = decode(data, str(path))
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return RawText(
        identifier=path.name,
        path=path,
        text=text,
        encoding=encoding,
        metadata=metadata or TextMetadata(identifier=path.name),
    )
