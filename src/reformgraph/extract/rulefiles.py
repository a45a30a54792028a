"""Loading and validating the rule and lexicon files of `ontology/`.

Rules are data: one JSON object per line (JSONL), like spaCy's entity-ruler
patterns. Each file is checked against a small schema when first used, so a
typo in a rule fails at once with a `RuleError` naming the file and line,
never later as a silent non-match. Regular expressions are compiled here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import RuleError
from ..resources import data_file

LANGUAGES = frozenset({"sv", "da", "nb", "nn", "en", "*"})


@dataclass(frozen=True)
class Field:
    """One key of a rule: its JSON type, whether required, allowed values."""

    kind: type | tuple[type, ...]
    required: bool = True
    choices: frozenset[str] | None = None
    regex: bool = False
    items: type | None = None


STRING_LIST = Field(list, items=str)
OPTIONAL_STRING_LIST = Field(list, required=False, items=str)
LANG = Field(str, choices=LANGUAGES)
REGEX = Field(str, regex=True)


def _check(record: Any, schema: Mapping[str, Field], where: str) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise RuleError(f"{where}: a rule must be a JSON object")
    unknown = set(record) - set(schema)
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    checked = dict(record)
    for key, spec in schema.items():
        if key not in record:
            if spec.required:
                raise RuleError(f"{where}: missing key {key!r}")
            continue
        value = record[key]
        if value is None and not spec.required:
            continue
        if not isinstance(value, spec.kind) or isinstance(value, bool) and spec.kind is not bool:
            raise RuleError(f"{where}: {key!r} must be of type {getattr(spec.kind, '__name__', spec.kind)}")
        if spec.items and not all(isinstance(item, spec.items) and item for item in value):
            raise RuleError(f"{where}: every item of {key!r} must be a non-empty {spec.items.__name__}")
        if spec.choices is not None and value not in spec.choices:
            raise RuleError(f"{where}: {key!r} is {value!r}, expected one of {', '.join(sorted(spec.choices))}")
        if spec.regex:
            try:
                checked[key] = re.compile(value)
            except re.error as error:
                raise RuleError(f"{where}: {key!r} is not a valid regular expression ({error})") from error
    return checked


def read_jsonl(folder: str, name: str, schema: Mapping[str, Field]) -> tuple[dict[str, Any], ...]:
    """The validated records of `ontology/{folder}/{name}` (regex fields compiled)."""
    path = data_file(folder, name)
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{folder}/{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise RuleError(f"{where}: not valid JSON ({error.msg})") from error
        records.append(_check(record, schema, where))
    return tuple(records)


def read_json(folder: str, name: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """A JSON data file as a dict; `RuleError` if it does not parse or lacks a key."""
    path = data_file(folder, name)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RuleError(f"{folder}/{name}:{error.lineno}: not valid JSON ({error.msg})") from error
    if not isinstance(document, dict):
        raise RuleError(f"{folder}/{name}: expected a JSON object")
    missing = [key for key in required if key not in document]
    if missing:
        raise RuleError(f"{folder}/{name}: missing key(s) {', '.join(missing)}")
    return document


PATTERN_SCHEMA: dict[str, Field] = {
    "id": Field(str),
    "kind": Field(str),
    "lang": LANG,
    "forms": OPTIONAL_STRING_LIST,
    "regex": Field(str, required=False, regex=True),
    "subtype": Field(str, required=False),
    "type": Field(str, required=False),
    "label": Field(str, required=False),
    "scope": Field(str, required=False, choices=frozenset({"match", "line", "paragraph", "rest"})),
    "confidence": Field(float, required=False),
}


KINDS: dict[str, frozenset[str]] = {
    "people.jsonl": frozenset({
        "speech_verb", "according", "byline", "credit", "byline_end", "comment_marker", "signature_prefix",
        "signature_bullet", "particle", "initials", "genitive_blocker", "name_stop",
    }),
    "institutions.jsonl": frozenset({
        "municipality_before", "municipality_after", "municipality_inverted_aux", "municipality_inverted_participle",
        "media_before", "media_web", "acronym_after", "acronym_before", "party_abbreviation", "university_pattern",
        "official_name", "type_before", "compound_prefix_people", "compound_prefix_report",
    }),
    "places.jsonl": frozenset({"direction", "dateline"}),
    "documents.jsonl": frozenset({"identifier", "quotes", "cue", "name_cue", "teaser", "suffix"}),
    "references.jsonl": frozenset({
        "entry", "person_author", "retrieved", "title_end", "publisher", "container", "identifier_author",
        "citation", "citation_name", "publisher_only", "edition",
    }),
    "furniture.jsonl": frozenset({"furniture"}),
    "named-concepts.jsonl": frozenset({"concept_cue", "naming_words"}),
}
"""The rule kinds each pattern file may hold (the components read exactly these)."""


@cache
def patterns(name: str) -> tuple[dict[str, Any], ...]:
    """The rules of `patterns/{name}`; kinds are checked by the components using them."""
    records = read_jsonl("patterns", name, PATTERN_SCHEMA)
    seen: set[str] = set()
    kinds = KINDS.get(name)
    for record in records:
        if kinds is not None and record["kind"] not in kinds:
            raise RuleError(f"patterns/{name}: rule {record['id']!r} has unknown kind {record['kind']!r}")
        if record["id"] in seen:
            raise RuleError(f"patterns/{name}: rule id {record['id']!r} is used twice")
        seen.add(record["id"])
        if "forms" not in record and "regex" not in record:
            raise RuleError(f"patterns/{name}: rule {record['id']!r} has neither 'forms' nor 'regex'")
    return records


def rules_of(name: str, kind: str, language: str | None = None) -> tuple[dict[str, Any], ...]:
    """The rules of one kind in `patterns/{name}` that apply to `language` (or all)."""
    family = "nb" if language == "nn" else language
    return tuple(
        r for r in patterns(name)
        if r["kind"] == kind and (language is None or r["lang"] in ("*", language, family))
    )


def forms_of(name: str, kind: str, language: str | None = None) -> frozenset[str]:
    """The union of the `forms` of the matching rules."""
    return frozenset(f for r in rules_of(name, kind, language) for f in r.get("forms", ()))
