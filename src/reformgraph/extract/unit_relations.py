"""partOf for a named unit or local branch and its parent body; a unit's members are the body's.

"lektor ved Institut for Statskundskab, Aarhus Universitet": the institute is
partOf the university (the body right after the unit's link word, see
`org_units`), and the lecturer, a member of the institute, is a member of the
university too, with the same post, because the text names both in one breath.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import EntityType, Mention, Predicate, RelationMention
from .org_units import RULE as UNIT_RULE, parent_after
from .orgs import BRANCH_RULE
from .state import ExtractionState
from .textview import strip_genitive

PART_RULE = "partOf.unit-of-body"
BRANCH_PART_RULE = "partOf.local-branch"
MEMBER_RULE = "memberOf.through-unit"


def unit_parents(state: ExtractionState) -> None:
    """Each unit named with its parent body right after it is partOf that body."""
    institutions = {m.start: m for m in state.mentions if m.type is EntityType.INSTITUTION}
    for unit in (m for m in state.mentions if m.evidence.rule == UNIT_RULE):
        parent = parent_after(state.document, unit.end, institutions)
        if parent is not None and parent.label != unit.label:
            state.relations.append(RelationMention(
                subject=unit, predicate=Predicate.PART_OF, object=parent,
                evidence=state.evidence(unit.start, parent.end, PART_RULE, 0.75)))


def branch_parents(state: ExtractionState) -> None:
    """A local branch ("Fagforbundet Gjøvik", "NSF Innlandet") is partOf the body whose
    name it starts with, where the text also names that body on its own."""
    bodies: dict[str, Mention] = {}
    for m in state.mentions:
        if m.type is EntityType.INSTITUTION and m.evidence.rule != BRANCH_RULE and not m.furniture:
            bodies.setdefault(m.surface, m)
            bodies.setdefault(strip_genitive(m.surface), m)
    for branch in (m for m in state.mentions if m.evidence.rule == BRANCH_RULE):
        body = bodies.get(branch.surface.rsplit(" ", 1)[0])
        if body is not None:
            state.relations.append(RelationMention(
                subject=branch, predicate=Predicate.PART_OF, object=body,
                evidence=state.evidence(branch.start, branch.end, BRANCH_PART_RULE, 0.7)))


def members_through_units(state: ExtractionState) -> None:
    """A member of a unit is a member of the body the same passage names it part of."""
    parts_of: dict[str, list[RelationMention]] = {}
    for r in state.relations:
        if (r.predicate is Predicate.PART_OF and isinstance(r.object, Mention)
                and r.subject.type is EntityType.INSTITUTION and r.object.type is EntityType.INSTITUTION):
            parts_of.setdefault(r.subject.label, []).append(r)
    if not parts_of:
        return
    memberships = [r for r in state.relations if r.predicate is Predicate.MEMBER_OF and isinstance(r.object, Mention)]
    known = {(r.subject.label, r.object.label) for r in memberships}
    added = []
    for membership in memberships:
        for part in parts_of.get(membership.object.label, ()):
            if (part.evidence.sentence_start == membership.evidence.sentence_start
                    and (membership.subject.label, part.object.label) not in known):
                known.add((membership.subject.label, part.object.label))
                end = max(membership.evidence.end, part.evidence.end)
                added.append(replace(membership, object=part.object, evidence=state.evidence(
                    membership.evidence.start, end, MEMBER_RULE, membership.evidence.confidence)))
    state.relations.extend(added)
