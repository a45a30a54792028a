"""The SKOS concept lexicon: loaded once, validated, indexed by word forms.

`ontology/lexicons/concepts.ttl` names the reforms, principles and governance
models the extractor knows. Each label is indexed under every form its words
take (see `concept_forms`), so a text is matched word by word in one pass,
longest label first. A form shared by country variants of one reform
("tillitsreformen": Swedish and Norwegian) is resolved by `choose`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from .concept_forms import JOINER, form_rules, is_acronym, label_words, word_forms, words
from .errors import RuleError
from .model import EntityType
from .resources import data_file

LEXICON_FILE = ("lexicons", "concepts.ttl")
SCHEME = "https://w3id.org/reformgraph/id/scheme/concepts"
PLACE_PREFIX = "https://w3id.org/reformgraph/id/place/"
RG = "https://w3id.org/reformgraph/ontology#"
_TYPES = {RG + "Reform": EntityType.REFORM, RG + "Principle": EntityType.PRINCIPLE,
          RG + "GovernanceModel": EntityType.GOVERNANCE_MODEL}


@dataclass(frozen=True)
class Concept:
    iri: str
    type: EntityType
    pref_labels: dict[str, str]
    country: str | None
    related: frozenset[str]

    def label(self, language: str) -> str:
        """prefLabel in `language`, else English, else any (sorted, deterministic)."""
        for lang in (language, "en"):
            if lang in self.pref_labels:
                return self.pref_labels[lang]
        return self.pref_labels[sorted(self.pref_labels)[0]]

    def __hash__(self) -> int:
        return hash(self.iri)


@dataclass(frozen=True)
class Entry:
    """One label: the forms each of its words may take, and what it names."""

    positions: tuple[frozenset[str], ...]
    concepts: tuple[str, ...]
    case_sensitive: tuple[bool, ...]


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    concepts: tuple[Concept, ...]


@dataclass
class Lexicon:
    concepts: dict[str, Concept]
    index: dict[str, list[Entry]] = field(default_factory=dict)

    @cached_property
    def models(self) -> frozenset[str]:
        """IRIs of the governance models (their names may take an inserted adjective)."""
        return frozenset(iri for iri, c in self.concepts.items() if c.type is EntityType.GOVERNANCE_MODEL)

    def match(self, text: str, language: str) -> list[Match]:
        """Every non-overlapping longest label occurrence in `text`."""
        from .lemmas import lemma

        tokens = words(text)
        found: list[Match] = []
        i = 0
        while i < len(tokens):
            best_n, owners = 0, set()
            for entry in self._entries_for(tokens[i].group(), language, lemma):
                n = self._span(entry, text, tokens, i, language, lemma)
                if not n or n < best_n:
                    continue
                if n > best_n:
                    best_n, owners = n, set()
                owners.update(entry.concepts)
            if not best_n:
                i += 1
                continue
            concepts = tuple(self.concepts[iri] for iri in sorted(owners))
            found.append(Match(tokens[i].start(), tokens[i + best_n - 1].end(), concepts))
            i += best_n
        return found

    def _span(self, entry: Entry, text: str, tokens, i: int, language: str, lemma) -> int:
        """How many tokens from token i complete `entry` (0 if they do not), joined only by
        spaces or hyphens. A model's name of several words may take one qualifying adjective
        before its last word ("tillitsbaserad statlig styrning", "trust-based public
        governance"): the adjectives are data (`concept-forms.json`, insertable_adjectives)."""
        size = len(entry.positions)
        for inserted in (False, True):
            if inserted and (size < 2 or entry.concepts[0] not in self.models):
                break
            count = size + inserted
            if count > len(tokens) - i:
                continue
            words_at = list(range(i, i + count))
            if inserted:
                if tokens[i + size - 1].group().lower() not in form_rules().insertable_adjectives:
                    continue
                del words_at[size - 1]
            joined = all(JOINER.fullmatch(text[tokens[a].end():tokens[a + 1].start()]) for a in range(i, i + count - 1))
            if joined and all(_fits(entry, k, tokens[words_at[k]].group(), language, lemma) for k in range(1, size)):
                return count
        return 0

    def _entries_for(self, word: str, language: str, lemma) -> list[Entry]:
        keys = {word, word.lower(), lemma(word, language).lower()}
        seen: dict[int, Entry] = {}
        for key in keys:
            for entry in self.index.get(key, ()):
                if entry.case_sensitive[0] and word not in entry.positions[0]:
                    continue
                seen[id(entry)] = entry
        return list(seen.values())

    def choose(self, concepts: tuple[Concept, ...], cue: str | None, language: str,
               country: str | None) -> Concept | None:
        """The concept a match names, given a country named in its context.

        A context country picks the variant of that country among the match
        and its skos:related variants, and rules out a country-specific
        concept of another country. Without one, the country of the text's
        language, then the text's country decides; if neither does, the
        match is left out rather than guessed.
        """
        if cue:
            family = {c.iri: c for c in concepts}
            for concept in concepts:
                family.update((iri, self.concepts[iri]) for iri in concept.related if iri in self.concepts)
            for concept in sorted(family.values(), key=lambda c: c.iri):
                if concept.country == cue:
                    return concept
            neutral = [c for c in concepts if c.country is None]
            return neutral[0] if neutral else None
        if len(concepts) == 1:
            return concepts[0]
        preferred = form_rules().country_of_language.get(language)
        for wanted in (preferred, country):
            for concept in sorted(concepts, key=lambda c: c.iri):
                if wanted and concept.country == wanted:
                    return concept
        return None


def _fits(entry: Entry, k: int, word: str, language: str, lemma) -> bool:
    forms = entry.positions[k]
    if entry.case_sensitive[k]:
        return word in forms
    return word.lower() in forms or lemma(word, language).lower() in forms


@cache
def lexicon() -> Lexicon:
    """The concept lexicon, parsed and validated once per process."""
    return load_lexicon(data_file(*LEXICON_FILE))


def load_lexicon(path: Path) -> Lexicon:
    """Parse and validate a SKOS lexicon file; RuleError names the file and the concept."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS, RDF, SKOS

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as error:  # rdflib raises several parser exception types
        raise RuleError(f"{path.name}: does not parse: {error}") from error
    scheme = URIRef(SCHEME)
    if (scheme, RDF.type, SKOS.ConceptScheme) not in graph:
        raise RuleError(f"{path.name}: the concept scheme {SCHEME} is missing")
    concepts: dict[str, Concept] = {}
    labels: dict[str, list[tuple[str, str]]] = {}
    for subject in sorted(set(graph.subjects(SKOS.inScheme, scheme)) | set(graph.subjects(RDF.type, SKOS.Concept))):
        iri = str(subject)
        types = [_TYPES[str(t)] for t in graph.objects(subject, RDF.type) if str(t) in _TYPES]
        prefs = {lit.language: str(lit) for lit in graph.objects(subject, SKOS.prefLabel)
                 if isinstance(lit, Literal) and lit.language}
        if len(types) != 1:
            raise RuleError(f"{path.name}: concept {iri} needs exactly one of rg:Reform, rg:Principle, rg:GovernanceModel")
        if not prefs:
            raise RuleError(f"{path.name}: concept {iri} has no language-tagged skos:prefLabel")
        if (subject, DCTERMS.source, None) not in graph:
            raise RuleError(f"{path.name}: concept {iri} has no dcterms:source")
        if (subject, SKOS.inScheme, scheme) not in graph:
            raise RuleError(f"{path.name}: concept {iri} is not skos:inScheme the concept scheme")
        countries = [str(o) for o in graph.objects(subject, URIRef(RG + "country"))]
        if any(not c.startswith(PLACE_PREFIX) for c in countries) or len(countries) > 1:
            raise RuleError(f"{path.name}: concept {iri} has a bad rg:country {countries}")
        concepts[iri] = Concept(
            iri=iri, type=types[0], pref_labels=prefs,
            country=countries[0][len(PLACE_PREFIX):].upper() if countries else None,
            related=frozenset(str(o) for o in graph.objects(subject, SKOS.related)),
        )
        labels[iri] = [(str(lit), lit.language or "en")
                       for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                       for lit in graph.objects(subject, prop)]
    return Lexicon(concepts=concepts, index=_index(labels, path.name))


def _index(labels: dict[str, list[tuple[str, str]]], filename: str) -> dict[str, list[Entry]]:
    """First-word form -> entries; labels written alike in two concepts share one entry."""
    by_forms: dict[tuple, tuple[set[str], tuple[bool, ...]]] = {}
    for iri in sorted(labels):
        for label, language in labels[iri]:
            parts = label_words(label)
            if not parts:
                raise RuleError(f"{filename}: concept {iri} has an empty label")
            positions = tuple(word_forms(w, language) for w in parts)
            key = positions
            owners, case = by_forms.setdefault(key, (set(), tuple(is_acronym(w) for w in parts)))
            owners.add(iri)
    index: dict[str, list[Entry]] = {}
    for positions, (owners, case) in sorted(by_forms.items(), key=lambda kv: sorted(kv[1][0])):
        entry = Entry(positions=positions, concepts=tuple(sorted(owners)), case_sensitive=case)
        for form in positions[0]:
            index.setdefault(form, []).append(entry)
    return index
