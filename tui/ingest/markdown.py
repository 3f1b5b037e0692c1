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
# Tables are GitHub's pipe tables, which news sites' Markdown exports use for figures.
_parser = MarkdownIt("commonmark").enable("table")
# Between a table's cells the reader puts this, padding the columns to line up when the table
# is narrow enough to read as one.
_CELL_GAP = " | "
_ALIGNED_TABLE_WIDTH = 100


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
    table_end = -1
    for index, token in enumerate(tokens):
        if index <= table_end:
            continue
        if token.type == "table_open":
            table_end = next(
                (end for end in range(index, len(tokens)) if tokens[end].type == "table_close"),
                len(tokens) - 1,
            )
            table = _table_block(tokens[index:table_end], text, line_starts)
            if table is not None:
                blocks.append(("table", table))
            continue
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
    front_title = _inline_text(fields.get("title"))
    if (
        blocks
        and blocks[0][0] == "h1"
        and (front_title is None or _same_words(front_title, blocks[0][1].text))
    ):
        # The headline, whether or not the front matter names it too: shown once, as such.
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
        # The located headline when there is one, so that its marks fall where it is shown.
        title=located.get("title") or _inline_text(fields.get("title")) or "",
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


def _same_words(first: str, second: str) -> bool:
    """Whether two headlines say the same words, whatever their case, quotation marks and
    punctuation."""

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.casefold())

    return words(first) == words(second)


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


def _table_block(tokens: list[Token], text: str, line_starts: list[int]) -> Block | None:
    """A table read as one block: a line a row, its cells separated by ``_CELL_GAP`` (the
    header's rule left out), the columns padded to line up when the table is narrow.

    Each cell's characters trace to the file as a paragraph's do; what the reader puts between
    cells (padding and the gap) traces to the pipe between them, and a row's end to the file's
    line end, so every offset stays inside the row it reads.
    """
    rows: list[tuple[int, list[Block | None]]] = []  # where each row's line starts; its cells
    for token in tokens:
        if token.type == "tr_open" and token.map is not None:
            rows.append((line_starts[min(token.map[0], len(line_starts) - 1)], []))
        elif token.type == "inline" and rows:
            row_start, cells = rows[-1]
            cursor = max([row_start, *(cell.end for cell in cells if cell is not None)])
            cells.append(_inline_block(token.children or [], text, cursor, False))
    rows = [(row_start, cells) for row_start, cells in rows if any(cells)]
    if not rows:
        return None
    columns = max(len(cells) for _, cells in rows)
    widths = [
        max(
            len(cells[column].text) if cells[column] else 0
            for _, cells in rows
            if column < len(cells)
        )
        for column in range(columns)
    ]
    aligned = sum(widths) + len(_CELL_GAP) * (columns - 1) <= _ALIGNED_TABLE_WIDTH
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    length = 0

    def put(content: str, source: int) -> None:
        nonlocal length
        # One piece a character: each of them stands for the same character of the file.
        pieces.extend((length + offset, source) for offset in range(len(content)))
        parts.append(content)
        length += len(content)

    cursor = rows[0][0]
    for number, (row_start, cells) in enumerate(rows):
        if number:
            line_end = _LINE_END.search(text, cursor)
            put("\n", line_end.start() if line_end else cursor)
        cursor = row_start
        row_end = max(cell.end for cell in cells if cell is not None)
        last = max(column for column, cell in enumerate(cells) if cell is not None)
        for column in range(last + 1):
            cell = cells[column]
            if column:
                previous = cells[column - 1]
                pipe = text.find("|", cursor, row_end)
                padding = widths[column - 1] - (len(previous.text) if previous else 0)
                put(" " * padding * aligned + _CELL_GAP, pipe if pipe != -1 else cursor)
                cursor = pipe + 1 if pipe != -1 else cursor
            if cell is not None:
                pieces.extend((length + index, source) for index, source in cell.pieces)
                parts.append(cell.text)
                length += len(cell.text)
                cursor = cell.end
    return Block("".join(parts), pieces[0][1], cursor, tuple(pieces))


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
