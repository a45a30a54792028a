"""Relation and stance rules: JSONL data, validated on load, compiled with macros.

A rule's `pattern` is a regular expression over a *tagged* span of text (see
`tagging`): tokens joined by single spaces, each mention written as a
placeholder such as `«I:Commission:3:g»` (type letter, subtype, index,
genitive flag). Macros like `<PER>`, `<INSTG>` or `<GAP:4>` stand for those
placeholders, so the data stays readable. Named groups `s`, `o` and `r` mark
the subject, the object and the role; every mention of an allowed type
inside a group is taken, so one rule handles lists of authors or documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import RuleError
from ..model import EntityType, Predicate
from ..resources import data_file
from .rulefiles import OPTIONAL_STRING_LIST, STRING_LIST, Field, read_jsonl

LANGUAGES = frozenset({"sv", "da", "nb", "nn", "en"})
SCOPES = frozenset({"sentence", "line", "signature", "list-lead"})
REGIONS = frozenset({"any", "head", "tail"})
OBJECT_SOURCES = frozenset({"SELF", "government", "municipality", "commission", "role-commission", "document", "document-creator"})
SUBJECT_SOURCES = frozenset({"commission", "list-items"})
NOUN_SOURCES = frozenset({"document", "document-creator"})
"""Sources that read the noun of group n."""
TYPE_LETTERS = {
    EntityType.PERSON: "P", EntityType.INSTITUTION: "I", EntityType.REFORM: "F",
    EntityType.GOVERNANCE_MODEL: "M", EntityType.PRINCIPLE: "C", EntityType.DOCUMENT: "D",
    EntityType.PLACE: "L",
}
ROLE_LETTER = "O"


def _tag(letters: str, subtype: str = r"[^:»]*", genitive: str = "g?") -> str:
    return rf"«[{letters}]:{subtype}:\d+:{genitive}»"


MACROS = {
    "PER": _tag("P"), "PERG": _tag("P", genitive="g"),
    "INST": _tag("I"), "INSTG": _tag("I", genitive="g"),
    "GOV": _tag("I", "Government"), "GOVG": _tag("I", "Government", "g"),
    "COM": _tag("I", "Commission"), "PARTY": _tag("I", "Party"),
    "MINISTRY": _tag("I", "(?:Ministry|Government)"),
    "AGT": _tag("PI"), "AGTG": _tag("PI", genitive="g"),
    "REF": _tag("F"), "REFG": _tag("F", genitive="g"),
    "MOD": _tag("M"), "CON": _tag("FM"), "CONG": _tag("FM", genitive="g"),
    "PRI": _tag("C"), "DOC": _tag("D"), "PLACE": _tag("L"),
    "ROLE": _tag(ROLE_LETTER, "post"), "JOB": _tag(ROLE_LETTER, "(?:post|profession)"), "ANYROLE": _tag(ROLE_LETTER),
    "MENTION": r"«[A-Z]:[^:»]*:\d+:g?»",
    "W": r"[^\s«»]+",
    "YEAR": r"(?:1[89]|20)\d\d",
}
_MACRO = re.compile(r"<([A-Z]+)(?::(\d+))?>")


def expand(pattern: str) -> str:
    """Replace macros by regular expressions; `<GAP:n>` is up to n tokens that are no agent."""

    def replace(match: re.Match[str]) -> str:
        name, count = match.group(1), match.group(2)
        if name == "GAP":
            return rf"(?:(?!«[PI]:)\S+ ){{0,{int(count or 3)}}}?"
        if name not in MACROS or count is not None:
            raise KeyError(match.group())
        return MACROS[name]

    return _MACRO.sub(replace, pattern)


@dataclass(frozen=True)
class Rule:
    id: str
    predicate: Predicate
    languages: frozenset[str]
    scope: str
    region: str
    regex: re.Pattern[str]
    subject_types: frozenset[EntityType]
    object_types: frozenset[EntityType]
    subject_from: str | None
    """Where subjects come from when not from mentions in group s: 'commission', 'list-items'."""
    object_from: str | None
    """Where objects come from when not from mentions in group o (see `relation_sources`)."""
    role_matches: re.Pattern[str] | None
    confidence: float
    agent: str | None
    """Stances only: 'speaker' when the agent is whoever the sentence quotes or is about."""


SCHEMA: dict[str, Field] = {
    "id": Field(str),
    "predicate": Field(str, choices=frozenset(p.value for p in Predicate)),
    "languages": STRING_LIST,
    "scope": Field(str, required=False, choices=SCOPES),
    "region": Field(str, required=False, choices=REGIONS),
    "pattern": Field(str),
    "subject_types": OPTIONAL_STRING_LIST,
    "object_types": OPTIONAL_STRING_LIST,
    "subject_from": Field(str, required=False, choices=SUBJECT_SOURCES),
    "object_from": Field(str, required=False, choices=OBJECT_SOURCES),
    "role_matches": Field(str, required=False, regex=True),
    "agent": Field(str, required=False, choices=frozenset({"speaker"})),
    "confidence": Field(float, required=False),
}


def _rule(raw: dict, where: str) -> Rule:
    """A checked record -> Rule; what the schema cannot see is checked here."""
    languages = frozenset(raw["languages"])
    if not languages <= LANGUAGES:
        raise RuleError(f"{where}: unknown languages {sorted(languages - LANGUAGES)}")
    try:
        regex = re.compile(expand(raw["pattern"]), re.IGNORECASE)
        subject_types = frozenset(EntityType(name) for name in raw.get("subject_types", ()))
        object_types = frozenset(EntityType(name) for name in raw.get("object_types", ()))
    except KeyError as error:
        raise RuleError(f"{where}: unknown macro {error}") from error
    except (ValueError, re.error) as error:
        raise RuleError(f"{where}: {type(error).__name__}: {error}") from error
    subject_from, object_from, agent = raw.get("subject_from"), raw.get("object_from"), raw.get("agent")
    needed = {"o"} if object_from in (None, "commission") else set()
    if object_from in NOUN_SOURCES:
        needed.add("n")
    if object_from in ("government", "role-commission") and "role_matches" not in raw:
        raise RuleError(f"{where}: object_from {object_from} needs role_matches")
    if agent is None and subject_from != "list-items":
        needed.add("s")
    if "role_matches" in raw:
        needed.add("r")
    missing = needed - set(regex.groupindex)
    if missing:
        raise RuleError(f"{where}: the pattern lacks the groups {sorted(missing)}")
    confidence = float(raw.get("confidence", 0.8))
    if not 0 < confidence <= 1:
        raise RuleError(f"{where}: confidence must be in (0, 1]")
    return Rule(
        id=raw["id"], predicate=Predicate(raw["predicate"]), languages=languages,
        scope=raw.get("scope", "sentence"), region=raw.get("region", "any"), regex=regex,
        subject_types=subject_types, object_types=object_types,
        subject_from=subject_from, object_from=object_from,
        role_matches=raw.get("role_matches"), confidence=confidence, agent=agent,
    )


@cache
def load_rules(filename: str) -> tuple[Rule, ...]:
    """The rules of `patterns/{filename}`; RuleError names file and line of a bad one."""
    rules: list[Rule] = []
    seen: set[str] = set()
    for number, raw in _numbered(filename, read_jsonl("patterns", filename, SCHEMA)):
        where = f"patterns/{filename}:{number}"
        if raw["id"] in seen:
            raise RuleError(f"{where}: duplicate rule id {raw['id']}")
        seen.add(raw["id"])
        rules.append(_rule(raw, where))
    return tuple(rules)


def _numbered(filename: str, records: tuple[dict, ...]):
    """Records with the line of the file each stands on (read_jsonl skips blank lines)."""
    text = data_file("patterns", filename).read_text(encoding="utf-8")
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    return zip(lines, records)
