"""Pass: a cue after the quote whose words name no one.

Convention: ``"...," the thunderous applause said`` - there is a cue, so the quote is
attributed, but no one the article knows speaks: the speaker is left empty rather than
guessed from elsewhere.
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.passes.cue_after import read_cue_after
from tui.extract.resolve import Resolver


class UnnamedCue(Pass):
    """A cue after the quote that names no one (and none before it): no speaker."""

    name = "unnamed cue"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        found = read_cue_after(view, resolver)
        if found is None:
            return None
        person, cue, mention = found
        return Speech(person, cue, mention, view.kind)
