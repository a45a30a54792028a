"""Gold annotation files (one JSON per text, see annotation-guidelines.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .labels import normalise

SELF = "self"


@dataclass(frozen=True)
class GoldEntity:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    optional: bool

    @property
    def forms(self) -> frozenset[str]:
        return frozenset(normalise(f) for f in (self.label, *self.aliases))


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    predicate: str
    object: str
    role: str | None
    optional: bool


@dataclass(frozen=True)
class GoldText:
    document: str
    language: str | None
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]

    def entity(self, id_: str) -> GoldEntity | None:
        return next((e for e in self.entities if e.id == id_), None)


def load_gold(folder: Path) -> list[GoldText]:
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder of gold files")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(f"{folder}: no gold files (*.json)")
    return [_load(path) for path in files]


def _load(path: Path) -> GoldText:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entities = tuple(
            GoldEntity(
                id=e["id"], type=e["type"], label=e["label"],
                aliases=tuple(e.get("aliases") or ()), optional=bool(e.get("optional")),
            )
            for e in data["entities"] if e["id"] != SELF
        )
        optional_ids = {e.id for e in entities if e.optional}
        relations = tuple(
            GoldRelation(
                subject=r["subject"], predicate=r["predicate"], object=r["object"], role=r.get("role"),
                optional=bool(r.get("optional")) or r["subject"] in optional_ids or r["object"] in optional_ids,
            )
            for r in data.get("relations", ())
        )
        return GoldText(document=data["document"], language=data.get("language"), entities=entities, relations=relations)
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"{path}: not a gold file of the guidelines' form ({error})") from error
