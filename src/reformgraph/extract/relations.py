"""The `relations` and `stances` components: rules over sentences, lines and lists.

Rules (`patterns/relations.jsonl`, `patterns/stances.jsonl`) run on each
sentence, on each line (bylines and reference entries that the sentencizer
splits), on the lead-in of each principle list, and on author signature
lines at the end of a text. Each unit is tagged once, so the work is linear
in the text. What layout decides rather than a pattern lives here: which
list a principle belongs to, which closing lines sign the text, and who
speaks a sentence (for stances).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import SELF, EntityType, Mention, Predicate, RelationMention
from .concepts import LIST_RULE, context_country, country_places
from .enumerations import principle_lists
from .registry import component
from .relation_engine import Resolver, apply_rule, slot_mentions, well_typed
from .relation_patterns import Rule, load_rules
from .speakers import Speakers
from .state import ExtractionState
from .tagging import Tagged, Tagger

HEAD_SHARE, HEAD_MIN = 0.2, 1500
"""A byline stands in the first fifth of a text (at least its first 1500 characters)."""
TAIL_SHARE = 0.5
LIST_OWNER_RULE = "hasPrinciple.list"
SIGNATURE_RULE = "creator.signature-block"
LIST_LOOKBACK = 3
"""Sentences before a list's lead-in searched for the reform or model it lists principles of."""
_SIGNATURE = re.compile(r"^«P:[^»]*» , (?:\S+ ){0,8}?«(?:O|I):")
_MORE_AUTHORS = re.compile(r"\b(?:m\.\s?fl|mfl|et al|m\.\s?fl\.|med flere|og flere)\b", re.IGNORECASE)


@component("relations")
def relations(state: ExtractionState) -> None:
    tagger = Tagger(state.document, state.mentions)
    resolvers = _resolvers(state, tagger)
    rules = [r for r in load_rules("relations.jsonl") if state.document.language in r.languages]
    for scope, start, end in _units(state):
        tagged = None
        for rule in rules:
            if rule.scope != scope or not _in_region(state, rule.region, start):
                continue
            tagged = tagged or tagger.tag(start, end)
            state.relations.extend(apply_rule(state, rule, tagged, resolvers))
    _list_relations(state, tagger, rules, resolvers)
    _signature_creators(state, tagger)


@component("stances")
def stances(state: ExtractionState) -> None:
    tagger = Tagger(state.document, state.mentions)
    speakers = Speakers(state.document, tagger)
    rules = [r for r in load_rules("stances.jsonl") if state.document.language in r.languages]
    for sentence in state.document.sentences:
        tagged = tagger.tag(sentence.start, sentence.end)
        for rule in rules:
            state.relations.extend(apply_rule(state, rule, tagged, {}, lambda _m, s=sentence: speakers.of(s)))


def _units(state: ExtractionState) -> Iterator[tuple[str, int, int]]:
    for sentence in state.document.sentences:
        yield "sentence", sentence.start, sentence.end
    for start, end in _lines(state.document.text):
        yield "line", start, end


def _lines(text: str) -> Iterator[tuple[int, int]]:
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            yield offset + lead, offset + len(line.rstrip())
        offset += len(line) + 1


def _in_region(state: ExtractionState, region: str, start: int) -> bool:
    size = len(state.document.text)
    if region == "head":
        return start < max(HEAD_MIN, HEAD_SHARE * size)
    if region == "tail":
        return start >= TAIL_SHARE * size
    return True


