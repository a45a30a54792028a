"""Where a relation's end comes from when the rule's groups hold no mention of it.

A rule names a source in `subject_from` or `object_from`:

* `government`: the ministry a minister's title names ("arbeids- og
  inkluderingsminister" -> "Arbeids- og inkluderingsdepartementet") when the text
  names it, else the government of the country in context, else of the text;
* `municipality`: for a municipal post without its body ("siger borgmester X"),
  the one municipality the text names, else the last one named before;
* `commission`: the one commission a definite noun in group s refers to;
* `role-commission`: the commission a commission post refers to ("utvalgsleder",
  "den särskilda utredaren"): the one commission of the text fitting the title;
* `document`: the document a report noun in group n refers to ("sitt
  betänkande" -> the document the text introduces as "betänkandet X" or by an
  official series number);
* `document-creator`: whoever the text says made that document (for "enligt
  betänkandet" before a list of principles).
"""

from __future__ import annotations

import re

from ..model import EntityType, Mention, Predicate
from .concepts import context_country, country_places
from .relation_engine import Resolver, role_of, slot_mentions
from .relation_patterns import Rule
from .state import ExtractionState
from .tagging import Tagged, Tagger

_CUE = re.compile(r"(\w+)[\s\"“”«»'‘’:]*$")
"""The word just before a document mention ('betänkandet ”X”', 'rapporten: X')."""
CUE_REACH = 40
_SQUASH = re.compile(r"[\W_]+")


def stem(word: str) -> str:
    """The part of a noun its inflected forms share ('betänkandet' ~ 'betänkande')."""
    word = word.lower()
    return word[:max(4, len(word) - 3)]


class Sources:
    """The special slot sources of one document."""

    def __init__(self, state: ExtractionState, tagger: Tagger):
        self.state = state
        self.tagger = tagger
        self.places = country_places(state)
        institutions = [m for m in state.mentions if m.type is EntityType.INSTITUTION]
        self.governments = [m for m in institutions if m.subtype == "Government"]
        self.ministries = [m for m in institutions if m.subtype == "Ministry"]
        self.municipalities = [m for m in institutions if m.subtype == "Municipality" and not m.furniture]
        self.documents = [m for m in state.mentions if m.type is EntityType.DOCUMENT and not m.furniture]
        self.series = tagger.words.document_series

    def resolvers(self) -> dict[str, Resolver]:
        return {"government": self.government, "municipality": self.municipality, "commission": self.commission,
                "role-commission": self.role_commission, "document": self.document,
                "document-creator": self.document_creator}

    def government(self, rule: Rule, match: re.Match[str], tagged: Tagged, offset: int) -> list[Mention]:
        """The ministry the minister's title names, else the government of the country in context."""
        _, role = role_of(rule, match, tagged)
        ministry = self._ministry(role) if role else None
        if ministry is not None:
            return [ministry]
        document = self.state.document
        wanted = context_country(self.state, offset, self.places) or document.country
        if wanted is None and len({m.country for m in self.governments}) == 1:
            wanted = self.governments[0].country
        ours = [m for m in self.governments if (m.country or document.country) == wanted]
        return [min(ours, key=lambda m: abs(m.start - offset))] if ours else []

    def municipality(self, rule: Rule, match: re.Match[str], tagged: Tagged, offset: int) -> list[Mention]:
        """The one municipality of the text, else the last named before the post."""
        if len({m.label for m in self.municipalities}) == 1:
            return [self.municipalities[0]]
        before = [m for m in self.municipalities if m.start < offset]
        return [max(before, key=lambda m: m.start)] if before else []

    def _ministry(self, role: str) -> Mention | None:
        head = _SQUASH.sub("", role.lower())
        if not head.endswith("minister") or len(head) < len("minister") + 3:
            return None
        field = head[: -len("minister")]
        fitting = {m.label: m for m in self.ministries if _SQUASH.sub("", m.label.lower()).startswith(field)}
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def commission(self, rule: Rule, match: re.Match[str], tagged: Tagged, offset: int) -> list[Mention]:
        named = slot_mentions(match, "s", tagged, frozenset({EntityType.INSTITUTION}))
        if named:
            return named
        found = self.tagger.commission_for(match.group("s"))
        return [found] if found else []

    def role_commission(self, rule: Rule, match: re.Match[str], tagged: Tagged, offset: int) -> list[Mention]:
        _, role = role_of(rule, match, tagged)
        found = self.tagger.commission_for(role.split()[-1]) if role else None
        return [found] if found else []

    def document(self, rule: Rule, match: re.Match[str], tagged: Tagged, offset: int) -> list[Mention]:
        """The one document the text introduces with the noun of group n."""
        noun = stem(match.group("n"))
        fitting: dict[str, Mention] = {}
        for mention in self.documents:
            if any(stem(cue).startswith(noun) or noun.startswith(stem(cue)) for cue in self._cues(mention)):
                fitting.setdefault(mention.label, mention)
        return list(fitting.values()) if len(fitting) == 1 else []

    def _cues(self, mention: Mention) -> list[str]:
        """Nouns that introduce a document: the word before it, the nouns of its series number."""
        text = self.state.document.text
        before = text[max(0, mention.start - CUE_REACH):mention.start].rsplit("\n", 1)[-1]
        cue = _CUE.search(before)
        first = mention.surface.split(" ", 1)[0].lower()
        return ([cue.group(1)] if cue else []) + list(self.series.get(first, ()))

    def document_creator(self, rule: Rule, match: re.Match[str], tagged: Tagged, offset: int) -> list[Mention]:
        labels = {m.label for m in self.document(rule, match, tagged, offset)}
        creators: dict[str, Mention] = {}
        for relation in self.state.relations:
            target = relation.object
            if (relation.predicate is Predicate.CREATOR and isinstance(target, Mention)
                    and target.label in labels):
                creators.setdefault(relation.subject.label, relation.subject)
        return list(creators.values())

