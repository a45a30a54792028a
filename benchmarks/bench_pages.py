"""How fast large network pages become usable, in headless Chromium.

A synthetic dataset shaped like reformgraph's (per-text graphs, NIF mentions,
PROV assertions with quotes) is built for each size, `write_pages` writes the
pages, and `index.html` (one node per entity) is opened offline.

Time to interactive (TTI): from navigation start until the page is ready
(the network's first frame is drawn and, with physics on, stabilised; the
page sets `data-rg-ready`), a search typed at that moment has listed its
results, and that search result has focused its node. Read from the page's
own clock (`performance.now()`), the median of `--runs` runs.

    python benchmarks/bench_pages.py                 # 2,000 and 5,000 nodes
    python benchmarks/bench_pages.py --sizes 250 500 1000 2000 --physics on
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from reformgraph.pages import payload, write_pages
from reformgraph.pages.browser import OfflinePage, chromium
from reformgraph.store import Quad, Store

ID = "https://w3id.org/reformgraph/id/"
GRAPH = "https://w3id.org/reformgraph/graph/"
RG = "https://w3id.org/reformgraph/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
DCT = "http://purl.org/dc/terms/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
PROV = "http://www.w3.org/ns/prov#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
SCHEMA = "https://schema.org/"
PAGE_DATA = re.compile(r'id="rg-data">(.*?)</script>', re.S)

# (kind, rdf class, share of the entities)
KINDS = [
    ("person", "Person", 0.35),
    ("institution", "Agency", 0.15),
    ("institution", "Municipality", 0.10),
    ("reform", "Reform", 0.08),
    ("model", "GovernanceModel", 0.08),
    ("principle", "Principle", 0.07),
    ("document", "Document", 0.10),
    ("place", "Place", 0.07),
]
LANGUAGES = ["sv", "da", "nb", "fi", "en"]
RELATIONS = {  # subject kind -> (predicate, object kinds)
    "person": [(ORG + "memberOf", ["institution"]), (RG + "supports", ["reform", "model", "principle"]),
               (RG + "criticizes", ["reform", "model"])],
    "institution": [(RG + "partOf", ["institution"]), (RG + "supports", ["reform", "model"])],
    "reform": [(RG + "hasPrinciple", ["principle"]), (RG + "proposedBy", ["institution", "person"])],
    "model": [(RG + "partOf", ["reform"]), (RG + "hasPrinciple", ["principle"])],
    "document": [(DCT + "creator", ["person", "institution"])],
    "principle": [],
    "place": [],
}


def _u(text: str) -> URIRef:
    return URIRef(text)


def _n(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


class Synthetic:
    """A deterministic dataset with `nodes` entities (source texts included).

    Every entity is mentioned in two texts (~50 entities a text, two a
    sentence); in most sentences the first states a contract relation to an
    entity of a fitting kind, with an assertion and its quote.
    """

    PER_TEXT = 50

    def __init__(self, nodes: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.quads: list[Quad] = []
        texts = max(1, round(nodes / (self.PER_TEXT / 2 + 1)))
        self.entities: list[tuple[str, str, str]] = []  # (iri, kind, class)
        wanted = nodes - texts
        for n, (kind, cls, share) in enumerate(KINDS):
            count = wanted - len(self.entities) if n == len(KINDS) - 1 else round(wanted * share)
            self.entities += [(f"{ID}{kind}/{cls.lower()}-{i}", kind, cls) for i in range(count)]
        self.by_kind: dict[str, list[str]] = {}
        for iri, kind, _ in self.entities:
            self.by_kind.setdefault(kind, []).append(iri)
        self.kind = {iri: kind for iri, kind, _ in self.entities}
        self.cls = {iri: cls for iri, _, cls in self.entities}
        self.names = {iri: f"{kind.title()} {i:05d}" for i, (iri, kind, _) in enumerate(self.entities)}
        pool = [iri for iri, _, _ in self.entities] * 2
        self.rng.shuffle(pool)
        for t in range(texts):
            self._text(t, pool[t * len(pool) // texts : (t + 1) * len(pool) // texts])

    def _add(self, graph: str, s: str, p: str, o: str | Literal) -> None:
        self.quads.append((_u(s), _u(p), o if isinstance(o, Literal) else _u(o), _u(graph)))

    def _relation_for(self, subject: str) -> tuple[str, str] | None:
        options = RELATIONS[self.kind[subject]]
        if not options or self.rng.random() < 0.3:
            return None
        predicate, kinds = self.rng.choice(options)
        target = self.rng.choice(self.by_kind.get(self.rng.choice(kinds)) or [subject])
        return None if target == subject else (predicate, target)

    def _text(self, t: int, members: list[str]) -> None:
        identifier = f"{t:04d}_{t * 7919 % 65536:016x}.txt"
        text, graph, language = f"{ID}text/{identifier}", f"{GRAPH}text/{identifier}", self.rng.choice(LANGUAGES)
        self._add(graph, text, str(RDF.type), RG + "SourceText")
        self._add(graph, text, DCT + "identifier", Literal(identifier))
        self._add(graph, text, DCT + "language", Literal(language))
        self._add(graph, text, DCT + "title", Literal(f"Text {t}", lang=language))
        body, offset = [], 0
        for a, b in zip(members[::2], members[1::2] + members[-1:]):
            relation = self._relation_for(a)
            target = relation[1] if relation else b
            sentence = f"{self.names[a]} says something about {self.names[target]} and {self.names[b]}."
            self._sentence(graph, text, language, offset, sentence, sorted({a, target, b}))
            if relation:
                self._relation(graph, a, relation[0], target, text, offset, sentence)
            body.append(sentence)
            offset += len(sentence) + 1
        self._add(GRAPH + "nif", text, str(RDF.type), NIF + "Context")
        self._add(GRAPH + "nif", text, NIF + "isString", Literal(" ".join(body)))

    def _sentence(self, graph, text, language, start, sentence, entities) -> None:
        nif = GRAPH + "nif"
        s = f"{text}#char={start},{start + len(sentence)}"
        self._add(nif, s, str(RDF.type), NIF + "Sentence")
        self._add(nif, s, NIF + "beginIndex", _n(start))
        self._add(nif, s, NIF + "anchorOf", Literal(sentence))
        self._add(nif, s, NIF + "referenceContext", text)
        for iri in entities:
            name = self.names[iri]
            begin = start + sentence.index(name)
            m = f"{text}#char={begin},{begin + len(name)}"
            for p, o in [(NIF + "beginIndex", _n(begin)), (NIF + "endIndex", _n(begin + len(name))),
                         (NIF + "sentence", s), (NIF + "referenceContext", text), (ITS + "taIdentRef", iri)]:
                self._add(nif, m, p, o)
            self._add(graph, text, SCHEMA + "mentions", iri)
            self._add(graph, iri, str(RDF.type), RG + self.cls[iri])
            self._add(graph, iri, SKOS + "prefLabel", Literal(name, lang=language))
            self._add(graph, iri, str(RDFS.label), Literal(name))

    def _relation(self, graph, s, p, o, text, start, sentence) -> None:
        self._add(graph, s, p, o)
        a = f"{ID}assertion/{len(self.quads):016x}"
        prov = GRAPH + "provenance"
        for pp, oo in [(str(RDF.type), str(RDF.Statement)), (str(RDF.subject), s), (str(RDF.predicate), p),
                       (str(RDF.object), o), (PROV + "wasDerivedFrom", f"{text}#char={start},{start + len(sentence)}"),
                       (RG + "quote", Literal(sentence))]:
            self._add(prov, a, pp, oo)


def measure(page_path: Path, runs: int, query: str) -> tuple[float, float]:
    """Median (ready ms, TTI ms) of `runs` fresh loads of one page."""
    ready, tti = [], []
    with chromium() as browser:
        for _ in range(runs):
            view = OfflinePage(browser).open(page_path, timeout_ms=300_000)
            ready.append(view.js("RG.readyAt"))
            view.page.fill("#rg-search", query)
            view.page.press("#rg-search", "Enter")
            view.page.wait_for_function("RG.network.getSelectedNodes().length === 1")
            tti.append(view.js("performance.now()"))
            if view.outside or view.errors:
                raise SystemExit(f"page not clean: {view.outside} {view.errors}")
            view.close()
    return statistics.median(ready), statistics.median(tti)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--physics", choices=["auto", "on", "off"], default="auto",
                        help="auto: physics on up to the page threshold, as built")
    parser.add_argument("--out", type=Path, default=Path(".bench"))
    args = parser.parse_args(argv)
    if args.physics != "auto":  # a measurement override, not a setting of the build
        payload.PHYSICS_MAX_NODES = 10**9 if args.physics == "on" else -1
    print(f"{'nodes':>6} {'edges':>6} {'physics':>7} {'build s':>8} {'html MB':>8} {'ready ms':>9} {'TTI ms':>8}")
    for size in args.sizes:
        store = Store()
        data = Synthetic(size)
        store.add(data.quads)
        out = args.out / f"n{size}"
        started = time.perf_counter()
        write_pages(store, out)
        build = time.perf_counter() - started
        index = out / "index.html"
        page_data = json.loads(PAGE_DATA.search(index.read_text(encoding="utf-8")).group(1))
        ready, tti = measure(index, args.runs, "Person 00012")
        physics = "on" if page_data["options"]["physics"]["enabled"] else "off"
        print(f"{len(page_data['nodes']):>6} {len(page_data['edges']):>6} {physics:>7} {build:>8.1f} "
              f"{index.stat().st_size / 1e6:>8.1f} {ready:>9.0f} {tti:>8.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
