"""A span of text rewritten for the relation rules: mentions and role words as placeholders.

"vicedirektør i Socialstyrelsen, Mads Holm" becomes
"«O:post:0:» i «I:Agency:1:» , «P::2:»", so a rule is one regular expression
and a match maps back to mentions and character offsets. Subject pronouns
and definite commission nouns ("delegationen") are written as the mention
they refer to, which is how "Han ... presentera den nya tillitsreformen"
gets its subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from ..errors import RuleError
from ..model import Document, EntityType, Mention
from .rulefiles import LANG, Field, read_json, read_jsonl
from .relation_patterns import ROLE_LETTER, TYPE_LETTERS

_TOKEN = re.compile(r"\w+(?:[-:.'’´/]\w+)*|[^\w\s]")
_MARKED_GENITIVE = ("'s", "’s", ":s", "´s")


@dataclass(frozen=True)
class Words:
    """Closed-class words of `patterns/relation-words.json`, plus the role lexicon."""

    pronouns: dict[str, frozenset[str]]
    pronoun_window: int
    commission_nouns: tuple[str, ...]
    definite_commission: frozenset[str]
    speech_verbs: frozenset[str]
    quote_openers: tuple[str, ...]
    roles: dict[str, tuple[str, str]]
    """Lower-case role form -> (base form, kind)."""
    role_pattern: re.Pattern[str]


@cache
def relation_words() -> Words:
    raw = read_json("patterns", "relation-words.json", required=(
        "pronouns", "pronoun_window", "commission_nouns", "definite_commission", "speech_verbs", "quote_openers"))
    try:
        roles = _roles()
        forms = sorted(roles, key=len, reverse=True)
        return Words(
            pronouns={lang: frozenset(words) for lang, words in raw["pronouns"].items()},
            pronoun_window=int(raw["pronoun_window"]),
            commission_nouns=tuple(raw["commission_nouns"]),
            definite_commission=frozenset(raw["definite_commission"]),
            speech_verbs=frozenset(raw["speech_verbs"]),
            quote_openers=tuple(raw["quote_openers"]),
            roles=roles,
            role_pattern=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)", re.IGNORECASE),
        )
    except (TypeError, ValueError) as error:
        raise RuleError(f"patterns/relation-words.json: {error!r}") from error


def _roles() -> dict[str, tuple[str, str]]:
    """Lower-case role form -> (base, kind), from the shared role lexicon."""
    schema = {"form": Field(str), "base": Field(str), "lang": LANG, "kind": Field(str)}
    roles: dict[str, tuple[str, str]] = {}
    for row in read_jsonl("lexicons", "roles.jsonl", schema):
        roles.setdefault(row["form"].lower(), (row["base"], row["kind"]))
    return roles


@dataclass(frozen=True)
class Tagged:
    """The tagged string, and for each token its original span and what it stands for."""

    text: str
    starts: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    mentions: tuple[Mention | None, ...]
    roles: tuple[str | None, ...]

    def tokens_in(self, start: int, end: int) -> range:
        """Indices of the tokens that the tagged-string span [start, end) covers."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))

    def original(self, start: int, end: int) -> tuple[int, int] | None:
        covered = self.tokens_in(start, end)
        if not covered:
            return None
        return self.spans[covered[0]][0], self.spans[covered[-1]][1]


def is_genitive(mention: Mention) -> bool:
    """'Tillitsdelegationens' (label 'Tillitsdelegationen'), 'SVT´s', 'SKL:s', 'KLs'."""
    surface, label = mention.surface, mention.label
    if surface == label:
        return False
    if surface.endswith(_MARKED_GENITIVE):
        return True
    if surface.endswith("s") and len(surface) > 2:
        stem = surface[:-1]
        return label.lower().endswith(stem.lower()) or (stem.isupper() and not label.endswith("s"))
    return False


def placeholder(letter: str, subtype: str | None, index: int, genitive: bool) -> str:
    return f"«{letter}:{subtype or ''}:{index}:{'g' if genitive else ''}»"


