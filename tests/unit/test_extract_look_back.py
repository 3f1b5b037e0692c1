"""The groundwork the speaker rules look back through from a quote: the writer's words before
it in its sentence, and the people named before it. Each is found by halving and read for a
bounded stretch, so that time grows with the text, not its square (benchmarks/linear.py
measures it); here, that they give what a walk through everything gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.extract import quotes_and_tokens
from tui.extract.mentions import LOOK_BACK, Mentions
from tui.extract.people import Mention, Person
from tui.model import Block

_PIECES = st.sampled_from(
    ['"', "“", "”", " ", ". ", "? ", "Q: ", "A: ", "said", "Ann Lee", "we won", ", ", "\n"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.data())
def test_the_writers_words_before_a_token_are_those_outside_quotations(
    text: str, data: st.DataObject
) -> None:
    _, [tokens] = quotes_and_tokens([Block(text, 0, len(text), ((0, 0),))])
    stop = data.draw(st.integers(0, len(tokens)))
    start = data.draw(st.integers(0, stop))
    limit = data.draw(st.integers(1, 50))
    every = [index for index in range(start, stop) if index not in tokens.quoted]
    assert tokens.outside_quotes(start, stop, limit) == every[-limit:]
    for index in range(len(tokens)):
        assert tokens.sentence_start(index) == tokens.sentences.index(tokens.sentences[index])


_PERSON = Person("Ann Lee", ("Ann", "Lee"))


def _mention(block: int, start: int, text: str = "Lee") -> Mention:
    return Mention(_PERSON, block, start, start + 3, text, subject=True)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 30)), max_size=40),
    st.tuples(st.integers(0, 5), st.integers(0, 31)),
)
def test_the_mentions_before_a_place_come_nearest_first(
    places: list[tuple[int, int]], here: tuple[int, int]
) -> None:
    half = len(places) // 2
    mentions = Mentions(_mention(*place, text=str(n)) for n, place in enumerate(places[:half]))
    for n, place in enumerate(places[half:], start=half):
        mentions.add(_mention(*place, text=str(n)))
    # In reading order, each mention added after those already at its place.
    ordered = sorted(
        (_mention(*place, text=str(n)) for n, place in enumerate(places)),
        key=lambda mention: (mention.block, mention.start, int(mention.text) >= half),
    )
    assert [(m.block, m.start) for m in mentions] == [(m.block, m.start) for m in ordered]
    earlier = [m for m in mentions if (m.block, m.start) < here]
    assert list(mentions.before(*here)) == earlier[::-1]


def test_a_look_back_stops_after_its_bound() -> None:
    mentions = Mentions(_mention(0, start) for start in range(LOOK_BACK + 50))
    found = list(mentions.before(0, LOOK_BACK + 50))
    assert len(found) == LOOK_BACK
    assert found[0].start == LOOK_BACK + 49


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.integers(0, 30)), max_size=40),
    st.integers(0, 5),
    st.integers(0, 31),
    st.integers(0, 31),
)
def test_the_mentions_within_a_stretch_are_those_a_walk_through_all_finds(
    places: list[tuple[int, int]], block: int, start: int, end: int
) -> None:
    mentions = Mentions(_mention(*place, text=str(n)) for n, place in enumerate(places))
    every = [m for m in mentions if m.block == block and start <= m.start < end]
    assert list(mentions.within(block, start, end)) == every
