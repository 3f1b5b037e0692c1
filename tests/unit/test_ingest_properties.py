"""For any text at all, reading never raises and paragraphs stay inside the text, in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.ingest import parse_article
from tui.ingest.decode import ArticleError, decode

# Text made of the pieces articles are made of, so the layouts' rules are really exercised.
_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\t",
        '"',
        "“",
        "”",
        "'",
        "—",
        " -- ",
        ":",
        ".",
        "MOSCOW:",
        "WASHINGTON (AP) — ",
        "AFP February 28, 2025",
        "PHOTO: AFP",
        "print-news",
        "COMMENTS",
        "By Jane Doe",
        "---\ntitle: x\n---\n",
        "# ",
        "*",
        "[a](b)",
        "&amp;",
        "Putin said",
        "\x1b[31m",
        "\x00",
        "[bold]",
        "| a | b |\n",
        "|---|--:|\n",
        "|",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _check(path: str, text: str) -> None:
    article = parse_article(path, text)
    previous_end = 0
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(text)
        assert paragraph.start >= previous_end
        previous_end = paragraph.end
        for index in range(len(paragraph.text)):
            assert 0 <= paragraph.source_offset(index) < len(text)
    for _, block in article.headers:
        assert 0 <= block.start <= block.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_plain_reading_never_raises_and_stays_inside(text: str) -> None:
    _check("article.txt", text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_markdown_reading_never_raises_and_stays_inside(text: str) -> None:
    _check("article.md", text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_decoding_any_bytes_gives_text_or_a_reason(data: bytes) -> None:
    try:
        decoded = decode(data)
    except ArticleError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert decoded.text.strip()
