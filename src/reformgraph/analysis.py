"""RawText -> Document: language, country and segmentation of one text.

The language comes from the metadata when it names one we handle (codes such
as "no", "nob" or "sv-SE" are mapped), otherwise it is detected. The country
comes from the metadata, else from the language (en has none). Offsets always
refer to the original text: white space such as NBSP is only read as a space.
"""

from __future__ import annotations

from .language import LANGUAGES, detect_language
from .model import Document, RawText
from .segmentation import segment

COUNTRY_OF_LANGUAGE = {"sv": "SE", "da": "DK", "nb": "NO", "nn": "NO", "en": None}
_LANGUAGE_ALIASES = {
    "no": "nb", "nob": "nb", "nno": "nn", "swe": "sv", "dan": "da", "eng": "en",
    "se": "sv", "dk": "da",
}


def metadata_language(value: str | None) -> str | None:
    """The language code a metadata value stands for, or None if unusable."""
    if not value:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    code = _LANGUAGE_ALIASES.get(code, code)
    return code if code in LANGUAGES else None


def analyse(raw: RawText) -> Document:
    language = metadata_language(raw.metadata.language) or detect_language(raw.text)
    country = raw.metadata.country or COUNTRY_OF_LANGUAGE[language]
    sentences, tokens = segment(raw.text, language)
    return Document(
        identifier=raw.identifier,
        text=raw.text,
        language=language,
        country=country,
        metadata=raw.metadata,
        sentences=sentences,
        tokens=tokens,
    )
