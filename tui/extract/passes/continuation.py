"""Pass: a quote that continues the one before is the same speaker's.

Convention: a quotation that runs over paragraphs (the next opens with a quotation mark, the
one before has no closing mark), and a quote in the same paragraph after a direct quote with
no cue of its own (``"A," said X. "B."``).
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.resolve import Resolver


class Continuation(Pass):
    """The speaker of the quote before, when this one goes on with it."""

    name = "continuation"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        previous, speech = view.previous, view.previous_speech
        same_block = previous is not None and previous.block == view.quote.block
        if (
            speech is not None
            and speech.person is not None
            and (view.quote.continued or (same_block and speech.kind == "direct"))
        ):
            return Speech(speech.person, None, None, view.kind)
        return None
