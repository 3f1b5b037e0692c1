"""Each layout the reader understands, on fixture articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ARTICLES, FIXTURES
from tui.ingest import read_article
from tui.model import Article


def _body(article: Article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


def _assert_traceable(article: Article) -> None:
    """Every reading character comes from the file (a joined line break reads as a space)."""
    for block in (*article.paragraphs, *(block for _, block in article.headers)):
        for index, char in enumerate(block.text):
            source = article.text[block.source_offset(index)]
            assert char == source or (char == " " and source in "\r\n"), (block.text, index)


def test_print_layout_with_byline_caption_section_dateline_and_trailer() -> None:
    article = read_article(ARTICLES / "print_layout.txt")
    meta = article.meta
    assert meta.title == "City council delays vote on tram extension"
    assert meta.subtitle == "Members want more time to study 'unexpected' costs"
    assert (meta.source, meta.date) == ("REUTERS", "2024-03-03")
    assert meta.caption == "Trams wait at the depot on Main Street."
    assert meta.photo_credit == "REUTERS"
    assert (meta.section, meta.dateline) == ("local-news", "OSLO")
    body = _body(article)
    assert body[0].startswith("The city council on Tuesday")
    assert body[-1] == "The vote is now expected in April."
    _assert_traceable(article)


def test_wire_copy_keeps_the_dateline_apart() -> None:
    article = read_article(ARTICLES / "wire.txt")
    assert article.layout == "wire"
    assert article.meta.dateline == "HALIFAX, N.S."
    assert article.meta.source == "AP"
    assert article.meta.subtitle is None
    first = article.paragraphs[0]
    assert first.text.startswith("The provincial senate passed")
    assert article.text[first.start : first.end] == first.text
    assert len(article.paragraphs) == 4


def test_agency_dateline_in_ordinary_case(tmp_path: Path) -> None:
    path = tmp_path / "afp.txt"
    path.write_text("Talks stall\n\nNew York (AFP) – Talks stalled on Monday.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.meta.dateline, article.meta.source) == ("New York", "AFP")
    assert _body(article) == ["Talks stalled on Monday."]


def test_markdown_front_matter_and_inline_markup() -> None:
    article = read_article(ARTICLES / "front_matter.md")
    meta = article.meta
    assert article.layout == "markdown"
    assert meta.title == "Ministers clash over water rules"
    assert meta.subtitle == "A draft law divides the coalition"
    assert (meta.author, meta.source, meta.date) == ("Jane Doe", "The Example Times", "2024-06-01")
    assert meta.url == "https://example.com/water-rules"
    body = _body(article)
    assert body[0] == (
        "The coalition's two largest parties clashed on Wednesday over new rules for water use."
    )
    assert body[1] == "Reaction" and article.paragraphs[1].heading
    assert body[2] == '"This draft is unworkable," said environment minister Paul Keane.'
    _assert_traceable(article)


def test_markdown_heading_title_and_byline() -> None:
    article = read_article(ARTICLES / "heading_title.md")
    assert article.meta.title == "Farmers rally in the capital"
    assert article.meta.author == "Sam Ortiz"
    assert _body(article)[0].startswith("Thousands of farmers")
    _assert_traceable(article)


def test_markdown_entities_keep_offsets(tmp_path: Path) -> None:
    path = tmp_path / "entities.md"
    path.write_text("# T\n\nBread &amp; butter *now*.\n", encoding="utf-8")
    article = read_article(path)
    assert _body(article) == ["Bread & butter now."]
    paragraph = article.paragraphs[0]
    assert article.text[paragraph.source_offset(paragraph.text.index("now"))] == "n"


def test_hand_wrapped_paragraphs_are_joined() -> None:
    article = read_article(ARTICLES / "wrapped.txt")
    assert article.meta.subtitle is None
    body = _body(article)
    assert len(body) == 2
    assert "described gaps in the screening" in body[0]
    _assert_traceable(article)


def test_one_paragraph_a_line_without_blank_lines(tmp_path: Path) -> None:
    long = "word " * 30
    path = tmp_path / "lines.txt"
    path.write_text(f"Title\n\n{long}ends here.\nAnother {long}ends.\n", encoding="utf-8")
    assert len(read_article(path).paragraphs) == 2


def test_windows_1252_is_read_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Caf\u00e9 talks\n\n\u201cWe agree,\u201d she said.\n".encode("cp1252"))
    article = read_article(path)
    assert article.encoding == "cp1252"
    assert article.meta.title == "Caf\u00e9 talks"
    assert article.paragraphs[0].text == "\u201cWe agree,\u201d she said."
    assert any("Windows-1252" in note for note in article.notes)


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHeadline\r\n\r\nFirst line\r\nwrapped.\r\n\r\nSecond.\r\n".encode())
    article = read_article(path)
    assert article.meta.title == "Headline"
    assert _body(article) == ["First line wrapped.", "Second."]
    second = article.paragraphs[1]
    assert article.text[second.start : second.end] == "Second."
    _assert_traceable(article)


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Headline\n\nBody text.\n".encode("utf-16"))
    assert _body(read_article(path)) == ["Body text."]


def test_a_file_without_a_headline_is_titled_by_its_name(tmp_path: Path) -> None:
    path = tmp_path / "untitled-note.md"
    path.write_text("Just one paragraph of text.\n", encoding="utf-8")
    assert read_article(path).meta.title == "untitled-note"


def test_a_markdown_headline_named_by_the_front_matter_too_is_shown_once() -> None:
    article = read_article(FIXTURES / "markdown" / "harbour_fees.md")
    assert article.meta.title == "Harbour Fees to Double, Council Says"
    assert not any("Harbour Fees" in text for text in _body(article))
    assert article.header("title") is not None
    _assert_traceable_except_table_gaps(article)


def test_a_heading_unlike_the_front_matter_title_stays_in_the_body(tmp_path: Path) -> None:
    path = tmp_path / "sections.md"
    path.write_text("---\ntitle: Budget day\n---\n\n# What changes\n\nTaxes rise.\n")
    article = read_article(path)
    assert article.meta.title == "Budget day"
    assert _body(article) == ["What changes", "Taxes rise."]


def test_a_markdown_table_reads_a_row_a_line_with_its_cells_apart() -> None:
    article = read_article(FIXTURES / "markdown" / "harbour_fees.md")
    table = next(paragraph for paragraph in article.paragraphs if "Fee now" in paragraph.text)
    assert table.text.splitlines() == [
        "Boat length | Fee now | Fee from May",
        "Under 8 m   | 120     | 240",
        "8 to 12 m   | 210     | 420",
        "Over 12 m   |         | on request",
    ]
    # A cell's words trace to the file; what stands between cells traces to the pipe there.
    text = article.text
    for index, char in enumerate(table.text):
        source = text[table.source_offset(index)]
        assert char == source or (char in " |" and source == "|") or char == source == "\n"
    row = text.index("| 8 to 12 m")
    assert table.reading_offset(text.index("210", row)) == table.text.index("210")
    _assert_traceable_except_table_gaps(article)


def _assert_traceable_except_table_gaps(article: Article) -> None:
    for block in (*article.paragraphs, *(block for _, block in article.headers)):
        if "\n" not in block.text:
            for index, char in enumerate(block.text):
                source = article.text[block.source_offset(index)]
                assert char == source or (char == " " and source in "\r\n"), (block.text, index)
