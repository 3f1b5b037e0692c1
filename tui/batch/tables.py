"""The two tables ``extract --format parquet`` writes, as plain rows: one row an article, one
row a quote. Built where the article is extracted (a worker, perhaps on another machine), so
that only small rows travel back; pyarrow is needed only where they are written.

Every article given has its row in ``articles``, a failed one with ``error`` and
``error_kind`` set, so a run accounts for every input. ``quotes`` rows name their article by
``article_id`` (the row's ``id``, else its path or input line) and give the quote's span as
``[span_start, span_end)`` offsets into the article's text: the file's decoded text, or the
row's ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tui.library import Entry

# (column, type) in the order written; the types are Arrow's names.
ARTICLE_COLUMNS = (
    ("article_id", "string"),
    ("path", "string"),
    ("url", "string"),
    ("title", "string"),
    ("subtitle", "string"),
    ("author", "string"),
    ("source", "string"),
    ("date", "string"),
    ("dateline", "string"),
    ("section", "string"),
    ("layout", "string"),
    ("paragraphs", "int32"),
    ("quotes", "int32"),
    ("speakers", "int32"),
    ("entities", "int32"),
    ("territories", "int32"),
    ("error", "string"),
    ("error_kind", "string"),
)
QUOTE_COLUMNS = (
    ("article_id", "string"),
    ("path", "string"),
    ("url", "string"),
    ("quote", "int32"),  # the quote's number in its article, from 1, in reading order
    ("paragraph", "int32"),  # body paragraph from 1; null for a header (see ``where``)
    ("where", "string"),
    ("span_start", "int64"),
    ("span_end", "int64"),
    ("kind", "string"),
    ("text", "string"),
    ("speaker", "string"),
    ("role", "string"),
    ("cue", "string"),
)


@dataclass(frozen=True, slots=True)
class TableRows:
    """One article's row of the articles table and its rows of the quotes table."""

    article: dict[str, Any]
    quotes: list[dict[str, Any]]


def table_rows(entry: Entry, article_id: str) -> TableRows:
    """The rows of an article read and extracted."""
    article, extraction = entry.article, entry.extraction
    meta = article.meta
    roles = {speaker.name: speaker.role for speaker in extraction.speakers}
    quotes = [
        {
            "article_id": article_id,
            "path": article.path,
            "url": meta.url,
            "quote": number,
            "paragraph": quote.paragraph,
            "where": quote.where,
            "span_start": quote.span[0],
            "span_end": quote.span[1],
            "kind": quote.kind,
            "text": quote.text,
            "speaker": quote.speaker,
            "role": roles.get(quote.speaker) if quote.speaker else None,
            "cue": quote.cue,
        }
        for number, quote in enumerate(extraction.quotes, start=1)
    ]
    row = {
        "article_id": article_id,
        "path": article.path,
        "url": meta.url,
        "title": meta.title,
        "subtitle": meta.subtitle,
        "author": meta.author,
        "source": meta.source,
        "date": meta.date,
        "dateline": meta.dateline,
        "section": meta.section,
        "layout": article.layout,
        "paragraphs": len(article.paragraphs),
        "quotes": len(extraction.quotes),
        "speakers": len(extraction.speakers),
        "entities": len(extraction.entities),
        "territories": len(extraction.territories),
        "error": None,
        "error_kind": None,
    }
    return TableRows(row, quotes)


def failed_row(where: str, article_id: str | None, reason: str, kind: str) -> dict[str, Any]:
    """The articles table's row of an article that gave nothing."""
    row: dict[str, Any] = dict.fromkeys(name for name, _ in ARTICLE_COLUMNS)
    row.update(article_id=article_id or where, path=where, error=reason, error_kind=kind)
    return row
