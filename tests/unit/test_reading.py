"""The reading pane's layout, computed in the core: marks stay inside their sections, lines
cover every word, and search finds what is there."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tests.conftest import SEED
from tui.extract import extract
from tui.ingest import parse_article, read_article
from tui.reading import build_reading, find_matches
from tui.widgets.article_view import _wrap


def test_seed_reading_places_every_quote_on_its_words() -> None:
    article = read_article(SEED)
    extraction = extract(article)
    reading = build_reading(article, extraction)
    for quote, place in zip(extraction.quotes, reading.quotes, strict=True):
        section = reading.sections[place.section]
        assert section.text[place.start : place.end] == quote.text
        assert section.paragraph == quote.paragraph
    assert reading.speaker_names[:1] == ("Dmitry Peskov",)


def test_find_is_case_blind_and_finds_each_occurrence() -> None:
    reading = build_reading(*_seed())
    matches = find_matches(reading, "KREMLIN")
    assert len(matches) == 3
    for section, start, end in matches:
        assert reading.sections[section].text[start:end].lower() == "kremlin"
    assert find_matches(reading, "") == []


def _seed():  # noqa: ANN202
    article = read_article(SEED)
    return article, extract(article)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=1, max_value=60))
def test_wrapping_covers_the_words_within_the_width(text: str, width: int) -> None:
    lines = _wrap(text, width)
    words = "".join(text.split())
    assert "".join("".join(text[start:end].split()) for start, end in lines) == words
    for start, end in lines:
        assert 0 <= start <= end <= len(text)
        assert cell_len(text[start:end]) <= width or end - start == 1


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(['"', "“", "”", "Ann Lee", " said", ". ", "\n\n", "Kyiv", "x"])).map(
        "".join
    )
)
def test_marks_stay_inside_their_sections(body: str) -> None:
    article = parse_article("a.txt", "Headline\n\n" + body)
    reading = build_reading(article, extract(article))
    for section in reading.sections:
        for mark in section.marks:
            assert 0 <= mark.start <= mark.end <= len(section.text)
