"""Articles given as data rows, and what a worker makes of a batch of them."""

from __future__ import annotations

import json
import sys
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ARTICLES
from tui.batch import work
from tui.batch.items import BAD_ROW, EXTRACTION, UNREADABLE, UNSUPPORTED, Done, Failed, Item
from tui.batch.rows import RowError, article_of_row, decode_line, row_id
from tui.batch.tables import TableRows
from tui.export import render
from tui.extract import extract
from tui.library import load_entry
from tui.model import Article, Metadata

STORY = (
    "KYIV (Reuters) — The mayor spoke on Tuesday.\n\n"
    '"We will rebuild every bridge," Mayor Ann Lee told reporters.\n\n'
    'She added: "Nobody leaves."'
)


def test_a_row_is_an_article_whose_spans_index_its_text() -> None:
    row = {"id": 41, "title": "Bridges", "text": STORY, "date": "2025-03-04T09:30:00Z"}
    article = article_of_row(row, "rows.jsonl:3")
    assert article.path == "rows.jsonl:3" and article.text == STORY
    assert article.meta.title == "Bridges" and article.meta.date == "2025-03-04"
    # The wire dateline opening the body is kept apart, and its agency is the source.
    assert article.meta.dateline == "KYIV" and article.meta.source == "Reuters"
    assert article.paragraphs[0].text == "The mayor spoke on Tuesday."
    quotes = extract(article).quotes
    assert [quote.speaker for quote in quotes] == ["Ann Lee", "Ann Lee"]
    for quote in quotes:
        assert STORY[quote.span[0] : quote.span[1]] == quote.text
    assert row_id(row, "rows.jsonl:3") == "41"


def test_what_the_row_says_comes_before_what_the_text_says() -> None:
    row = {"title": "T", "text": STORY, "source": "Kyiv Post", "author": "Jo Roe", "url": "u"}
    meta = article_of_row(row, "x:1").meta
    assert (meta.source, meta.author, meta.url) == ("Kyiv Post", "Jo Roe", "u")


def test_a_row_without_a_title_is_named_by_its_id() -> None:
    assert article_of_row({"id": "ab12", "text": "Words."}, "x:1").meta.title == "ab12"
    assert article_of_row({"text": "Words."}, "x:9").meta.title == "x:9"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "not a JSON object but an array"),
        (b'"text"', "not a JSON object but a string"),
    ],
)
def test_a_line_that_is_no_json_object_is_refused(line: bytes, reason: str) -> None:
    with pytest.raises(RowError, match=reason) as refused:
        decode_line(line)
    assert refused.value.kind == BAD_ROW


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"title": "No body"}, "missing or empty"),
        ({"title": "Blank", "text": "  \n "}, "missing or empty"),
        ({"text": ["a", "b"]}, '"text" is an array'),
        ({"text": "Words.", "title": {"en": "x"}}, '"title" is an object'),
        ({"text": "Words.", "date": [2025]}, '"date" is an array'),
    ],
)
def test_a_row_without_an_article_is_refused(row: dict, reason: str) -> None:
    with pytest.raises(RowError, match=reason):
        article_of_row(row, "x:1")


def test_an_html_row_without_the_page_reader_is_refused_as_unsupported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "tui.ingest.web", None)  # as if not installed
    with pytest.raises(RowError, match="web page reader") as refused:
        article_of_row({"title": "Page", "html": "<p>Hello</p>"}, "x:1")
    assert refused.value.kind == UNSUPPORTED


def test_an_html_row_goes_to_the_page_reader_where_there_is_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = {}

    def parse_page(path: str, html: str, record: dict | None = None) -> Article:
        seen.update(path=path, html=html, record=record)
        return Article(path, "Body.", Metadata(title="Declared", source="Site"), ())

    reader = types.ModuleType("tui.ingest.web")
    reader.parse_page = parse_page
    monkeypatch.setitem(sys.modules, "tui.ingest.web", reader)
    row = {"html": "<p>Body.</p>", "url": "https://example.org/a", "source": "Wire"}
    article = article_of_row(row, "pages.jsonl:2")
    assert seen == {"path": "pages.jsonl:2", "html": "<p>Body.</p>", "record": {"url": row["url"]}}
    assert (article.meta.title, article.meta.source) == ("Declared", "Wire")
    assert article.meta.url == row["url"]


def test_a_byte_order_mark_before_the_first_row_is_no_bad_row() -> None:
    assert decode_line('\ufeff{"text": "Words."}'.encode()) == {"text": "Words."}


def _line(**fields: object) -> bytes:
    return json.dumps(fields).encode()


def test_a_batch_gives_each_article_or_its_failure_in_order() -> None:
    items = [
        Item("rows.jsonl:1", _line(id="a", title="One", text=STORY)),
        Item("rows.jsonl:2", b"{oops"),
        Item("wire.txt", str(ARTICLES / "wire.txt")),
        Item("missing.txt", "/nowhere/missing.txt"),
        Item("rows.parquet:4", {"id": 9, "title": "Two", "text": '"Yes," said Bo Day.'}),
    ]
    outcomes = work.run_batch(items, "jsonl")
    assert [type(outcome) for outcome in outcomes] == [Done, Failed, Done, Failed, Done]
    first = json.loads(outcomes[0].output)
    assert list(first)[:2] == ["id", "path"] and first["id"] == "a"
    assert outcomes[1].kind == BAD_ROW and outcomes[1].where == "rows.jsonl:2"
    # A file's output is what extract writes without a batch: no id of its own.
    alone = render([load_entry(str(ARTICLES / "wire.txt"))], "jsonl")
    assert outcomes[2].output == alone.replace(str(ARTICLES / "wire.txt"), "wire.txt")
    assert outcomes[3].kind == UNREADABLE and "no such file" in outcomes[3].reason
    assert json.loads(outcomes[4].output)["id"] == "9"


def test_an_article_the_rules_fail_on_is_reported_and_the_others_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(article: Article):  # noqa: ANN202
        if "EXPLODE" in article.text:
            raise ValueError("a rule\nbroke")
        return extract(article)

    monkeypatch.setattr(work, "extract", failing)
    items = [
        Item("r:1", _line(id="x", text="EXPLODE here.")),
        Item("r:2", _line(text='"Fine," said Al Bo.')),
    ]
    failed, done = work.run_batch(items, "parquet")
    assert isinstance(failed, Failed) and failed.kind == EXTRACTION
    assert failed.reason == "could not be extracted: ValueError: a rule broke"
    assert (
        failed.describe()
        == "r:1 (id x): could not be extracted: ValueError: a rule broke [extraction]"
    )
    assert isinstance(done, Done) and isinstance(done.output, TableRows)
    assert done.output.quotes[0]["speaker"] == "Al Bo"


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab Cd.\"“”'\n—:,")), max_size=300),
    title=st.one_of(st.none(), st.text(max_size=20)),
)
def test_any_row_gives_an_article_or_a_reason_and_spans_index_its_text(
    text: str, title: str | None
) -> None:
    outcome = work.run_batch([Item("r:1", {"title": title, "text": text})], "parquet")[0]
    if isinstance(outcome, Failed):
        assert outcome.kind == BAD_ROW and not text.strip()
        return
    for quote in outcome.output.quotes:
        assert text[quote["span_start"] : quote["span_end"]] == quote["text"]
