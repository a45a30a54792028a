"""Reforms, governance models and principles: lexicon, morphology, named principles, lists.

`concepts` finds the lexicon's concepts (every inflected form, the country
decided by spelling and context), then names the lexicon does not know but
morphology marks as a reform ("lederskabsreformen"), a way of steering
("utifrånstyrning") or a principle ("finansieringsprincipen", "principen om
X"); those get a lower confidence. `principle_lists` turns the items of an
enumerated list of principles into Principle mentions named as the text
names them.
"""

from __future__ import annotations

import re
from functools import cache

from ..concept_forms import form_rules, strip_genitive, words
from ..concept_lexicon import Concept, lexicon
from ..model import EntityType, Mention
from .enumerations import base_form, config, principle_lists as find_lists
from .registry import component
from .state import ExtractionState

LEXICON_RULE = "concepts.lexicon"
NAMED_PRINCIPLE_RULE = "concepts.named-principle"
LIST_RULE = "principle_lists.item"
NATIONAL_RULE = "concepts.national-reform"
INDEFINITE_RULE = "concepts.morphology.Reform.indefinite"
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:se|dk|no|com|org|net)/\S*")
URL_REACH = 300
CUE_REACH = 160
"""How far (in characters) a country cue before a concept is looked for."""
_CANDIDATE_TYPES = {"reform": EntityType.REFORM, "model": EntityType.GOVERNANCE_MODEL, "principle": EntityType.PRINCIPLE}


@component("concepts")
def concepts(state: ExtractionState) -> None:
    document = state.document
    lex = lexicon()
    places = country_places(state)
    taken: list[tuple[int, int]] = []
    for match in lex.match(document.text, document.language):
        if _in_url(document.text, match.start):
            continue
        taken.append((match.start, match.end))
        cue = context_country(state, match.start, places)
        concept = lex.choose(match.concepts, cue, document.language, document.country)
        if concept is not None:
            start = _with_country_name(document.text, match.start, concept)
            state.mentions.append(concept_mention(state, concept, start, match.end))
    for mention in _named_principles(state, taken) + _morphology(state, taken):
        state.mentions.append(mention)
    state.mentions.extend(_indefinite_reforms(state, taken))
    state.mentions.extend(_national_reforms(state, taken))


@component("principle_lists")
def principle_lists(state: ExtractionState) -> None:
    document = state.document
    for found in find_lists(document):
        for item in found.items:
            state.mentions.append(Mention(
                type=EntityType.PRINCIPLE,
                surface=document.text[item.start:item.end],
                label=item.label,
                evidence=state.evidence(item.start, item.end, LIST_RULE, 0.85),
            ))


def concept_mention(state: ExtractionState, concept: Concept, start: int, end: int) -> Mention:
    return Mention(
        type=concept.type,
        surface=state.document.text[start:end],
        label=concept.label(state.document.language),
        evidence=state.evidence(start, end, LEXICON_RULE, 0.95),
        country=concept.country,
        concept=concept.iri,
    )


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]+$")


def _with_country_name(text: str, start: int, concept: Concept) -> int:
    """Start a national reform's mention at its country's name right before it: "Sweden's
    trust reform", "Norges tillitsreform" name the reform with the country."""
    if concept.type is not EntityType.REFORM or not concept.country:
        return start
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[0].isupper():
        return start
    code = form_rules().country_cues.get(before.group(1).lower())
    return before.start(1) if code and code.upper() == concept.country.upper() else start


def country_places(state: ExtractionState) -> list[Mention]:
    """The place mentions that name a country, for `context_country`."""
    return [m for m in state.mentions if m.type is EntityType.PLACE and m.country]


def context_country(state: ExtractionState, start: int, places: list[Mention]) -> str | None:
    """The country named closest before `start` in its sentence ("den norska ...", "Norges ...")."""
    document = state.document
    sentence = document.sentence_at(start)
    rules = form_rules()
    best: tuple[int, str] | None = None
    window_start = max(sentence.start, start - CUE_REACH)
    for word in words(document.text[window_start:start])[-rules.cue_window:]:
        code = rules.country_cues.get(word.group().lower())
        if code:
            best = (window_start + word.start(), code)
    for mention in places:
        if sentence.start <= mention.start and mention.end <= start and (best is None or mention.start > best[0]):
            best = (mention.start, mention.country.upper())
    return best[1] if best else None


def _in_url(text: str, offset: int) -> bool:
    """Whether `offset` lies in a web or mail address (the run of non-space around it)."""
    left = max(0, offset - URL_REACH)
    start = max(text.rfind(" ", left, offset), text.rfind("\n", left, offset)) + 1
    chunk = re.match(r"\S*", text[start or left: offset + URL_REACH])
    return bool(chunk and _URL.fullmatch(chunk.group()))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _named_principles(state: ExtractionState, taken: list[tuple[int, int]]) -> list[Mention]:
    """'principen om X', 'Princippet om; let managers manage': X is a principle."""
    cfg = config()
    text = state.document.text
    found = []
    for intro in cfg.named.finditer(text):
        rest = text[intro.end(): intro.end() + 200]
        stop = cfg.named_end.search(rest)
        name = rest[: stop.start() if stop else len(rest)].strip(" ,")
        if not name or len(name.split()) > cfg.max_named_words or not name[0].isalpha():
            continue
        start = intro.end() + rest.find(name)
        end = start + len(name)
        if _overlaps(start, end, taken):
            continue
        taken.append((start, end))
        found.append(Mention(
            type=EntityType.PRINCIPLE, surface=name, label=name,
            evidence=state.evidence(start, end, NAMED_PRINCIPLE_RULE, 0.7),
        ))
    return found


