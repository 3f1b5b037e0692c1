"""Reading plain-text articles: a site's print layout, and wire copy.

The layouts share one shape: a headline, perhaps a deck (subtitle), a few header lines (byline
with date, photo caption with credit, section tag, dateline), the body as paragraphs separated by
blank lines, and perhaps a site's trailing furniture (comment sections). Each header line is
recognised by its form, never by its words, and the body begins at the first line that is not a
header line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tui.ingest.dates import DATE_PATTERN, iso_date
from tui.model import Block, Metadata

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

_BYLINE_DATE = re.compile(
    rf"^(?:(?P<who>[^\d].{{0,60}}?)\s*[,|·•–—-]?\s+)?{DATE_PATTERN}"
    r"(?:\s*[,|·•–—-]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_BY_AUTHOR = re.compile(r"^By\s+(?P<author>[A-Z][^\d]{1,80}?)\s*$")
_CAPTION = re.compile(
    r"^(?P<caption>.*?)\s*[(\[]?\b(?:PHOTO|Photo|PHOTOGRAPH|Photograph|IMAGE|Image|PICTURE|Picture)"
    r"(?:\s+(?:by|credit))?\s*[:/]\s*(?P<credit>[^:()\[\]]{1,60}?)\s*[)\]]?\s*$"
)
_SECTION = re.compile(r"^[a-z0-9]+(?:[-_/][a-z0-9]+)*$")
_PLACE = r"[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)*)?"
_DATELINE_LINE = re.compile(rf"^(?P<place>{_PLACE})\s*(?:\((?P<agency>[^)]{{1,20}})\))?\s*[:—–-]+$")
# "Nov. 19" in "NEW YORK, Nov. 19 (UPI) — ".
_SHORT_DATE = r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# A wire dateline opens the first paragraph: "WASHINGTON (AP) — ", "MANCHESTER, N.H. — ", and in
# agency copy a place in ordinary case before the agency: "New York (AFP) – ".
_DATELINE_LEAD = re.compile(
    rf"^(?:(?P<place>{_PLACE})(?:,\s*{_SHORT_DATE})?\s*(?:\((?P<agency>[^)]{{1,20}})\))?"
    r"|(?P<titled>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}(?:,\s*[A-Z][A-Za-z.]+)?)\s*"
    r"\((?P<wire>[A-Z][A-Za-z]{1,15})\))"
    r"\s*(?:—|–|―|--|-|:)\s+(?=\S)"
)
_SENTENCE_END = re.compile(r"[.!?:…]$")
_CLOSING_MARKS = "\"'”’»)] "

# Where a site's own furniture begins after the article: nothing from there on is the body.
_TRAILER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|join the conversation|"
    r"related(?: articles| stories| coverage)?|more (?:from|on) [\w ]{1,40}|read (?:more|next)|"
    r"you (?:may|might) also like|share this(?: article| story)?|recommended(?: for you)?)\s*:?$",
    re.IGNORECASE,
)
# Single lines of furniture that sites drop between paragraphs.
_FURNITURE = re.compile(
    r"^(?:advertisement|story continues below(?: advertisement)?|continue reading|"
    r"scroll to continue|read more:.*|also read:.*|click here.*)$",
    re.IGNORECASE,
)
_SUBTITLE_MAX = 250
# Lines no longer than this are taken for text wrapped by hand, not one paragraph a line.
_WRAP_WIDTH = 100
_HEADER_LINE_MAX = 300


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the file without its line end or surrounding spaces, and where it starts."""

    text: str
    start: int

    @property
    def end(self) -> int:
        """The file offset just past the line's last character."""
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class PlainLayout:
    """What the plain-text reader found: metadata, located header blocks and body paragraphs."""

    meta: Metadata
    headers: tuple[tuple[str, Block], ...]
    paragraphs: tuple[Block, ...]
    layout: str


def lines_of(text: str) -> Iterator[Line | None]:
    """Each line of ``text`` stripped of spaces, or None for a blank line."""
    for match in _LINE.finditer(text):
        raw = match.group().rstrip("\r\n")
        if match.start() == len(text) and not raw:
            return
        stripped = raw.strip()
        if not stripped:
            yield None
            continue
        yield Line(stripped, match.start() + len(raw) - len(raw.lstrip()))


def blocks_of(text: str) -> list[list[Line]]:
    """The runs of non-blank lines of ``text``."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines_of(text):
        if line is None:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def block_of(lines: list[Line]) -> Block:
    """A reading block from ``lines``, joined by single spaces where the file breaks lines."""
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    length = 0
    for number, line in enumerate(lines):
        if number:
            parts.append(" ")
            length += 1
        pieces.append((length, line.start))
        parts.append(line.text)
        length += len(line.text)
    return Block("".join(parts), lines[0].start, lines[-1].end, tuple(pieces))


def parse_plain(text: str) -> PlainLayout:
    """Read the layout of a plain-text article."""
    blocks = blocks_of(text)
    if not blocks:
        return PlainLayout(Metadata(), (), (), "plain")
    fields: dict[str, str] = {}
    headers: list[tuple[str, Block]] = [("title", block_of(blocks[0][:1]))]
    if len(blocks[0]) > 1:
        headers.append(("subtitle", block_of(blocks[0][1:])))
    body_lines = _read_header(blocks[1:], fields, headers)
    paragraphs = _body(body_lines, fields)
    header_text = {name: block.text for name, block in headers}
    meta = Metadata(
        title=header_text["title"],
        subtitle=header_text.get("subtitle"),
        author=fields.get("author"),
        source=fields.get("source"),
        date=fields.get("date"),
        dateline=fields.get("dateline"),
        caption=header_text.get("caption"),
        photo_credit=fields.get("photo_credit"),
        section=fields.get("section"),
    )
    layout = "wire" if fields.get("lead_dateline") else "plain"
    return PlainLayout(meta, tuple(headers), tuple(paragraphs), layout)


def parse_body(text: str) -> PlainLayout:
    """Read ``text`` that is all body, as data sets hold an article with its headline kept
    apart: paragraphs (a wire dateline opening the first kept apart), and no header lines."""
    fields: dict[str, str] = {}
    paragraphs = _body(blocks_of(text), fields)
    meta = Metadata(source=fields.get("source"), dateline=fields.get("dateline"))
    layout = "wire" if fields.get("lead_dateline") else "plain"
    return PlainLayout(meta, (), tuple(paragraphs), layout)


def _read_header(
    blocks: list[list[Line]], fields: dict[str, str], headers: list[tuple[str, Block]]
) -> list[list[Line]]:
    """Take header lines from the top of ``blocks`` into ``fields``; return the body's blocks."""
    for number, block in enumerate(blocks):
        for index, line in enumerate(block):
            deck_allowed = number == 0 and len(block) == 1
            kind = read_header_line(line, fields, headers, deck_allowed)
            if kind is None:
                return [block[index:], *blocks[number + 1 :]]
            if kind == "dateline":
                rest = block[index + 1 :]
                return [rest, *blocks[number + 1 :]] if rest else blocks[number + 1 :]
    return []


