"""Finding lexicon names in a document's words, in time linear in its length.

Names are indexed by their first word; at each word of the text only the
names starting with it are tried. The punctuation between the words of a
name must be the same in the text ("Klima-, Energi- og ..."), the last word
may carry a genitive ending ("Socialstyrelsens", "SKL:s", "SVT´s").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Document
from .textview import GENITIVE_ENDINGS, word_pattern, words

GENITIVE_LAST = frozenset(ending[-1] for ending in GENITIVE_ENDINGS)


@dataclass(frozen=True)
class _Name:
    keys: tuple[str, ...]
    gaps: tuple[str, ...]
    payload: Any
    case_sensitive: bool


@dataclass(frozen=True)
class GazetteerMatch:
    start: int
    end: int
    first: int
    last: int
    payload: Any
    genitive: bool


def _split(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = list(word_pattern().finditer(phrase))
    keys = tuple(m.group() for m in found)
    gaps = tuple("".join(phrase[a.end():b.start()].split()) for a, b in zip(found, found[1:]))
    return keys, gaps


class Gazetteer:
    """Names (case-sensitive or not) with a payload each."""

    def __init__(self, entries: Iterable[tuple[str, Any, bool]]):
        self._index: dict[str, list[_Name]] = {}
        for phrase, payload, case_sensitive in entries:
            keys, gaps = _split(phrase)
            if not keys:
                continue
            if not case_sensitive:
                keys = tuple(k.casefold() for k in keys)
            self._index.setdefault(keys[0], []).append(_Name(keys, gaps, payload, case_sensitive))
        for names in self._index.values():
            names.sort(key=lambda n: -len(n.keys))

    def _candidates(self, text: str) -> list[tuple[_Name, bool]]:
        found = [(n, False) for n in self._index.get(text, ()) if n.case_sensitive]
        found += [(n, False) for n in self._index.get(text.casefold(), ()) if not n.case_sensitive]
        if text[-1] not in GENITIVE_LAST:
            return found
        for ending in GENITIVE_ENDINGS:
            if text.endswith(ending) and len(text) > len(ending) + 1:
                stem = text[: -len(ending)]
                found += [(n, True) for n in self._index.get(stem, ()) if n.case_sensitive and len(n.keys) == 1]
                found += [
                    (n, True) for n in self._index.get(stem.casefold(), ())
                    if not n.case_sensitive and len(n.keys) == 1
                ]
        return found

    def find(self, document: Document) -> list[GazetteerMatch]:
        """Every name occurrence, the longest per starting word (several payloads kept)."""
        all_words = words(document)
        text = document.text
        matches: list[GazetteerMatch] = []
        for i, word in enumerate(all_words):
            best: list[GazetteerMatch] = []
            for name, genitive in self._candidates(word.text):
                match = self._extend(name, genitive, all_words, i, text)
                if match is None:
                    continue
                if best and match.end < best[0].end:
                    continue
                if best and match.end > best[0].end:
                    best = []
                best.append(match)
            matches.extend(best)
        return matches

    @staticmethod
    def _extend(name: _Name, genitive: bool, all_words, i: int, text: str) -> GazetteerMatch | None:
        if len(name.keys) == 1:
            word = all_words[i]
            return GazetteerMatch(word.start, word.end, i, i, name.payload, genitive)
        if i + len(name.keys) > len(all_words):
            return None
        for k in range(1, len(name.keys)):
            previous, word = all_words[i + k - 1], all_words[i + k]
            gap = text[previous.end:word.start]
            if "\n" in gap or "".join(gap.split()) != name.gaps[k - 1]:
                return None
            wanted = name.keys[k]
            got = word.text if name.case_sensitive else word.text.casefold()
            if got == wanted:
                continue
            last = k == len(name.keys) - 1
            if last and any(got == wanted + e for e in GENITIVE_ENDINGS):
                genitive = True
                continue
            return None
        last_word = all_words[i + len(name.keys) - 1]
        return GazetteerMatch(all_words[i].start, last_word.end, i, i + len(name.keys) - 1, name.payload, genitive)
