"""Pass over the whole article, last: a quote split around its cue is one speaker's.

Convention: ``"We will not," Chapman said, "give up."``: the part before the cue, which has
no cue of its own, takes the speaker the cue after it names.
"""

from __future__ import annotations

from tui.extract.passes.base import Speech
from tui.extract.quotes import QuoteSpan

NAME = "split quote"


def join_split_quotes(quotes: list[QuoteSpan], speeches: list[Speech]) -> None:
    """Give the first part of each split quote the speaker of the part after its cue."""
    for index in range(len(quotes) - 1, 0, -1):
        here, before = quotes[index], quotes[index - 1]
        if (
            here.block == before.block
            and speeches[index - 1].cue is None
            and speeches[index - 1].kind == "direct"
            and speeches[index].person is not None
            and speeches[index].cue is not None
        ):
            speeches[index - 1].person = speeches[index].person
            speeches[index - 1].sieve = NAME
