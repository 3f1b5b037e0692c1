"""For any text: extraction never raises, spans stay inside the text, quotes never overlap,
and every quote's text is the file's text at its span."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.extract import extract
from tui.extract.tokens import tokenise
from tui.ingest import parse_article

_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "'",
        "‘",
        "’",
        ", ",
        ". ",
        ": ",
        " — ",
        "\n",
        "\n\n",
        " ",
        "said",
        "told reporters",
        "he said",
        "she added",
        "according to",
        "Peskov",
        "Dmitry",
        "Kremlin spokesman",
        "the senator",
        "his spokesman",
        "the Kremlin",
        "Mr.",
        "U.S.",
        "Ann Lee",
        "(D-Ore.)",
        "\x1b[0m",
        "some hope",
        "We will win",
        "Russia",
        "Kyiv",
        "his wife, Jane,",
        "Clinton's husband, Bill,",
        "the businessman replied",
        "a sign that read",
        "the biggest challenges",
        "The audience",
        "for Clinton, said Kunin",
        "Harsh",
        "\x1f",
        "Don’t",
        "Ga.",
        "W.Va.",
        'on NBC\'s "Meet the Press"',
        "Cedar Rapids, Iowa,",
        "Agence France-Presse",
        "South Korean-born",
        "the past",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_extraction_never_raises_and_stays_inside(body: str) -> None:
    text = "Headline\n\n" + body
    article = parse_article("article.txt", text)
    extraction = extract(article)
    previous_end = -1
    for quote in sorted(extraction.quotes, key=lambda quote: quote.span):
        start, end = quote.span
        assert 0 <= start < end <= len(text)
        assert start >= previous_end, "quotes overlap"
        previous_end = end
        assert text[start:end] == quote.text
        assert quote.kind in ("direct", "partial")
    for entity in extraction.entities:
        assert 0 <= entity.span[0] < entity.span[1] <= len(text)
    named = {speaker.name for speaker in extraction.speakers}
    assert {quote.speaker for quote in extraction.quotes if quote.speaker} == named


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_each_word_is_lowered_alone(text: str) -> None:
    # The words are lowered together, joined by a control character; a text that holds that
    # character must still give one lowered form a word. An acronym keeps its capitals.
    tokens = tokenise(text, [])
    assert tokens.lowers == [
        word if re.fullmatch("[A-ZÀ-ÖØ-Þ]{2,}", word) else word.lower().replace("’", "'")
        for word in tokens.texts
    ]
    assert [
        text[start:end] for start, end in zip(tokens.starts, tokens.ends, strict=True)
    ] == tokens.texts
