"""Pass over the whole article, last: a quote split around its cue is one speaker's.

Convention: ``"We will not," Chapman said, "give up."``: the part before the cue, which has
no cue of its own, takes the speaker the cue after it names.
"""

from __future__ import annotations

import re

from tui.extract.passes.base import Speech
from tui.extract.quotes import QuoteSpan

NAME = "split quote"
# The end of a sentence of the writer's between two quotes: a full stop, question or
# exclamation mark after a word.
_ENDS_SENTENCE = re.compile(r"\w[.!?]\s")


def join_split_quotes(texts: list[str], quotes: list[QuoteSpan], speeches: list[Speech]) -> None:
    """Give the first part of each split quote the speaker of the part after its cue: only
    when no sentence of the writer's stands between them (in a line that runs several
    paragraphs together, the quote three sentences on is another story's)."""
    for index in range(len(quotes) - 1, 0, -1):
        here, before = quotes[index], quotes[index - 1]
        if (
            here.block == before.block
            and before.close_at is not None
            and not _ENDS_SENTENCE.search(texts[here.block][before.close_at + 1 : here.open_at])
            and speeches[index - 1].cue is None
            and speeches[index - 1].kind == "direct"
            and speeches[index].person is not None
            and speeches[index].cue is not None
            # Words quoted inside the writer's next sentence ('"...B." While critics say
            # it pays a "middle man"') continue no quote.
            and speeches[index].kind == "direct"
        ):
            speeches[index - 1].person = speeches[index].person
            speeches[index - 1].sieve = NAME