def read_header_line(
    line: Line, fields: dict[str, str], headers: list[tuple[str, Block]], deck_allowed: bool
) -> str | None:
    """Record ``line`` if it is a header line, and say which kind; None if the body begins."""
    text = line.text
    if len(text) > _HEADER_LINE_MAX:
        return None
    match = _BYLINE_DATE.match(text)
    if match and "date" not in fields and (day := iso_date(match)):
        fields["date"] = day
        who = (match.group("who") or "").strip(" ,|·•–—-")
        if who:
            _credit_byline(who, fields)
        headers.append(("byline", block_of([line])))
        return "byline"
    match = _BY_AUTHOR.match(text)
    if match and "author" not in fields:
        _credit_byline(text, fields)
        if "byline" not in dict(headers):
            headers.append(("byline", block_of([line])))
        return "byline"
    match = _CAPTION.match(text)
    if match and "caption" not in dict(headers) and match.group("caption"):
        caption = match.group("caption")
        headers.append(("caption", block_of([Line(caption, line.start)])))
        fields["photo_credit"] = match.group("credit").strip()
        return "caption"
    if _SECTION.match(text) and "section" not in fields and len(text) <= 40:
        fields["section"] = text
        return "section"
    match = _DATELINE_LINE.match(text)
    if match and "dateline" not in fields:
        fields["dateline"] = match.group("place").strip()
        if match.group("agency"):
            fields.setdefault("source", match.group("agency"))
        return "dateline"
    if deck_allowed and "subtitle" not in dict(headers) and _looks_like_deck(text):
        headers.append(("subtitle", block_of([line])))
        return "subtitle"
    return None


def _looks_like_deck(text: str) -> bool:
    """A deck is one short line that does not end a sentence, unlike a body paragraph, and does
    not open with a quotation, as a paragraph of speech does."""
    return (
        len(text) <= _SUBTITLE_MAX
        and text[:1] not in "\"“‘'"
        and not _SENTENCE_END.search(text.rstrip(_CLOSING_MARKS))
    )


def _credit_byline(who: str, fields: dict[str, str]) -> None:
    """A byline names an author ("By Jane Doe") or else the publishing agency ("AFP")."""
    if who.lower().startswith("by "):
        author, _, agency = who[3:].partition(",")
        fields["author"] = author.strip()
        if agency.strip():
            fields.setdefault("source", agency.strip())
    else:
        fields.setdefault("source", who)


def _body(blocks: list[list[Line]], fields: dict[str, str]) -> list[Block]:
    """The body paragraphs: blocks up to the site's trailer, less furniture lines."""
    paragraphs: list[Block] = []
    for block in blocks:
        lines = [line for line in block if not _FURNITURE.match(line.text)]
        if not lines:
            continue
        if paragraphs and _TRAILER.match(lines[0].text):
            break
        for group in _paragraph_lines(lines):
            paragraph = block_of(group)
            if not paragraphs and "dateline" not in fields:
                paragraph = split_lead_dateline(paragraph, fields)
            paragraphs.append(paragraph)
    return paragraphs


def _paragraph_lines(lines: list[Line]) -> Iterator[list[Line]]:
    """Split a block whose paragraphs are set one a line, without blank lines between them.

    A block of long lines is a run of unwrapped paragraphs: each line that ends a sentence ends a
    paragraph. A block of short lines is one paragraph wrapped by hand, kept whole.
    """
    if len(lines) == 1 or max(len(line.text) for line in lines) <= _WRAP_WIDTH:
        yield lines
        return
    group: list[Line] = []
    for line in lines:
        if (
            group
            and _SENTENCE_END.search(group[-1].text.rstrip(_CLOSING_MARKS))
            and (line.text[:1].isupper() or line.text[:1] in "\"“‘'")
        ):
            yield group
            group = []
        group.append(line)
    yield group


def split_lead_dateline(paragraph: Block, fields: dict[str, str]) -> Block:
    """Keep a wire dateline (``WASHINGTON (AP) — ``) apart from the first paragraph's text."""
    match = _DATELINE_LEAD.match(paragraph.text)
    if not match or match.end() >= len(paragraph.text):
        return paragraph
    fields["dateline"] = (match.group("place") or match.group("titled")).strip()
    fields["lead_dateline"] = "yes"
    agency = match.group("agency") or match.group("wire")
    if agency:
        fields.setdefault("source", agency)
    return paragraph.tail(match.end())
