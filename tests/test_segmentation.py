"""Sentences and tokens: offsets into the original text, breaks at lines and headings."""

from __future__ import annotations

from pathlib import Path

from reformgraph.analysis import analyse
from reformgraph.model import RawText, TextMetadata
from reformgraph.segmentation import segment


def _sentences(text: str, language: str = "sv") -> list[str]:
    sentences, _ = segment(text, language)
    return [text[s.start:s.end] for s in sentences]


def test_headline_and_byline_are_sentences_of_their_own():
    text = "Ny reform för välfärden\n\nText av Anna Berg\n\nRegeringen vill ändra styrningen. Det tar tid."
    assert _sentences(text) == [
        "Ny reform för välfärden", "Text av Anna Berg", "Regeringen vill ändra styrningen.", "Det tar tid.",
    ]


def test_single_line_breaks_end_headings_and_list_items():
    text = "Frågor från publiken\nÖronmärkta bidrag?\n• Overblik\n• Debat"
    assert _sentences(text, "da") == ["Frågor från publiken", "Öronmärkta bidrag?", "• Overblik", "• Debat"]


def test_hard_wrapped_sentence_stays_one():
    text = ("The minister said that the reform of the public sector would take several\n"
            "years to complete, and that trust would be its guiding principle.")
    assert len(_sentences(text, "en")) == 1


def test_speech_verb_after_a_quote_stays_in_the_sentence():
    text = "– Det är fel! säger ministern. Hon går."
    assert _sentences(text)[0] == "– Det är fel! säger ministern."


def test_bracket_opens_the_next_sentence():
    text = "Socialstyrelsen. (2019). Familjerådslag."
    assert _sentences(text) == ["Socialstyrelsen.", "(2019).", "Familjerådslag."]


def test_offsets_point_into_the_original_text_with_nbsp():
    text = "Det sa Laura\u00a0Hartman\u2009i dag.\nNästa mening här."
    sentences, tokens = segment(text, "sv")
    assert [text[t.start:t.end] for t in tokens][:4] == ["Det", "sa", "Laura", "Hartman"]
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert text[sentences[1].start:sentences[1].end] == "Nästa mening här."


def test_nynorsk_uses_the_bokmal_pipeline_and_analyse_keeps_metadata():
    raw = RawText("t.txt", Path("t.txt"), "Eg veit ikkje kva dei meiner.", "utf-8",
                  TextMetadata("t.txt", language="nn"))
    document = analyse(raw)
    assert document.language == "nn" and document.country == "NO"
    assert [t.text for t in document.tokens][-1] == "."


def test_english_text_has_no_country():
    raw = RawText("t.txt", Path("t.txt"), "The government has decided.", "utf-8", TextMetadata("t.txt"))
    assert analyse(raw).country is None
