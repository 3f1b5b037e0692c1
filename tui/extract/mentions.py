"""The mentions of people in an article, kept in reading order and found by their place.

The speaker rules look back from a quote or a pronoun for who was named before it. Walking the
whole list from the end for each quote made a long article cost the square of its length; here
the place is found by halving and the walk back is bounded.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from tui.extract.people import Mention

# How many mentions back a rule may look from a place: more than any whole article of the dev
# sets holds (380), so no rule there is cut short, and far more than the few paragraphs a
# pronoun or a role reaches back over; a bound, so that a paragraph of a thousand names and
# quotes costs a thousand times one.
LOOK_BACK = 500


class Mentions(Sequence[Mention]):
    """An article's mentions sorted by place (paragraph, then offset), with the places kept
    beside them as a plain list to search."""

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self._mentions = sorted(mentions, key=_place)
        self._places = [_place(mention) for mention in self._mentions]

    def __len__(self) -> int:
        return len(self._mentions)

    @overload
    def __getitem__(self, index: int) -> Mention: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Mention]: ...

    def __getitem__(self, index: int | slice) -> Mention | Sequence[Mention]:
        return self._mentions[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._mentions)

    def add(self, mention: Mention) -> None:
        """Put ``mention`` in its place, after any other at the same place."""
        index = bisect_right(self._places, _place(mention))
        self._places.insert(index, _place(mention))
        self._mentions.insert(index, mention)

    def before(self, block: int, position: int) -> Iterator[Mention]:
        """The mentions before offset ``position`` of paragraph ``block`` (earlier paragraphs'
        included), the nearest first, at most ``LOOK_BACK`` of them."""
        stop = bisect_left(self._places, (block, position))
        mentions = self._mentions
        for index in range(stop - 1, max(stop - LOOK_BACK, 0) - 1, -1):
            yield mentions[index]

    def within(self, block: int, start: int, end: int) -> Sequence[Mention]:
        """The mentions of paragraph ``block`` from offset ``start`` to before ``end``, in
        reading order: found by halving, so a rule asking about a stretch of a long paragraph
        reads that stretch only."""
        first = bisect_left(self._places, (block, start))
        return self._mentions[first : bisect_left(self._places, (block, end), first)]


def _place(mention: Mention) -> tuple[int, int]:
    return mention.block, mention.start