def _resolvers(state: ExtractionState, tagger: Tagger) -> dict[str, Resolver]:
    places = country_places(state)
    governments = [m for m in state.mentions if m.type is EntityType.INSTITUTION and m.subtype == "Government"]

    def government(rule: Rule, match: re.Match[str], tagged: Tagged, offset: int) -> list[Mention]:
        """The government of the country in context, else of the text, nearest to the match."""
        wanted = context_country(state, offset, places) or state.document.country
        ours = [m for m in governments if (m.country or state.document.country) == wanted]
        return [min(ours, key=lambda m: abs(m.start - offset))] if ours else []

    def commission(rule: Rule, match: re.Match[str], tagged: Tagged, offset: int) -> list[Mention]:
        named = slot_mentions(match, "s", tagged, frozenset({EntityType.INSTITUTION}))
        if named:
            return named
        found = tagger.commission_for(match.group("s"))
        return [found] if found else []

    return {"government": government, "commission": commission}


def _list_relations(state: ExtractionState, tagger: Tagger, rules: list[Rule],
                    resolvers: dict[str, Resolver]) -> None:
    """hasPrinciple from a list's reform or model; proposedBy from who its lead-in says presents it."""
    document = state.document
    lead_rules = [r for r in rules if r.scope == "list-lead"]
    for found in principle_lists(document):
        items = [m for m in state.mentions if m.evidence.rule == LIST_RULE
                 and any(m.start == item.start and m.end == item.end for item in found.items)]
        if not items:
            continue
        owner = _list_owner(state, found.lead_start, found.lead_end)
        if owner is not None:
            for item in items:
                state.relations.append(RelationMention(
                    subject=owner, predicate=Predicate.HAS_PRINCIPLE, object=item,
                    evidence=state.evidence(owner.start, found.lead_end, LIST_OWNER_RULE, 0.75),
                ))
        lead = document.sentence_at(found.lead_start)
        items_of = {"list-items": lambda *_: items}
        for rule in lead_rules:
            for sentence in document.sentences[max(0, lead.index - 2): lead.index + 1]:
                tagged = tagger.tag(sentence.start, sentence.end)
                state.relations.extend(apply_rule(state, rule, tagged, {**resolvers, **items_of}))


def _list_owner(state: ExtractionState, lead_start: int, lead_end: int) -> Mention | None:
    """The reform or model named in the lead-in, else the last one named shortly before it."""
    document = state.document
    lead = document.sentence_at(lead_start)
    earliest = document.sentences[max(0, lead.index - LIST_LOOKBACK)].start
    kinds = (EntityType.REFORM, EntityType.GOVERNANCE_MODEL)
    named = [m for m in state.mentions if m.type in kinds and lead_start <= m.start < lead_end]
    if named:
        return named[0]
    before = [m for m in state.mentions if m.type in kinds and earliest <= m.start < lead_start]
    return max(before, key=lambda m: m.start) if before else None


def _signature_creators(state: ExtractionState, tagger: Tagger) -> None:
    """Closing lines 'Name, title ...' sign the text when a byline names one of them or 'm.fl.'.

    Without any byline such a block still signs the text, with less confidence;
    a block that shares nobody with an existing byline does not.
    """
    document = state.document
    bylined = [r for r in state.relations if r.predicate is Predicate.CREATOR and r.object == SELF]
    authors = {r.subject.label for r in bylined}
    more = any(_MORE_AUTHORS.search(document.text[r.evidence.start:r.evidence.end + 12]) for r in bylined)
    block: list[tuple[Mention, int, int]] = []
    for start, end in _lines(document.text):
        if start < TAIL_SHARE * len(document.text) or end - start > 160:
            continue
        tagged = tagger.tag(start, end)
        if _SIGNATURE.match(tagged.text) and tagged.mentions[0] is not None:
            block.append((tagged.mentions[0], start, end))
    if not block:
        return
    shares = any(person.label in authors for person, _, _ in block)
    if bylined and not (shares or more):
        return
    confidence = 0.8 if bylined else 0.6
    for person, start, end in block:
        relation = RelationMention(subject=person, predicate=Predicate.CREATOR, object=SELF,
                                   evidence=state.evidence(start, end, SIGNATURE_RULE, confidence))
        if well_typed(relation.predicate, person, SELF):
            state.relations.append(relation)
