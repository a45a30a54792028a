"""The networks the pages draw, as networkx graphs built from `GraphData`.

* `entity_graph`: every entity, every contract relation (directed multigraph,
  one edge per relation type between two entities).
* `discourse_graph`: the two-mode network of discourse network analysis,
  actors (people, institutions) against concepts (reforms, governance models,
  principles), one edge per stance: `supports`, `criticizes`, or `mentions`.
* `actor_graph`: the one-mode actor congruence network it implies.

Node and edge attributes are plain Python values (tuples, dicts); `export`
flattens them for GEXF/GraphML and `payload` turns them into vis-network data.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from .bundled import style
from .data import Entity, GraphData, Quote

STANCES = ("supports", "criticizes")
MENTIONS = "mentions"
AGREES = "agrees"


def class_roles() -> dict[str, str]:
    """Class key -> its part in the discourse view: actor, concept, text or other."""
    return {c["key"]: c["role"] for c in style()["classes"]}


def _node_attributes(entity: Entity) -> dict:
    return {
        "label": entity.label,
        "cls": entity.cls,
        "subtype": entity.subtype,
        "labels": dict(sorted(entity.labels.items())),
        "alt_labels": tuple(sorted(entity.alt_labels)),
        "country": entity.country,
        "texts": tuple(sorted(entity.texts)),
        "quotes": tuple(sorted(entity.quotes)),
    }


def _edge_attributes(relation: str, texts: set[str], quotes: set[Quote], weight: int, **extra) -> dict:
    return {
        "relation": relation,
        "texts": tuple(sorted(texts)),
        "quotes": tuple(sorted(quotes)),
        "weight": weight,
        **extra,
    }


def entity_graph(data: GraphData) -> nx.MultiDiGraph:
    """All entities and the relations between them; edge key = relation.

    Weight is the number of texts stating the relation.
    """
    graph = nx.MultiDiGraph(name="entities")
    for iri in sorted(data.entities):
        graph.add_node(iri, **_node_attributes(data.entities[iri]))
    for key in sorted(data.relations):
        r = data.relations[key]
        graph.add_edge(
            r.subject,
            r.object,
            key=r.relation,
            **_edge_attributes(r.relation, r.texts, r.quotes, max(1, len(r.texts)), roles=tuple(sorted(r.roles))),
        )
    return graph


def discourse_graph(data: GraphData) -> nx.MultiDiGraph:
    """Actors against concepts, edges keyed by stance (actor -> concept).

    `supports`/`criticizes` are the stated stances (weight: number of texts).
    `mentions` ties an actor and a concept named in one sentence of a text
    that states no stance of that actor on that concept (weight: number of
    such sentences), the co-occurrence tie of discourse network analysis.
    Only actors and concepts with at least one tie are drawn.
    """
    roles = class_roles()
    actors = {iri for iri, e in data.entities.items() if roles[e.cls] == "actor"}
    concepts = {iri for iri, e in data.entities.items() if roles[e.cls] == "concept"}
    ties: dict[tuple[str, str, str], dict] = {}
    stated: set[tuple[str, str, str]] = set()  # (actor, concept, text) with a stance
    for (subject, relation, obj), r in sorted(data.relations.items()):
        if relation in STANCES and subject in actors and obj in concepts:
            ties[subject, obj, relation] = _edge_attributes(relation, r.texts, r.quotes, max(1, len(r.texts)))
            stated.update((subject, obj, text) for text in r.texts)
    mentions: dict[tuple[str, str], list] = defaultdict(list)
    for (text, _), sentence in sorted(data.sentences.items()):
        for actor in sorted(sentence.entities & actors):
            for concept in sorted(sentence.entities & concepts):
                if (actor, concept, text) not in stated:
                    mentions[actor, concept].append(sentence)
    for (actor, concept), sentences in mentions.items():
        quotes = {Quote(s.text, s.offset, s.quote) for s in sentences}
        ties[actor, concept, MENTIONS] = _edge_attributes(MENTIONS, {s.text for s in sentences}, quotes, len(sentences))
    graph = nx.MultiDiGraph(name="discourse")
    tied = {a for a, _, _ in ties} | {c for _, c, _ in ties}
    for iri in sorted(tied):
        graph.add_node(iri, part="actor" if iri in actors else "concept", **_node_attributes(data.entities[iri]))
    for actor, concept, stance in sorted(ties):
        graph.add_edge(actor, concept, key=stance, **ties[actor, concept, stance])
    return graph


def actor_graph(discourse: nx.MultiDiGraph) -> nx.Graph:
    """Actors linked by shared stances (the congruence network of DNA).

    Two actors are tied when both support, or both criticize, one concept;
    the weight counts such (concept, stance) pairs, `shared` lists them
    (stance, concept IRI, concept label) and
    the quotes are those of the stances behind the tie. Actors with a stance
    but no partner stay as isolates; co-mentions do not count.
    """
    holders: dict[tuple[str, str], list[str]] = defaultdict(list)
    for actor, concept, stance in sorted(discourse.edges(keys=True)):
        if stance in STANCES:
            holders[concept, stance].append(actor)
    graph = nx.Graph(name="actors")
    for actor in sorted({a for group in holders.values() for a in group}):
        graph.add_node(actor, **{k: v for k, v in discourse.nodes[actor].items() if k != "part"})
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for (concept, stance), group in sorted(holders.items()):
        for a, b in combinations(sorted(group), 2):
            pairs[a, b].append((stance, concept))
    for (a, b), shared in sorted(pairs.items()):
        behind = [discourse.edges[x, concept, stance] for stance, concept in shared for x in (a, b)]
        graph.add_edge(
            a,
            b,
            **_edge_attributes(
                AGREES,
                {t for e in behind for t in e["texts"]},
                {q for e in behind for q in e["quotes"]},
                len(shared),
                shared=tuple((stance, concept, discourse.nodes[concept]["label"]) for stance, concept in shared),
            ),
        )
    return graph


def simple_undirected(graph: nx.Graph) -> nx.Graph:
    """The graph as a simple undirected weighted graph, in sorted node order.

    Layouts, centrality and communities work on this view; building it in
    sorted order keeps them independent of hash seeds and insertion order.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for u, v, w in graph.edges(data="weight", default=1):
        if u != v:
            weights[min(u, v), max(u, v)] += w
    simple.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return simple

