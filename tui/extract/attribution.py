"""Who said each quote: the attribution sieve run over an article's quotes in reading order.

Each quote goes through the passes of ``tui.extract.passes`` (cue after the quote, its
pronoun, cue before it, quoted words in the writer's sentence, continuation, colon
introduction, ...), most precise first, until one decides; the people the cues name are
resolved by ``tui.extract.resolve``. Every speech records the pass that decided it, so the
evaluation can show each pass's coverage and precision.
"""

from __future__ import annotations

from tui.extract.passes import SIEVE, QuoteView, Speech, join_split_quotes
from tui.extract.people import Registry
from tui.extract.phrases import quote_kind, quote_tokens
from tui.extract.quotes import QuoteSpan
from tui.extract.resolve import Resolver, lone_names
from tui.extract.tokens import Tokens

__all__ = ["Attributor", "Speech"]


class Attributor:
    """Attributes the quotes of one article, paragraph by paragraph, in reading order."""

    def __init__(
        self,
        texts: list[str],
        tokens: list[Tokens],
        registry: Registry,
        quotes: list[QuoteSpan],
        author: str | None = None,
    ) -> None:
        self.quotes = quotes
        self.resolver = Resolver(texts, tokens, registry, quotes, author)

    def attribute(self) -> list[Speech]:
        """A ``Speech`` for each quote, in reading order."""
        resolver = self.resolver
        results: list[Speech] = []
        previous: QuoteSpan | None = None
        previous_speech: Speech | None = None
        pronouns = resolver.sentence_pronouns()
        waiting = 0
        for quote in self.quotes:
            resolver.quoted_surnames = set()  # no quote is being attributed
            while waiting < len(pronouns) and pronouns[waiting][:2] < (quote.block, quote.open_at):
                resolver.follow_pronoun(pronouns[waiting][0], pronouns[waiting][2])
                waiting += 1
            speech = self._attribute_one(quote, previous, previous_speech)
            if speech.person is not None and speech.kind != "term":
                resolver.last_speaker[quote.block] = speech.person
                resolver.remember(speech.person, quote, cued=speech.cue is not None)
            results.append(speech)
            previous, previous_speech = quote, speech
        join_split_quotes(resolver.texts, self.quotes, results)
        return results

    def _attribute_one(
        self, quote: QuoteSpan, previous: QuoteSpan | None, previous_speech: Speech | None
    ) -> Speech:
        """The speech the first pass that decides finds for ``quote``."""
        resolver = self.resolver
        tokens = resolver.tokens[quote.block]
        quotation = resolver.texts[quote.block][quote.start : quote.end]
        resolver.quoted_surnames = lone_names(quotation)
        first, last = quote_tokens(tokens, quote)
        view = QuoteView(
            quote,
            tokens,
            quotation,
            first,
            last,
            quote_kind(tokens, first, quote),
            previous,
            previous_speech,
        )
        for sieve in SIEVE:
            speech = sieve.decide(view, resolver)
            if speech is not None:
                speech.sieve = sieve.name
                return speech
        raise AssertionError("the last pass always decides")
