"""RawText -> Document: language, country and segmentation of one text.

The language comes from the metadata when it names one we handle (codes such
as "no", "nob" or "sv-SE" are mapped), otherwise it is detected. The country
comes from the metadata, else from the language (en has none). Offsets always
refer to the original text: white space such as NBSP is only read as a space.
"""

from __future__ import annotations

from .errors import InputError
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


def _language(raw: RawText) -> str:
    """The metadata's language if it gives one we support, else the detected one."""
    if raw.metadata.language:
        language = metadata_language(raw.metadata.language)
        if language is None:
            raise InputError(
                f"{raw.path}: language {raw.metadata.language!r} (from metadata.csv) is not supported "
                f"({', '.join(LANGUAGES)})"
            )
        return language
    try:
        return detect_language(raw.text)
    except InputError as error:
        raise InputError(f"{raw.path}: {error}") from error


def analyse(raw: RawText) -> Document:
    language = _language(raw)
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
