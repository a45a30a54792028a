"""Deterministic, readable instance IRIs (the contract's scheme).

`{kind}/{slug}` under https://w3id.org/reformgraph/id/; slugs are ASCII,
lower case and hyphenated, so the same name always gives the same IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from .model import EntityType

ID_BASE = "https://w3id.org/reformgraph/id/"
GRAPH_BASE = "https://w3id.org/reformgraph/graph/"

KIND_OF_TYPE: dict[EntityType, str] = {
    EntityType.PERSON: "person",
    EntityType.INSTITUTION: "institution",
    EntityType.REFORM: "reform",
    EntityType.PRINCIPLE: "principle",
    EntityType.GOVERNANCE_MODEL: "model",
    EntityType.DOCUMENT: "document",
    EntityType.PLACE: "place",
}

# Letters that NFKD does not split into ASCII + accent.
_TRANSLITERATION = str.maketrans({
    "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ß": "ss", "đ": "d", "Đ": "d",
    "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l", "œ": "oe", "Œ": "oe",
})
_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 80


def slugify(text: str) -> str:
    """ASCII slug: "Kommunernes Landsforening" -> "kommunernes-landsforening"."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c))
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
        slug = slug[:MAX_SLUG].rstrip("-") + "-" + digest
    return slug or hashlib.sha1(text.encode()).hexdigest()[:12]


def entity_key(type_: EntityType, label: str, country: str | None = None) -> str:
    """The IRI path of an entity; institutions carry their country."""
    slug = slugify(label)
    if type_ is EntityType.INSTITUTION and country:
        slug = f"{slug}-{country.lower()}"
    return f"{KIND_OF_TYPE[type_]}/{slug}"


def country_key(code: str) -> str:
    return f"place/{code.lower()}"


def key_of_iri(iri: str) -> str | None:
    """The key of an instance IRI, or None if it is not under ID_BASE."""
    return iri[len(ID_BASE):] if iri.startswith(ID_BASE) else None


def text_key(identifier: str) -> str:
    """Key of a source text: its file name, percent-encoded where IRIs need it."""
    return f"text/{quote(identifier, safe='-._~')}"


def text_graph(identifier: str) -> str:
    """The named graph holding what one text says."""
    return f"{GRAPH_BASE}{text_key(identifier)}"


def digest(*parts: object) -> str:
    """A short stable hash for IRIs of statements and memberships."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
