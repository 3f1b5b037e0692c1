"""Pass: a quote standing alone, signed in the next paragraph.

Convention: a letter or a comment quoted as its own paragraph, then ``-Michelle Marks, Ohio.``
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.people import Person
from tui.extract.phrases import DASHES, noun_phrase_forward
from tui.extract.quotes import QuoteSpan
from tui.extract.resolve import Resolver


def signed_below(resolver: Resolver, quote: QuoteSpan) -> tuple[Person | None, str] | None:
    """A quote standing alone, signed in the next paragraph: ``-Michelle Marks, Ohio.``"""
    if quote.close_at is None or quote.block + 1 >= len(resolver.texts):
        return None
    if resolver.texts[quote.block][quote.close_at + 1 :].strip():
        return None
    tokens = resolver.tokens[quote.block + 1]
    if len(tokens) < 2 or tokens[0].text not in DASHES:
        return None
    phrase = noun_phrase_forward(tokens, 1)
    if not phrase or not phrase[0].capitalised:
        return None
    return resolver.resolve_phrase(phrase, quote.block + 1, phrase[0].start)


class SignedBelow(Pass):
    """A quote whose next paragraph opens with a dash and a name: that name."""

    name = "signed below"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        signed = signed_below(resolver, view.quote)
        if signed is None:
            return None
        return Speech(signed[0], None, signed[1], view.kind)
