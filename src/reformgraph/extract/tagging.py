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

from ..concept_forms import form_rules
from ..errors import RuleError
from ..model import Document, EntityType, Mention
from .rulefiles import LANG, Field, read_json, read_jsonl
from .relation_patterns import ROLE_LETTER, TYPE_LETTERS

_TOKEN = re.compile(r"\w+(?:[-:.'’´/]\w+)*|[^\w\s]")
_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<!\w)\w+")
_COORDINATED = re.compile(r"(\w+)- (og|och|and|eller|samt) $", re.IGNORECASE)
"""'social- og ' before a compound role word: the role is 'social- og boligminister'."""
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
    definite_government: frozenset[str]
    document_series: dict[str, tuple[str, ...]]
    role_suffixes: tuple[tuple[str, str], ...]
    """(form, base) of heads of compound posts, longest form first."""
    """Lower-case series prefix ('sou') -> the nouns that name its documents."""
    roles: dict[str, tuple[str, str]]
    """Lower-case role form -> (base form, kind)."""
    role_starts: dict[str, tuple[str, ...]]
    """First word of a role form (lower case) -> the forms starting with it, longest first."""


@cache
def relation_words() -> Words:
    raw = read_json("patterns", "relation-words.json", required=(
        "pronouns", "pronoun_window", "commission_nouns", "definite_commission", "speech_verbs", "quote_openers",
        "definite_government", "document_series", "role_suffixes"))
    try:
        roles = _roles()
        starts: dict[str, list[str]] = {}
        for form in sorted(roles, key=lambda f: (-len(f), f)):
            first = _WORD.match(form)
            if first is None:
                raise ValueError(f"role form {form!r} does not start with a word")
            starts.setdefault(first.group(), []).append(form)
        return Words(
            pronouns={lang: frozenset(words) for lang, words in raw["pronouns"].items()},
            pronoun_window=int(raw["pronoun_window"]),
            commission_nouns=tuple(raw["commission_nouns"]),
            definite_commission=frozenset(raw["definite_commission"]),
            speech_verbs=frozenset(raw["speech_verbs"]),
            quote_openers=tuple(raw["quote_openers"]),
            definite_government=frozenset(raw["definite_government"]),
            document_series={k.lower(): tuple(v) for k, v in raw["document_series"].items()},
            role_suffixes=tuple(sorted(((form, base) for base, forms in raw["role_suffixes"].items() for form in forms),
                                       key=lambda fb: -len(fb[0]))),
            roles=roles,
            role_starts={first: tuple(forms) for first, forms in starts.items()},
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


_SHARED: list[tuple[Document, int, "Tagger"]] = []


def tagger_for(document: Document, mentions: list[Mention]) -> Tagger:
    """One tagger per document and set of mentions, shared by the relation and stance components."""
    if _SHARED and _SHARED[0][0] is document and _SHARED[0][1] == len(mentions):
        return _SHARED[0][2]
    tagger = Tagger(document, mentions)
    _SHARED[:] = [(document, len(mentions), tagger)]
    return tagger


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
        self.suffix_forms = tuple(form for form, _ in self.words.role_suffixes)
        commissions = [m for m in self.mentions if m.type is EntityType.INSTITUTION and m.subtype == "Commission"]
        self.commissions = commissions
        self.governments = [m for m in self.mentions if m.type is EntityType.INSTITUTION
                            and m.subtype == "Government" and (m.country or document.country) == document.country]
        self._tagged: dict[tuple[int, int], Tagged] = {}

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

    def government_near(self, offset: int) -> Mention | None:
        """The mention of the text's own government nearest to `offset`, if the text names it."""
        return min(self.governments, key=lambda m: abs(m.start - offset)) if self.governments else None

    def _government_noun(self, word: str) -> bool:
        """'regeringen', 'X-regjeringen' (named after its prime minister), 'regeringens'."""
        head = word.rsplit("-", 1)[-1]
        nouns = self.words.definite_government
        return head in nouns or (head.endswith("s") and head[:-1] in nouns)

    def _foreign(self, pieces: list[Piece]) -> bool:
        """Whether the word before names another country ('den danska regeringen')."""
        cues = form_rules().country_cues
        previous = [p.token.lower() for p in pieces[-2:]]
        return any(cues.get(word, self.document.country) != self.document.country for word in previous)

    def tag(self, start: int, end: int) -> Tagged:
        """The tagged span [start, end) (each span is tagged once per document)."""
        key = (start, end)
        if key not in self._tagged:
            self._tagged[key] = self._tag(start, end)
        return self._tagged[key]

    def _tag(self, start: int, end: int) -> Tagged:
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
        pieces = _without_glosses(_unquoted(pieces))
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
        text = self.document.text
        role_starts, roles = self.words.role_starts, self.words.roles
        pieces: list[Piece] = []
        cursor = start
        for word in _WORD_START.finditer(text, start, end):
            if word.start() < cursor:
                continue
            lower = word.group().lower()
            for form in role_starts.get(lower, ()) or self._compound_role(lower):
                stop = word.start() + len(form)
                if stop > end or text[word.start():stop].lower() != form or (
                        stop < end and _WORD.match(text, stop)):
                    continue
                base, kind = roles[form] if form in roles else self._compound_role(form)[form]
                begin = word.start()
                before = _COORDINATED.search(text, max(cursor, begin - 40), begin)
                if before and " " not in form:
                    begin = before.start()
                    base = f"{before.group(1).lower()}- {before.group(2).lower()} {base}"
                pieces.extend(self._words(cursor, begin))
                pieces.append(Piece(begin, stop, text[begin:stop], role=(base, kind)))
                cursor = stop
                break
        pieces.extend(self._words(cursor, end))
        return pieces

    def _compound_role(self, word: str) -> dict[str, tuple[str, str]]:
        """{word: (base, 'post')} when `word` is a compound whose head is a post ('fiskeriminister')."""
        if not word.endswith(self.suffix_forms):
            return {}
        for form, base in self.words.role_suffixes:
            if word.endswith(form) and len(word) >= len(form) + 3:
                return {word: (word[: len(word) - len(form)] + base, "post")}
        return {}

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
            elif self._government_noun(lower) and not self._foreign(pieces):
                referent = self.government_near(match.start())
                genitive = lower.rsplit("-", 1)[-1] not in self.words.definite_government
            elif lower in definite or (lower.endswith("s") and lower[:-1] in definite):
                genitive = lower not in definite
                referent = self.commission_for(lower[:-1] if genitive else lower)
            pieces.append(Piece(match.start(), match.end(), word, referent, genitive=genitive))
        return pieces


QUOTE_MARKS = frozenset('«»"“”„‘’\'')


def _unquoted(pieces: list[Piece]) -> list[Piece]:
    """Drop the quotation marks around a mention ("rapporten «X» fra Y" reads "rapporten X
    fra Y"), so rules need not spell out every quoting style."""
    drop: set[int] = set()
    for index in range(1, len(pieces) - 1):
        if (pieces[index].mention is not None and pieces[index - 1].token in QUOTE_MARKS
                and pieces[index + 1].token in QUOTE_MARKS):
            drop.update((index - 1, index + 1))
    return [p for i, p in enumerate(pieces) if i not in drop] if drop else pieces


GLOSS_TOKENS = 6
"""Longest gloss in brackets after a name: "tillitsreformen (the trust reform)"."""


def _without_glosses(pieces: list[Piece]) -> list[Piece]:
    """Drop a bracketed gloss right after a name so rules read past it: "the Trust
    Delegation (Tillitsdelegationen), appointed by ..." reads like "the Trust Delegation,
    appointed by ...". A gloss is the same entity again, or a few plain words; a year
    ("Hood (1991)") or another entity ("Name (S)") is no gloss, and people keep theirs."""
    kept: list[Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        kept.append(piece)
        index += 1
        named = piece.mention
        if named is None or named.type is EntityType.PERSON or index >= len(pieces) or pieces[index].token != "(":
            continue
        close = next((j for j in range(index + 1, min(len(pieces), index + GLOSS_TOKENS + 2))
                      if pieces[j].token == ")"), None)
        inner = pieces[index + 1:close] if close is not None else []
        if inner and (all(p.mention is not None and p.mention.label == named.label for p in inner)
                      or all(p.mention is None and p.role is None and p.token.isalpha() for p in inner)):
            index = close + 1
    return kept


@dataclass(frozen=True)
class Piece:
    """One token of a tagged span: a word, a role word, or a mention (or what a pronoun refers to)."""

    start: int
    end: int
    token: str
    mention: Mention | None = None
    role: tuple[str, str] | None = None
    genitive: bool = False