class Tagger:
    """Tags spans of one document; knows all its mentions for pronouns and definite nouns."""

    def __init__(self, document: Document, mentions: list[Mention]):
        self.document = document
        self.mentions = sorted((m for m in mentions if m.type in TYPE_LETTERS),
                               key=lambda m: (m.start, -(m.end - m.start)))
        self.starts = [m.start for m in self.mentions]
        self.people = [m for m in self.mentions if m.type is EntityType.PERSON]
        self.people_starts = [m.start for m in self.people]
        self.words = relation_words()
        commissions = [m for m in self.mentions if m.type is EntityType.INSTITUTION and m.subtype == "Commission"]
        self.commissions = commissions

    def commission_for(self, noun: str) -> Mention | None:
        """The commission a definite or indefinite noun refers to, if the text names just one fitting it."""
        noun = noun.lower()
        head = next((n for n in self.words.commission_nouns if noun.startswith(n[:-1])), noun)
        fitting = [m for m in self.commissions if head[:-1] in m.label.lower()]
        labels = {m.label for m in fitting} or {m.label for m in self.commissions}
        if len(labels) != 1:
            return None
        label = labels.pop()
        return next(m for m in self.commissions if m.label == label)

    def antecedent(self, offset: int) -> Mention | None:
        """The last person named before `offset`, within the pronoun window of sentences."""
        sentence = self.document.sentence_at(offset)
        earliest = self.document.sentences[max(0, sentence.index - self.words.pronoun_window)].start
        last = bisect_left(self.people_starts, offset) - 1
        return self.people[last] if last >= 0 and self.people[last].start >= earliest else None

    def tag(self, start: int, end: int) -> Tagged:
        chosen: list[Mention] = []
        for mention in self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]:
            if mention.end <= end and (not chosen or mention.start >= chosen[-1].end):
                chosen.append(mention)
        pieces: list[Piece] = []
        cursor = start
        for mention in chosen + [None]:
            pieces.extend(self._plain(cursor, mention.start if mention else end))
            if mention is not None:
                pieces.append(Piece(mention.start, mention.end, "", mention, genitive=is_genitive(mention)))
                cursor = mention.end
        out, starts = [], []
        position = 0
        for index, piece in enumerate(pieces):
            token = piece.token
            if piece.mention is not None:
                token = placeholder(TYPE_LETTERS[piece.mention.type], piece.mention.subtype, index, piece.genitive)
            elif piece.role is not None:
                token = placeholder(ROLE_LETTER, piece.role[1], index, False)
            starts.append(position)
            out.append(token)
            position += len(token) + 1
        return Tagged(" ".join(out), tuple(starts), tuple((p.start, p.end) for p in pieces),
                      tuple(p.mention for p in pieces), tuple(p.role[0] if p.role else None for p in pieces))

    def _plain(self, start: int, end: int) -> list[Piece]:
        """Tokens of text without mentions: role words, pronouns, definite nouns, words."""
        pieces: list[Piece] = []
        cursor = start
        for role in self.words.role_pattern.finditer(self.document.text, start, end):
            pieces.extend(self._words(cursor, role.start()))
            pieces.append(Piece(role.start(), role.end(), role.group(), role=self.words.roles[role.group().lower()]))
            cursor = role.end()
        pieces.extend(self._words(cursor, end))
        return pieces

    def _words(self, start: int, end: int) -> list[Piece]:
        pronouns = self.words.pronouns.get(self.document.language, frozenset())
        definite = self.words.definite_commission
        pieces = []
        for match in _TOKEN.finditer(self.document.text, start, end):
            word = match.group()
            lower = word.lower()
            referent, genitive = None, False
            if lower in pronouns:
                referent = self.antecedent(match.start())
            elif lower in definite or (lower.endswith("s") and lower[:-1] in definite):
                genitive = lower not in definite
                referent = self.commission_for(lower[:-1] if genitive else lower)
            pieces.append(Piece(match.start(), match.end(), word, referent, genitive=genitive))
        return pieces


@dataclass(frozen=True)
class Piece:
    """One token of a tagged span: a word, a role word, or a mention (or what a pronoun refers to)."""

    start: int
    end: int
    token: str
    mention: Mention | None = None
    role: tuple[str, str] | None = None
    genitive: bool = False
