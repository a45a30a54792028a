"""Run the configured extraction components over one document."""

from __future__ import annotations

import importlib
import json
from functools import cache

from ..errors import RuleError
from ..model import Document, Extraction
from ..resources import data_file
from .registry import Component, registered_components
from .state import ExtractionState


@cache
def configured_pipeline() -> tuple[Component, ...]:
    """The components named in `patterns/pipeline.json`, in order.

    The file lists `{"module": ..., "components": [...]}`; importing the
    modules registers their components.
    """
    path = data_file("patterns", "pipeline.json")
    config = json.loads(path.read_text(encoding="utf-8"))
    for module in config["modules"]:
        importlib.import_module(f"{__package__}.{module}")
    available = registered_components()
    missing = [name for name in config["components"] if name not in available]
    if missing:
        raise RuleError(f"{path.name}: unknown extraction components: {', '.join(missing)}")
    return tuple(available[name] for name in config["components"])


def extract(document: Document) -> Extraction:
    state = ExtractionState(document)
    for run_component in configured_pipeline():
        run_component(state)
    mentions = tuple(sorted(state.mentions, key=lambda m: (m.start, m.end, m.type.value, m.label)))
    relations = tuple(state.relations)
    return Extraction(document=document, mentions=mentions, relations=relations)
