"""Web pages read as articles: the body holds the article and nothing of the site around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.pages import PARAGRAPHS, article_page
from tui.extract import extract
from tui.ingest import ArticleError, read_article
from tui.ingest.web import parse_page
from tui.reading import build_reading

FURNITURE = """
<figure><img src="b.jpg">
<figcaption>Cracks in a support of the bridge, seen from below.</figcaption></figure>
<blockquote class="pullquote">
<p>“A detour is a nuisance; a collapse is a catastrophe”</p></blockquote>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
"""
AFTER = """
<aside class="newsletter"><h3>Sign up for our newsletter</h3>
<p>Get the Gazette in your inbox every morning.</p><form><input></form></aside>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Ferry fares rise again</a></li>
<li><a href="/b">Road works on the ring road</a></li></ul></aside>
<section id="comments"><h2>Comments</h2>
<div class="comment"><p>Dave: about time they fixed this bridge honestly.</p></div></section>
"""


def body_of(page: str) -> str:
    return "\n".join(block.text for block in parse_page("page.html", page).paragraphs)


def test_the_body_is_the_article_paragraphs_and_nothing_of_the_site() -> None:
    body = body_of(article_page(before=FURNITURE, after=AFTER))
    for paragraph in PARAGRAPHS[1:]:
        assert paragraph in body
    for furniture in ("Cracks in a support", "Share on", "newsletter", "Ferry fares", "Dave:"):
        assert furniture not in body
    assert "should never show" not in body and "display: none" not in body


def test_a_pull_quote_that_repeats_a_paragraph_is_not_a_second_quote() -> None:
    page = parse_page("page.html", article_page(before=FURNITURE))
    quotes = [quote.text for quote in extract(page).quotes]
    assert sum("collapse is a catastrophe" in quote for quote in quotes) == 1


def test_spans_index_the_reading_text_of_the_page() -> None:
    page = parse_page("page.html", article_page())
    quotes = extract(page).quotes
    assert quotes
    for quote in quotes:
        assert page.text[quote.span[0] : quote.span[1]] == quote.text
    assert page.meta.title == "Council closes old bridge to lorries"
    assert page.meta.source == "Mapleton Gazette"
    assert page.meta.dateline == "MAPLETON"
    assert page.layout == "web"


def test_markup_and_escape_sequences_in_the_text_stay_text() -> None:
    strange = "The notice read &lt;b&gt;CLOSED&lt;/b&gt; [bold red]now[/] and \x1b[31mred\x1b[0m."
    page = parse_page("page.html", article_page(paragraphs=(*PARAGRAPHS, strange)))
    last = page.paragraphs[-1].text
    assert "<b>CLOSED</b>" in last and "[bold red]now[/]" in last
    shown = build_reading(page, extract(page)).sections[-1].text
    assert "\x1b" not in shown and "[bold red]now[/]" in shown


def test_a_home_page_of_links_is_not_an_article() -> None:
    teasers = "".join(
        f'<li><a href="/n{number}">Headline number {number} about the town</a></li>'
        for number in range(40)
    )
    page = (
        f"<html><head><title>Mapleton Gazette</title></head><body><ul>{teasers}</ul></body></html>"
    )
    with pytest.raises(ArticleError, match="home page or a listing"):
        parse_page("index.html", page)


def test_a_truncated_page_still_gives_what_it_has() -> None:
    page = article_page()
    cut = page[: page.index(PARAGRAPHS[3][:30])]
    article = parse_page("cut.html", cut)
    assert article.meta.title == "Council closes old bridge to lorries"
    assert any(PARAGRAPHS[1][:40] in block.text for block in article.paragraphs)


def test_an_empty_page_gives_a_reason() -> None:
    with pytest.raises(ArticleError):
        parse_page("empty.html", "<html><body></body></html>")


def test_a_saved_page_under_a_text_name_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "saved.txt"
    saved.write_text(article_page(), encoding="utf-8")
    article = read_article(saved)
    assert article.title == "Council closes old bridge to lorries"
    assert article.layout == "web"


def test_the_page_charset_is_honoured(tmp_path: Path) -> None:
    page = article_page(paragraphs=(*PARAGRAPHS, "The café owner, Zoë Müller, agreed."))
    page = page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-15">')
    saved = tmp_path / "latin.html"
    saved.write_bytes(page.encode("iso-8859-15", errors="replace"))
    article = read_article(saved)
    assert "Zoë Müller" in article.paragraphs[-1].text


def test_a_browser_saved_page_keeps_the_address_it_came_from() -> None:
    page = "<!-- saved from url=(0031)https://gazette.example/bridge -->\n" + article_page()
    assert parse_page("saved.html", page).meta.url == "https://gazette.example/bridge"


def test_a_label_set_as_a_paragraph_ends_the_body_when_only_teasers_follow() -> None:
    after = """<p>YOU MIGHT ALSO LIKE:</p>
    <ul><li><a href="/x">Ten bridges worth a detour</a></li>
    <li><a href="/y">Ferry times</a></li></ul>"""
    body = body_of(article_page(after=after))
    assert PARAGRAPHS[-1] in body and "Ten bridges" not in body and "ALSO LIKE" not in body


def test_a_page_labelled_latin_1_that_is_utf_8_is_read_as_utf_8(tmp_path: Path) -> None:
    page = article_page(paragraphs=(*PARAGRAPHS, "The café owner, Zoë Müller, agreed."))
    page = page.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    saved = tmp_path / "mislabelled.html"
    saved.write_bytes(page.encode("utf-8"))
    assert "Zoë Müller" in read_article(saved).paragraphs[-1].text


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div class='byline'>By ",
                    "<h1>",
                    "</h1>",
                    "<script>",
                    "<!--",
                    '<script type="application/ld+json">{"@type": "NewsArticle", "author": [',
                    "<time datetime='2024-13-45'>",
                    "&amp;",
                    "<table><tr><td>",
                    "\x1b[2J",
                    "<",
                ]
            ),
            st.text(max_size=40),
        ),
        max_size=30,
    )
)
def test_any_markup_gives_an_article_or_a_reason(parts: list[str]) -> None:
    page = article_page(after="".join(parts))
    try:
        article = parse_page("any.html", page)
    except ArticleError:
        return
    for block in article.paragraphs:
        assert article.text[block.start : block.end] == block.text


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_text_at_all_gives_an_article_or_a_reason(text: str) -> None:
    try:
        parse_page("any.html", text)
    except ArticleError as error:
        assert "\n" not in str(error)
