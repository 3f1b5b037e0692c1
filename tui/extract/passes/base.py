"""What every attribution pass shares: the quote it looks at, and the speech it decides."""

from __future__ import annotations

from dataclasses import dataclass

from tui.extract.people import Person
from tui.extract.quotes import QuoteSpan
from tui.extract.resolve import Resolver
from tui.extract.tokens import Tokens


@dataclass
class Speech:
    """The attribution found for one quote."""

    person: Person | None
    cue: str | None
    mention: str | None  # how the cue names the speaker: "he", "Peskov", "his spokesman"
    kind: str  # "direct", "partial" or "term" (not speech: a title, a nickname, a scare quote)
    sieve: str = ""  # the name of the pass that decided it


Found = tuple[Person | None, str, str]  # a cue's person, its words, and how it names them


@dataclass
class QuoteView:
    """One quote as the passes see it: its paragraph's tokens, where it sits among them, what
    kind of quotation it is, and the quote and speech before it. A pass may refine ``kind``
    for the passes after it."""

    quote: QuoteSpan
    tokens: Tokens
    quotation: str  # the quoted words, marks included
    first: int  # index of the opening mark's token
    last: int  # index of the first token after the quote
    kind: str
    previous: QuoteSpan | None
    previous_speech: Speech | None
    after: Found | None = None  # the cue after the quote, once a pass has read it
    after_read: bool = False


class Pass:
    """One sieve of the attribution: it reads one convention of attribution, and either
    decides the speech of a quote or leaves it to the next pass."""

    name = ""

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        """The speech this pass finds for the quote, or None to leave it to the next."""
        raise NotImplementedError
