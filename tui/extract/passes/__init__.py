"""The attribution sieve: small passes, each reading one convention of attribution.

A quote goes through the passes in order, most precise first (as in the multi-pass sieve of
Lee et al. 2013, and Muzny et al. 2017's quote attribution); the first pass that decides its
speech wins, the others never see it. The last pass always decides. After every quote is
attributed, the parts of a quote split around its cue are joined (``split_quote``).
"""

from __future__ import annotations

from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.passes.colon import ColonIntroduction
from tui.extract.passes.continuation import Continuation
from tui.extract.passes.cue_after import CueAfter
from tui.extract.passes.cue_before import CueBefore
from tui.extract.passes.paragraph_subject import ParagraphSubject
from tui.extract.passes.preceding_speech import PrecedingSpeech
from tui.extract.passes.pronoun_cue import PronounCue
from tui.extract.passes.salient_person import SalientPerson
from tui.extract.passes.signed import SignedBelow
from tui.extract.passes.split_quote import NAME as SPLIT_QUOTE
from tui.extract.passes.split_quote import join_split_quotes
from tui.extract.passes.title import NamesAWork
from tui.extract.passes.title_cue import TitleCue
from tui.extract.passes.unnamed_cue import UnnamedCue
from tui.extract.passes.writer_sentence import WriterSentence

__all__ = ["PASS_NAMES", "SIEVE", "Pass", "QuoteView", "Speech", "join_split_quotes"]

SIEVE: tuple[Pass, ...] = (
    NamesAWork(),
    CueAfter(),
    PronounCue(),
    CueBefore(),
    UnnamedCue(),
    TitleCue(),
    WriterSentence(),
    Continuation(),
    ColonIntroduction(),
    SignedBelow(),
    ParagraphSubject(),
    PrecedingSpeech(),
    SalientPerson(),
)
# Every name a speech's ``sieve`` may hold, in the order the passes run.
PASS_NAMES: tuple[str, ...] = (*(sieve.name for sieve in SIEVE), SPLIT_QUOTE)
