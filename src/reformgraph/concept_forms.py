"""Word forms of lexicon labels, from the suffix rules in `patterns/concept-forms.json`.

The lexicon lists base forms ("detaljstyrning"); texts write inflected ones
("detaljstyrningen", "tillidsreformens", "tillitsbaserade styrmodeller").
Generating the forms of each label word from a few systematic rules per
language is more precise than stripping suffixes off every text word, which
would conflate unrelated words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .errors import RuleError

FORMS_FILE = ("patterns", "concept-forms.json")

WORD = re.compile(r"\w+(?:[:'’´]\w+)?")
"""A word for label matching: hyphens and dashes split words, so "mål- och"
equals "mål och" and the "NPM" of "NPM-hatten" is a word of its own."""

JOINER = re.compile(r"[\s\-–‐]{1,3}")
"""What may stand between two words of one label in a text."""


@dataclass(frozen=True)
class Inflection:
    ending: str
    add: tuple[str, ...] = ()
    replace: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormRules:
    inflections: dict[str, tuple[Inflection, ...]]
    default: dict[str, tuple[str, ...]]
    genitive: tuple[str, ...]
    country_of_language: dict[str, str]
    country_cues: dict[str, str]
    """Lower-case cue word -> country code."""
    cue_window: int
    candidates: dict
    anaphora: dict
    insertable_adjectives: frozenset[str] = frozenset()
    """Adjectives a model's name may take before its last word ("statlig", "public")."""


@cache
def form_rules() -> FormRules:
    """The suffix rules and country clues, validated (RuleError names the file)."""
    from .extract.rulefiles import read_json

    raw = read_json(*FORMS_FILE, required=("inflections", "default", "genitive", "country_of_language",
                                           "country_cues", "cue_window", "candidates", "anaphora",
                                           "insertable_adjectives"))
    try:
        inflections = {
            lang: tuple(
                sorted(
                    (Inflection(r["ending"], tuple(r.get("add", ())), tuple(r.get("replace", ()))) for r in rules),
                    key=lambda r: -len(r.ending),
                )
            )
            for lang, rules in raw["inflections"].items()
        }
        cues = {word.lower(): code for code, words in raw["country_cues"].items() for word in words}
        rules = FormRules(
            inflections=inflections,
            default={lang: tuple(v) for lang, v in raw["default"].items()},
            genitive=tuple(raw["genitive"]),
            country_of_language=dict(raw["country_of_language"]),
            country_cues=cues,
            cue_window=int(raw["cue_window"]),
            candidates=dict(raw["candidates"]),
            anaphora=dict(raw["anaphora"]),
            insertable_adjectives=frozenset(w.lower() for w in raw["insertable_adjectives"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise RuleError(f"{'/'.join(FORMS_FILE)}: malformed suffix rules ({error!r})") from error
    if not {"determiners", "nouns", "indefinite_endings"} <= set(rules.anaphora):
        raise RuleError(f"{'/'.join(FORMS_FILE)}: anaphora needs determiners, nouns and indefinite_endings")
    for kind in ("reform", "model", "principle"):
        if not {"heads", "stop", "confidence"} <= set(rules.candidates.get(kind, {})):
            raise RuleError(f"{'/'.join(FORMS_FILE)}: candidates.{kind} needs heads, stop and confidence")
    return rules


def words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def is_acronym(word: str) -> bool:
    """Capitals (NPM, VBHC): matched case-sensitively, never inflected."""
    return len(word) >= 2 and word.isupper()


def word_forms(word: str, language: str) -> frozenset[str]:
    """All forms of one label word in `language` (lower case unless an acronym)."""
    rules = form_rules()
    if is_acronym(word):
        return frozenset({word, *(word + g for g in rules.genitive)})
    word = word.lower()
    forms = {word}
    matched = next((r for r in rules.inflections.get(language, ()) if word.endswith(r.ending)), None)
    if matched is None:
        forms.update(word + suffix for suffix in rules.default.get(language, ()))
    else:
        forms.update(word + suffix for suffix in matched.add)
        stem = word[: len(word) - len(matched.ending)]
        forms.update(stem + suffix for suffix in matched.replace)
    return frozenset(forms | {form + g for form in forms for g in rules.genitive})


def label_words(label: str) -> tuple[str, ...]:
    return tuple(m.group() for m in WORD.finditer(label))


def strip_genitive(word: str) -> str:
    """'tillidsreformens' -> 'tillidsreformen'; leaves words without one alone."""
    for ending in sorted(form_rules().genitive, key=len, reverse=True):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word
