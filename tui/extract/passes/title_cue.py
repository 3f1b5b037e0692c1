"""Pass: a quotation after a word that titles or nicknames is a term.

Convention: ``a speech titled "..."``, ``the so-called "..."``, ``the hashtag "..."``.
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.resolve import Resolver

# Quotes that name a work or a nickname rather than report speech.
_TITLE_CUES = frozenset(
    "titled entitled headlined dubbed nicknamed so-called hashtag slogan".split()
)


class TitleCue(Pass):
    """``dubbed "..."``: a name given to something, not speech."""

    name = "title cue"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        if view.first and view.tokens[view.first - 1].lower in _TITLE_CUES:
            return Speech(None, None, None, "term")
        return None
