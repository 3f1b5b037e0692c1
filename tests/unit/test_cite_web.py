"""Citations of a quote from a fetched web article, in every style: the URL, and the day the
page was read where the style's guide asks for it."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from tests.pages import article_page
from tui.cite import STYLES, cite
from tui.extract import extract
from tui.ingest.web import parse_page

URL = "https://gazette.example/local/bridge"
RECORD = {"url": URL, "fetched": "2026-12-02T03:55:00Z"}
HEAD = """<meta name="author" content="Ada Brennan">
<meta property="article:published_time" content="2024-03-05T09:00:00+00:00">"""


def web_citation(style: str, dated: bool = True) -> str:
    page = parse_page("bridge.html", article_page(head=HEAD), record=RECORD)
    if not dated:
        page = replace(page, meta=replace(page.meta, date=None))
    extraction = extract(page)
    return cite(page, extraction.quotes[0], extraction.speakers, style)


@pytest.mark.parametrize("style", STYLES)
def test_every_style_carries_the_url(style: str) -> None:
    citation = web_citation(style)
    assert URL in citation or URL.removeprefix("https://") in citation
    assert "Imhof" in citation  # the speaker, in every style


def test_mla_gives_the_access_date_always() -> None:
    citation = web_citation("mla")
    assert citation.endswith(
        "Mapleton Gazette, 5 Mar. 2024, gazette.example/local/bridge. Accessed 2 Dec. 2026."
    )


def test_apa_and_chicago_give_it_only_for_an_undated_page() -> None:
    assert "Retrieved" not in web_citation("apa")
    assert "accessed" not in web_citation("chicago").lower()
    apa = web_citation("apa", dated=False)
    assert apa.endswith(f"Retrieved December 2, 2026, from {URL}")
    chicago = web_citation("chicago", dated=False)
    assert f"accessed December 2, 2026, {URL}." in chicago
    assert f"Accessed December 2, 2026. {URL}." in chicago


def test_bibtex_and_csl_json_record_the_access_date() -> None:
    assert "urldate = {2026-12-02}" in web_citation("bibtex")
    [item] = json.loads(web_citation("csl-json"))
    assert item["URL"] == URL and item["accessed"] == {"date-parts": [[2026, 12, 2]]}


def test_plain_and_markdown_say_when_the_page_was_read() -> None:
    assert web_citation("plain").endswith(f"{URL}, accessed 2 December 2026.")
    assert "accessed 2 December 2026" in web_citation("markdown")


def test_several_authors_are_cited_as_each_guide_lists_them() -> None:
    head = HEAD.replace("Ada Brennan", "Ada Brennan, Tom Okafor and Lena Voss")
    page = parse_page("bridge.html", article_page(head=head), record=RECORD)
    extraction = extract(page)

    def citation(style: str) -> str:
        return cite(page, extraction.quotes[0], extraction.speakers, style)

    assert "Brennan, A., Okafor, T., & Voss, L. (2024, March 5)." in citation("apa")
    assert "as cited in Brennan et al., 2024" in citation("apa")
    assert "Brennan, Ada, et al. “Council" in citation("mla")
    assert "Brennan, Ada, Tom Okafor, and Lena Voss. “Council" in citation("chicago")
    assert "author = {Ada Brennan and Tom Okafor and Lena Voss}" in citation("bibtex")
    [item] = json.loads(citation("csl-json"))
    assert [name["family"] for name in item["author"]] == ["Brennan", "Okafor", "Voss"]


def test_degrees_after_a_name_are_left_out_of_citations() -> None:
    head = HEAD.replace("Ada Brennan", "Ada Brennan, MD, PhD")
    page = parse_page("bridge.html", article_page(head=head), record=RECORD)
    extraction = extract(page)
    assert page.meta.author == "Ada Brennan, MD, PhD"
    apa = cite(page, extraction.quotes[0], extraction.speakers, "apa")
    assert "Brennan, A. (2024, March 5)." in apa
