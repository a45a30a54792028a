"""What the graph says about each text, read through the contract's terms."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..namespaces import DCTERMS
from ..resources import data_file
from ..store import Store
from .gold import SELF

_TOP = "https://w3id.org/reformgraph/ontology#"


@dataclass
class PredictedEntity:
    iri: str
    type: str
    labels: set[str] = field(default_factory=set)
    surfaces: set[str] = field(default_factory=set)
    """The words of its mentions in this text (labels hold the names from every text)."""
    sentences: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PredictedRelation:
    subject: str
    predicate: str
    object: str  # an entity IRI or SELF
    role: str | None


@dataclass
class PredictedText:
    document: str
    entities: dict[str, PredictedEntity] = field(default_factory=dict)
    relations: set[PredictedRelation] = field(default_factory=set)


_PREDICATE_NAMES = {
    "http://www.w3.org/ns/org#memberOf": "memberOf",
    str(DCTERMS.creator): "creator",
    f"{_TOP}hasPrinciple": "hasPrinciple",
    f"{_TOP}proposedBy": "proposedBy",
    f"{_TOP}partOf": "partOf",
    f"{_TOP}supports": "supports",
    f"{_TOP}criticizes": "criticizes",
}


def _query(name: str) -> str:
    return data_file("queries", "evaluation", f"{name}.rq").read_text(encoding="utf-8")


def read_predictions(store: Store) -> dict[str, PredictedText]:
    """Per text identifier: its mentioned entities (typed, labelled) and relations."""
    texts: dict[str, PredictedText] = defaultdict(lambda: PredictedText(""))
    for row in store.query(_query("entities"), union_default_graph=True).dicts():
        doc = str(row["id"])
        text = texts[doc]
        text.document = doc
        iri = str(row["entity"])
        entity = text.entities.setdefault(iri, PredictedEntity(iri, str(row["top"])[len(_TOP):]))
        entity.labels.add(str(row["label"]))
    for row in store.query(_query("evidence"), union_default_graph=True).dicts():
        entity = texts[str(row["id"])].entities.get(str(row["entity"]))
        if entity is None:
            continue
        entity.surfaces.add(str(row["surface"]))
        if len(entity.sentences) < 3:
            entity.sentences.append(" ".join(str(row["sentence"]).split()))
    for row in store.query(_query("relations"), union_default_graph=True).dicts():
        doc = str(row["id"])
        predicate = _PREDICATE_NAMES[str(row["p"])]
        subject, obj = str(row["s"]), str(row["o"])
        if predicate == "creator":  # document dcterms:creator agent
            subject, obj = obj, (SELF if obj_is_text(row) else subject)
        role = str(row["role"]) if row.get("role") is not None else None
        texts[doc].document = doc
        texts[doc].relations.add(PredictedRelation(subject, predicate, obj, role))
    return dict(texts)


def obj_is_text(row: dict) -> bool:
    """For creator rows: is the document the source text itself?"""
    return str(row["s"]) == str(row["text"])
