"""Accumulating the dataset text by text, and finishing it once.

`DatasetBuilder.add` takes one resolved text and writes its text graph, NIF
and provenance quads straight into the store, so nothing per text is kept
after it; `finish` adds what needs the whole corpus (entity descriptions,
the ontology graph).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rdflib import Graph
from rdflib.compare import to_canonical_graph

from .model import Problem, ResolvedText
from .namespaces import bind_prefixes
from .rdf.entities import entity_quads
from .rdf.evidence import nif_quads, provenance_quads
from .rdf.graphs import ENTITIES_GRAPH, ONTOLOGY_GRAPH, text_graph_iri
from .rdf.texts import text_quads
from .resolution import Registry
from .resources import data_file
from .store import Store


@dataclass
class DatasetBuilder:
    store: Store = field(default_factory=Store)
    registry: Registry = field(default_factory=Registry)
    text_graphs: list = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def add(self, resolved: ResolvedText) -> None:
        self.text_graphs.append(text_graph_iri(resolved.document.identifier))
        self.store.add(text_quads(resolved))
        self.store.add(nif_quads(resolved))
        self.store.add(provenance_quads(resolved))

    def finish(self) -> None:
        self.store.add(entity_quads(self.registry))
        # Canonical blank-node labels, so the ontology graph is written the same way every time.
        ontology = to_canonical_graph(self.ontology_graph)
        self.store.add((s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology)

    @property
    def data_graphs(self) -> list:
        """The graphs whose union is the data graph (Turtle, N-Triples)."""
        return sorted(self.text_graphs) + [ENTITIES_GRAPH]

    def data_graph(self) -> Graph:
        """The data graph as an rdflib Graph (for SHACL and the reasoner)."""
        graph = Graph()
        bind_prefixes(graph)
        for name in self.data_graphs:
            graph.addN((s, p, o, graph) for s, p, o, _ in self.store.quads(name))
        return graph

    @cached_property
    def ontology_graph(self) -> Graph:
        """The ontology, parsed once per build (the entity graph, SHACL and HermiT use it)."""
        graph = Graph()
        graph.parse(data_file("reformgraph.ttl"), format="turtle")
        return graph
