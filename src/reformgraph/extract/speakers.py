"""Who speaks a sentence: the agent of a stance that a sentence states without naming it.

In order: a speaker the sentence itself attributes ("..., säger Ardalan
Mahmoudi"); the speaker of the quoted paragraph it stands in (a paragraph
opened by a quote dash whose last sentence names the speaker); the person
or institution the sentence starts with ("Civilminister X besöker ...",
"Han ..."). Otherwise nobody: a stance without a clear agent is left out.
"""

from __future__ import annotations

from functools import cache

from ..model import Document, EntityType, Mention, Sentence
from .tagging import Tagged, Tagger, relation_words

_AGENTS = (EntityType.PERSON, EntityType.INSTITUTION)


class Speakers:
    def __init__(self, document: Document, tagger: Tagger):
        self.document = document
        self.tagger = tagger
        self.words = relation_words()
        self._of = cache(self._speaker)

    def of(self, sentence: Sentence) -> list[Mention]:
        speaker = self._of(sentence.index)
        return [speaker] if speaker else []

    def _speaker(self, index: int) -> Mention | None:
        sentence = self.document.sentences[index]
        tagged = self.tagger.tag(sentence.start, sentence.end)
        return self._attributed(tagged) or self._quoted(sentence) or self._initial(tagged)

    def _attributed(self, tagged: Tagged) -> Mention | None:
        tokens = tagged.text.split(" ")
        for i, token in enumerate(tokens):
            if token.lower() not in self.words.speech_verbs:
                continue
            for j in (*range(i + 1, min(i + 4, len(tokens))), i - 1):
                mention = tagged.mentions[j] if 0 <= j < len(tokens) else None
                if mention is not None and mention.type in _AGENTS:
                    return mention
        return None

    def _quoted(self, sentence: Sentence) -> Mention | None:
        """The speaker named at the end of the quoted paragraph holding `sentence`."""
        text = self.document.text
        start = text.rfind("\n\n", 0, sentence.start)
        start = 0 if start < 0 else start + 2
        end = text.find("\n\n", sentence.end)
        end = len(text) if end < 0 else end
        if not text[start:end].lstrip().startswith(self.words.quote_openers):
            return None
        last = self.document.sentence_at(max(start, end - 1))
        if last.index == sentence.index:
            return None
        return self._attributed(self.tagger.tag(last.start, last.end))

    @staticmethod
    def _initial(tagged: Tagged) -> Mention | None:
        for mention, token in zip(tagged.mentions, tagged.text.split(" ")):
            if mention is not None:
                return mention if mention.type in _AGENTS else None
            if not token.startswith("«O:") and token not in ("–", "—", "-", "“", "”", '"'):
                return None
        return None
