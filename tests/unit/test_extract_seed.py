"""The seed's quotes, kinds, speakers, cues and counts exactly as seed-expected.json says."""

from __future__ import annotations

from tests.conftest import SEED
from tui.extract import extract
from tui.ingest import read_article


def _bare(text: str) -> str:
    """The expected file compares quotes without the comma that closes them before a cue."""
    return text.rstrip(",")


def test_seed_quotes(seed_expected: dict) -> None:
    article = read_article(SEED)
    quotes = extract(article).quotes
    found = [(_bare(quote.text), quote.kind, quote.speaker) for quote in quotes]
    expected = [
        (_bare(quote["text"]), quote["kind"], quote["speaker"]) for quote in seed_expected["quotes"]
    ]
    assert sorted(found) == sorted(expected)


def test_seed_cues_and_paragraphs(seed_expected: dict) -> None:
    quotes = extract(read_article(SEED)).quotes
    for expected in seed_expected["quotes"]:
        matching = [quote for quote in quotes if _bare(quote.text) == _bare(expected["text"])]
        assert matching, expected["text"]
        if "cue" in expected:
            assert any(quote.cue == expected["cue"] for quote in matching), expected
        if "paragraph" in expected:
            assert any(quote.paragraph == expected["paragraph"] for quote in matching), expected


def test_seed_speakers(seed_expected: dict) -> None:
    speakers = extract(read_article(SEED)).speakers
    found = {speaker.name: speaker for speaker in speakers}
    assert set(found) == {speaker["name"] for speaker in seed_expected["speakers"]}
    for expected in seed_expected["speakers"]:
        speaker = found[expected["name"]]
        assert speaker.role == expected["role"]
        assert set(speaker.aliases) == set(expected["aliases"])
        assert speaker.quotes == expected["quotes"]
    assert not {"Donald Trump", "Joe Biden"} & set(found)


def test_seed_quote_spans_point_into_the_file() -> None:
    article = read_article(SEED)
    for quote in extract(article).quotes:
        start, end = quote.span
        assert article.text[start:end] == quote.text
        assert article.text[start - 1] in '"“'
