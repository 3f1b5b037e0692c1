"""Pass, the last: a quote no cue decides is said by the person the text is about.

Convention: a quotation with no cue of its own, no speech before it to go on with and no
subject in its paragraph (a slogan, a nickname, a quote after a caption) is, if anyone's, the
person the passage is about: the most salient person at the quote (``tui.extract.salience``:
the subject of its sentence and of those before, recency, how often named, who spoke last),
whatever their gender; else the speaker of this paragraph or the one before; else no one. A
guess, but one ranked as a pronoun's person is: a quote left to no one is always wrong.
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.resolve import Resolver
from tui.extract.salience import most_salient


class SalientPerson(Pass):
    """The most salient person at the quote, else the speaker before: it always decides."""

    name = "salient person"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        quote = view.quote
        person = most_salient(resolver, None, quote.block, quote.open_at)
        return Speech(person or resolver.speaker_before(quote.block), None, None, view.kind)
