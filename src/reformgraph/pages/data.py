"""Read what the pages draw out of the store: entities, relations, evidence.

A handful of SPARQL queries (in `queries/*.rq`) over the contract terms and the
NIF/PROV evidence model fill plain records; every page is then made from these
records without touching the store again, so a page per text costs no queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from ..store import Store
from .bundled import query, style

UNKNOWN_LANGUAGE = "und"


@dataclass(frozen=True, order=True)
class Quote:
    """A piece of a source text behind a node or an edge.

    `mark` is the (begin, end) span inside `quote` to highlight (the
    mention), or () when the whole quote is the evidence.
    """

    text: str  # dcterms:identifier of the source text, "" if unknown
    offset: int  # where the quote's sentence starts in that text (sort key)
    quote: str
    mark: tuple[int, ...] = ()


@dataclass
class Entity:
    iri: str
    cls: str  # style key of the most specific contract class
    subtype: str | None = None  # institution subtype, e.g. "Agency"
    labels: dict[str, str] = field(default_factory=dict)  # language ("" = none) -> label
    alt_labels: set[str] = field(default_factory=set)
    country: str | None = None
    texts: set[str] = field(default_factory=set)
    quotes: set[Quote] = field(default_factory=set)
    home_languages: tuple[str, ...] = ()  # languages of the texts it occurs in

    @property
    def label(self) -> str:
        """The default name: the untagged label, else the name in the language
        of its texts (so "Regeringen" rather than an English gloss), else any."""
        for language in ("", *self.home_languages):
            if language in self.labels:
                return self.labels[language]
        if self.labels:
            return self.labels[min(self.labels)]
        if self.alt_labels:
            return min(self.alt_labels)
        return self.iri.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class Relation:
    subject: str
    relation: str  # style key, e.g. "memberOf"
    object: str
    texts: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    quotes: set[Quote] = field(default_factory=set)


@dataclass(frozen=True)
class SourceText:
    identifier: str
    iri: str
    language: str
    title: str | None


@dataclass
class Sentence:
    """A sentence with the entities mentioned in it (for co-mention ties)."""

    text: str
    offset: int
    quote: str
    entities: set[str] = field(default_factory=set)


@dataclass
class GraphData:
    texts: dict[str, SourceText]
    entities: dict[str, Entity]
    relations: dict[tuple[str, str, str], Relation]
    sentences: dict[tuple[str, int], Sentence]

    def for_text(self, identifier: str) -> GraphData:
        """What one text contributes: its entities and the relations it states.

        Quotes are cut down to that text; text counts stay corpus-wide, so a
        reader still sees where else an entity or a relation occurs.
        """

        def own(quotes: set[Quote]) -> set[Quote]:
            return {q for q in quotes if q.text == identifier}

        return GraphData(
            texts=self.texts,
            entities={
                iri: replace(e, quotes=own(e.quotes))
                for iri, e in self.entities.items()
                if identifier in e.texts
            },
            relations={
                key: replace(r, quotes=own(r.quotes))
                for key, r in self.relations.items()
                if identifier in r.texts
            },
            sentences={k: s for k, s in self.sentences.items() if s.text == identifier},
        )


@cache
def _class_table() -> dict[str, tuple[int, str, str | None]]:
    """rdf:type IRI -> (rank, class key, subtype); a lower rank is more specific."""
    namespace = style()["namespace"]
    table = {}
    for rank, cls in enumerate(style()["classes"]):
        for local in cls["types"]:
            table[namespace + local] = (rank, cls["key"], None if local == cls["key"] else local)
    return table


@cache
def relation_keys() -> dict[str, str]:
    """Predicate IRI -> relation key, for the relations the pages draw."""
    return {r["iri"]: r["key"] for r in style()["relations"] if r["iri"]}


def _rows(store: Store, name: str) -> Iterable[dict]:
    return store.query(query(name), union_default_graph=True).dicts()


def _language(value: object) -> str:
    """"sv", "SV" or a language IRI ending in /sv -> "sv"; nothing -> "und"."""
    text = str(value or "").strip().rstrip("/")
    text = text.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return text.lower() or UNKNOWN_LANGUAGE


def load(store: Store) -> GraphData:
    """Everything the pages need, read from `store` in a few queries."""
    texts = _texts(store)
    entities = _entities(store, texts)
    _add_labels(store, entities)
    _add_countries(store, entities)
    _add_text_membership(store, entities, texts)
    relations = _relations(store, entities)
    _add_roles(store, relations)
    _add_assertion_quotes(store, relations)
    sentences = _add_mentions(store, entities)
    return GraphData(texts=texts, entities=entities, relations=relations, sentences=sentences)


def _texts(store: Store) -> dict[str, SourceText]:
    texts = {}
    for row in _rows(store, "texts"):
        identifier = str(row["identifier"])
        texts[identifier] = SourceText(
            identifier=identifier,
            iri=str(row["text"]),
            language=_language(row["language"]),
            title=str(row["title"]) if row["title"] is not None else None,
        )
    return texts


def _entities(store: Store, texts: dict[str, SourceText]) -> dict[str, Entity]:
    table = _class_table()
    best: dict[str, tuple[int, bool, str, str, str | None]] = {}
    for row in _rows(store, "types"):
        found = table.get(str(row["class"]))
        if found is None:
            continue
        rank, key, subtype = found
        candidate = (rank, subtype is None, subtype or "", key, subtype)
        iri = str(row["entity"])
        if iri not in best or candidate < best[iri]:
            best[iri] = candidate
    entities = {iri: Entity(iri=iri, cls=c[3], subtype=c[4]) for iri, c in best.items()}
    for text in texts.values():
        if text.iri in entities:
            entities[text.iri].labels[""] = text.identifier
            entities[text.iri].texts.add(text.identifier)
    return entities


def _add_labels(store: Store, entities: dict[str, Entity]) -> None:
    rows = sorted(
        (str(r["entity"]), str(r["kind"]), r["label"].language or "", str(r["label"]))
        for r in _rows(store, "labels")
    )
    for iri, kind, language, label in rows:
        entity = entities.get(iri)
        if entity is None or entity.cls == "SourceText":  # named by its file; the title is shown apart
            continue
        if kind == "alt":
            entity.alt_labels.add(label)
            continue
        key = "" if kind == "plain" else language
        if key in entity.labels and entity.labels[key] != label:
            entity.alt_labels.add(label)  # a second name in one language: keep it findable
        else:
            entity.labels.setdefault(key, label)
    for entity in entities.values():
        entity.alt_labels -= set(entity.labels.values())


def _add_countries(store: Store, entities: dict[str, Entity]) -> None:
    for row in sorted(_rows(store, "countries"), key=lambda r: (str(r["entity"]), str(r["code"]))):
        entity = entities.get(str(row["entity"]))
        if entity is not None and entity.country is None:
            entity.country = str(row["code"]).upper()


def _add_text_membership(store: Store, entities: dict[str, Entity], texts: dict[str, SourceText]) -> None:
    for row in _rows(store, "membership"):
        entity = entities.get(str(row["entity"]))
        if entity is not None:
            entity.texts.add(str(row["identifier"]))
    for entity in entities.values():
        entity.home_languages = tuple(sorted({texts[t].language for t in entity.texts if t in texts}))


def _relations(store: Store, entities: dict[str, Entity]) -> dict[tuple[str, str, str], Relation]:
    """Contract relations stated in text graphs between two known entities.

    A relation to an untyped resource is not drawn (there is no node for it);
    the SHACL report is where such data problems surface.
    """
    keys = relation_keys()
    relations: dict[tuple[str, str, str], Relation] = {}
    for row in _rows(store, "statements"):
        relation = keys.get(str(row["predicate"]))
        subject, obj = str(row["subject"]), str(row["object"])
        if relation is None or subject not in entities or obj not in entities:
            continue
        key = (subject, relation, obj)
        relations.setdefault(key, Relation(subject, relation, obj)).texts.add(str(row["identifier"]))
    return relations


def _add_roles(store: Store, relations: dict[tuple[str, str, str], Relation]) -> None:
    for row in _rows(store, "roles"):
        relation = relations.get((str(row["member"]), "memberOf", str(row["organization"])))
        if relation is not None:
            relation.roles.add(str(row["role"]))


def _add_assertion_quotes(store: Store, relations: dict[tuple[str, str, str], Relation]) -> None:
    keys = relation_keys()
    for row in _rows(store, "assertions"):
        key = (str(row["subject"]), keys.get(str(row["predicate"]), ""), str(row["object"]))
        relation = relations.get(key)
        if relation is None:
            continue
        text = str(row["identifier"]) if row["identifier"] is not None else ""
        offset = int(row["begin"].toPython()) if row["begin"] is not None else 0
        relation.quotes.add(Quote(text=text, offset=offset, quote=str(row["quote"])))


def _add_mentions(store: Store, entities: dict[str, Entity]) -> dict[tuple[str, int], Sentence]:
    """Node quotes (the sentence of each mention) and who is mentioned where."""
    sentences: dict[tuple[str, int], Sentence] = {}
    marks: dict[tuple[str, str, int], tuple[int, int]] = {}
    for row in _rows(store, "mentions"):
        iri, text = str(row["entity"]), str(row["identifier"])
        if iri not in entities:
            continue
        start = int(row["sentenceBegin"].toPython())
        span = (int(row["begin"].toPython()) - start, int(row["end"].toPython()) - start)
        sentence = sentences.setdefault((text, start), Sentence(text, start, str(row["sentence"])))
        sentence.entities.add(iri)
        key = (iri, text, start)
        marks[key] = min(marks.get(key, span), span)  # first mention in the sentence
    for (iri, text, start), mark in marks.items():
        entities[iri].quotes.add(Quote(text=text, offset=start, quote=sentences[text, start].quote, mark=mark))
    return sentences
