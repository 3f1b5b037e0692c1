"""Pass: quoted words inside the writer's sentence, with no cue.

Convention: a short quotation inside a sentence (a scare quote, a nickname) is a term; a
longer one, or a whole sentence, is speech, and the person the sentence opens with says it
(``Trump again called the deal "the worst trade deal ever."``). When the sentence opens with
no one, the quote is taken as a whole utterance by the passes after this one.
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.quotes import QuoteSpan
from tui.extract.resolve import Resolver

# Quoted words without a cue are taken for speech from this many words on.
_SPEECH_WORDS = 8


def sounds_like_speech(resolver: Resolver, quote: QuoteSpan) -> bool:
    """A quotation of a whole sentence, or of many words, is someone's speech even when no
    cue names them; a short one (a title, a nickname, a scare quote) is not."""
    words = resolver.texts[quote.block][quote.start : quote.end]
    return len(words.split()) >= _SPEECH_WORDS or words.rstrip("\"'”’")[-1:] in ".!?"


class WriterSentence(Pass):
    """Quoted words in a sentence that names no speaker: its subject, or a term."""

    name = "writer's sentence"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        if view.kind != "partial":
            return None
        if not sounds_like_speech(resolver, view.quote):
            return Speech(None, None, None, "term")
        subject = resolver.sentence_subject(view.quote.block, view.tokens, view.first)
        if subject is not None:
            return Speech(subject, None, None, "direct")
        view.kind = "direct"
        return None
