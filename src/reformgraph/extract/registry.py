"""Registry of extraction components, by name (no work at import time)."""

from __future__ import annotations

from collections.abc import Callable

from .state import ExtractionState

Component = Callable[[ExtractionState], None]

_COMPONENTS: dict[str, Component] = {}


def component(name: str) -> Callable[[Component], Component]:
    """Register a function as the extraction component `name`."""

    def register(func: Component) -> Component:
        if name in _COMPONENTS and _COMPONENTS[name] is not func:
            raise ValueError(f"extraction component registered twice: {name}")
        _COMPONENTS[name] = func
        return func

    return register


def registered_components() -> dict[str, Component]:
    return dict(_COMPONENTS)
