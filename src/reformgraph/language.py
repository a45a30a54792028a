"""Which language a text is in: sv, da, nb, nn or en.

Texts arrive without reliable metadata, and Danish and Norwegian Bokmål share
most of their vocabulary, so the decision rests on marker words that differ
between the written standards (af/av, hvad/hva, mig/meg, efter/etter ...) plus
a small character profile (ä/ö against æ/ø). The profiles are data
(`lexicons/language-profiles.json`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from .errors import InputError, RuleError
from .resources import data_file

LANGUAGES = ("sv", "da", "nb", "nn", "en")


@dataclass(frozen=True)
class _Profile:
    words: dict[str, float]
    characters: dict[str, float]


@cache
def _word_pattern() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+")


@cache
def _profiles() -> tuple[dict[str, _Profile], float, str, float]:
    path = data_file("lexicons", "language-profiles.json")
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
        weight = float(config["character_weight"])
        fallback = config["fallback"]
        min_share = float(config["min_marker_share"])
        profiles = {}
        for language, entry in config["languages"].items():
            if language not in LANGUAGES:
                raise ValueError(f"unknown language {language!r}")
            words = {w: 1.0 for w in entry["markers"]}
            words.update({w: 3.0 for w in entry["distinctive"]})
            profiles[language] = _Profile(words, {c: float(v) for c, v in entry["characters"].items()})
    except (KeyError, TypeError, ValueError) as error:
        raise RuleError(f"{path.name}: not a valid language profile file ({error})") from error
    if fallback not in profiles:
        raise RuleError(f"{path.name}: fallback {fallback!r} has no profile")
    return profiles, weight, fallback, min_share


def marker_share(text: str) -> float:
    """The largest share of the words that are marker words of one language.

    Running text of a supported language is a third or more function words
    of that language; other languages reach a tenth at most, so a low share
    means the text is in a language the extractor does not know.
    """
    profiles = _profiles()[0]
    words = [match.group().lower() for match in _word_pattern().finditer(text)]
    if not words:
        return 0.0
    return max(sum(1 for w in words if w in p.words) for p in profiles.values()) / len(words)


def language_scores(text: str) -> dict[str, float]:
    """Score of each language for `text` (higher is likelier)."""
    profiles, character_weight, _, _ = _profiles()
    scores = dict.fromkeys(profiles, 0.0)
    counts: dict[str, int] = {}
    for match in _word_pattern().finditer(text):
        word = match.group().lower()
        counts[word] = counts.get(word, 0) + 1
    for word, count in counts.items():
        for language, profile in profiles.items():
            scores[language] += count * profile.words.get(word, 0.0)
    for language, profile in profiles.items():
        for character, weight in profile.characters.items():
            scores[language] += character_weight * weight * text.count(character)
    return scores


def detect_language(text: str) -> str:
    """Best guess among sv, da, nb, nn, en; `InputError` only for text without letters."""
    if not _word_pattern().search(text):
        raise InputError("no recognisable language: the text has no letters")
    _, _, fallback, min_share = _profiles()
    share = marker_share(text)
    if share < min_share:
        raise InputError(
            f"no supported language recognised (sv, da, nb, nn, en): only {share:.0%} of the words are "
            "common words of one of them; give the language in corpus/metadata.csv if this is wrong"
        )
    scores = language_scores(text)
    best = max(scores.values())
    if best <= 0:
        return fallback
    return next(language for language in LANGUAGES if scores.get(language) == best)
