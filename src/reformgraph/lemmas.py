"""Lemmas and dictionary look-ups (the only module using simplemma).

Rules ask two things of a word: its base form ("delegationens" ->
"delegation"), and whether it is an ordinary word of the language at all (a
capitalised "Ek" at the start of a sentence may be a noun, "Mahmoudi" is
not). Both are cached; compounds need `greedy=True` to be split.
"""

from __future__ import annotations

from functools import cache, lru_cache

SIMPLEMMA_LANGUAGE = {"sv": "sv", "da": "da", "nb": "nb", "nn": "nn", "en": "en"}
CACHE_SIZE = 1 << 16


def _code(language: str) -> str:
    return SIMPLEMMA_LANGUAGE.get(language, "en")


@lru_cache(maxsize=CACHE_SIZE)
def lemma(word: str, language: str, greedy: bool = False) -> str:
    """The base form of `word` in `language` (the word itself when unknown)."""
    import simplemma

    return simplemma.lemmatize(word, lang=_code(language), greedy=greedy)


@lru_cache(maxsize=CACHE_SIZE)
def is_known(word: str, language: str) -> bool:
    """Whether `word` (as written) is in the language's dictionary."""
    import simplemma

    return bool(simplemma.is_known(word, lang=_code(language)))


@cache
def _dictionary(language: str):
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary(_code(language))


@lru_cache(maxsize=CACHE_SIZE)
def is_common_word(word: str, language: str) -> bool:
    """Whether the lower-cased `word` is an ordinary (lower-case) word of `language`.

    simplemma's `is_known` also knows proper names ("Johansson"); this asks
    its word list for the lower-case form only.
    """
    return word.lower() in _dictionary(language)
