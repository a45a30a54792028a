"""Applying relation rules to tagged spans: slots -> mentions -> RelationMentions.

A rule match names groups; every mention of an allowed type inside a group
fills that slot (one relation per subject-object pair). Special sources fill
a slot otherwise: the text itself (SELF), the government of the text's
country, the one commission a noun refers to, the items of a principle list.
Each relation is checked against the type signature of its predicate in the
annotation guidelines, so no rule can produce an ill-typed statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..model import SELF, EntityType, Mention, Predicate, RelationMention
from .relation_patterns import Rule
from .state import ExtractionState
from .tagging import Tagged

_P, _I = EntityType.PERSON, EntityType.INSTITUTION
_R, _M, _C, _D = EntityType.REFORM, EntityType.GOVERNANCE_MODEL, EntityType.PRINCIPLE, EntityType.DOCUMENT
SIGNATURES: dict[Predicate, set[tuple[EntityType, EntityType | None]]] = {
    Predicate.MEMBER_OF: {(_P, _I)},
    Predicate.CREATOR: {(_P, _D), (_I, _D), (_P, None), (_I, None)},
    Predicate.HAS_PRINCIPLE: {(_R, _C), (_M, _C)},
    Predicate.PROPOSED_BY: {(s, o) for s in (_R, _M, _C, _I) for o in (_P, _I)},
    Predicate.PART_OF: {(_I, _I), (_I, _R), (_M, _R), (_D, _D)},
    Predicate.SUPPORTS: {(s, o) for s in (_P, _I) for o in (_R, _M, _C)},
    Predicate.CRITICIZES: {(s, o) for s in (_P, _I) for o in (_R, _M, _C)},
}

Resolver = Callable[[Rule, re.Match[str], Tagged, int], list[Mention]]
"""Fills a slot from a special source: (rule, match, tagged span, offset) -> mentions."""


def well_typed(predicate: Predicate, subject: Mention, obj: Mention | str) -> bool:
    target = obj.type if isinstance(obj, Mention) else None
    return (subject.type, target) in SIGNATURES[predicate] and subject is not obj and not (
        isinstance(obj, Mention) and obj.label == subject.label and obj.type is subject.type)


def group_span(match: re.Match[str], group: str) -> tuple[int, int] | None:
    """Where group `group` matched; a pattern with two word orders names its second one `{group}2`."""
    for name in (group, group + "2"):
        if name in match.re.groupindex and match.start(name) >= 0:
            return match.span(name)
    return None


def slot_mentions(match: re.Match[str], group: str, tagged: Tagged, types: frozenset[EntityType]) -> list[Mention]:
    """The mentions of the allowed types inside a named group, in order, without repeats."""
    span = group_span(match, group)
    if span is None:
        return []
    found: list[Mention] = []
    for index in tagged.tokens_in(*span):
        mention = tagged.mentions[index]
        if mention is not None and mention.type in types and all(mention is not m for m in found):
            found.append(mention)
    return found


def role_of(rule: Rule, match: re.Match[str], tagged: Tagged) -> tuple[bool, str | None]:
    """(acceptable, role) for the role group of a match.

    The role is the base form of the last role word in the group, with the
    plain words the group holds around it as written ("fylkesdirektør for
    utdanning"), so a rule decides how much of a title it takes.
    """
    span = group_span(match, "r")
    if span is None:
        return rule.role_matches is None, None
    tokens = tagged.tokens_in(*span)
    found = [i for i in tokens if tagged.roles[i]]
    if not found:
        return rule.role_matches is None, None
    head = found[-1]
    words = tagged.text[span[0]:span[1]].split(" ")
    index = head - tokens.start
    role = " ".join([w.lower() for w in words[:index] if "«" not in w] + [tagged.roles[head]]
                    + [w.lower() for w in words[index + 1:] if "«" not in w])
    return rule.role_matches is None or bool(rule.role_matches.search(role)), role


def apply_rule(state: ExtractionState, rule: Rule, tagged: Tagged,
               resolvers: dict[str, Resolver], agents: Callable[[re.Match[str]], list[Mention]] | None = None,
               ) -> Iterable[RelationMention]:
    """The relation mentions one rule states in one tagged span."""
    for match in rule.regex.finditer(tagged.text):
        span = tagged.original(match.start(), match.end())
        if span is None:
            continue
        accepted, role = role_of(rule, match, tagged)
        if not accepted:
            continue
        if agents is not None and rule.agent == "speaker":
            subjects = agents(match)
        elif rule.subject_from:
            subjects = resolvers[rule.subject_from](rule, match, tagged, span[0])
        else:
            subjects = slot_mentions(match, "s", tagged, rule.subject_types)
        objects: list[Mention | str]
        if rule.object_from == "SELF":
            objects = [SELF]
        elif rule.object_from:
            objects = list(resolvers[rule.object_from](rule, match, tagged, span[0]))
        else:
            objects = list(slot_mentions(match, "o", tagged, rule.object_types))
        for subject in subjects:
            for obj in objects:
                if well_typed(rule.predicate, subject, obj):
                    yield RelationMention(
                        subject=subject, predicate=rule.predicate, object=obj,
                        evidence=state.evidence(span[0], span[1], rule.id, rule.confidence),
                        role=role if rule.predicate is Predicate.MEMBER_OF else None,
                    )
