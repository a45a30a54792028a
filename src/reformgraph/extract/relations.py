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
from bisect import bisect_left
from collections.abc import Iterator

from ..model import SELF, EntityType, Mention, Predicate, RelationMention
from .concepts import LIST_RULE
from .enumerations import PrincipleList, principle_lists
from .registry import component
from .relation_engine import Resolver, apply_rule, slot_mentions, well_typed
from .relation_patterns import Rule, load_rules
from .relation_sources import Sources
from .speakers import Speakers
from .state import ExtractionState
from .tagging import Tagged, Tagger, tagger_for
from .unit_relations import branch_parents, members_through_units, unit_parents

HEAD_SHARE, HEAD_MIN = 0.2, 1500
"""A byline stands in the first fifth of a text (at least its first 1500 characters)."""
TAIL_SHARE = 0.5
LIST_OWNER_RULE = "hasPrinciple.list"
PARTICIPANTS_RULE, PARTICIPANT_LIST = "partOf.participant-list", "municipality.before.participants"
SIGNATURE_RULE = "creator.signature-block"
AUTHOR_RULE, AFFILIATION_RULE = "creator.author-block", "memberOf.author-affiliation"
AFFILIATION_LINES = 8
"""Lines after an author line searched for its affiliations."""
_MARK = r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]|\d"
_MARKS_AFTER = re.compile(rf"(?:{_MARK})+(?:,(?:{_MARK})+)*")
_AUTHOR_GLUE = re.compile(rf"(?:\s|,|&|\b(?:and|och|og)\b|{_MARK})*", re.IGNORECASE)
_LINE_MARK = re.compile(r"\s*((?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§])+|\d+(?=[ \t]))")
LIST_LOOKBACK = 3
"""Sentences before a list's lead-in searched for the reform or model it lists principles of."""
_SIGNATURE = re.compile(r"^«P:[^»]*» (?:\( \S+ \) )?(?:,|är|er|is) (?:\S+ ){0,8}?«(?:O|I):")
_CITATION = re.compile(r"«D:|\( (?:\S+ )?(?:1[89]|20)\d\d\b")
"""A reference-list entry (a year in brackets, a document title) is no signature."""
_MORE_AUTHORS = re.compile(r"\b(?:m\.\s?fl|mfl|et al|m\.\s?fl\.|med flere|og flere)\b", re.IGNORECASE)


@component("relations")
def relations(state: ExtractionState) -> None:
    tagger = tagger_for(state.document, state.mentions)
    resolvers = Sources(state, tagger).resolvers()
    rules = [r for r in load_rules("relations.jsonl") if state.document.language in r.languages]
    for scope, start, end in _units(state):
        tagged = None
        for rule in rules:
            if rule.scope != scope or not _in_region(state, rule.region, start):
                continue
            tagged = tagged or tagger.tag(start, end)
            state.relations.extend(apply_rule(state, rule, tagged, resolvers))
    _signature_creators(state, tagger)
    _author_blocks(state, tagger)
    _list_relations(state, tagger, rules, resolvers)
    _participants(state)
    unit_parents(state)
    branch_parents(state)
    members_through_units(state)
    _drop_roleless_memberships(state)


def _drop_roleless_memberships(state: ExtractionState) -> None:
    """A membership stated once with its post and once without keeps only the post."""
    with_role = {(r.subject.label, r.object.label) for r in state.relations
                 if r.predicate is Predicate.MEMBER_OF and r.role and isinstance(r.object, Mention)}
    state.relations[:] = [r for r in state.relations if not (
        r.predicate is Predicate.MEMBER_OF and not r.role and isinstance(r.object, Mention)
        and (r.subject.label, r.object.label) in with_role)]


@component("stances")
def stances(state: ExtractionState) -> None:
    tagger = tagger_for(state.document, state.mentions)
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
        owner = _list_owner(state, found)
        if owner is not None:
            for item in items:
                state.relations.append(RelationMention(
                    subject=owner, predicate=Predicate.HAS_PRINCIPLE, object=item,
                    evidence=state.evidence(owner.start, found.lead_end, LIST_OWNER_RULE, 0.75),
                ))
        first, last = document.sentence_at(found.lead_start), document.sentence_at(max(found.lead_start, found.lead_end - 1))
        items_of = {"list-items": lambda *_: items}
        for rule in lead_rules:
            for sentence in document.sentences[max(0, first.index - 2): last.index + 1]:
                tagged = tagger.tag(sentence.start, sentence.end)
                state.relations.extend(apply_rule(state, rule, tagged, {**resolvers, **items_of}))