def _morphology(state: ExtractionState, taken: list[tuple[int, int]]) -> list[Mention]:
    """One-word compounds whose head marks a reform or a way of steering."""
    document = state.document
    found = []
    for kind, pattern, stops, confidence in _candidate_patterns(document.language):
        for match in pattern.finditer(document.text):
            start, end = match.span()
            first = match.group("first").lower().rstrip("-")
            if (any(first.startswith(stop) for stop in stops) or _overlaps(start, end, taken)
                    or _in_url(document.text, start)):
                continue
            taken.append((start, end))
            surface = match.group()
            label = strip_genitive(surface)
            if kind is EntityType.GOVERNANCE_MODEL:
                label = base_form(label, document.language)
            found.append(Mention(
                type=kind, surface=surface, label=label,
                evidence=state.evidence(start, end, f"concepts.morphology.{kind.value}", confidence),
                country=document.country if kind is EntityType.REFORM else None,
            ))
    return found


@cache
def _candidate_patterns(language: str) -> tuple[tuple[EntityType, re.Pattern[str], tuple[str, ...], float], ...]:
    rules = form_rules().candidates
    result = []
    for kind, etype in _CANDIDATE_TYPES.items():
        heads = rules[kind]["heads"].get(language, [])
        if not heads:
            continue
        alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
        pattern = re.compile(
            rf"\b(?P<first>[^\W\d_]{{{rules['min_stem']},}}-?)(?:{alternatives})(?:s|:s)?\b", re.IGNORECASE)
        result.append((etype, pattern, tuple(rules[kind]["stop"]), float(rules[kind]["confidence"])))
    return tuple(result)



def _indefinite_reforms(state: ExtractionState, taken: list[tuple[int, int]]) -> list[Mention]:
    """'en ny skolereform' where the text also names 'Skolereformen' (found by morphology)."""
    endings = sorted(form_rules().anaphora["indefinite_endings"], key=len, reverse=True)
    named: dict[str, Mention] = {}
    for mention in state.mentions:
        if mention.evidence.rule != f"concepts.morphology.{EntityType.REFORM.value}":
            continue
        ending = next((e for e in endings if mention.label.lower().endswith("reform" + e)), None)
        if ending:
            named.setdefault(mention.label.lower()[: -len(ending)], mention)
    if not named:
        return []
    text = state.document.text
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(named, key=len, reverse=True))) + r")(?:s|:s)?\b",
                         re.IGNORECASE)
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if _overlaps(start, end, taken) or _in_url(text, start):
            continue
        taken.append((start, end))
        model = named[strip_genitive(match.group()).lower()] if strip_genitive(match.group()).lower() in named \
            else named[match.group().lower()]
        found.append(Mention(type=EntityType.REFORM, surface=match.group(), label=model.label,
                             evidence=state.evidence(start, end, INDEFINITE_RULE, model.evidence.confidence),
                             country=model.country))
    return found


def _national_reforms(state: ExtractionState, taken: list[tuple[int, int]]) -> list[Mention]:
    """'the Swedish reform', 'den danske reformen': the one reform of that country the text names."""
    rules = form_rules()
    by_country: dict[str, dict[str, Mention]] = {}
    for mention in state.mentions:
        if mention.type is EntityType.REFORM and mention.country and not mention.furniture:
            by_country.setdefault(mention.country, {}).setdefault(mention.concept or mention.label, mention)
    if not by_country:
        return []
    text = state.document.text
    found = []
    for match in _national_pattern().finditer(text):
        code = rules.country_cues.get(match.group("adj").lower())
        fitting = by_country.get(code or "", {})
        start, end = match.start("adj"), match.end()
        if len(fitting) != 1 or _overlaps(start, end, taken):
            continue
        taken.append((start, end))
        [model] = fitting.values()
        found.append(Mention(type=EntityType.REFORM, surface=text[start:end], label=model.label,
                             evidence=state.evidence(start, end, NATIONAL_RULE, 0.7),
                             country=model.country, concept=model.concept))
    return found


@cache
def _national_pattern() -> re.Pattern[str]:
    anaphora = form_rules().anaphora
    determiners = "|".join(map(re.escape, anaphora["determiners"]))
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(anaphora["nouns"], key=len, reverse=True))
    return re.compile(rf"\b(?:{determiners})\s+(?P<adj>\w+)\s+(?:{nouns})\b", re.IGNORECASE)
