"""Pass: a quote with no cue is said by the person its paragraph is about.

Convention: the person who opened a sentence of the paragraph before the quote (``Kasich took
a different tack. "..."``).
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.resolve import Resolver


class ParagraphSubject(Pass):
    """The last person to open a sentence of the paragraph before the quote."""

    name = "paragraph subject"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        tokens = view.tokens
        position = tokens[view.first].start if tokens else 0
        subject = resolver.subject_before(view.quote.block, position)
        if subject is None:
            return None
        return Speech(subject, None, None, view.kind)
