"""Rule-based extraction: a registry of components run in a configured order.

Like spaCy's pipeline, one object (`ExtractionState`) flows through every
component; each component adds mentions or relation mentions to it. The order
is data (`ontology/patterns/pipeline.json`), the components are registered
with `@component(name)` in the modules of this package.
"""

from .registry import component, registered_components
from .run import extract

__all__ = ["component", "registered_components", "extract"]
