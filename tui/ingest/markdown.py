"""Reading Markdown articles, with optional YAML front matter, through markdown-it-py.

Headings, emphasis, links and code become plain reading text. markdown-it gives line numbers but
not character offsets for inline text, so each text run is found again in the source, in order,
to keep every character traceable to the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.ingest.dates import parse_date
from tui.ingest.plain import Line, read_header_line, split_lead_dateline
from tui.model import Block, Metadata

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M | re.S
)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_FIELD_NAMES = {
    "title": "title",
    "headline": "title",
    "subtitle": "subtitle",
    "description": "subtitle",
    "deck": "subtitle",
    "author": "author",
    "byline": "author",
    "source": "source",
    "publisher": "source",
    "date": "date",
    "published": "date",
    "url": "url",
    "link": "url",
    "dateline": "dateline",
    "section": "section",
    "category": "section",
}
_LINE_END = re.compile(r"\r\n|\r|\n")
# How far ahead to look for one character of a run whose text markdown-it rewrote (an entity).
_REALIGN_WINDOW = 12
_parser = MarkdownIt("commonmark")


@dataclass(frozen=True, slots=True)
class MarkdownLayout:
    """What the Markdown reader found: metadata, located header blocks and body paragraphs."""

    meta: Metadata
    headers: tuple[tuple[str, Block], ...]
    paragraphs: tuple[Block, ...]


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The flat ``key: value`` fields of a leading YAML block, and where the Markdown begins.

    Articles' front matter is flat strings, so a small reader does and a YAML library is not
    needed; nested or list values are ignored.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for raw in match.group("body").splitlines():
        field = _FRONT_FIELD.match(raw)
        if not field or raw[:1].isspace():
            continue
        value = field.group("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        name = _FIELD_NAMES.get(field.group("key").lower())
        if name and value and name not in fields:
            fields[name] = value
    return fields, match.end()


def parse_markdown(text: str) -> MarkdownLayout:
    """Read a Markdown article into metadata and reading blocks with file offsets."""
    front, body_start = parse_front_matter(text)
    line_starts = _line_starts(text, body_start)
    blocks: list[tuple[str, Block]] = []
    tokens = _parser.parse(text[body_start:])
    for index, token in enumerate(tokens):
        if token.type != "inline" or token.map is None or not token.children:
            continue
        opener = tokens[index - 1].type if index else ""
        kind = tokens[index - 1].tag if opener == "heading_open" else "p"
        line = min(token.map[0], len(line_starts) - 1)
        block = _inline_block(token.children, text, line_starts[line], kind != "p")
        if block is not None:
            blocks.append((kind, block))

    fields = dict(front)
    headers: list[tuple[str, Block]] = []
    if "title" not in fields and blocks and blocks[0][0] == "h1":
        headers.append(("title", blocks.pop(0)[1]))
        if blocks and blocks[0][0] in ("h2", "h3") and "subtitle" not in fields:
            headers.append(("subtitle", blocks.pop(0)[1]))
    while blocks and blocks[0][0] == "p":
        block = blocks[0][1]
        line = Line(block.text, block.start)
        if read_header_line(line, fields, headers, deck_allowed=False) is None:
            break
        blocks.pop(0)
    paragraphs = [block for _, block in blocks]
    if paragraphs and "dateline" not in fields:
        paragraphs[0] = split_lead_dateline(paragraphs[0], fields)
    located = {name: block.text for name, block in headers}
    meta = Metadata(
        title=_inline_text(fields.get("title")) or located.get("title", ""),
        subtitle=_inline_text(fields.get("subtitle")) or located.get("subtitle"),
        author=fields.get("author"),
        source=fields.get("source"),
        date=_front_date(fields.get("date")),
        dateline=fields.get("dateline"),
        caption=located.get("caption"),
        photo_credit=fields.get("photo_credit"),
        section=fields.get("section"),
        url=fields.get("url"),
    )
    return MarkdownLayout(meta, tuple(headers), tuple(paragraphs))


def _inline_text(value: str | None) -> str | None:
    """The reading text of a front matter value that uses inline Markdown (``*water*``)."""
    if not value:
        return None
    tokens = _parser.parseInline(value)
    children = tokens[0].children or [] if tokens else []
    return (
        "".join(child.content for child in children if child.type in ("text", "code_inline"))
        or value
    )


def _front_date(value: str | None) -> str | None:
    """Front matter dates in any common form, written as ISO when they can be read."""
    if not value:
        return None
    return parse_date(value) or value


def _line_starts(text: str, offset: int) -> list[int]:
    """The file offset of each line of the Markdown that begins at ``offset``.

    markdown-it counts a lone CR as a line end, as it counts CRLF and LF, so this does too.
    """
    return [offset, *(match.end() for match in _LINE_END.finditer(text, offset))]


def _inline_block(children: list[Token], text: str, cursor: int, heading: bool) -> Block | None:
    """Reading text of one inline token, with each run located in the file from ``cursor`` on."""
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    length = 0
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            content = " "
        elif child.type in ("text", "code_inline", "html_inline"):
            content = child.content
        else:
            continue
        if not content:
            continue
        if child.type == "html_inline":
            cursor = max(cursor, text.find(content, cursor) + len(content))
            continue
        found = text.find(content, cursor) if content != " " else -1
        if content == " ":
            line_end = _LINE_END.search(text, cursor)
            found = line_end.start() if line_end else min(cursor, len(text) - 1)
            pieces.append((length, found))
            cursor = line_end.end() if line_end else cursor + 1
        elif found != -1 and found - cursor < 4 * len(content) + 200:
            pieces.append((length, found))
            cursor = found + len(content)
        else:
            for offset, char in enumerate(content):
                position = text.find(char, cursor, cursor + _REALIGN_WINDOW)
                if position == -1:
                    position = min(cursor, len(text) - 1)
                pieces.append((length + offset, position))
                cursor = position + 1
        parts.append(content)
        length += len(content)
    reading = "".join(parts)
    stripped = reading.strip()
    if not stripped:
        return None
    merged = _merge(pieces)
    lead = len(reading) - len(reading.lstrip())
    block = Block(reading, merged[0][1], cursor, merged, heading)
    block = block.tail(lead)
    end = block.source_offset(len(stripped) - 1) + 1
    return Block(stripped, block.start, end, block.pieces, heading)


def _merge(pieces: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Drop pieces that merely continue the one before them."""
    merged: list[tuple[int, int]] = []
    for text_index, source_index in pieces:
        if merged:
            last_text, last_source = merged[-1]
            if source_index - last_source == text_index - last_text:
                continue
        merged.append((text_index, source_index))
    return tuple(merged)
