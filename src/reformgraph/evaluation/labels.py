"""Label normalisation used when matching predictions to gold."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_EDGE_PUNCTUATION = "\"'“”„‘’«»‹›()[]{}.,;:!?¡¿–—-‐‑*#/\\ "


def normalise(label: str) -> str:
    """NFC, case-folded, one ordinary space, surrounding punctuation removed."""
    text = unicodedata.normalize("NFC", label).casefold()
    text = _SPACE.sub(" ", text)
    return text.strip(_EDGE_PUNCTUATION)
