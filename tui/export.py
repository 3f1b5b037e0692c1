"""Writing what was extracted from articles as JSON, JSON lines, CSV or a Markdown digest.

The JSON keys are the contract that outside checks rely on (see the README): keys may be added,
never renamed or removed. Nothing written carries a control character a terminal would act on:
JSON escapes them (the values are the article's own), CSV and Markdown, read as they are, show
them as visible symbols (a file name's too).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from tui.library import Entry
from tui.model import Article
from tui.textsafe import json_printable, one_line, printable

FORMATS = ("json", "jsonl", "csv", "md")


def article_record(entry: Entry) -> dict[str, Any]:
    """The contract's JSON object for one article."""
    article, extraction = entry.article, entry.extraction
    meta = article.meta
    record = {
        "path": article.path,
        "title": meta.title,
        "subtitle": meta.subtitle,
        "author": meta.author,
        "source": meta.source,
        "date": meta.date,
        "dateline": meta.dateline,
        "caption": meta.caption,
        "photo_credit": meta.photo_credit,
        "section": meta.section,
        "url": meta.url,
        "layout": article.layout,
        "encoding": article.encoding,
        "notes": list(article.notes),
        "paragraphs": [paragraph.text for paragraph in article.paragraphs],
        "paragraph_spans": [[paragraph.start, paragraph.end] for paragraph in article.paragraphs],
        "quotes": [
            {
                "text": quote.text,
                "kind": quote.kind,
                "speaker": quote.speaker,
                "cue": quote.cue,
                "paragraph": quote.paragraph,
                "where": quote.where,
                "span": list(quote.span),
            }
            for quote in extraction.quotes
        ],
        "speakers": [
            {
                "name": speaker.name,
                "role": speaker.role,
                "aliases": list(speaker.aliases),
                "quotes": speaker.quotes,
                "kind": speaker.kind,
            }
            for speaker in extraction.speakers
        ],
        "entities": [
            {
                "text": entity.text,
                "label": entity.label,
                "span": list(entity.span),
                "key": entity.key,
            }
            for entity in extraction.entities
        ],
        "territories": [
            {
                "name": territory.name,
                "kind": territory.kind,
                "country": territory.country,
                "held_by": territory.held_by,
                "extent": territory.extent,
                "mentions": territory.mentions,
            }
            for territory in extraction.territories
        ],
    }
    record.update(_page_keys(article))
    return record


def _page_keys(article: Article) -> dict[str, Any]:
    """A web page's reading text (which its spans index: not the page's HTML) and when it was
    fetched; ``url`` and ``author`` are written for every article."""
    keys: dict[str, Any] = {"fetched": article.meta.fetched}
    if article.layout == "web":
        keys["text"] = article.text
    return keys


def render(entries: Sequence[Entry], format: str) -> str:
    """All ``entries`` in ``format`` (one of ``FORMATS``), ready to write."""
    if format == "json":
        records = [article_record(entry) for entry in entries]
        return json_printable(json.dumps(records, ensure_ascii=False, indent=2)) + "\n"
    if format == "jsonl":
        return "".join(
            json_printable(json.dumps(article_record(entry), ensure_ascii=False)) + "\n"
            for entry in entries
        )
    if format == "csv":
        return printable(_csv(entries))
    return printable(_markdown(entries))


def _csv(entries: Sequence[Entry]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["path", "paragraph", "speaker", "kind", "text"])
    for entry in entries:
        for quote in entry.extraction.quotes:
            writer.writerow(
                [
                    entry.path,
                    quote.paragraph or "",
                    quote.speaker or "",
                    quote.kind,
                    one_line(quote.text),
                ]
            )
    return buffer.getvalue()


def _markdown(entries: Sequence[Entry]) -> str:
    """A digest to read: each article's headline, byline, speakers and quotes."""
    lines: list[str] = []
    for entry in entries:
        meta, extraction = entry.article.meta, entry.extraction
        lines.append(f"# {one_line(meta.title)}")
        lines.append("")
        parts = (meta.author, meta.source, meta.date, meta.dateline)
        byline = ", ".join(one_line(part) for part in parts if part)
        lines.append(f"`{one_line(entry.path)}`" + (f" · {byline}" if byline else ""))
        lines.append("")
        if meta.subtitle:
            lines += [f"*{one_line(meta.subtitle)}*", ""]
        if extraction.speakers:
            lines.append("## Speakers")
            lines.append("")
            for speaker in extraction.speakers:
                role = f", {one_line(speaker.role)}" if speaker.role else ""
                lines.append(f"- **{one_line(speaker.name)}**{role}: {speaker.quotes} quote(s)")
            lines.append("")
        lines.append("## Quotes")
        lines.append("")
        if not extraction.quotes:
            lines += ["No quotes found.", ""]
        for quote in extraction.quotes:
            where = f"¶{quote.paragraph}" if quote.paragraph else quote.where
            who = one_line(quote.speaker) if quote.speaker else "unattributed"
            lines.append(f"- “{one_line(quote.text)}” — {who} ({quote.kind}, {where})")
        lines.append("")
    return "\n".join(lines)
