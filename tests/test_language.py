"""Language detection: sv, da, nb, nn, en, and Danish told from Bokmål."""

from __future__ import annotations

import pytest

from reformgraph.analysis import analyse, metadata_language
from reformgraph.errors import InputError
from reformgraph.language import detect_language

SAMPLES = {
    "sv": "Regeringen har beslutat att kommunerna ska få mer frihet, säger ministern. Vad betyder det för personalen?",
    "da": "Regeringen har besluttet, at kommunerne skal have mere frihed, siger ministeren. Hvad betyder det efter reformen?",
    "nb": "Regjeringen har bestemt at kommunene skal få mer frihet, sier statsråden. Hva betyr det etter reformen?",
    "nn": "Regjeringa har bestemt at kommunane skal få meir fridom, seier statsråden. Kva betyr det? Eg veit ikkje.",
    "en": "The government has decided that the municipalities should have more freedom, the minister says.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_each_language_is_recognised(language):
    assert detect_language(SAMPLES[language]) == language


@pytest.mark.parametrize(("danish", "norwegian"), [
    ("Hun har skrevet en bog af stor betydning for mig.", "Hun har skrevet en bok av stor betydning for meg."),
    ("Hvad siger de nu efter valget?", "Hva sier de nå etter valget?"),
    ("Nogle af dem bliver glade for det.", "Noen av dem blir glade for det."),
])
def test_danish_is_told_from_bokmal(danish, norwegian):
    assert detect_language(danish) == "da"
    assert detect_language(norwegian) == "nb"


def test_text_without_letters_is_an_input_error():
    with pytest.raises(InputError):
        detect_language("12 345 -- 67 !!")


@pytest.mark.parametrize(
    "text",
    [
        "Xyzzy qwerty",
        "Luottamusuudistus on hallituksen tärkeä hanke julkisen sektorin johtamisessa.",
        "Die Vertrauensreform der Regierung ist ein wichtiger Schritt für die Verwaltung.",
        "La réforme de la confiance est une étape importante pour les communes.",
    ],
)
def test_text_in_an_unsupported_language_is_refused(text):
    with pytest.raises(InputError, match="no supported language"):
        detect_language(text)


def test_character_profile_decides_short_texts():
    assert detect_language("Välfärd för nöjda brukare") == "sv"


@pytest.mark.parametrize(("value", "expected"), [
    ("sv", "sv"), ("sv-SE", "sv"), ("no", "nb"), ("nob", "nb"), ("NN", "nn"), ("dan", "da"), ("xx", None), (None, None),
])
def test_metadata_language_codes(value, expected):
    assert metadata_language(value) == expected


def test_corpus_texts_are_detected(corpus_dir):
    from reformgraph.reading import read_text

    found = {p.name[:3]: analyse(read_text(p)) for p in sorted(corpus_dir.glob("*.txt"))}
    assert found["000"].language == "da" and found["000"].country == "DK"
    assert {found[k].language for k in ("001", "002", "003", "004")} == {"sv"}
    assert found["001"].country == "SE"


def test_short_text_dense_with_names_is_still_recognised():
    text = ("Region Jämtland och Östersunds kommun inför modellen. Text: Eva-Lena Ek Sundin. "
            "Även Strömsund och Krokom har infört den, säger regiondirektör Per Olof Hägg.")
    assert detect_language(text) == "sv"
