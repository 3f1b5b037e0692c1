"""Text the core hands out to be shown or pasted (citations, CSV and Markdown exports) carries
an article's control characters as visible symbols, whatever the article holds."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.hostile import CONTROL, HOSTILE
from tui.cite import STYLES, Source, cite_source
from tui.export import render
from tui.extract import extract
from tui.ingest import parse_article
from tui.library import Entry

# Any character at all, with the controls a terminal acts on made common.
_TEXT = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(["\x1b", "\x07", "\x9b", "\x9d", "\r", "\u202e", "\u2066", "\x7f"]),
    ),
    max_size=40,
)
# Metadata fields as the readers give them: stripped, never blank.
_MAYBE = st.none() | _TEXT.map(str.strip).filter(bool)


@settings(max_examples=300, deadline=None)
@given(
    words=_TEXT,
    speaker=_MAYBE,
    role=_MAYBE,
    title=_TEXT,
    publisher=_MAYBE,
    author=_MAYBE,
    url=_MAYBE,
    paragraph=st.none() | st.integers(1, 99),
    style=st.sampled_from(STYLES),
)
def test_a_citation_never_carries_a_control_character(
    words: str,
    speaker: str | None,
    role: str | None,
    title: str,
    publisher: str | None,
    author: str | None,
    url: str | None,
    paragraph: int | None,
    style: str,
) -> None:
    source = Source(
        words, speaker, role, title, publisher, author, date(2025, 3, 3), url, paragraph
    )
    assert not CONTROL.search(cite_source(source, style))


def _entry(path: str, text: str) -> Entry:
    article = parse_article(path, text)
    return Entry(article, extract(article))


def test_csv_and_markdown_show_a_file_names_escapes_as_symbols() -> None:
    entry = _entry("news/a\x1b]0;PWNED\x07\x1b[2J\u202e.txt", HOSTILE)
    assert entry.extraction.quotes
    for format in ("csv", "md"):
        written = render([entry], format)
        assert not CONTROL.search(written), format
        assert "a␛]0;PWNED␇␛[2J" in written


def test_json_escapes_every_control_character_and_keeps_the_values() -> None:
    entry = _entry("news/a\x9b\u202e\x7f.txt", HOSTILE)
    for format in ("json", "jsonl"):
        written = render([entry], format)
        assert not CONTROL.search(written), format
        record = json.loads(written.splitlines()[0] if format == "jsonl" else written)
        [record] = record if format == "json" else [record]
        assert record["path"] == entry.path
        assert record["paragraphs"] == [paragraph.text for paragraph in entry.article.paragraphs]
        assert "\u009b" in record["quotes"][1]["text"]