def _participants(state: ExtractionState) -> None:
    """'De deltagende kommuner er A, B og C': each is partOf the reform or pilot named
    last before the list."""
    reforms = sorted((m for m in state.mentions if m.type is EntityType.REFORM and not m.furniture),
                     key=lambda m: m.start)
    starts = [r.start for r in reforms]
    for member in (m for m in state.mentions if m.evidence.rule == PARTICIPANT_LIST):
        count = bisect_left(starts, member.start)  # reforms that start before the member
        if count:
            reform = reforms[count - 1]
            state.relations.append(RelationMention(
                subject=member, predicate=Predicate.PART_OF, object=reform,
                evidence=state.evidence(reform.start, member.end, PARTICIPANTS_RULE, 0.6),
            ))


def _list_owner(state: ExtractionState, found: PrincipleList) -> Mention | None:
    """The reform or model named in the lead-in's sentence (the nearest before the
    principle word, else the first after it), else the last one named shortly before."""
    document = state.document
    lead = document.sentence_at(found.lead_start)
    earliest = document.sentences[max(0, lead.index - LIST_LOOKBACK)].start
    kinds = (EntityType.REFORM, EntityType.GOVERNANCE_MODEL)
    named = [m for m in state.mentions if m.type in kinds and found.lead_start <= m.start < found.lead_end]
    before_word = [m for m in named if m.start < found.lead_word]
    if before_word:
        return max(before_word, key=lambda m: m.start)
    if named:
        return min(named, key=lambda m: m.start)
    before = [m for m in state.mentions if m.type in kinds and earliest <= m.start < found.lead_start]
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
        if (_SIGNATURE.match(tagged.text) and tagged.mentions[0] is not None
                and not _CITATION.search(tagged.text)):
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


def _author_blocks(state: ExtractionState, tagger: Tagger) -> None:
    """An author line in the head ('A¹, B² and C³', or two or more names alone) and its affiliations.

    The names on the line create the text; an affiliation line below that
    starts with a name's footnote mark (or, without marks, any affiliation
    line right below) makes its institutions theirs.
    """
    document = state.document
    text = document.text
    lines = list(_lines(text))
    for index, (start, end) in enumerate(lines):
        if not _in_region(state, "head", start):
            break
        people = [m for m in tagger.tag(start, end).mentions if m is not None]
        if not people or any(m.type is not EntityType.PERSON for m in people):
            continue
        gaps = zip([start] + [m.end for m in people], [m.start for m in people] + [end])
        if not all(_AUTHOR_GLUE.fullmatch(text[a:b]) for a, b in gaps):
            continue
        marks = {id(m): set(_marks_after(text, m.end)) for m in people}
        if len(people) < 2 and not marks[id(people[0])]:
            continue
        for person in people:
            state.relations.append(RelationMention(subject=person, predicate=Predicate.CREATOR, object=SELF,
                                                   evidence=state.evidence(start, end, AUTHOR_RULE, 0.7)))
        _affiliations(state, tagger, people, marks, lines[index + 1:index + 1 + AFFILIATION_LINES])


def _marks_after(text: str, offset: int) -> str:
    found = _MARKS_AFTER.match(text, offset)
    return found.group().replace(",", "") if found else ""


def _affiliations(state: ExtractionState, tagger: Tagger, people: list[Mention], marks: dict[int, set[str]],
                  lines: list[tuple[int, int]]) -> None:
    text = state.document.text
    marked = any(marks.values())
    for start, end in lines:
        institutions = [m for m in tagger.tag(start, end).mentions
                        if m is not None and m.type is EntityType.INSTITUTION]
        if any(m is not None and m.type is EntityType.PERSON for m in tagger.tag(start, end).mentions):
            break
        if not institutions:
            continue
        lead = _LINE_MARK.match(text, start)
        if marked and lead is None:
            continue
        members = [p for p in people if not marked or set(lead.group(1)) & marks[id(p)]]
        for person in members:
            for institution in institutions:
                state.relations.append(RelationMention(
                    subject=person, predicate=Predicate.MEMBER_OF, object=institution,
                    evidence=state.evidence(start, end, AFFILIATION_RULE, 0.7)))
        if not marked:
            break
