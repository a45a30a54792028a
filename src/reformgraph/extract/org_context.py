"""Institutions recognised by the slot they fill in the text.

Acronym definitions ("Sveriges Kommuner och Landsting (SKL)"), media told
or published in ("säger ... till Dagens Samhälle", "publicerad i Läkartidningen"), web
addresses ("Kommunalbladet.dk"), party abbreviations after a name ("(MP)"),
a name after a noun of its kind ("fagforbundet FOA", "the think tank Agenda"),
byline affiliations ("Text: Lisa Ek, Byrå AB") and the publisher and
journal slots of reference-list entries.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..errors import RuleError
from ..model import Document
from .bylines import bylines
from .lexicon import KnownInstitution, institution_types, known_institutions, subtype_from_words
from .names import first_name_frequency, suffix_subtype
from .orgs import OrgCandidate
from .references import references
from .rulefiles import read_json, rules_of
from .textview import is_name_word, name_runs, strip_genitive, words

INSTITUTIONS = "institutions.jsonl"
PARTY_LETTERS_FILE = ("lexicons", "party-abbreviations.json")
ACRONYM_WORDS_BACK = 9


@cache
def _connectors() -> frozenset[str]:
    return frozenset(institution_types().get("name_connectors", ()))


def _initials_match(acronym: str, names: list[str]) -> bool:
    """Each content word gives its first letter and maybe later ones, in order ("SCB")."""
    letters = [c.casefold() for c in acronym if c.isalpha()]
    content = [n.casefold() for n in names if n.casefold() not in _connectors()]

    def match(i: int, j: int) -> bool:
        if j == len(content):
            return i == len(letters)
        word = content[j]
        if i >= len(letters) or letters[i] != word[0]:
            return False
        k, position = i + 1, 1
        while True:
            if match(k, j + 1):
                return True
            if k >= len(letters):
                return False
            found = word.find(letters[k], position)
            if found == -1:
                return False
            k, position = k + 1, found + 1

    return bool(content) and match(0, 0)


def _long_form_subtype(label: str) -> str | None:
    for institution in known_institutions():
        if label in (institution.label, *institution.aliases):
            return institution.subtype
    last = label.split()[-1]
    return suffix_subtype(last) or subtype_from_words(label)


def acronym_definitions(document: Document) -> Iterator[OrgCandidate]:
    """"Long Name (ACR)" or "ACR (Long Name)" where the long form is an institution's name;
    every other occurrence of the acronym then names it too."""
    rule = "institutions.acronym_definition"
    defined: dict[str, tuple[str, str]] = {}
    for start, end, acronym in _definitions(document):
        label = " ".join(document.text[start:end].split())
        subtype = _long_form_subtype(label)
        if subtype is None:
            continue
        defined.setdefault(acronym, (label, subtype))
        yield OrgCandidate(start, end, label, subtype, document.country, rule, 0.8)
    if not defined:
        return
    for word in words(document):
        found = defined.get(word.text) or defined.get(strip_genitive(word.text))
        if found:
            yield OrgCandidate(word.start, word.end, found[0], found[1], document.country, rule, 0.8)


def _definitions(document: Document) -> Iterator[tuple[int, int, str]]:
    """(start, end, acronym) of long forms whose initials spell the bracketed acronym, or vice versa."""
    text = document.text
    all_words = words(document)
    by_end = {w.end: w for w in all_words}
    for rule in rules_of(INSTITUTIONS, "acronym_after"):
        for match in rule["regex"].finditer(text):
            end = match.start()
            while end > 0 and text[end - 1] == " ":
                end -= 1
            last = by_end.get(end)
            if last is None:
                continue
            for first_index in range(max(0, last.index - ACRONYM_WORDS_BACK), last.index + 1):
                span = all_words[first_index:last.index + 1]
                gaps = [text[a.end:b.start] for a, b in zip(span, span[1:])]
                if any(g.strip().strip("-") or "\n" in g for g in gaps) or not span[0].text[0].isupper():
                    continue
                if _initials_match(match.group(1), [w.text for w in span]):
                    yield span[0].start, end, match.group(1)
                    break
    for rule in rules_of(INSTITUTIONS, "acronym_before"):
        for match in rule["regex"].finditer(text):
            if _initials_match(match.group(1), match.group(2).split()):
                yield match.start(2), match.end(2), match.group(1)


def media_contexts(document: Document) -> Iterator[OrgCandidate]:
    """A capitalised name right after "säger ... till", "publicerad i", or a web address."""
    text = document.text
    rules = rules_of(INSTITUTIONS, "media_before", document.language)
    for run in name_runs(document):
        first = run[0]
        before = text[max(0, first.start - 100):first.start]
        if "\n" in before:
            before = before[before.rindex("\n") + 1:]
        rule = next((r["id"] for r in rules if r["regex"].search(before)), None)
        if rule is None or first_name_frequency(first.text) and len(run) > 1:
            continue
        label = " ".join(w.text for w in run)
        yield OrgCandidate(first.start, run[-1].end, strip_genitive(label) if len(run) == 1 else label,
                           "MediaOutlet", None, rule, 0.7)
    for rule in rules_of(INSTITUTIONS, "media_web"):
        for match in rule["regex"].finditer(text):
            yield OrgCandidate(match.start(1), match.end(), match.group(1), "MediaOutlet", document.country, rule["id"], 0.6)


@cache
def party_abbreviation_table(country: str | None) -> dict[str, KnownInstitution]:
    """Party acronyms of the lexicons and the bracket letters of `party-abbreviations.json`,
    for the parties of `country` (or of any country, for a text without one)."""
    parties = {(i.country, i.label): i for i in known_institutions() if i.subtype == "Party"}
    table = {acronym: i for i in parties.values() if country in (i.country, None) for acronym in i.acronyms}
    for code, letters in read_json(*PARTY_LETTERS_FILE).items():
        if code.startswith("_") or country not in (code, None):
            continue
        for letters_form, label in letters.items():
            if (code, label) not in parties:
                raise RuleError(f"{'/'.join(PARTY_LETTERS_FILE)}: {label!r} is no party of {code} in the lexicons")
            table.setdefault(letters_form, parties[(code, label)])
    return table


def party_abbreviations(document: Document) -> Iterator[OrgCandidate]:
    """"Per Olsson (MP)": a party acronym of the lexicon in brackets after a name."""
    parties = party_abbreviation_table(document.country)
    text = document.text
    ends = {run[-1].end for run in name_runs(document) if len(run) >= 2}
    for rule in rules_of(INSTITUTIONS, "party_abbreviation"):
        for match in rule["regex"].finditer(text):
            party = parties.get(match.group(1))
            if party is None:
                continue
            if len(text[:match.start()].rstrip()) in ends:
                yield OrgCandidate(match.start(1), match.end(1), party.label, "Party", party.country,
                                   rule["id"], 0.85)


def layout_slots(document: Document) -> Iterator[OrgCandidate]:
    """Byline affiliations, and publishers and journals of reference entries."""
    text = document.text
    for byline in bylines(document):
        if byline.affiliation:
            start, end = byline.affiliation
            label = text[start:end].lstrip("© ")
            if is_name_word(label.split()[0]) or label[0].isupper():
                yield OrgCandidate(start, end, label, subtype_from_words(label), document.country,
                                   "institutions.byline_affiliation", 0.7)
    for reference in references(document):
        if reference.publisher:
            start, end = reference.publisher
            label = text[start:end]
            yield OrgCandidate(start, end, label, subtype_from_words(label) or "Company", document.country,
                               "institutions.reference_publisher", 0.7)
        if reference.title:
            start, end = reference.title
            known = _misspelt_institution(text[start:end])
            if known is not None:
                yield OrgCandidate(start, end, known.label, known.subtype, known.country or document.country,
                                   "institutions.reference_misspelt", 0.75)
        if reference.container:
            start, end = reference.container
            yield OrgCandidate(start, end, text[start:end], "MediaOutlet", document.country,
                               "institutions.reference_journal", 0.7)


FUZZY_MIN_LENGTH = 12


@cache
def _names_by_initial() -> dict[str, list[tuple[str, object]]]:
    names: dict[str, list[tuple[str, object]]] = {}
    for institution in known_institutions():
        for form in (institution.label, *institution.aliases):
            if len(form) >= FUZZY_MIN_LENGTH:
                names.setdefault(form[0].casefold(), []).append((form.casefold(), institution))
    return names


def _misspelt_institution(title: str):
    """A lexicon institution whose name `title` is, but for a letter or two ("lansting")."""
    wanted = title.casefold().strip(" .")
    if len(wanted) < FUZZY_MIN_LENGTH:
        return None
    limit = 1 if len(wanted) < 20 else 2
    for form, institution in _names_by_initial().get(wanted[0], ()):
        if abs(len(form) - len(wanted)) <= limit and _distance(form, wanted, limit) <= limit:
            return institution
    return None


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, stopping early once it exceeds `limit`."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
