"""OWL reasoning over ontology plus data with HermiT (through owlready2).

The only module that imports owlready2. Each call reasons in its own
in-memory `owlready2.World`, so nothing leaks between calls or onto disk.
HermiT reports only *direct* types and owlready2 keeps inverse property
values implicit, so the triples worth keeping (every named superclass of an
individual, both directions of inverse properties) are read back from the
classified world, and whatever the input already says is dropped.

When HermiT finds the graph inconsistent it says no more than that; the
clashes behind it are then looked for in the input itself (`_explain`), so
that the error names the individuals and the axioms they break.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations

import owlready2
import owlready2.reasoning
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from .errors import InconsistentGraph, ReformgraphError
from .namespaces import curie

JAVA_MEMORY_MB = 4096
"""JVM heap for HermiT. owlready2's default (2000 MB) is tight for a whole
corpus; 4 GB is ample and leaves most of a 24 GB, 2-core machine free."""

_CLASHES_NAMED = 5
"""At most this many clashes go into the one-line error message."""


def infer(ontology: Graph, data: Graph) -> Graph:
    """The new triples HermiT entails from `ontology` plus `data`.

    Kept: `rdf:type` of each individual to every named class it belongs to
    (foaf:Person for an rg:Person...), and object property values between
    individuals, inverse ones included. Dropped: anything already in `data`,
    owl:Thing, and everything about classes and properties.
    Raises `InconsistentGraph` naming the clashing individuals and axioms.
    """
    if shutil.which(owlready2.JAVA_EXE) is None:
        raise ReformgraphError(f"reasoning needs Java: {owlready2.JAVA_EXE!r} is not on PATH")
    world = owlready2.World()
    try:
        with _private_tempdir():
            _load(world, ontology, data)
            _run_hermit(world, ontology, data)
        return _new_triples(world, data)
    finally:
        world.close()


@contextmanager
def _private_tempdir() -> Iterator[None]:
    """Send owlready2's temporary files to a directory removed afterwards.

    owlready2 dumps the world to an N-Triples file in `tempfile.gettempdir()`
    for HermiT and leaves it behind when HermiT reports an inconsistency.
    (`tempfile.tempdir` is process-wide: do not reason on two threads.)
    """
    previous = tempfile.tempdir
    with tempfile.TemporaryDirectory(prefix="reformgraph-hermit-") as directory:
        tempfile.tempdir = directory
        try:
            yield
        finally:
            tempfile.tempdir = previous


def _load(world: owlready2.World, ontology: Graph, data: Graph) -> None:
    """owlready2 reads no Turtle: hand it both graphs as one N-Triples stream."""
    ntriples = b"".join(graph.serialize(format="nt", encoding="utf-8") for graph in (ontology, data))
    onto = world.get_ontology("https://w3id.org/reformgraph/reasoning-input")
    onto.load(fileobj=io.BytesIO(ntriples), format="ntriples")


def _run_hermit(world: owlready2.World, ontology: Graph, data: Graph) -> None:
    owlready2.reasoning.JAVA_MEMORY = JAVA_MEMORY_MB
    try:
        owlready2.sync_reasoner_hermit(
            world, infer_property_values=True, debug=0, ignore_unsupported_datatypes=True
        )
    except owlready2.OwlReadyInconsistentOntologyError as error:
        raise InconsistentGraph(_explain(ontology, data)) from error
    except owlready2.OwlReadyJavaError as error:
        detail = next((line for line in str(error).splitlines()[1:] if line.strip()), "no message")
        raise ReformgraphError(f"HermiT failed: {detail.strip()}") from error


def _new_triples(world: owlready2.World, data: Graph) -> Graph:
    inferred = Graph()
    for iri in _individuals(data):
        entity = world[str(iri)]
        if not isinstance(entity, owlready2.Thing):
            continue
        for cls in entity.is_a:
            if isinstance(cls, owlready2.ThingClass):
                for ancestor in cls.ancestors():
                    if ancestor is not owlready2.Thing:
                        inferred.add((iri, RDF.type, URIRef(ancestor.iri)))
    for prop in world.object_properties():
        predicate = URIRef(prop.iri)
        for subject, value in prop.get_relations():
            if isinstance(subject, owlready2.Thing) and isinstance(value, owlready2.Thing):
                inferred.add((URIRef(subject.iri), predicate, URIRef(value.iri)))
    for triple in data:
        inferred.remove(triple)
    return inferred


def _individuals(data: Graph) -> set[URIRef]:
    """IRIs the data uses as things: every subject and object but classes."""
    classes = set(data.objects(None, RDF.type))
    nodes = set(data.subjects()) | {o for p, o in data.predicate_objects() if p != RDF.type}
    return {node for node in nodes if isinstance(node, URIRef) and node not in classes}


# -- explaining an inconsistency ------------------------------------------


@dataclass
class _Axioms:
    """The parts of the ontology that can make asserted data inconsistent."""

    superclasses: dict[Node, set[Node]] = field(default_factory=dict)
    disjoint: dict[frozenset[Node], str] = field(default_factory=dict)
    needs: dict[URIRef, list[tuple[str, tuple[Node, ...], str]]] = field(default_factory=dict)
    only: dict[Node, list[tuple[URIRef, tuple[Node, ...], str]]] = field(default_factory=dict)
    functional: set[Node] = field(default_factory=set)

    def closure(self, classes: set[Node]) -> set[Node]:
        return set().union(*(self.superclasses.get(c, {c}) for c in classes))

    def clash(self, types: set[Node]) -> tuple[Node, Node, str] | None:
        """Two of `types` (closed upwards) that an axiom declares disjoint."""
        for a, b in sorted(combinations(sorted(self.closure(types)), 2)):
            axiom = self.disjoint.get(frozenset((a, b)))
            if axiom is not None:
                return a, b, axiom
        return None

    def excludes(self, types: set[Node], members: tuple[Node, ...]) -> bool:
        """True when `types`, consistent on their own, are disjoint with every class of a union."""
        return bool(types) and not self.clash(types) and all(self.clash(types | {m}) for m in members)


def _read_axioms(ontology: Graph) -> _Axioms:
    axioms = _Axioms()
    parents: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sup, URIRef):
            parents[sub].add(sup)
        elif (prop := ontology.value(sup, OWL.onProperty)) is not None:
            union = _union(ontology, ontology.value(sup, OWL.allValuesFrom))
            if union:
                text = f"{curie(sub)} rdfs:subClassOf ({curie(prop)} only {_or(union)})"
                axioms.only.setdefault(sub, []).append((prop, union, text))
    for cls in set(parents) | {c for sups in parents.values() for c in sups}:
        axioms.superclasses[cls] = _ancestors(cls, parents)
    for a, b in ontology.subject_objects(OWL.disjointWith):
        axioms.disjoint[frozenset((a, b))] = f"{curie(a)} owl:disjointWith {curie(b)}"
    for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(ontology, ontology.value(group, OWL.members)))
        text = f"owl:AllDisjointClasses({' '.join(curie(m) for m in members)})"
        for a, b in combinations(members, 2):
            axioms.disjoint[frozenset((a, b))] = text
    for relation, end in ((RDFS.domain, "subject"), (RDFS.range, "object")):
        for prop, expression in ontology.subject_objects(relation):
            union = _union(ontology, expression)
            if union:
                text = f"{curie(prop)} {curie(relation)} {_or(union)}"
                axioms.needs.setdefault(prop, []).append((end, union, text))
    axioms.functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
    return axioms


def _ancestors(cls: Node, parents: dict[Node, set[Node]]) -> set[Node]:
    seen, todo = {cls}, [cls]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _union(ontology: Graph, expression: Node | None) -> tuple[Node, ...]:
    """The named classes of a class or a union of classes; () for anything else."""
    if isinstance(expression, URIRef):
        return (expression,)
    members = ontology.value(expression, OWL.unionOf) if expression is not None else None
    if members is None:
        return ()
    classes = tuple(Collection(ontology, members))
    return classes if all(isinstance(c, URIRef) for c in classes) else ()


def _or(classes: tuple[Node, ...]) -> str:
    return " or ".join(curie(c) for c in classes)


def _and(classes: set[Node]) -> str:
    return " and ".join(sorted(curie(c) for c in classes))


def _explain(ontology: Graph, data: Graph) -> str:
    """One line naming the individuals behind an inconsistency, and why."""
    axioms = _read_axioms(ontology)
    clashes = sorted(set(_clashes(axioms, data)))
    head = "HermiT found the ontology plus data inconsistent"
    if not clashes:
        return f"{head}; no asserted type, domain, range or functional property clash explains it"
    named = "; ".join(clashes[:_CLASHES_NAMED])
    more = len(clashes) - _CLASHES_NAMED
    return f"{head}: {named}" + (f"; and {more} more" if more > 0 else "")


def _clashes(axioms: _Axioms, data: Graph) -> Iterator[str]:
    types: dict[Node, set[Node]] = defaultdict(set)
    for individual, cls in data.subject_objects(RDF.type):
        types[individual].add(cls)
    for individual, asserted in types.items():
        if clash := axioms.clash(asserted):
            a, b, axiom = clash
            yield f"<{individual}> is {_and(asserted)}, but {curie(a)} and {curie(b)} are disjoint: {axiom}"
    for subject, prop, value in data:
        for end, union, axiom in axioms.needs.get(prop, ()):
            node = subject if end == "subject" else value
            if axioms.excludes(types.get(node, set()), union):
                yield f"<{node}> is {_and(types[node])}, but {axiom}"
        for cls in axioms.closure(types.get(subject, set())):
            for restricted, union, axiom in axioms.only.get(cls, ()):
                if restricted == prop and axioms.excludes(types.get(value, set()), union):
                    yield f"<{value}> is {_and(types[value])}, but {axiom}"
    yield from _functional_clashes(axioms, data, types)


def _functional_clashes(axioms: _Axioms, data: Graph, types: dict[Node, set[Node]]) -> Iterator[str]:
    """Two values of a functional property that cannot be one value."""
    for prop in axioms.functional:
        values: dict[Node, set[Node]] = defaultdict(set)
        for subject, value in data.subject_objects(prop):
            values[subject].add(value)
        for subject, objects in values.items():
            for a, b in combinations(sorted(objects), 2):
                if not _may_be_same(axioms, data, types, a, b):
                    yield f"<{subject}> has {a.n3()} and {b.n3()} for functional {curie(prop)}"


def _may_be_same(axioms: _Axioms, data: Graph, types: dict[Node, set[Node]], a: Node, b: Node) -> bool:
    """Whether a reasoner may merge `a` and `b` (as a functional property asks)."""
    if isinstance(a, Literal) or isinstance(b, Literal):
        return a == b
    if axioms.clash(types.get(a, set()) | types.get(b, set())):
        return False
    for prop in axioms.functional:
        literals_a = {v for v in data.objects(a, prop) if isinstance(v, Literal)}
        literals_b = {v for v in data.objects(b, prop) if isinstance(v, Literal)}
        if literals_a and literals_b and literals_a.isdisjoint(literals_b):
            return False
    return True
