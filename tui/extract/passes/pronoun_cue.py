"""Pass: ``"...," he said``: the pronoun of the cue after the quote, resolved.

Convention: a ``he`` or ``she`` stands for the person the sentence opens with (``Mosman saw
it differently: "...," he said``), else for the person of that gender the text is about: the
paragraph's speaker, else the person it last made its subject.
"""

from __future__ import annotations

from tui.extract.lexicon import PRONOUNS
from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.passes.cue_after import read_cue_after
from tui.extract.passes.cue_before import cue_before
from tui.extract.resolve import Resolver, may_be_someone


class PronounCue(Pass):
    """``"...," she said``: the person the pronoun stands for."""

    name = "pronoun cue"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        found = read_cue_after(view, resolver)
        if found is None or PRONOUNS.get(found[2].lower()) not in ("male", "female"):
            return None
        # 'Mosman saw it differently: "...," he said': the person who opens the sentence is
        # the pronoun's, before anyone named earlier.
        opener = cue_before(resolver, view.quote, view.tokens, view.first, view.kind)
        person = opener[0] if opener is not None else None
        if (
            person is not None
            and person.kind == "person"
            and person.likely_gender() in (PRONOUNS[found[2].lower()], None)
            and may_be_someone(person)
        ):
            found = (person, found[1], found[2])
        person, cue, mention = found
        return Speech(person, cue, mention, view.kind)
