"""Matching predictions to gold and counting, as annotation-guidelines.md says.

An entity matches when the types agree and one of its labels equals the gold
label or an alias (normalised); matching is one-to-one, so a second entity
matching the same gold entity is a false hit. Optional gold entities and
relations count neither way. A relation matches when both ends match and
the predicate agrees; the memberOf role is scored on its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from .gold import SELF, GoldText
from .labels import normalise
from .predicted import PredictedEntity, PredictedText


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Error:
    """A miss (gold not found), a false hit (found, not in gold) or a wrong role (a
    membership found with another post than the gold one)."""

    document: str
    kind: str  # "miss", "false hit" or "wrong role"
    category: str  # entity type or predicate
    text: str
    sentence: str = ""


@dataclass
class TextScore:
    document: str
    entities: dict[str, Counts] = field(default_factory=dict)
    relations: dict[str, Counts] = field(default_factory=dict)
    roles_right: int = 0
    roles_scored: int = 0
    errors: list[Error] = field(default_factory=list)


def _match_entities(gold: GoldText, predicted: PredictedText, score: TextScore) -> dict[str, str]:
    """Pair predicted entity IRIs with gold ids one to one; count entity hits and errors.

    Pairs that share more of the words written in this text are made first, then
    pairs sharing more names from anywhere: an entity whose names include a
    neighbour's ("tillitsreformen" is Norwegian and Swedish) does not take the
    neighbour's gold entity just because its IRI sorts first.
    """
    entities = sorted(predicted.entities.values(), key=lambda e: e.iri)
    pairs = []
    for entity in entities:
        forms = {normalise(label) for label in entity.labels}
        here = {normalise(surface) for surface in entity.surfaces}
        for position, g in enumerate(gold.entities):
            if g.type == entity.type and g.forms & forms:
                pairs.append((-len(g.forms & here), -len(g.forms & forms), g.optional, entity.iri, position, g))
    mapping: dict[str, str] = {}
    matched: set[str] = set()
    for *_, iri, _, g in sorted(pairs, key=lambda p: p[:5]):
        if iri not in mapping and g.id not in matched:
            mapping[iri] = g.id
            matched.add(g.id)
    for entity in entities:
        counts = score.entities.setdefault(entity.type, Counts())
        choice = gold.entity(mapping[entity.iri]) if entity.iri in mapping else None
        if choice is None:
            counts.fp += 1
            score.errors.append(_false_entity(gold.document, entity))
        elif not choice.optional:
            counts.tp += 1
    for g in gold.entities:
        if not g.optional and g.id not in matched:
            score.entities.setdefault(g.type, Counts()).fn += 1
            score.errors.append(Error(gold.document, "miss", g.type, g.label))
    return mapping


def _false_entity(document: str, entity: PredictedEntity) -> Error:
    label = min(entity.labels, key=lambda s: (-len(s), s)) if entity.labels else entity.iri
    return Error(document, "false hit", entity.type, label, entity.sentences[0] if entity.sentences else "")


def score_text(gold: GoldText, predicted: PredictedText) -> TextScore:
    score = TextScore(gold.document)
    mapping = _match_entities(gold, predicted, score)
    mapping[SELF] = SELF
    wanted = {(r.subject, r.predicate, r.object): r for r in gold.relations}
    found: Counter[tuple[str, str, str]] = Counter()
    roles: dict[tuple[str, str, str], set[str]] = {}
    for rel in sorted(predicted.relations, key=lambda r: (r.subject, r.predicate, r.object, r.role or "")):
        counts = score.relations.setdefault(rel.predicate, Counts())
        key = (mapping.get(rel.subject, ""), rel.predicate, mapping.get(rel.object, ""))
        gold_rel = wanted.get(key)
        if gold_rel is None:
            ends = [gold.entity(k) for k in key[::2]]
            if any(e is not None and e.optional for e in ends):
                continue
            if found[key] == 0:
                counts.fp += 1
                score.errors.append(Error(gold.document, "false hit", rel.predicate, _describe(rel, predicted)))
            found[key] += 1
            continue
        if rel.role:
            roles.setdefault(key, set()).add(rel.role.casefold())
        if found[key] == 0 and not gold_rel.optional:
            counts.tp += 1
        found[key] += 1
    for key, gold_rel in wanted.items():
        if gold_rel.optional:
            continue
        if found[key] == 0:
            score.relations.setdefault(gold_rel.predicate, Counts()).fn += 1
            score.errors.append(Error(gold.document, "miss", gold_rel.predicate, " ".join(key)))
        elif gold_rel.predicate == "memberOf" and gold_rel.role:
            score.roles_scored += 1
            found_roles = roles.get(key, set())
            if gold_rel.role.casefold() in found_roles:
                score.roles_right += 1
            else:
                said = ", ".join(sorted(found_roles)) or "no role"
                score.errors.append(Error(gold.document, "wrong role", gold_rel.predicate,
                                          f"{' '.join(key)}: gold {gold_rel.role!r}, found {said}"))
    return score


def _describe(rel, predicted: PredictedText) -> str:
    def name(iri: str) -> str:
        entity = predicted.entities.get(iri)
        return min(entity.labels, key=lambda s: (-len(s), s)) if entity and entity.labels else iri.rsplit("/", 1)[-1]

    role = f" ({rel.role})" if rel.role else ""
    return f"{name(rel.subject)} {rel.predicate} {name(rel.object)}{role}"


@dataclass
class Evaluation:
    texts: list[TextScore]

    def total(self, part: str) -> dict[str, Counts]:
        totals: dict[str, Counts] = {}
        for text in self.texts:
            for category, counts in getattr(text, part).items():
                totals.setdefault(category, Counts()).add(counts)
        return dict(sorted(totals.items()))

    def overall(self, part: str) -> Counts:
        result = Counts()
        for counts in self.total(part).values():
            result.add(counts)
        return result

    @property
    def role_accuracy(self) -> float:
        scored = sum(t.roles_scored for t in self.texts)
        return sum(t.roles_right for t in self.texts) / scored if scored else 0.0

    def summary(self) -> dict:
        """Figures as plain data (for --json and the quality floor)."""
        def figures(c: Counts) -> dict:
            return {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                    "tp": c.tp, "fp": c.fp, "fn": c.fn}

        return {
            "entities": {"overall": figures(self.overall("entities")),
                         **{k: figures(v) for k, v in self.total("entities").items()}},
            "relations": {"overall": figures(self.overall("relations")),
                          **{k: figures(v) for k, v in self.total("relations").items()}},
            "role_accuracy": round(self.role_accuracy, 4),
            "roles_scored": sum(t.roles_scored for t in self.texts),
            "errors": [asdict(e) for t in self.texts for e in t.errors],
        }


def evaluate(gold: list[GoldText], predicted: dict[str, PredictedText]) -> Evaluation:
    return Evaluation([score_text(g, predicted.get(g.document, PredictedText(g.document))) for g in gold])
