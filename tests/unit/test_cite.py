"""Citations of the seed's quotes in every style, checked against each style's guide."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, SEED
from tui.cite import STYLES, cite, title_case
from tui.extract import extract
from tui.ingest import parse_article, read_article

SEED_ARTICLE = read_article(SEED)
SEED_EXTRACTION = extract(SEED_ARTICLE)
# "This is undeniable and non-negotiable," he said (paragraph 6): Peskov.
UNDENIABLE = SEED_EXTRACTION.quotes[3]


def seed_citation(style: str) -> str:
    return cite(SEED_ARTICLE, UNDENIABLE, SEED_EXTRACTION.speakers, style)


def test_plain() -> None:
    # The plain style: quote in typographic marks, speaker and role, then the article's
    # title, source, date and paragraph.
    assert seed_citation("plain") == (
        "“This is undeniable and non-negotiable” — Dmitry Peskov, Kremlin spokesman. "
        "“Russia rules out ceding back war territory”, AFP, 28 February 2025, paragraph 6."
    )


def test_markdown() -> None:
    assert seed_citation("markdown") == (
        "> This is undeniable and non-negotiable\n"
        ">\n"
        "> — Dmitry Peskov, Kremlin spokesman, quoted in "
        "“Russia rules out ceding back war territory”, *AFP*, 28 February 2025, ¶6"
    )


def test_apa() -> None:
    # APA 7: a secondary source is cited "as cited in" (secondary sources); an unsigned
    # article of a news agency has the agency as group author, not repeated as publisher
    # (newspaper article references); the date is (Year, Month Day).
    assert seed_citation("apa") == (
        "“This is undeniable and non-negotiable” (Peskov, as cited in AFP, 2025).\n\n"
        "AFP. (2025, February 28). Russia rules out ceding back war territory."
    )


def test_mla() -> None:
    # MLA 9: "qtd. in" for an indirect source; with no author, a shortened title in
    # quotation marks; titles in title case; months longer than four letters
    # abbreviated (Feb.); day month year.
    assert seed_citation("mla") == (
        "Dmitry Peskov said, “This is undeniable and non-negotiable” "
        "(qtd. in “Russia Rules Out Ceding”).\n\n"
        "“Russia Rules Out Ceding Back War Territory.” AFP, 28 Feb. 2025."
    )


def test_chicago() -> None:
    # Chicago 18: "quoted in" for a quotation taken from a secondary source; news
    # articles in notes as title, publication, date; unsigned articles listed under the
    # publication in the bibliography.
    assert seed_citation("chicago") == (
        "“This is undeniable and non-negotiable”¹\n\n"
        "¹ Dmitry Peskov, quoted in “Russia Rules Out Ceding Back War Territory,” AFP, "
        "February 28, 2025.\n\n"
        "AFP. “Russia Rules Out Ceding Back War Territory.” February 28, 2025."
    )


def test_bibtex() -> None:
    # biblatex: @article with entrysubtype = {newspaper} and journaltitle for the paper; the
    # title braced to keep its case; no author field when the article has none.
    assert seed_citation("bibtex") == (
        "@article{afp2025russia,\n"
        "  title = {{Russia rules out ceding back war territory}},\n"
        "  journaltitle = {AFP},\n"
        "  entrysubtype = {newspaper},\n"
        "  date = {2025-02-28},\n"
        "  note = {Quoting Dmitry Peskov, Kremlin spokesman: "
        "\\enquote{This is undeniable and non-negotiable}}\n"
        "}"
    )


def test_csl_json() -> None:
    # CSL-JSON: type article-newspaper, container-title for the paper, issued date-parts.
    [item] = json.loads(seed_citation("csl-json"))
    assert item == {
        "id": "afp2025russia",
        "type": "article-newspaper",
        "title": "Russia rules out ceding back war territory",
        "container-title": "AFP",
        "issued": {"date-parts": [[2025, 2, 28]]},
        "note": "Quoting Dmitry Peskov, Kremlin spokesman: “This is undeniable and non-negotiable”",
        "locator": "6",
        "label": "paragraph",
    }


def test_an_author_and_a_url() -> None:
    article = read_article(ARTICLES / "front_matter.md")
    extraction = extract(article)
    quote = extraction.quotes[0]
    apa = cite(article, quote, extraction.speakers, "apa")
    assert apa.endswith(
        "Doe, J. (2024, June 1). Ministers clash over water rules. The Example Times. "
        "https://example.com/water-rules"
    )
    mla = cite(article, quote, extraction.speakers, "mla")
    assert mla.endswith(
        "Doe, Jane. “Ministers Clash over Water Rules.” The Example Times, 1 June 2024, "
        "example.com/water-rules."
    )


@pytest.mark.parametrize("style", STYLES)
def test_missing_fields_never_show_as_none(style: str, tmp_path: Path) -> None:
    article = parse_article("bare.txt", 'Talks stall\n\n"We are done," said Ann Lee.\n')
    extraction = extract(article)
    citation = cite(article, extraction.quotes[0], extraction.speakers, style)
    assert "None" not in citation and ", ," not in citation and ". ." not in citation
    if style == "apa":
        assert "(n.d.)" in citation


def test_title_case() -> None:
    assert title_case("russia rules out ceding back war territory") == (
        "Russia Rules Out Ceding Back War Territory"
    )
    assert title_case("ministers clash over the water rules") == (
        "Ministers Clash over the Water Rules"
    )


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("number", range(len(SEED_EXTRACTION.quotes)))
def test_every_seed_quote_in_every_style(style: str, number: int) -> None:
    quote = SEED_EXTRACTION.quotes[number]
    citation = cite(SEED_ARTICLE, quote, SEED_EXTRACTION.speakers, style)
    assert quote.text.rstrip(",") in citation
    assert quote.speaker is not None and quote.speaker.split()[-1] in citation
    assert "None" not in citation and "\x1b" not in citation
