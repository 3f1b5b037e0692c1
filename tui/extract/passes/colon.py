"""Pass: a quote introduced by the paragraph before, which ends with a colon.

Convention: ``Trump issued a statement:`` ¶ ``"..."``: the subject of the verb the colon
closes speaks.
"""

from __future__ import annotations

from tui.extract.lexicon import SPEECH_VERBS, STANCE_VERBS
from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.people import Person
from tui.extract.phrases import between, noun_phrase
from tui.extract.quotes import QuoteSpan
from tui.extract.resolve import Resolver


def introduced_by_colon(resolver: Resolver, quote: QuoteSpan) -> tuple[Person | None, str] | None:
    """A quote that opens a paragraph after one ending ``Trump issued a statement:``."""
    if quote.block == 0:
        return None
    tokens = resolver.tokens[quote.block - 1]
    if not tokens or tokens[-1].text != ":" or tokens[-1].quoted:
        return None
    start = tokens.sentence_start(len(tokens) - 1)
    words = [tokens[index] for index in range(start, len(tokens)) if index not in tokens.quoted]
    for position, token in enumerate(words):
        if not position or token.capitalised or not token.is_word:
            continue
        word = token.lower
        if not (word in SPEECH_VERBS or word in STANCE_VERBS or word.endswith(("ed", "es"))):
            continue
        end = position
        while end > 0 and between(words[end - 1]):
            end -= 1
        phrase = noun_phrase(words[:end])
        if phrase:
            person, mention = resolver.resolve_phrase(phrase, quote.block - 1, phrase[0].start)
            if person is not None:
                return person, mention
    return None


class ColonIntroduction(Pass):
    """A quote opening a paragraph after ``X said:``: X."""

    name = "colon introduction"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        introduced = introduced_by_colon(resolver, view.quote)
        if introduced is None:
            return None
        return Speech(introduced[0], None, introduced[1], view.kind)
