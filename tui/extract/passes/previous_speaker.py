"""Pass, the last: a quote with no cue at all goes on with the speaker before.

Convention: the speaker of this paragraph, else of the one before; else no one.
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.resolve import Resolver


class PreviousSpeaker(Pass):
    """The speaker of this paragraph or of the one before, or none: it always decides."""

    name = "previous speaker"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        return Speech(resolver.speaker_before(view.quote.block), None, None, view.kind)
