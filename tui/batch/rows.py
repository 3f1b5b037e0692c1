"""Articles given as data: a row (a JSON object, a Parquet row) with ``title`` and ``text``
or ``html``, and optionally ``url``, ``date``, ``source``, ``author`` and ``id``, as large
corpora come.

``text`` is the article's body, its headline given apart as ``title``: the spans of what is
extracted index ``text`` itself. A row with ``html`` and no ``text`` is read by the web page
reader (``tui.ingest.web``) where this installation has one; its spans index the page's
reading text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from tui.batch.items import BAD_ROW, UNSUPPORTED
from tui.ingest.plain import parse_body
from tui.model import Article, Metadata

# The fields a row may give; any other is left alone.
FIELDS = ("id", "title", "text", "html", "url", "date", "source", "author")


class RowError(Exception):
    """A row that gives no article, with a one-line reason and the kind of failure."""

    def __init__(self, reason: str, kind: str = BAD_ROW) -> None:
        super().__init__(reason)
        self.kind = kind


def decode_line(line: bytes) -> dict[str, Any]:
    """The JSON object of one line of a JSON lines file; ``RowError`` if it is none."""
    try:
        text = line.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark opens some files
    except UnicodeDecodeError:
        raise RowError("not UTF-8") from None
    try:
        row = json.loads(text)
    except json.JSONDecodeError as error:
        raise RowError(f"not JSON: {error.msg} at column {error.colno}") from None
    if not isinstance(row, dict):
        raise RowError(f"not a JSON object but {_json_kind(row)}")
    return row


def row_id(row: Mapping[str, Any], where: str) -> str:
    """The article's id: the row's own ``id``, else where it is in the input."""
    value = row.get("id")
    if value is None or isinstance(value, bool) or not isinstance(value, str | int):
        return where
    return str(value)


def article_of_row(row: Mapping[str, Any], where: str) -> Article:
    """The article a row gives, known as ``where`` (its ``path``); ``RowError`` if none."""
    text, html = row.get("text"), row.get("html")
    if text is not None and not isinstance(text, str):
        raise RowError(f'"text" is {_json_kind(text)}, not a string')
    if html is not None and not isinstance(html, str):
        raise RowError(f'"html" is {_json_kind(html)}, not a string')
    meta = Metadata(
        title=_field(row, "title") or "",
        author=_field(row, "author"),
        source=_field(row, "source"),
        date=_date(row.get("date")),
        url=_field(row, "url"),
    )
    if text is not None and text.strip():
        article = _article_of_text(text, where, meta)
    elif html is not None and html.strip():
        article = _article_of_html(html, where, meta)
    else:
        raise RowError('no article: "text" (or "html") is missing or empty')
    if not article.meta.title:
        article = replace(article, meta=replace(article.meta, title=row_id(row, where)))
    return article


def _article_of_text(text: str, where: str, meta: Metadata) -> Article:
    body = parse_body(text)
    meta = replace(meta, source=meta.source or body.meta.source, dateline=body.meta.dateline)
    return Article(path=where, text=text, meta=meta, paragraphs=body.paragraphs, layout=body.layout)


def _article_of_html(html: str, where: str, meta: Metadata) -> Article:
    """The page's article, what the row says of it taking precedence over what the page
    declares."""
    reader = html_reader()
    if reader is None:
        raise RowError(
            'an "html" row needs the web page reader, which this installation lacks; '
            'give the article\'s "text" instead',
            UNSUPPORTED,
        )
    article = reader(where, html, {"url": meta.url} if meta.url else {})
    given = {name: value for name, value in _meta_fields(meta).items() if value}
    return replace(article, meta=replace(article.meta, **given))


def html_reader() -> Callable[[str, str, dict[str, str]], Article] | None:
    """The web page reader, ``parse_page(path, html, record)`` raising ``ArticleError`` for a
    page without an article; None where this installation has none."""
    try:
        from tui.ingest.web import parse_page
    except ImportError:
        return None
    return lambda path, html, record: parse_page(path, html, record=record)


def _meta_fields(meta: Metadata) -> dict[str, str | None]:
    return {
        "title": meta.title,
        "author": meta.author,
        "source": meta.source,
        "date": meta.date,
        "url": meta.url,
    }


def _field(row: Mapping[str, Any], name: str) -> str | None:
    """A metadata field as text: a string, or a number written out; None when absent."""
    value = row.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise RowError(f'"{name}" is {_json_kind(value)}, not a string')


def _date(value: Any) -> str | None:
    """An ISO date (``2025-02-28``) from a date, a time stamp or an ISO string; any other
    text is kept as the row gives it."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return value.strip() or None
    if value is None:
        return None
    raise RowError(f'"date" is {_json_kind(value)}, not a date')


def _json_kind(value: Any) -> str:
    """What a decoded JSON value is, in JSON's words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    return "an object" if isinstance(value, dict) else type(value).__name__
